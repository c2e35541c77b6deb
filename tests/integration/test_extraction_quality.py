"""Extraction quality on the gold releases, scored by the team's score.py through the real pipeline.

The entity judge is learned from these same releases, so each set is scored cross-validated
(`python -m pressflow.train_judge --folds 5`: every release enriched by the real pipeline with a
judge fitted without it), never by the shipped judge that saw them all.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCORER = REPO.parent / "shared" / "eval" / "score.py"

# A ratchet, not a target: the floor each gold set measures now (F1 per field, accuracy for
# published_on), raised with every improvement so that no change can quietly lower it. The
# targets of the enrichment issue (dates 0.97, amounts 0.98, entities 0.90, published_on 0.97)
# are where these numbers are heading. Our own fixtures were written after the rules and are
# held to the scores they reached then, minus a margin.
THRESHOLDS = {
    REPO.parent / "shared" / "gold": {
        "dates": 0.972,
        "amounts": 0.988,
        "entities": 0.901,
        "published_on": 1.0,
    },
    REPO / "tests" / "fixtures" / "gold": {
        "dates": 0.97,
        "amounts": 0.98,
        "entities": 0.95,
        "published_on": 0.90,
    },
}

# Each set runs the real NER over every annotated release once and fits five judges
# (~40 s here): allow for a slow machine.
pytestmark = [
    pytest.mark.timeout(300),
    pytest.mark.skipif(
        not SCORER.exists(), reason="../shared/eval/score.py not beside this checkout (team-only tooling)"
    ),
]


@pytest.fixture(scope="session")
def scores() -> dict[Path, dict]:
    """score.py's JSON result per gold set, computed once per session."""
    return {gold: _score(gold) for gold in THRESHOLDS if gold.is_dir()}


def _score(gold: Path) -> dict:
    cross_validated = f"{sys.executable} -m pressflow.train_judge --folds 5"
    command = [sys.executable, str(SCORER), "--gold", str(gold), "--run", cross_validated, "--json"]
    proc = subprocess.run(command, capture_output=True, text=True, check=True, cwd=REPO)
    return json.loads(proc.stdout[: proc.stdout.rindex("}") + 1])


def _field(result: dict, field: str) -> float:
    return result["published_on_accuracy"] if field == "published_on" else result[field]["f1"]


@pytest.mark.parametrize(
    ("gold", "field", "minimum"),
    [(gold, field, minimum) for gold, fields in THRESHOLDS.items() for field, minimum in fields.items()],
    ids=lambda value: value.parent.name + "/" + value.name if isinstance(value, Path) else str(value),
)
def test_scores_reach_thresholds(scores: dict[Path, dict], gold: Path, field: str, minimum: float) -> None:
    if gold not in scores:
        pytest.skip(f"{gold} is not beside this checkout")
    assert _field(scores[gold], field) >= minimum
