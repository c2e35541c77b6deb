"""The three services as processes, started, health-checked and stopped together."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import httpx

from pressflow.broker import configured_replication, create_topics, die_with_parent
from pressflow_runtime.settings import KafkaSettings
from pressflow_schemas import Topics

SERVICES = ("store", "enrich", "ingest")
_STOP_GRACE_S = 20.0


class StackError(RuntimeError):
    pass


@dataclass
class Stack:
    """Runs `python -m pressflow_<service>` for each service with one shared environment."""

    env: Mapping[str, str]
    log_dir: Path | None = None
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    log_files: list[BinaryIO] = field(default_factory=list)

    def _url(self, service: str, port: str) -> str:
        host = self.env.get(f"PRESSFLOW_{service}_HOST", "127.0.0.1")
        if host in ("0.0.0.0", "::"):
            host = "127.0.0.1"
        return f"http://{host}:{self.env.get(f'PRESSFLOW_{service}_PORT', port)}"

    @property
    def store_url(self) -> str:
        return self._url("STORE", "8000")

    @property
    def ingest_url(self) -> str:
        return self._url("INGEST", "8001")

    @property
    def enrich_url(self) -> str:
        return self._url("ENRICH", "8002")

    @property
    def urls(self) -> dict[str, str]:
        return {"ingest": self.ingest_url, "enrich": self.enrich_url, "store": self.store_url}

    def start(self, timeout: float = 120.0) -> Stack:
        """Create the topics, start every service, and wait until each answers /readyz with 200."""
        topics = Topics(self.env.get("PRESSFLOW_TOPIC_PREFIX", ""))
        default = KafkaSettings.model_fields["partitions"].default
        partitions = int(self.env.get("PRESSFLOW_PARTITIONS", default))
        replication = configured_replication(self.env)
        asyncio.run(create_topics(self.env["KAFKA_BOOTSTRAP_SERVERS"], topics.all(), partitions, replication))
        for service in SERVICES:
            self.launch(service)
        self._wait_ready(timeout)
        return self

    def launch(self, name: str, overrides: Mapping[str, str] | None = None) -> subprocess.Popen[bytes]:
        """Start one copy of a service: `name` is the service, or `service-N` for another copy
        with its own `overrides` (e.g. its HTTP port). Call it from the main thread: the copy is
        tied to the thread that starts it."""
        process = subprocess.Popen(
            [sys.executable, "-m", f"pressflow_{service_of(name)}"],
            env={**self.env, **(overrides or {})},
            stdout=self._log(name),
            stderr=subprocess.STDOUT,
            # Own process group: Ctrl-C reaches the launcher only, which stops services in order;
            # and each service dies with the launcher even if it is killed outright.
            process_group=0,
            preexec_fn=die_with_parent,
        )
        self.processes[name] = process
        return process

    def _log(self, service: str) -> BinaryIO | None:
        """The service's log file under `log_dir`, else None: the service writes to our output."""
        if self.log_dir is None:
            return None
        self.log_dir.mkdir(parents=True, exist_ok=True)
        handle = (self.log_dir / f"{service}.log").open("ab")
        self.log_files.append(handle)
        return handle

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        pending = set(self.urls.values())
        while pending:
            self.check_alive()
            for url in list(pending):
                try:
                    if httpx.get(f"{url}/readyz", timeout=2.0).status_code == 200:
                        pending.discard(url)
                except httpx.TransportError:
                    pass
            if time.monotonic() > deadline:
                self.stop()
                raise StackError(f"services did not become ready in {timeout:.0f}s: {sorted(pending)}")
            time.sleep(0.3)

    def check_alive(self) -> None:
        """Raise if a service exited on its own."""
        for service, process in self.processes.items():
            code = process.poll()
            if code is not None:
                raise StackError(f"the {service} service exited with status {code}")

    def stop(self) -> dict[str, int | None]:
        """SIGTERM each service (ingest first, so nothing new comes in), then wait; returns exit codes."""
        order = sorted(self.processes, key=lambda name: SERVICES.index(service_of(name)), reverse=True)
        for name in order:
            process = self.processes[name]
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        codes: dict[str, int | None] = {}
        deadline = time.monotonic() + _STOP_GRACE_S
        for service, process in self.processes.items():
            try:
                codes[service] = process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                codes[service] = process.wait()
        self.processes.clear()
        for handle in self.log_files:
            handle.close()
        self.log_files.clear()
        return codes


def service_of(name: str) -> str:
    """The service a process name runs: "enrich-2" is a second copy of enrich."""
    return name.split("-", 1)[0]


def service_env(bootstrap: str, overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment every service reads, with the local broker's address filled in."""
    env = dict(os.environ)
    env["KAFKA_BOOTSTRAP_SERVERS"] = bootstrap
    env.setdefault("PYTHONUNBUFFERED", "1")
    env.update(overrides or {})
    return env
