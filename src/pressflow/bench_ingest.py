"""`make bench-ingest`: what ingest alone accepts per second, POSTs and inbox files at once,
against a real local broker, beside enrich's rate on the same texts."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition

from pressflow.bench import in_scratch, report, stack_parser
from pressflow.bench_e2e import _drop, _inbox_log, cpu_seconds, distinct_releases, peak_rss_mib
from pressflow.broker import LocalBroker, create_topics, free_port
from pressflow.stack import Stack, service_env
from pressflow_schemas import Topics

# A file is taken once it has not changed for the settle time: a delay before the first file,
# not a cost per file; shortened here so that a burst measures the work, not the wait.
_SETTLE_S = "0.2"
_POLL_S = "0.1"
_PARTITIONS = 4
_ENRICH_SAMPLE = 200  # releases enriched before and after, for the anchor


def enrich_rate(texts: list[str], rounds: int = 1) -> float:
    """Releases per second of enrich's core on `texts`, in the batches the service takes, on one
    core as the service runs; the models are loaded and warmed first."""
    from pressflow_enrich.app import BATCH_RELEASES
    from pressflow_enrich.ner import SpacyNer
    from pressflow_enrich.pipeline import enrich_many
    from pressflow_enrich.settings import EnrichSettings
    from pressflow_schemas import RawRelease, Source

    now = datetime.now(UTC)
    raws = [
        RawRelease(
            release_id=f"bench{i}",
            received_at=now,
            source=Source(kind="http", format="txt", size=len(text), sha256="0" * 64),
            text=text,
        )
        for i, text in enumerate(texts)
    ]
    settings = EnrichSettings()
    ner = SpacyNer(settings.spacy_models, settings.ner_weights)
    batches = [raws[i : i + BATCH_RELEASES] for i in range(0, len(raws), BATCH_RELEASES)]
    enrich_many(batches[0], ner, now)  # loads both languages' components
    cores = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cores)})
    try:
        start = time.perf_counter()
        for _ in range(rounds):
            for batch in batches:
                enrich_many(batch, ner, now)
        return rounds * len(raws) / (time.perf_counter() - start)
    finally:
        os.sched_setaffinity(0, cores)


class Ingest:
    """The ingest service alone as a process, on its own topics and inbox."""

    def __init__(self, bootstrap: str, root: Path, concurrency: int | None) -> None:
        self.bootstrap = bootstrap
        self.root = root
        self.topics = Topics(f"benchingest{os.getpid()}.")
        overrides = {
            "PRESSFLOW_TOPIC_PREFIX": self.topics.prefix,
            "PRESSFLOW_INBOX": str(self.inbox),
            "PRESSFLOW_INGEST_PORT": str(free_port()),
            "PRESSFLOW_INGEST_RATE_PER_SECOND": "0",  # the benchmark is one client sending fast
            "PRESSFLOW_INBOX_SETTLE_SECONDS": _SETTLE_S,
            "PRESSFLOW_INBOX_POLL_SECONDS": _POLL_S,
        }
        if concurrency is not None:
            overrides["PRESSFLOW_INBOX_CONCURRENCY"] = str(concurrency)
        self.stack = Stack(service_env(bootstrap, overrides), log_dir=root / "logs")

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    def start(self, timeout: float = 120) -> Ingest:
        self.inbox.mkdir(parents=True, exist_ok=True)
        asyncio.run(create_topics(self.bootstrap, self.topics.all(), _PARTITIONS))
        self.stack.launch("ingest")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.stack.check_alive()
            try:
                if httpx.get(f"{self.stack.ingest_url}/readyz", timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.3)
        raise TimeoutError("ingest did not become ready")

    def stop(self) -> None:
        self.stack.stop()

    async def burst(self, releases: list[tuple[str, str]], clients: int) -> dict[str, float]:
        """Half the releases dropped into the inbox at once, half POSTed by `clients` concurrent
        clients: releases per second until Kafka acknowledged each (202, or the file moved)."""
        return await self._burst(releases[::2], releases[1::2], clients)

    async def _burst(
        self, files: list[tuple[str, str]], posts: list[tuple[str, str]], clients: int
    ) -> dict[str, float]:
        start = time.perf_counter()
        for name, text in files:
            _drop(self.inbox, name, text)
        limits = httpx.Limits(max_connections=clients)
        async with httpx.AsyncClient(base_url=self.stack.ingest_url, timeout=60, limits=limits) as client:
            slots = asyncio.Semaphore(clients)

            async def post(name: str, text: str) -> None:
                async with slots:
                    response = await client.post("/releases", json={"text": text, "filename": name})
                    if response.status_code != 202:
                        raise RuntimeError(f"POST answered {response.status_code}: {response.text[:200]}")

            async def posted() -> float:
                await asyncio.gather(*(post(name, text) for name, text in posts))
                return time.perf_counter()

            posts_at, files_at = await asyncio.gather(posted(), self._moved({n for n, _ in files}))
        return {
            "together_releases_per_s": (len(files) + len(posts)) / (max(posts_at, files_at) - start),
            "http_releases_per_s": len(posts) / (posts_at - start),
            "inbox_releases_per_s": len(files) / (files_at - start),
        }

    async def inbox_alone(self, files: list[tuple[str, str]]) -> float:
        """Files per second the watcher moves after their acknowledgement, with no POST beside."""
        return (await self._burst(files, [], 1))["inbox_releases_per_s"]

    async def _moved(self, names: set[str], timeout: float = 600) -> float:
        """When the last of `names` was moved out of the inbox after its acknowledgement."""
        deadline = time.monotonic() + timeout
        while names - _inbox_log(self.inbox).keys():
            self.stack.check_alive()
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(names - _inbox_log(self.inbox).keys())} files still in the inbox")
            await asyncio.sleep(0.02)
        return time.perf_counter()

    async def published(self) -> int:
        """Messages on the raw topic: each release must be there exactly once."""
        partitions = [TopicPartition(self.topics.raw, p) for p in range(_PARTITIONS)]
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap)
        await consumer.start()
        consumer.assign(partitions)  # aiokafka's stop fails on a consumer that never had partitions
        try:
            return sum((await consumer.end_offsets(partitions)).values())
        finally:
            await consumer.stop()


def run(releases: int, clients: int, concurrency: int | None, root: Path) -> dict[str, object]:
    texts = distinct_releases(2 * releases)
    result: dict[str, object] = {
        "cores": os.cpu_count(),
        "load_average_at_start": os.getloadavg(),
        "releases": len(texts),
        "http_clients": clients,
        "inbox_concurrency": concurrency or "default",
    }
    print("enrich's core on the same texts...", file=sys.stderr)
    sample = [text for _, text in texts[:_ENRICH_SAMPLE]]
    before = enrich_rate(sample)
    with LocalBroker(free_port(), data_dir=root / "kafka") as broker:
        print(f"ingest alone: {len(texts)} releases, half files, half POSTs...", file=sys.stderr)
        ingest = Ingest(broker.bootstrap_servers, root / "ingest", concurrency).start()
        try:
            pid = ingest.stack.processes["ingest"].pid
            cpu_before = cpu_seconds(pid)
            result.update(asyncio.run(ingest.burst(texts, clients)))
            result["ingest_cpu_ms_per_release"] = 1000 * (cpu_seconds(pid) - cpu_before) / len(texts)
            files = distinct_releases(releases, 2 * releases)  # others, taken alone
            result["inbox_alone_releases_per_s"] = asyncio.run(ingest.inbox_alone(files))
            result["published"] = asyncio.run(ingest.published())
            result["ingest_peak_rss_mib"] = peak_rss_mib(pid)
        finally:
            ingest.stop()
    after = enrich_rate(sample)
    result["enrich_releases_per_s"] = (before + after) / 2
    result["vs_enrich"] = result["together_releases_per_s"] / result["enrich_releases_per_s"]  # type: ignore[operator]
    result["load_average_at_end"] = os.getloadavg()
    if result["published"] != len(texts) + releases:
        raise AssertionError(f"{result['published']} messages on the raw topic for {len(texts) + releases}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = stack_parser("python -m pressflow.bench_ingest", __doc__, releases=500)
    parser.add_argument("--clients", type=int, default=16, help="concurrent HTTP clients")
    parser.add_argument("--concurrency", type=int, default=None, help="PRESSFLOW_INBOX_CONCURRENCY")
    args = parser.parse_args(argv)
    result = in_scratch(
        "pressflow-bench-ingest-",
        args.keep,
        lambda root: run(args.releases, args.clients, args.concurrency, root),
    )
    line = (
        f"{result['releases']} releases at once, half dropped into the inbox, half POSTed by"
        f" {args.clients} clients; {result['cores']} cores, load average"
        f" {result['load_average_at_start'][0]:.1f} at start:\n"  # type: ignore[index]
        f"  ingest alone: {result['together_releases_per_s']:.0f} releases/s acknowledged"
        f" (POSTs {result['http_releases_per_s']:.0f}/s, inbox files {result['inbox_releases_per_s']:.0f}/s),"
        f" {result['vs_enrich']:.1f}x enrich's {result['enrich_releases_per_s']:.1f}/s (target >= 5x);"
        f" each published once; ingest used {result['ingest_cpu_ms_per_release']:.1f} ms of CPU per release,"
        f" peak RSS {result['ingest_peak_rss_mib']:.0f} MiB\n"
        f"  then {args.releases} more files alone: {result['inbox_alone_releases_per_s']:.0f}/s"
        f" (PRESSFLOW_INBOX_CONCURRENCY {result['inbox_concurrency']})"
    )
    return report(result, [line])


if __name__ == "__main__":
    sys.exit(main())
