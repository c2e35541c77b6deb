"""A stopped broker turns /readyz to 503 within 15 s, naming Kafka, and back to 200 once it returns."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
import pytest

from pressflow.broker import LocalBroker, free_port
from pressflow.stack import service_env

pytestmark = pytest.mark.kafka


def wait_for(url: str, status: int, timeout: float) -> tuple[float, dict]:
    """Seconds until `url` answers `status`, and the body it answered with."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        try:
            response = httpx.get(url, timeout=2.0)
            if response.status_code == status:
                return time.monotonic() - started, response.json()
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{url} did not answer {status} within {timeout:.0f} s")


def test_readyz_follows_the_broker_away_and_back(tmp_path):
    # a broker of its own, on a fixed port so that it comes back where the service expects it
    broker = LocalBroker(free_port(), data_dir=tmp_path / "kafka", partitions=1).start()
    port = free_port()
    env = service_env(
        broker.bootstrap_servers,
        {"PRESSFLOW_INGEST_PORT": str(port), "PRESSFLOW_INBOX": str(tmp_path / "inbox")},
    )
    ingest = subprocess.Popen([sys.executable, "-m", "pressflow_ingest"], env=env, stderr=subprocess.DEVNULL)
    readyz = f"http://127.0.0.1:{port}/readyz"
    try:
        wait_for(readyz, 200, 60)
        broker.stop()
        took, body = wait_for(readyz, 503, 30)
        assert took < 15, f"/readyz took {took:.1f} s to notice the broker was gone"
        assert body["missing"] == ["kafka"]
        assert httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200  # alive all along
        broker.start()
        wait_for(readyz, 200, 60)
        assert ingest.poll() is None
    finally:
        ingest.terminate()
        ingest.wait(30)
        broker.stop()
