"""The store app served by uvicorn in a thread, for the tests that drive it through a browser."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

import uvicorn
from sqlalchemy.engine import Engine

from pressflow.broker import free_port
from pressflow_store.http.api import create_app


@contextlib.contextmanager
def serving(engine: Engine) -> Iterator[str]:
    """Serve the store over `engine` until the block ends; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(engine), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
