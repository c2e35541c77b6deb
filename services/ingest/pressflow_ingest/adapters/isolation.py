"""Extraction of risky formats in a worker process with a wall-clock timeout and a memory cap."""

from __future__ import annotations

import asyncio
import multiprocessing
import resource
from dataclasses import replace
from multiprocessing.connection import Connection

from pressflow_ingest.core.formats import (
    RISKY_FORMATS,
    Content,
    Extracted,
    UnreadableContent,
    UnsupportedFormat,
    extract_content,
)

# forkserver: each worker is forked from a clean server that has already imported the parsers,
# so a worker starts in milliseconds and inherits none of the service's threads or sockets.
# Like every non-fork start method it re-imports the main module: entry points need a __main__ guard.
_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["pressflow_ingest.core.formats"])


def _work(conn: Connection, memory_bytes: int, content: Content) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    try:
        outcome: tuple[str, object] = ("ok", extract_content(content))
    except (UnsupportedFormat, UnreadableContent) as exc:
        outcome = ("refused", exc)
    except MemoryError:
        outcome = ("memory", None)
    except Exception as exc:  # any other failure of a third-party parser is the file's doing
        outcome = (
            "refused",
            UnreadableContent(f"the file cannot be read: {type(exc).__name__}: {exc}"[:300]),
        )
    try:
        conn.send(outcome)
    except MemoryError:
        conn.send(("memory", None))
    conn.close()


class Extractor:
    """Extracts in-process for the formats whose parsers are linear, in a worker for the others."""

    def __init__(
        self, timeout_seconds: float = 30.0, memory_bytes: int = 768 * 1024 * 1024, workers: int = 2
    ):
        self._timeout = timeout_seconds
        self._memory = memory_bytes
        self._slots = asyncio.Semaphore(workers)

    async def __call__(self, content: Content) -> Extracted:
        """Like `formats.extract_content`, off the event loop; raises UnsupportedFormat or
        UnreadableContent."""
        content = replace(content, fmt=content.format)
        if content.fmt not in RISKY_FORMATS:
            return await asyncio.to_thread(extract_content, content)
        async with self._slots:
            return await self._isolated(content)

    async def _isolated(self, content: Content) -> Extracted:
        receiver, sender = _CONTEXT.Pipe(duplex=False)
        worker = _CONTEXT.Process(target=_work, args=(sender, self._memory, content), daemon=True)
        await asyncio.to_thread(worker.start)
        try:
            sender.close()  # so a worker that dies leaves the pipe at end-of-file
            if not await asyncio.to_thread(receiver.poll, self._timeout):
                raise UnreadableContent(
                    f"reading the {content.fmt} took longer than {self._timeout:g} s; the file is refused "
                    "(malformed or hostile?)"
                )
            try:
                status, value = await asyncio.to_thread(receiver.recv)
            except EOFError:
                await asyncio.to_thread(worker.join, 5)
                raise UnreadableContent(
                    f"the {content.fmt} reader stopped (exit code {worker.exitcode}); the file is refused"
                ) from None
        finally:
            if worker.is_alive():
                worker.kill()
            await asyncio.to_thread(worker.join, 5)
            worker.close()
            receiver.close()
        if status == "memory":
            raise UnreadableContent(
                f"reading the {content.fmt} needs more than {self._memory // 2**20} MiB; the file is refused"
            )
        if status == "refused":
            assert isinstance(value, UnreadableContent | UnsupportedFormat)
            raise value
        assert isinstance(value, Extracted)
        return value
