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


def _start_analyze(folder: Path, interpreted: bool, out: Path) -> subprocess.Popen:
    """`pressflow analyze` over the folder's texts, its events written to `out` (a file, not a pipe
    that would hold it up while the other run is read)."""
    command = [str(Path(sys.executable).parent / "pressflow"), "analyze", *map(str, sorted(folder.iterdir()))]
    env = dict(os.environ, PRESSFLOW_ENRICH_INTERPRETED="true" if interpreted else "false")
    with out.open("w") as stdout:
        return subprocess.Popen(command, stdout=stdout, stderr=subprocess.DEVNULL, text=True, env=env)


def _events(run: subprocess.Popen, out: Path) -> list[dict]:
    assert run.wait(timeout=600) == 0, f"{run.args[:2]} ended with {run.returncode}"
    events = [json.loads(line) for line in out.read_text().splitlines()]
    for event in events:
        del event["processed_at"], event["release_id"]
    return events


def test_compiled_rules_give_the_events_their_sources_give(tmp_path):
    (tmp_path / "texts").mkdir()
    for path in sorted(FIXTURES.glob("*.json")):
        gold = json.loads(path.read_text())
        (tmp_path / "texts" / f"{gold['id']}.txt").write_text(gold["text"])
    # both at once, one a core: the suite's longest test but one, halved
    texts, outs = tmp_path / "texts", (tmp_path / "compiled.jsonl", tmp_path / "interpreted.jsonl")
    runs = _start_analyze(texts, False, outs[0]), _start_analyze(texts, True, outs[1])
    compiled, interpreted = _events(runs[0], outs[0]), _events(runs[1], outs[1])
    assert len(compiled) == len(list(FIXTURES.glob("*.json"))) > 200
    different = [a["source"]["filename"] for a, b in zip(compiled, interpreted, strict=True) if a != b]
    assert not different, f"compiled and interpreted rules disagree on {different}"
