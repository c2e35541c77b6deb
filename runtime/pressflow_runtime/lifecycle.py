"""What every long-running service shares: its log format, its background work, its HTTP server."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

import uvicorn

log = logging.getLogger("pressflow")

# Names of background work that stopped on its own in this process (see stop_process).
_failed: list[str] = []


def configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")


def stop_process(name: str, error: BaseException | None) -> None:
    """Crash-only: a service whose consumer or watcher died must not answer /healthz and serve
    stale data; it shuts down cleanly, exits non-zero, and its supervisor restarts it."""
    log.critical("%s stopped (%r); shutting the service down so that it is restarted", name, error)
    _failed.append(name)
    os.kill(os.getpid(), signal.SIGTERM)


@contextlib.asynccontextmanager
async def background(
    work: Coroutine[Any, Any, None],
    name: str,
    on_failure: Callable[[str, BaseException | None], None] | None = None,
) -> AsyncIterator[asyncio.Task[None]]:
    """Run `work` beside the block and cancel it, waiting for it to finish, when the block ends.

    `on_failure` is called if the work ends on its own (it is meant to run until cancelled).
    """
    task = asyncio.create_task(work, name=name)

    def ended(done: asyncio.Task[None]) -> None:
        if on_failure is not None and not done.cancelled():
            on_failure(name, done.exception())

    task.add_done_callback(ended)
    try:
        yield task
    finally:
        task.remove_done_callback(ended)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
        except Exception:
            if on_failure is None:  # nobody was told: the failure surfaces here
                raise


def serve_http(app: Any, host: str, port: int) -> None:
    """Serve until SIGTERM or SIGINT: uvicorn then stops accepting, finishes requests and runs
    the app's lifespan exit (so background work stops and clients close). Exits non-zero when
    the shutdown came from background work that failed."""
    uvicorn.run(app, host=host, port=port, log_level="info")
    if _failed:
        sys.exit(f"stopped because {', '.join(_failed)} failed")
