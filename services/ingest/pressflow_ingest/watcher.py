"""The watched folder: complete files are published, then moved to .processed/ or .failed/."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import stat
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pressflow_ingest.intake import Intake, Submission

log = logging.getLogger("pressflow.ingest.inbox")

PROCESSED = ".processed"
FAILED = ".failed"
_TEMPORARY_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", ".swp", ".download", "~")


def is_candidate(relative: Path) -> bool:
    """Whether a path under the inbox may be a release: no hidden or temporary parts."""
    if any(part.startswith(".") for part in relative.parts):
        return False
    return not relative.name.lower().endswith(_TEMPORARY_SUFFIXES)


def unique_destination(folder: Path, name: str) -> Path:
    """A path in `folder` named `name`, numbered when the name is taken."""
    target = folder / name
    stem, suffix = os.path.splitext(name)
    counter = 1
    while target.exists():
        target = folder / f"{stem}.{counter}{suffix}"
        counter += 1
    return target


class InboxWatcher:
    """Polls the inbox; a file is taken once its size and mtime are stable for `settle_seconds`.

    Polling rather than inotify: it works the same on network mounts and in containers,
    and a release folder sees a handful of files a minute, not thousands a second.
    """

    def __init__(
        self,
        inbox: Path,
        intake: Intake,
        *,
        settle_seconds: float = 1.0,
        poll_seconds: float = 0.5,
        max_file_bytes: int = 20 * 1024 * 1024,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.inbox = inbox
        self._intake = intake
        self._settle = settle_seconds
        self._poll = poll_seconds
        self._max_bytes = max_file_bytes
        self._clock = clock
        self._seen: dict[Path, tuple[int, int, float]] = {}

    async def run(self) -> None:
        """Scan forever; a failing scan is logged and retried, never fatal."""
        for folder in (self.inbox, self.inbox / PROCESSED, self.inbox / FAILED):
            folder.mkdir(parents=True, exist_ok=True)
        log.info("watching %s", self.inbox.resolve())
        while True:
            try:
                await self.scan_once()
            except asyncio.CancelledError:
                raise
            except Exception:  # a broken scan must not stop the watcher
                log.exception("inbox scan failed; retrying")
            await asyncio.sleep(self._poll)

    async def scan_once(self) -> int:
        """Process every file that is complete; returns how many were moved."""
        moved = 0
        present = set()
        for path in sorted(self._walk()):
            present.add(path)
            if self._is_settled(path) and await self._process(path):
                moved += 1
        self._seen = {p: v for p, v in self._seen.items() if p in present}
        return moved

    def _walk(self) -> list[Path]:
        found = []
        for root, dirs, files in os.walk(self.inbox):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                path = Path(root) / name
                if is_candidate(path.relative_to(self.inbox)):
                    found.append(path)
        return found

    def _is_settled(self, path: Path) -> bool:
        try:
            info = path.lstat()
        except FileNotFoundError:
            return False
        signature = (info.st_size, info.st_mtime_ns)
        now = self._clock()
        previous = self._seen.get(path)
        if previous is None or previous[:2] != signature:
            self._seen[path] = (*signature, now)
            return False
        return now - previous[2] >= self._settle

    async def _process(self, path: Path) -> bool:
        info = path.lstat()
        refusal = self._refusal(path, info)
        if refusal:
            self._fail(path, refusal)
            return True
        submission = Submission(
            data=path.read_bytes(),
            kind="file",
            received_at=datetime.fromtimestamp(info.st_mtime, tz=UTC),
            filename=path.name,
        )
        try:
            await self._intake.accept(submission)
        except ValueError as exc:
            self._fail(path, str(exc))
            return True
        except Exception:  # Kafka unavailable: the file stays and is retried on a later scan
            log.exception("could not publish %s; it stays in the inbox and is retried", path)
            self._seen.pop(path, None)
            return False
        self._move(path, self.inbox / PROCESSED)
        log.info("processed %s", path.relative_to(self.inbox))
        return True

    def _refusal(self, path: Path, info: os.stat_result) -> str | None:
        if stat.S_ISLNK(info.st_mode):
            return "symbolic links are not followed; copy the file itself into the inbox"
        if not stat.S_ISREG(info.st_mode):
            return "not a regular file"
        if info.st_size > self._max_bytes:
            return (
                f"the file is {info.st_size} bytes, over the {self._max_bytes}-byte limit "
                "(PRESSFLOW_MAX_FILE_BYTES)"
            )
        return None

    def _move(self, path: Path, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        target = unique_destination(folder, path.name)
        path.rename(target)
        self._seen.pop(path, None)
        return target

    def _fail(self, path: Path, reason: str) -> None:
        target = self._move(path, self.inbox / FAILED)
        error = {
            "file": str(path.relative_to(self.inbox)),
            "error": reason,
            "failed_at": datetime.now(UTC).isoformat(),
        }
        target.with_name(target.name + ".error.json").write_text(
            json.dumps(error, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        log.warning("refused %s: %s", path.relative_to(self.inbox), reason)
