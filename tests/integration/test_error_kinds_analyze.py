"""`python -m pressflow.error_kinds` without events: the shipped analyzer reads the gold texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressflow.error_kinds import main


def test_the_counts_come_from_the_analyzer_run_over_the_gold_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = {
        "id": "ours01",
        "lang": "en",
        "received_at": "2027-05-04T09:00:00+00:00",
        "text": (
            "LONDON, 4 May 2027 — Harbourline Holdings plc reported revenue of £12.3 million for the "
            "year, against £10.1 million a year earlier.\n"
        ),
        "gold": {
            "published_on": "2027-05-04",
            "dates": ["2027-05-04"],
            "amounts": [{"value": 12300000, "currency": "GBP"}, {"value": 10100000, "currency": "GBP"}],
            "entities": [{"type": "ORG", "name": "Harbourline Holdings plc", "aliases": []}],
        },
    }
    (tmp_path / "ours01.json").write_text(json.dumps(release), encoding="utf-8")

    assert main(["--gold", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "en: 1 releases, 1 gold entities" in out
    assert "sums: 2 in the gold, missed 0, extra 0" in out  # the analyzer read the text and its date
    assert "Harbourline" not in out and "London" not in out
