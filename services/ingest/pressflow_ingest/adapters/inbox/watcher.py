"""The watched folder: complete files are published, then moved to .processed/ or .failed/."""

from __future__ import annotations

import asyncio
import errno
import json
import logging
import os
import stat
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pressflow_ingest.adapters.inbox.journal import InboxLog
from pressflow_ingest.core.outcomes import Folder, Outcome
from pressflow_ingest.core.submission import Receipt, Submission
from pressflow_ingest.intake import Intake

log = logging.getLogger("pressflow.ingest.inbox")

PROCESSED: Folder = ".processed"
FAILED: Folder = ".failed"
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
    while target.exists() or target.is_symlink():
        target = folder / f"{stem}.{counter}{suffix}"
        counter += 1
    return target


class Refused(Exception):
    """A path the watcher will not read, with the reason for the person who dropped it."""


class InboxWatcher:
    """Polls the inbox; a file is taken once its size and mtime are stable for `settle_seconds`.

    Polling rather than inotify: it works the same on network mounts and in containers.
    Up to `concurrency` settled files are extracted and published at once, so that a burst
    costs a few Kafka round trips rather than one per file; each file is moved only after
    its own publish was acknowledged.
    """

    def __init__(
        self,
        inbox: Path,
        intake: Intake,
        *,
        settle_seconds: float = 1.0,
        poll_seconds: float = 0.1,
        max_file_bytes: int = 20 * 1024 * 1024,
        concurrency: int = 16,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.inbox = inbox
        self._root = inbox.resolve()
        self._intake = intake
        self._settle = settle_seconds
        self._poll = poll_seconds
        self._max_bytes = max_file_bytes
        self._concurrency = max(1, concurrency)
        self._clock = clock
        self._seen: dict[Path, tuple[int, int, float]] = {}
        self.journal = InboxLog(inbox / ".log")

    async def run(self) -> None:
        """Scan forever; a failing scan is logged and retried, never fatal."""
        for folder in (self.inbox, self.inbox / PROCESSED, self.inbox / FAILED):
            folder.mkdir(parents=True, exist_ok=True)
        log.info("watching %s (one line per file in %s)", self._root, self.journal.path)
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
        settled = []
        for path in sorted(self._walk()):
            present.add(path)
            verdict = self._consider(path)
            moved += verdict == "refused"
            if verdict == "settled":
                settled.append(path)
        moved += await self._process_all(settled)
        self._seen = {p: v for p, v in self._seen.items() if p in present}
        return moved

    async def _process_all(self, paths: list[Path]) -> int:
        """Process `paths` with at most `concurrency` in flight; how many were moved."""
        pending = iter(paths)
        moved = 0

        async def worker() -> None:
            nonlocal moved
            for path in pending:  # one iterator shared by the workers: each path is taken once
                taken = await self._process_one(path)
                moved += taken  # not `moved += await ...`: that reads `moved` before the wait

        await asyncio.gather(*(worker() for _ in range(min(self._concurrency, len(paths)))))
        return moved

    async def _process_one(self, path: Path) -> bool:
        try:
            return await self._process(path)
        except asyncio.CancelledError:
            raise
        except Exception:  # one file's trouble (say, a failed rename) must not hold up the others
            log.exception("could not process %s; it is tried again", path)
            self._seen.pop(path, None)
            return False

    def _walk(self) -> list[Path]:
        found = []
        for root, dirs, files in os.walk(self.inbox):  # does not follow symlinked folders
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            # a symlinked folder is listed with the folders; it is refused like a symlinked file
            links = [d for d in dirs if os.path.islink(os.path.join(root, d))]
            for name in (*files, *links):
                path = Path(root) / name
                if is_candidate(path.relative_to(self.inbox)):
                    found.append(path)
        return found

    def _consider(self, path: Path) -> Literal["gone", "refused", "waiting", "settled"]:
        try:
            info = path.lstat()
        except FileNotFoundError:
            return "gone"
        try:
            self._check_kind(path, info)
        except Refused as exc:
            self._refuse(path, str(exc))
            return "refused"
        return "settled" if self._is_settled(path, info) else "waiting"

    def _check_kind(self, path: Path, info: os.stat_result) -> None:
        if stat.S_ISLNK(info.st_mode):
            raise Refused("symbolic links are not followed; copy the file itself into the inbox")
        if not stat.S_ISREG(info.st_mode):
            raise Refused("not a regular file (a FIFO, socket or device); copy a file into the inbox")
        if not Path(os.path.realpath(path)).is_relative_to(self._root):
            raise Refused("the path leads outside the inbox")

    def _is_settled(self, path: Path, info: os.stat_result) -> bool:
        signature = (info.st_size, info.st_mtime_ns)
        now = self._clock()
        previous = self._seen.get(path)
        if previous is None or previous[:2] != signature:
            self._seen[path] = (*signature, now)
            return False
        return now - previous[2] >= self._settle

    def _read(self, path: Path) -> tuple[bytes, float]:
        """The bytes of a regular file in the inbox, at most the limit, without following links."""
        try:
            # O_NONBLOCK: should a FIFO replace the file after the check, opening it must not hang
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise Refused("symbolic links are not followed; copy the file itself into the inbox") from exc
            raise
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise Refused("not a regular file (a FIFO, socket or device); copy a file into the inbox")
            data = handle.read(self._max_bytes + 1)
        if len(data) > self._max_bytes:
            raise Refused(
                f"the file is {max(info.st_size, len(data))} bytes, over the {self._max_bytes}-byte limit "
                "(PRESSFLOW_MAX_FILE_BYTES)"
            )
        return data, info.st_mtime

    async def _process(self, path: Path) -> bool:
        try:
            # up to PRESSFLOW_MAX_FILE_BYTES: read off the event loop the HTTP API shares
            data, mtime = await asyncio.to_thread(self._read, path)
        except Refused as exc:
            self._refuse(path, str(exc))
            return True
        except FileNotFoundError:
            return False
        submission = Submission(
            data=data, kind="file", received_at=datetime.fromtimestamp(mtime, tz=UTC), filename=path.name
        )
        return await self._file(path, submission, await self._intake.accept(submission))

    async def _file(self, path: Path, submission: Submission, outcome: Outcome) -> bool:
        """The file where the outcome table says; False when it stays to be tried again."""
        handling = outcome.handling
        if handling.folder is None:
            log.warning(
                "could not publish %s (%s); it stays in the inbox and is retried", path, outcome.reason
            )
            self._seen.pop(path, None)
            return False
        if outcome.receipt is not None:
            self._move(path, self.inbox / handling.folder)
            self._record(path, outcome.receipt)
            return True
        target = self._refuse(path, outcome.reason)
        if handling.dead_letter and outcome.error is not None:
            await self._dead_letter(submission, outcome.error, target)
        return True

    def _record(self, path: Path, receipt: Receipt) -> None:
        name = self._relative(path)
        attachments = "".join(f"; attachment {a.release_id}" for a in receipt.attachments)
        attachments += "".join(f"; attachment refused: {r}" for r in receipt.refused_attachments)
        if receipt.duplicate:
            first = f" (first received as {receipt.first_filename})" if receipt.first_filename else ""
            detail = f"duplicates release {receipt.release_id}{first}; not republished"
            self.journal.write(name, "duplicate", receipt.release_id, detail + attachments)
            log.info("%s duplicates release %s; not republished", name, receipt.release_id)
        else:
            self.journal.write(name, "published", receipt.release_id, (receipt.title or "") + attachments)
            log.info("processed %s as release %s", name, receipt.release_id)

    async def _dead_letter(self, submission: Submission, error: Exception, kept_at: Path) -> None:
        try:
            await self._intake.dead_letter(submission, error, kept_at=self._relative(kept_at))
        except Exception:  # the file and its .error.json in .failed/ still tell what happened
            log.exception("could not publish the dead letter for %s", submission.filename)

    def _move(self, path: Path, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        target = unique_destination(folder, path.name)
        path.rename(target)
        self._seen.pop(path, None)
        return target

    def _refuse(self, path: Path, reason: str) -> Path:
        target = self._move(path, self.inbox / FAILED)
        error = {"file": self._relative(path), "error": reason, "failed_at": datetime.now(UTC).isoformat()}
        target.with_name(target.name + ".error.json").write_text(
            json.dumps(error, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        self.journal.write(self._relative(path), "failed", None, reason)
        log.warning("refused %s: %s", self._relative(path), reason)
        return target

    def _relative(self, path: Path) -> str:
        return str(path.relative_to(self.inbox))
