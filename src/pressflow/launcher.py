"""`pressflow up`: a local broker unless KAFKA_BOOTSTRAP_SERVERS is set, then the three services."""

from __future__ import annotations

import contextlib
import signal
import sys
import time
from pathlib import Path

from pydantic import AliasChoices, Field

from pressflow.broker import LocalBroker
from pressflow.stack import Stack, StackError, service_env
from pressflow_runtime.settings import KafkaSettings


class UpSettings(KafkaSettings):
    """What `pressflow up` reads: a broker of the user's, else the port of the local one."""

    kafka_bootstrap_servers: str | None = Field(  # type: ignore[assignment]
        None, validation_alias=AliasChoices("KAFKA_BOOTSTRAP_SERVERS", "kafka_bootstrap_servers")
    )
    kafka_port: int = 9092
    inbox: Path = Path("inbox")


def up(state_dir: Path = Path(".pressflow")) -> int:
    """Run everything in the foreground until Ctrl-C or SIGTERM; returns an exit status."""
    signal.signal(signal.SIGTERM, _interrupt)
    settings = UpSettings()
    with contextlib.ExitStack() as cleanup:
        bootstrap = settings.kafka_bootstrap_servers
        if not bootstrap:
            port = settings.kafka_port
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
            inbox = settings.inbox.resolve()
            print(
                f"pressflow is up: drop releases into {inbox}, POST them to {stack.ingest_url}/releases, "
                f"query {stack.store_url}/releases (docs at /docs); `pressflow status` shows how it is "
                "doing. Ctrl-C stops everything.",
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
