"""What every long-running service shares: its log format, its background work, its HTTP server."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import logging.config
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import Any

import uvicorn

log = logging.getLogger("pressflow")

# Exit status of a process whose background work failed: EX_SOFTWARE, so a supervisor
# (systemd's Restart=on-failure, compose's restart policy) tells a crash from an orderly stop.
CRASHED = 70

# What stopped on its own in this process, with why, and the servers to stop for it.
_failed: list[str] = []
_servers: list[uvicorn.Server] = []


# Fields a log record may carry beyond its message (`extra=`): the same in text and JSON lines.
FIELDS = ("release_id", "outcome", "source", "reason")


class JsonLines(logging.Formatter):
    """One JSON object per record, for log shippers: time, level, logger, message and FIELDS."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        line |= {f: getattr(record, f) for f in FIELDS if getattr(record, f, None) is not None}
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def logging_config(log_format: str = "text") -> dict[str, object]:
    """The dictConfig of every service (faust's worker takes it too): `text` or `json` lines on stderr."""
    text = {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"line": {"()": JsonLines} if log_format == "json" else text},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "line"}},
        "root": {"level": "INFO", "handlers": ["stderr"]},
    }


def configure_logging(log_format: str = "text") -> None:
    logging.config.dictConfig(logging_config(log_format))


def stop_process(name: str, error: BaseException | None) -> None:
    """Crash-only: a service whose consumer or watcher died must not answer /healthz and serve
    stale data; it shuts down cleanly, exits with CRASHED, and its supervisor restarts it."""
    log.critical("%s stopped (%r); shutting the service down so that it is restarted", name, error)
    _failed.append(f"{name} failed: {error!r}")
    if not _servers:  # no server of ours runs this loop: a signal stops whoever does
        os.kill(os.getpid(), signal.SIGTERM)
    for server in _servers:
        # not a signal: uvicorn would re-raise it after shutdown, and the process would end
        # as an orderly stop does (143)
        server.should_exit = True


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


class _Server(uvicorn.Server):
    """uvicorn's server, less the re-raise of the signal that stopped it: after the graceful
    shutdown SIGTERM asks for, the process exits 0, so a supervisor tells a stop from a crash."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        with super().capture_signals():
            yield
            self._captured_signals.clear()


def serve_http(app: Any, host: str, port: int) -> None:
    """Serve until SIGTERM or SIGINT: uvicorn then stops accepting, finishes requests and runs
    the app's lifespan exit (so background work stops and clients close). Exits with CRASHED,
    the reason on stderr, when the shutdown came from background work that failed."""
    # log_config=None: uvicorn's records go through the service's own format (text or JSON)
    server = _Server(uvicorn.Config(app, host=host, port=port, log_level="info", log_config=None))
    _servers.append(server)
    try:
        server.run()
    finally:
        _servers.remove(server)
    if _failed:
        print(f"stopped because {'; '.join(_failed)}", file=sys.stderr, flush=True)
        sys.exit(CRASHED)
