"""How far two readers of the annotation guide are apart: a second, independent annotation of
twenty of our releases (tests/fixtures/second-reading) scored by the team's score.py against
their gold, as the enricher is. The README's "second reader" row is this measure."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCORER = REPO.parent / "shared" / "eval" / "score.py"
SECOND = REPO / "tests" / "fixtures" / "second-reading"
GOLD = REPO / "tests" / "fixtures" / "gold"

pytestmark = pytest.mark.skipif(
    not SCORER.exists(), reason="../shared/eval/score.py not beside this checkout (team-only tooling)"
)


def _event(release_id: str, gold: dict) -> dict:
    """A second annotation written as the event score.py reads."""
    return {
        "source": {"filename": f"{release_id}.txt"},
        "published_on": gold.get("published_on"),
        "dates": [{"value": d} for d in gold.get("dates") or []],
        "amounts": [{"value": a["value"], "currency": a["currency"]} for a in gold.get("amounts") or []],
        "entities": [
            {"name": e["name"], "type": e["type"], "aliases": e.get("aliases", [])}
            for e in gold.get("entities") or []
        ],
    }


def test_a_second_reader_of_the_guide_agrees_with_our_gold(tmp_path: Path) -> None:
    readings = sorted(SECOND.glob("*.json"))
    assert len(readings) == 20
    gold, events = tmp_path / "gold", tmp_path / "second.events"
    gold.mkdir()
    lines = []
    for path in readings:
        second = json.loads(path.read_text(encoding="utf-8"))
        shutil.copy(GOLD / path.name, gold / path.name)
        lines.append(json.dumps(_event(second["id"], second["gold"]), ensure_ascii=False))
    events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = [sys.executable, str(SCORER), "--gold", str(gold), "--events", str(events), "--json"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    result = json.loads(out[: out.rindex("}") + 1])
    # the README: entities 0.988, dates 0.992, amounts 1.000, published_on 1.000
    assert result["entities"]["f1"] >= 0.987  # 0.9879
    assert result["dates"]["f1"] >= 0.991
    assert result["amounts"]["f1"] == 1.0
    assert result["published_on_accuracy"] == 1.0
