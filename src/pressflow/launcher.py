"""`pressflow up`: a local broker unless KAFKA_BOOTSTRAP_SERVERS is set, then the three services."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from pathlib import Path

from pressflow.broker import LocalBroker
from pressflow.stack import Stack, StackError, service_env


def up(state_dir: Path = Path(".pressflow")) -> int:
    """Run everything in the foreground until Ctrl-C or SIGTERM; returns an exit status."""
    signal.signal(signal.SIGTERM, _interrupt)
    with contextlib.ExitStack() as cleanup:
        bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
        if not bootstrap:
            port = int(os.environ.get("PRESSFLOW_KAFKA_PORT", "9092"))
            print(
                f"starting a local Kafka broker on 127.0.0.1:{port} (data in {state_dir / 'kafka'})",
                flush=True,
            )
            broker = cleanup.enter_context(LocalBroker(port, data_dir=state_dir / "kafka"))
            bootstrap = broker.bootstrap_servers
        stack = Stack(service_env(bootstrap), log_dir=None)
        cleanup.callback(_stop, stack)
        try:
            stack.start()
            inbox = Path(os.environ.get("PRESSFLOW_INBOX", "inbox")).resolve()
            print(
                f"pressflow is up: drop releases into {inbox}, POST them to {stack.ingest_url}/releases, "
                f"query {stack.store_url}/releases (docs at /docs). Ctrl-C stops everything.",
                flush=True,
            )
            while True:
                stack.check_alive()
                time.sleep(0.5)
        except KeyboardInterrupt:
            print("\nstopping pressflow...", flush=True)
            return 0
        except StackError as exc:
            print(f"pressflow up: {exc}", file=sys.stderr)
            return 1


def _interrupt(*_: object) -> None:
    """SIGTERM takes the same clean path as Ctrl-C."""
    raise KeyboardInterrupt


def _stop(stack: Stack) -> None:
    codes = stack.stop()
    if codes:
        print("stopped: " + ", ".join(f"{s} ({c})" for s, c in codes.items()), flush=True)
