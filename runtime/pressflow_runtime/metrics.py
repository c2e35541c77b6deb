"""Prometheus metrics every service shares: the exposition, dead letters, consumer lag from Kafka."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, Counter, Gauge, generate_latest
from starlette.requests import Request
from starlette.responses import Response

log = logging.getLogger("pressflow.metrics")

DEAD_LETTERS = Counter(
    "pressflow_dead_letters_total", "Dead letters published, by stage and error type", ["stage", "error"]
)
CONSUMER_LAG = Gauge(
    "pressflow_consumer_lag",
    "Messages between a consumer group's committed offset and the end of the partition",
    ["group", "topic", "partition"],
)


def exposition() -> tuple[bytes, str]:
    """Every metric of this process in the Prometheus text format, and its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


async def metrics_endpoint(_: Request) -> Response:
    body, content_type = exposition()
    return Response(body, media_type=content_type)


def count_dead_letter(stage: str, error: str) -> None:
    DEAD_LETTERS.labels(stage=stage, error=error).inc()


class LagSampler:
    """Samples each group's lag on its topics every `interval` seconds; a sample that succeeds
    also says Kafka answers, which readiness asks of every service (`groups` may be empty).

    Kafka counts as answering for `4 * interval` (12 s) after the last good sample: a slow
    sample (at most `2 * interval`) does not flap readiness, and a stopped broker shows
    within 15 s.
    """

    def __init__(
        self, bootstrap_servers: str, groups: Sequence[tuple[str, str]] = (), interval: float = 3.0
    ) -> None:
        self._servers = bootstrap_servers
        self._groups = list(groups)  # (group, topic)
        self.interval = interval
        self.last_success: float | None = None
        self.lag: dict[tuple[str, str, int], int] = {}

    @property
    def kafka_answers(self) -> bool:
        return self.last_success is not None and time.monotonic() - self.last_success < 4 * self.interval

    async def run(self) -> None:
        """Sample until cancelled; a failed sample is logged once and tried again next interval."""
        failing = False
        while True:
            try:
                await asyncio.wait_for(self.sample(), timeout=2 * self.interval)
                self.last_success, failing = time.monotonic(), False
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if not failing:
                    log.warning("could not sample Kafka (%s: %s)", type(exc).__name__, exc)
                failing = True
            await asyncio.sleep(self.interval)

    async def sample(self) -> dict[tuple[str, str, int], int]:
        """Lag per (group, topic, partition) now, also set on the `pressflow_consumer_lag` gauge."""
        self.lag = await consumer_lag(self._servers, self._groups)
        for (group, topic, partition), lag in self.lag.items():
            CONSUMER_LAG.labels(group=group, topic=topic, partition=str(partition)).set(lag)
        return self.lag


async def consumer_lag(
    bootstrap_servers: str, groups: Sequence[tuple[str, str]], timeout_ms: int = 5000
) -> dict[tuple[str, str, int], int]:
    """Lag of each (group, topic): end offset minus committed offset (the first offset when the
    group has committed nothing); with no groups, only checks that Kafka answers."""
    # Clients made per sample: a sampler that outlives a broker restart needs no reconnect logic.
    reader = AIOKafkaConsumer(
        bootstrap_servers=bootstrap_servers, request_timeout_ms=timeout_ms, enable_auto_commit=False
    )
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers, request_timeout_ms=timeout_ms)
    await reader.start()
    try:
        await admin.start()
        try:
            if not groups:  # the clients started: Kafka answers
                return {}
            described = await admin.describe_topics(sorted({topic for _, topic in groups}))
            partitions = {
                t["topic"]: [TopicPartition(t["topic"], p["partition"]) for p in t["partitions"]]
                for t in described
                if not t["error_code"]
            }
            lag: dict[tuple[str, str, int], int] = {}
            for group, topic in groups:
                if partitions.get(topic):
                    lag |= await _group_lag(reader, admin, group, sorted(partitions[topic]))
            return lag
        finally:
            await admin.close()
    finally:
        await reader.stop()


async def _group_lag(
    reader: AIOKafkaConsumer, admin: AIOKafkaAdminClient, group: str, partitions: list[TopicPartition]
) -> dict[tuple[str, str, int], int]:
    committed = await admin.list_consumer_group_offsets(group, partitions=partitions)
    ends = await reader.end_offsets(partitions)
    starts = await reader.beginning_offsets(partitions)
    lag = {}
    for tp in partitions:
        at = committed.get(tp)
        offset = at.offset if at is not None and at.offset >= 0 else starts[tp]
        lag[(group, tp.topic, tp.partition)] = max(ends[tp] - offset, 0)
    return lag
