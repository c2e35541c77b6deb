"""The rules as `make install` compiles them (pressflow_enrich.native) give the events their
sources give, on every release we annotated: compiling is a speed-up, never a change."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pressflow_enrich
from pressflow_enrich import native

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gold"


def test_make_install_left_the_rules_compiled_and_current():
    stale = native.stale_source()
    assert pressflow_enrich.COMPILED, (
        f"the rules run from their sources ({stale or 'no compiled copy'} differs from the build):"
        " run `make install`, which compiles them (python -m pressflow.native says why it could not)"
    )


def _analyze(folder: Path, interpreted: bool) -> list[dict]:
    command = [str(Path(sys.executable).parent / "pressflow"), "analyze", *map(str, sorted(folder.iterdir()))]
    env = dict(os.environ, PRESSFLOW_ENRICH_INTERPRETED="true" if interpreted else "false")
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env, check=True)
    events = [json.loads(line) for line in done.stdout.splitlines()]
    for event in events:
        del event["processed_at"], event["release_id"]
    return events


def test_compiled_rules_give_the_events_their_sources_give(tmp_path):
    for path in sorted(FIXTURES.glob("*.json")):
        gold = json.loads(path.read_text())
        (tmp_path / f"{gold['id']}.txt").write_text(gold["text"])
    compiled, interpreted = _analyze(tmp_path, False), _analyze(tmp_path, True)
    assert len(compiled) == len(list(FIXTURES.glob("*.json"))) > 200
    different = [a["source"]["filename"] for a, b in zip(compiled, interpreted, strict=True) if a != b]
    assert not different, f"compiled and interpreted rules disagree on {different}"
