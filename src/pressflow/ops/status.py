"""`pressflow status`: each service up and ready, releases through each stage, lag, dead letters waiting."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, TextIO

import httpx
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from prometheus_client.parser import text_string_to_metric_families

from pressflow_runtime.metrics import consumer_lag
from pressflow_schemas import Topics

# What each stage counted, from the services' own /metrics: (service, metric, label filter).
COUNTS = {
    "received": ("ingest", "pressflow_ingest_releases_total", {"outcome": "accepted"}),
    "duplicates": ("ingest", "pressflow_ingest_releases_total", {"outcome": "duplicate"}),
    "refused": ("ingest", "pressflow_ingest_releases_total", {"outcome": "refused"}),
    "enriched": ("enrich", "pressflow_enrich_releases_total", {"outcome": "enriched"}),
    "stored": ("store", "pressflow_store_releases_total", {"outcome": "stored"}),
    "dead_lettered": ("*", "pressflow_dead_letters_total", {}),
}


@dataclass
class ServiceState:
    url: str
    up: bool = False
    ready: bool = False
    missing: list[str] = field(default_factory=list)
    samples: list[tuple[str, dict[str, str], float]] = field(default_factory=list, repr=False)


@dataclass
class GroupLag:
    group: str
    topic: str
    partitions: int
    lag: int
    oldest_waiting_seconds: float | None


@dataclass
class Status:
    kafka: str
    kafka_answers: bool
    services: dict[str, ServiceState]
    counts: dict[str, int | None]
    lag: list[GroupLag]
    dead_letters_waiting: int | None

    @property
    def ready(self) -> bool:
        return self.kafka_answers and all(s.ready for s in self.services.values())

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for state in data["services"].values():
            state.pop("samples")
        data["ready"] = self.ready
        return data


async def service_state(client: httpx.AsyncClient, url: str) -> ServiceState:
    state = ServiceState(url)
    try:
        state.up = (await client.get(f"{url}/healthz")).status_code == 200
        ready = await client.get(f"{url}/readyz")
        state.ready = ready.status_code == 200
        state.missing = [] if state.ready else list(_json(ready).get("missing", ["readyz"]))
        metrics = await client.get(f"{url}/metrics")
        state.samples = [
            (s.name, dict(s.labels), s.value)
            for family in text_string_to_metric_families(metrics.text)
            for s in family.samples
        ]
    except httpx.HTTPError:
        state.missing = state.missing or ["unreachable"]
    return state


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def count(
    services: Mapping[str, ServiceState], service: str, name: str, labels: Mapping[str, str]
) -> int | None:
    """A counter summed over the matching samples; None when no service that exports it answered."""
    states = [s for n, s in services.items() if service in ("*", n) and s.samples]
    if not states:
        return None
    wanted = set(labels.items())
    return int(
        sum(v for s in states for n, have, v in s.samples if n == name and wanted <= set(have.items()))
    )


async def oldest_waiting(bootstrap: str, group: str, topic: str) -> float | None:
    """Age in seconds of the oldest message `group` has not committed past on `topic`, if any."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5000)
    reader = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, request_timeout_ms=5000)
    await admin.start()
    await reader.start()
    try:
        [described] = await admin.describe_topics([topic])
        partitions = [TopicPartition(topic, p["partition"]) for p in described["partitions"]]
        committed = await admin.list_consumer_group_offsets(group, partitions=partitions)
        ends = await reader.end_offsets(partitions)
        starts = await reader.beginning_offsets(partitions)
        reader.assign(partitions)
        stamps = []
        for tp in partitions:
            at = committed.get(tp)
            offset = at.offset if at is not None and at.offset >= 0 else starts[tp]
            if offset < ends[tp]:
                reader.seek(tp, offset)
                record = await asyncio.wait_for(reader.getone(tp), 5)
                stamps.append(record.timestamp / 1000)
        return max(time.time() - min(stamps), 0.0) if stamps else None
    finally:
        await reader.stop()
        await admin.close()


async def gather(
    bootstrap: str,
    topics: Topics,
    urls: Mapping[str, str],
    groups: Mapping[str, str],
    replay_group: str = "pressflow-replay",
) -> Status:
    """Everything `pressflow status` shows, from the services' HTTP endpoints and from Kafka."""
    async with httpx.AsyncClient(timeout=3.0) as client:
        states = await asyncio.gather(*(service_state(client, url) for url in urls.values()))
    services = dict(zip(urls, states, strict=True))
    counts = {key: count(services, *spec) for key, spec in COUNTS.items()}
    watched = [(groups["enrich"], topics.raw), (groups["store"], topics.enriched)]
    try:
        lags = await asyncio.wait_for(
            consumer_lag(bootstrap, [*watched, (replay_group, topics.dead_letter)]), 15
        )
        lag = [
            GroupLag(
                group,
                topic,
                partitions=sum(1 for g, t, _ in lags if (g, t) == (group, topic)),
                lag=sum(v for (g, t, _), v in lags.items() if (g, t) == (group, topic)),
                oldest_waiting_seconds=await oldest_waiting(bootstrap, group, topic),
            )
            for group, topic in watched
        ]
        waiting: int | None = sum(v for (g, _, _), v in lags.items() if g == replay_group)
        answers = True
    except Exception:
        lag, waiting, answers = [], None, False
    return Status(bootstrap, answers, services, counts, lag, waiting)


def render(status: Status, out: TextIO) -> None:
    """One screen for a person."""
    kafka = "answers" if status.kafka_answers else "DOES NOT ANSWER"
    out.write(
        f"pressflow status: {'ready' if status.ready else 'NOT READY'} (Kafka {status.kafka} {kafka})\n\n"
    )
    out.write(f"{'service':<8} {'up':<4} {'ready':<6} url\n")
    for name, state in status.services.items():
        missing = f"   missing: {', '.join(state.missing)}" if state.missing else ""
        out.write(f"{name:<8} {_yes(state.up):<4} {_yes(state.ready):<6} {state.url}{missing}\n")
    shown = "  ".join(f"{k.replace('_', '-')} {'-' if v is None else v}" for k, v in status.counts.items())
    out.write(f"\nreleases: {shown}\n\n")
    out.write(f"{'group':<28} {'topic':<32} {'lag':>6}  oldest waiting\n")
    for g in status.lag:
        age = "-" if g.oldest_waiting_seconds is None else f"{g.oldest_waiting_seconds:.0f} s"
        out.write(f"{g.group:<28} {g.topic:<32} {g.lag:>6}  {age}\n")
    if not status.lag:
        out.write("(no lag: Kafka did not answer)\n")
    waiting = "-" if status.dead_letters_waiting is None else status.dead_letters_waiting
    out.write(f"\ndead letters waiting to be replayed: {waiting} (pressflow dead-letters list)\n")


def _yes(value: bool) -> str:
    return "yes" if value else "NO"


def report(status: Status, as_json: bool, out: TextIO) -> int:
    if as_json:
        out.write(json.dumps(status.as_json(), indent=2) + "\n")
    else:
        render(status, out)
    return 0 if status.ready else 1
