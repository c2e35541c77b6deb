"""`pressflow analyze`: the enrichment core offline, one JSON event per release on stdout."""

import json
import os
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_analyze_prints_one_enriched_event_per_file_with_its_mtime_as_received_at(tmp_path):
    release = tmp_path / "lyon.txt"
    release.write_bytes((EXAMPLES / "01_lyon_hydrogene.txt").read_bytes())
    os.utime(release, (1_741_770_000, 1_741_770_000))  # 2025-03-12 09:00 UTC
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    command = [
        str(Path(sys.executable).parent / "pressflow"),
        "analyze",
        str(release),
        str(tmp_path / "photo.jpg"),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, "a file it cannot read makes the exit status non-zero"
    assert "photo.jpg" in done.stderr
    [event] = [json.loads(line) for line in done.stdout.splitlines()]
    assert event["source"]["filename"] == "lyon.txt"
    assert event["received_at"].startswith("2025-03-12")
    assert event["published_on"] == "2025-03-12"
    assert {"value": 18_500_000.0, "currency": "EUR"} in [
        {"value": a["value"], "currency": a["currency"]} for a in event["amounts"]
    ]
    assert any(e["name"] == "Bruno Bernard" and e["type"] == "PER" for e in event["entities"])
