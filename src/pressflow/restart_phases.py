"""Where a killed service's restart spends its time, read from its own log under the fault suite's load.

`python -m pressflow.restart_phases enrich --kills 3` runs the fault suite's pipeline (a local
broker, the three services, SQLite, the steady load), SIGKILLs the service `--kills` times and
prints, for each restart, the seconds from the restart command until each phase's first log line:
the service's own first line (the interpreter and its imports), its consumer group handing it
partitions, enrich's models loaded, and its first output (a batch enriched or stored), beside the
recovery the fault suite measures from outside.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import tempfile
from datetime import datetime
from pathlib import Path

from pressflow.chaos import ChaosRun, Fault, FaultOutcome

# (phase, the first log line that ends it), in the order a restart goes through them
PHASES = {
    "enrich": [
        ("imports", re.compile(r"pressflow\.enrich enrich starting")),
        ("group joined", re.compile(r"Setting newly assigned partitions")),
        ("models loaded", re.compile(r"pressflow\.enrich models loaded")),
        ("first output", re.compile(r"pressflow\.enrich enriched \d+ of")),
    ],
    "store": [
        ("imports", re.compile(r"pressflow\.store store starting")),
        ("group joined", re.compile(r"Setting newly assigned partitions")),
        ("first commit", re.compile(r"pressflow\.store stored \d+ new of")),
    ],
}
_STAMP = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) ")


def log_times(log: Path) -> list[tuple[float, str]]:
    """(wall-clock seconds, line) of each timestamped line of a text-format service log."""
    lines = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        stamp = _STAMP.match(line)
        if stamp:
            # logging's asctime is local time, as astimezone() reads a naive datetime
            at = datetime.strptime(stamp.group(1), "%Y-%m-%d %H:%M:%S,%f").astimezone()
            lines.append((at.timestamp(), line))
    return lines


def phases_of(service: str, lines: list[tuple[float, str]], restarted_at: float) -> dict[str, float | None]:
    """Seconds from the restart to the first line of each phase after it (None: not seen)."""
    found: dict[str, float | None] = {}
    for phase, pattern in PHASES[service]:
        found[phase] = next(
            (at - restarted_at for at, line in lines if at >= restarted_at and pattern.search(line)), None
        )
    return found


def table(service: str, outcomes: list[FaultOutcome], log: Path) -> str:
    lines = log_times(log)
    names = [phase for phase, _ in PHASES[service]]
    rows = [
        "| restart | " + " | ".join(f"{name}, s" for name in names) + " | recovery seen from outside, s |",
        "|---:|" + "---:|" * (len(names) + 1),
    ]
    columns: dict[str, list[float]] = {name: [] for name in [*names, "recovery"]}
    for n, outcome in enumerate(outcomes, 1):
        assert outcome.restarted_at is not None
        found = phases_of(service, lines, outcome.restarted_at)
        cells = [f"{found[name]:.1f}" if found[name] is not None else "-" for name in names]
        for name in names:
            if found[name] is not None:
                columns[name].append(found[name])  # type: ignore[arg-type]
        if outcome.recovery_seconds is not None:
            columns["recovery"].append(outcome.recovery_seconds)
        recovery = f"{outcome.recovery_seconds:.1f}" if outcome.recovery_seconds is not None else "-"
        rows.append(f"| {n} | " + " | ".join(cells) + f" | {recovery} |")
    medians = [f"{statistics.median(v):.1f}" if v else "-" for v in columns.values()]
    rows.append("| median | " + " | ".join(medians) + " |")
    return "\n".join(rows)


async def measure(service: str, kills: int, root: Path) -> str:
    async with ChaosRun(root) as run:
        outcomes = await run.run([Fault(service, "SIGKILL") for _ in range(kills)], gap_seconds=6)
        problems = (await run.audit()).problems()
    if problems:
        raise SystemExit(f"the run lost or doubled releases: {problems}; logs in {root}")
    return table(service, outcomes, root / "logs" / f"{service}.log")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("service", choices=sorted(PHASES))
    parser.add_argument("--kills", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pressflow-phases-") as root:
        print(asyncio.run(measure(args.service, args.kills, Path(root))))


if __name__ == "__main__":
    main()
