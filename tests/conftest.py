"""Fixtures shared by every test suite: the Kafka broker and per-test topic names."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from hypothesis import settings

from pressflow.broker import LocalBroker, free_port

# In CI, property tests replay the same examples on every run (found failures become fixed
# test cases); on a developer's machine they keep exploring new inputs.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session", autouse=True)
def enrich_port_of_our_own() -> Iterator[None]:
    """An enrich worker a test starts serves its probes on a free port, not on 8002, which a
    running `make up` or another checkout's test session may hold."""
    if "PRESSFLOW_ENRICH_PORT" in os.environ:
        yield
        return
    os.environ["PRESSFLOW_ENRICH_PORT"] = str(free_port())
    try:
        yield
    finally:
        os.environ.pop("PRESSFLOW_ENRICH_PORT", None)


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Bootstrap servers of KAFKA_BOOTSTRAP_SERVERS, or of a local broker run for the session."""
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        yield configured
        return
    # Under pytest's tmp dir (not a throwaway one) so the broker log outlives a failed run.
    with LocalBroker(data_dir=tmp_path_factory.mktemp("kafka")) as broker:
        yield broker.bootstrap_servers


@pytest.fixture
def topic_prefix() -> str:
    """A fresh topic prefix, e.g. "t1f2e3d4c5b6a.", so tests never share topics or groups."""
    return f"t{uuid.uuid4().hex[:12]}."
