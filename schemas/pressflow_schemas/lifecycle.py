"""What every long-running service shares: its log format, its background task, its HTTP server."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Coroutine
from typing import Any

import uvicorn


def configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")


@contextlib.asynccontextmanager
async def background(work: Coroutine[Any, Any, None], name: str) -> AsyncIterator[asyncio.Task[None]]:
    """Run `work` beside the block and cancel it, waiting for it to finish, when the block ends."""
    task = asyncio.create_task(work, name=name)
    try:
        yield task
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def serve_http(app: Any, host: str, port: int) -> None:
    """Serve until SIGTERM or SIGINT: uvicorn then stops accepting, finishes requests and runs
    the app's lifespan exit (so background work stops and clients close)."""
    uvicorn.run(app, host=host, port=port, log_level="info")
