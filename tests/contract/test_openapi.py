"""Both HTTP APIs keep the promises of their OpenAPI documents: schemathesis, all checks, bounded."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from pressflow.broker import free_port
from pressflow.stack import service_env

pytestmark = pytest.mark.kafka

TOKEN = "contract-token"


def _launch(module: str, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", module], env=env, stdout=out, stderr=out)


def _wait_healthy(process: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"exited with {process.returncode}: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"no answer in 60 s: {log.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def apis(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """An ingest without a token, an ingest with one, and a store, each its own process."""
    root = tmp_path_factory.mktemp("contract")
    prefix = f"contract{time.time_ns() % 10**8}."
    ports = {name: free_port() for name in ("open", "guarded", "store")}
    common = {"PRESSFLOW_TOPIC_PREFIX": prefix, "PRESSFLOW_INGEST_RATE_PER_SECOND": "0"}
    runs = {
        "open": (
            "pressflow_ingest",
            {"PRESSFLOW_INGEST_PORT": str(ports["open"]), "PRESSFLOW_INBOX": str(root / "a")},
        ),
        "guarded": (
            "pressflow_ingest",
            {
                "PRESSFLOW_INGEST_PORT": str(ports["guarded"]),
                "PRESSFLOW_INBOX": str(root / "b"),
                "PRESSFLOW_INGEST_TOKEN": TOKEN,
            },
        ),
        "store": (
            "pressflow_store",
            {
                "PRESSFLOW_STORE_PORT": str(ports["store"]),
                "PRESSFLOW_DATA_DIR": str(root / "data"),
                "PRESSFLOW_STORE_GROUP": f"{prefix}store",
            },
        ),
    }
    processes = {}
    try:
        for name, (module, overrides) in runs.items():  # started together, waited for in turn
            env = service_env(kafka_bootstrap, {**common, **overrides})
            env.pop("DATABASE_URL", None)
            if name == "open":
                env.pop("PRESSFLOW_INGEST_TOKEN", None)
            processes[name] = _launch(module, env, root / f"{name}.log")
        for name, process in processes.items():
            _wait_healthy(process, ports[name], root / f"{name}.log")
        yield {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    finally:
        for process in processes.values():
            process.terminate()
        for process in processes.values():
            process.wait(30)


def schemathesis(url: str, *options: str) -> subprocess.CompletedProcess[str]:
    command = [
        str(Path(sys.executable).with_name("schemathesis")),
        "run",
        f"{url}/openapi.json",
        "--checks",
        "all",
        "--max-examples",
        "5",
        "--seed",
        "1",
        "--workers",
        "1",
        "--no-color",
        "--warnings",
        "off",
        *options,
    ]
    config = Path(__file__).with_name("schemathesis.toml")
    env = {**os.environ, "SCHEMATHESIS_CONFIG": str(config), "SCHEMATHESIS_HOOKS": "hooks", "PYTHONPATH": "."}
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env, cwd=config.parent)


@pytest.mark.parametrize("api", ["open", "store"])
def test_an_api_without_authentication_keeps_its_openapi_promises(apis, api):
    done = schemathesis(apis[api])
    assert done.returncode == 0, done.stdout[-6000:]


def test_ingest_with_a_token_keeps_its_openapi_promises(apis):
    done = schemathesis(apis["guarded"], "-H", f"Authorization: Bearer {TOKEN}")
    assert done.returncode == 0, done.stdout[-6000:]
