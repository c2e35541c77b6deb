"""The inbox log: one line per file taken from the inbox, for the people who drop them there."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path


class InboxLog:
    """Appends `time  file  outcome  release-id  detail` lines, tab-separated, to `path`."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def write(self, file: str, outcome: str, release_id: str | None, detail: str = "") -> None:
        fields = (datetime.now(UTC).isoformat(timespec="seconds"), file, outcome, release_id or "-", detail)
        # names and reasons are untrusted: no tab or line break may forge a line or a column
        line = "\t".join(" ".join(f.split()) if f else "" for f in fields)
        with self.path.open("a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(line + "\n")
