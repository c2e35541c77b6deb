"""Faults on the running pipeline under a steady load, and an audit from outside of what it acknowledged."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import signal
import statistics
import subprocess
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from pressflow.broker import LocalBroker, LocalCluster, create_topics, free_port
from pressflow.postgres import PostgresServer
from pressflow.stack import Stack, service_env, service_of
from pressflow_schemas import DeadLetter, Topics

# A stage that has not made progress this long after its restart counts as not recovered.
_GIVE_UP_S = 90.0
_POLL_S = 0.25
_PARTITIONS = 4


@dataclass(frozen=True)
class Fault:
    """One thing that goes wrong: `target` is a service copy ("enrich", "store-2"), "broker"
    ("broker-2": a node of a cluster) or "postgres"; it stays down `down_seconds`, then restarts.
    `during_rebalance`: a second copy of the service is started first and the target is killed
    while its group rebalances."""

    target: str
    signal: str = "SIGKILL"
    down_seconds: float = 1.0
    during_rebalance: bool = False

    @property
    def kind(self) -> str:
        name = "broker" if self.target.startswith("broker") else service_of(self.target)
        how = {"SIGKILL": "killed", "SIGTERM": "stopped"}[self.signal]
        if self.during_rebalance:
            how += " in a rebalance"
        if self.down_seconds >= 60:
            how += f", down {self.down_seconds / 60:.0f} min"
        return f"{name} {how}"


@dataclass
class FaultOutcome:
    fault: Fault
    # From the restart command until the stage the fault hit made progress again; None: it did not.
    recovery_seconds: float | None
    exit_status: int | None = None
    stop_seconds: float | None = None
    # Store outages: the largest backlog seen, and how long it took to drain after the restart.
    backlog: int | None = None
    # Broker faults: from the kill until the store committed again (with other brokers up, this
    # can come before the restart).
    pause_seconds: float | None = None
    # Wall-clock time of the restart command, to read the restarted copy's own log against.
    restarted_at: float | None = None


@dataclass
class Audit:
    """What the pipeline acknowledged, checked against what the store holds."""

    acknowledged_files: int = 0
    acknowledged_posts: int = 0
    unacknowledged_posts: int = 0
    stored: int = 0
    missing: list[str] = field(default_factory=list)
    doubled: list[str] = field(default_factory=list)
    wrong_id: list[str] = field(default_factory=list)
    not_enriched: list[str] = field(default_factory=list)
    left_in_inbox: list[str] = field(default_factory=list)
    failed_files: list[str] = field(default_factory=list)
    dead_lettered: list[str] = field(default_factory=list)
    hostile_answers: dict[str, tuple[int, float]] = field(default_factory=dict)
    hostile_unanswered: list[str] = field(default_factory=list)
    hostile_not_refused: list[str] = field(default_factory=list)
    supervisor_restarts: int = 0

    @property
    def acknowledged(self) -> int:
        return self.acknowledged_files + self.acknowledged_posts

    def problems(self) -> list[str]:
        """Every release a user would miss, find twice or find without its enrichment."""
        found = []
        for name in (
            "missing",
            "doubled",
            "wrong_id",
            "not_enriched",
            "left_in_inbox",
            "failed_files",
            "dead_lettered",
            "hostile_unanswered",
            "hostile_not_refused",
        ):
            values = getattr(self, name)
            if values:
                found.append(f"{name.replace('_', ' ')}: {len(values)} ({', '.join(sorted(values)[:5])})")
        return found


def release_text(token: str, n: int) -> str:
    """A distinct release with a date, an amount and named entities for enrich to find."""
    return (
        f"Toulouse, le {n % 28 + 1} mars 2025\n\n"
        f"La Région Occitanie accorde {n % 900 + 100} 000 euros à la société Airbus "
        f"pour le programme {token}.\n\n"
        "Contact presse : Marie Dupont, presse@laregion.fr\n"
    )


_TOKEN = re.compile(r"chaos[0-9a-f]{6}-\d{6}")


class ChaosRun:
    """A broker (or a local cluster), PostgreSQL when asked, and the services as processes, which
    faults then hit while a load of distinct releases arrives through the inbox and over HTTP."""

    def __init__(
        self,
        root: Path,
        *,
        database: str = "sqlite",
        brokers: int = 1,
        enrich_workers: int = 1,
        store_workers: int = 1,
        rate_per_second: float = 3.0,
        hostile: Mapping[str, bytes] | None = None,
    ) -> None:
        self.root = root
        self.database = database
        self.run_id = uuid.uuid4().hex[:6]
        self.rate = rate_per_second
        self.hostile = dict(hostile or {})
        self.inbox = root / "inbox"
        self.topics = Topics(f"chaos{self.run_id}.")
        self.cluster = LocalCluster(root / "kafka", size=brokers) if brokers > 1 else None
        self.brokers = (
            self.cluster.brokers
            if self.cluster
            else [LocalBroker(data_dir=root / "kafka", startup_timeout=90)]
        )
        # its own temp dir: the postgres user must reach it, which a pytest tmp_path (0700) forbids
        self.postgres = PostgresServer() if database == "postgresql" else None
        self.copies = {"ingest": 1, "enrich": enrich_workers, "store": store_workers}
        self.store_ports: dict[str, int] = {}
        self.enrich_ports: dict[str, int] = {}
        self.stack: Stack | None = None
        self.http_acks: dict[str, str] = {}  # token -> release id
        self.hostile_answers: dict[str, tuple[int, float]] = {}  # name -> status, seconds
        self.hostile_explained: set[str] = set()  # answered with a message that says why
        self.ack_times: list[float] = []
        self.unacknowledged = 0
        self.outcomes: list[FaultOutcome] = []
        # What compose's restart policy does: a service that exits on its own (crash-only, e.g. the
        # store starting while PostgreSQL is down) is started again; counted per copy.
        self.supervisor_restarts: Counter[str] = Counter()
        self._down: set[str] = set()
        self._files: set[str] = set()
        self._posts: set[asyncio.Task[None]] = set()
        self._sent = 0
        self._http: httpx.AsyncClient | None = None

    # ---- starting and stopping -------------------------------------------------------------

    @property
    def bootstrap(self) -> str:
        if self.cluster is not None:
            return self.cluster.bootstrap_servers
        # its address, kept while it is down: the driver watches for progress through the outage
        broker = self.brokers[0]
        return f"{broker.host}:{broker._port}"

    def overrides(self, name: str) -> dict[str, str]:
        """Each copy of enrich and of the store serves HTTP on a port of its own."""
        service = service_of(name)
        if service == "ingest":
            return {}
        port = self.store_ports.setdefault(name, free_port()) if service == "store" else None
        if service == "enrich":
            port = self.enrich_ports.setdefault(name, free_port())
        return {f"PRESSFLOW_{service.upper()}_PORT": str(port)}

    @property
    def store_url(self) -> str:
        return f"http://127.0.0.1:{self.store_ports['store']}"

    @property
    def ingest_url(self) -> str:
        assert self.stack is not None
        return self.stack.ingest_url

    async def start(self) -> ChaosRun:
        # enrich does not create its data folder yet (issue 13), and with PostgreSQL nothing else does
        (self.root / "data").mkdir(parents=True, exist_ok=True)
        for node in self.brokers:
            node.start(wait=False)
        for node in self.brokers:
            await asyncio.to_thread(node.wait_ready)
        if self.postgres is not None:
            await asyncio.to_thread(self.postgres.start)
        await create_topics(self.bootstrap, self.topics.all(), _PARTITIONS)
        env = service_env(
            self.bootstrap,
            {
                "PRESSFLOW_TOPIC_PREFIX": self.topics.prefix,
                "PRESSFLOW_INBOX": str(self.inbox),
                "PRESSFLOW_DATA_DIR": str(self.root / "data"),
                "PRESSFLOW_INGEST_PORT": str(free_port()),
                "PRESSFLOW_ENRICH_GROUP": f"{self.topics.prefix}enrich",
                "PRESSFLOW_STORE_GROUP": f"{self.topics.prefix}store",
                "PRESSFLOW_INBOX_SETTLE_SECONDS": "0.5",
                "PRESSFLOW_INGEST_RATE_PER_SECOND": "0",
            },
        )
        env.pop("DATABASE_URL", None)
        if self.postgres is not None:
            env["DATABASE_URL"] = self.postgres.url
        self.inbox.mkdir(parents=True, exist_ok=True)
        self.stack = Stack(env, log_dir=self.root / "logs")
        for service, copies in self.copies.items():
            for n in range(1, copies + 1):
                name = service if n == 1 else f"{service}-{n}"
                self.stack.launch(name, self.overrides(name))
        self._http = httpx.AsyncClient(timeout=httpx.Timeout(15.0, connect=3.0))
        await self._wait_stored(await self._post_until_accepted("warm-up"), 180)
        await self._wait_members()
        return self

    async def stop(self) -> None:
        await self.stop_load()
        if self._http is not None:
            await self._http.aclose()
        if self.stack is not None:
            await asyncio.to_thread(self.stack.stop)
        if self.cluster is not None:
            await asyncio.to_thread(self.cluster.stop)
        else:
            await asyncio.to_thread(self.brokers[0].stop)
        if self.postgres is not None:
            await asyncio.to_thread(self.postgres.stop)

    async def __aenter__(self) -> ChaosRun:
        try:
            return await self.start()
        except BaseException:
            await self.stop()
            raise

    async def __aexit__(self, *_: object) -> None:
        await self.stop()

    # ---- the load --------------------------------------------------------------------------

    def _token(self, n: int) -> str:
        return f"chaos{self.run_id}-{n:06d}"

    async def load(self, stop: asyncio.Event) -> None:
        """Distinct releases at a steady rate: odd ones dropped as files, even ones POSTed."""
        while not stop.is_set():
            self._sent += 1
            token = self._token(self._sent)
            text = release_text(token, self._sent)
            if self._sent % 2:
                part = self.inbox / f"{token}.part"
                part.write_text(text, encoding="utf-8")
                part.rename(self.inbox / f"{token}.txt")  # complete files only, as the README asks
                self._files.add(token)
            else:
                task = asyncio.create_task(self._post(token, text))
                self._posts.add(task)
                task.add_done_callback(self._posts.discard)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 1 / self.rate)

    async def _post(self, token: str, text: str) -> None:
        assert self._http is not None
        try:
            response = await self._http.post(
                f"{self.ingest_url}/releases", json={"text": text, "filename": f"{token}.json"}
            )
        except httpx.HTTPError:
            self.unacknowledged += 1  # a timeout or a refused connection: the client knows it failed
            return
        if response.status_code in (200, 202):
            self.http_acks[token] = response.json()["release_id"]
            self.ack_times.append(time.monotonic())
        else:
            self.unacknowledged += 1

    async def _post_until_accepted(self, token: str, timeout: float = 180) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.stack is not None
            self.stack.check_alive()
            await self._post(token, release_text(token, 0))
            if token in self.http_acks:
                self.ack_times.clear()
                self.unacknowledged = 0
                return self.http_acks.pop(token)
            await asyncio.sleep(1)
        raise AssertionError(f"ingest did not accept a release in {timeout:.0f}s; logs in {self.root}")

    async def stop_load(self) -> None:
        if self._posts:
            await asyncio.gather(*self._posts, return_exceptions=True)

    async def hostile_inputs(self) -> None:
        """Post the hostile corpus (retrying while ingest is down) and drop it in the inbox."""
        assert self._http is not None
        for name, data in self.hostile.items():
            (self.inbox / f"hostile-{name}").write_bytes(data)
        for name, data in self.hostile.items():
            deadline = time.monotonic() + _GIVE_UP_S
            while time.monotonic() < deadline:
                started = time.monotonic()
                try:
                    response = await self._http.post(
                        f"{self.ingest_url}/releases", files={"file": (name, data, None)}
                    )
                except httpx.HTTPError:
                    await asyncio.sleep(1)
                    continue
                self.hostile_answers[name] = (response.status_code, time.monotonic() - started)
                with contextlib.suppress(ValueError, AttributeError):
                    if response.json().get("detail"):  # problem+json says why in `detail`
                        self.hostile_explained.add(name)
                break

    # ---- faults ----------------------------------------------------------------------------

    async def run(self, faults: list[Fault], gap_seconds: float = 4.0) -> list[FaultOutcome]:
        """Keep the load running while each fault hits in turn, `gap_seconds` apart."""
        stop = asyncio.Event()
        load = asyncio.create_task(self.load(stop))
        supervisor = asyncio.create_task(self.supervise(stop))
        hostile = asyncio.create_task(self.hostile_inputs())
        try:
            for fault in faults:
                await asyncio.sleep(gap_seconds)
                self.outcomes.append(await self.apply(fault))
            await hostile
        finally:
            stop.set()
            await load
            await supervisor
            hostile.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await hostile
            await self.stop_load()
        return self.outcomes

    async def supervise(self, stop: asyncio.Event) -> None:
        """Start again every copy that exited while no fault holds it down."""
        assert self.stack is not None
        while not stop.is_set():
            for name, process in list(self.stack.processes.items()):
                if name not in self._down and process.poll() is not None:
                    self.supervisor_restarts[name] += 1
                    self.stack.launch(name, self.overrides(name))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 1.0)

    async def apply(self, fault: Fault) -> FaultOutcome:
        signum = signal.Signals[fault.signal]
        progress = self._progress_of(fault.target)
        if fault.target.startswith("broker"):
            return await self._broker_fault(fault, signum, progress)
        if fault.target == "postgres":
            assert self.postgres is not None
            await asyncio.to_thread(self.postgres.kill)
            await asyncio.sleep(fault.down_seconds)
            before = await self._reading(progress)
            restarted = time.monotonic()
            await asyncio.to_thread(self.postgres.start)
            return FaultOutcome(fault, await self._recovery(progress, before, restarted))
        assert self.stack is not None
        if fault.during_rebalance:
            await self._start_rebalance(fault.target)
        # With another copy running, the killed copy's partitions must move to it: every partition
        # has to progress, not just the survivor's own.
        service = service_of(fault.target)
        survivors = [
            name
            for name, process in self.stack.processes.items()
            if name != fault.target and service_of(name) == service and process.poll() is None
        ]
        self._down.add(fault.target)
        try:
            return await self._stop_and_restart(fault, signum, progress, bool(survivors))
        finally:
            self._down.discard(fault.target)

    async def _broker_fault(
        self,
        fault: Fault,
        signum: signal.Signals,
        progress: Callable[[], Awaitable[dict[int, int] | None]],
    ) -> FaultOutcome:
        """Kill a broker, restart it after `down_seconds`; the store's commits are watched from the
        kill on (the pause) and from the restart command on (the recovery), while the restarted
        JVM starts, not after it: with other brokers up, the pipeline need not wait for it."""
        node = self.brokers[int(fault.target.partition("-")[2] or 1) - 1]
        before = await self._reading(progress)  # while the broker still answers
        killed = time.monotonic()
        await asyncio.to_thread(node.kill, signum)
        pause = asyncio.create_task(self._recovery(progress, before, killed))
        await asyncio.sleep(fault.down_seconds)
        # progress after the restart: beyond what was committed by then, if Kafka answers
        latest = await progress() or before
        restarted = time.monotonic()
        # launched from this thread, so that the broker dies with us; waited for off the loop
        node.start(wait=False)
        recovery, _ = await asyncio.gather(
            self._recovery(progress, latest, restarted), asyncio.to_thread(node.wait_ready)
        )
        return FaultOutcome(fault, recovery, pause_seconds=await pause)

    async def _stop_and_restart(
        self,
        fault: Fault,
        signum: signal.Signals,
        progress: Callable[[], Awaitable[dict[int, int] | None]],
        survivors: bool,
    ) -> FaultOutcome:
        assert self.stack is not None
        process = self.stack.processes[fault.target]
        stopping = time.monotonic()
        process.send_signal(signum)
        exit_status = await self._exit_of(process)
        stopped = time.monotonic() - stopping
        await asyncio.sleep(fault.down_seconds)
        backlog = None
        if fault.down_seconds >= 60:
            backlog = await self._lag(self.topics.enriched, f"{self.topics.prefix}store")
        before = await self._reading(progress)
        restarted, restarted_at = time.monotonic(), time.time()
        self.stack.launch(fault.target, self.overrides(fault.target))
        recovery = await self._recovery(progress, before, restarted, every_partition=survivors)
        if backlog is not None:
            await self._drained(restarted)
            recovery = time.monotonic() - restarted
        return FaultOutcome(fault, recovery, exit_status, stopped, backlog, restarted_at=restarted_at)

    async def _exit_of(self, process: subprocess.Popen[bytes], grace: float = 30.0) -> int | None:
        deadline = time.monotonic() + grace
        while process.poll() is None:
            if time.monotonic() > deadline:
                process.kill()
                process.wait()
                return None
            await asyncio.sleep(0.05)
        return process.returncode

    async def _start_rebalance(self, target: str) -> None:
        """(Re)start another copy of the target's service; return once its joining makes the
        group rebalance, the moment the target is then killed."""
        assert self.stack is not None
        service = service_of(target)
        other = f"{service}-2" if target == service else service
        running = self.stack.processes.get(other)
        if running is not None and running.poll() is None:
            self._down.add(other)
            try:
                running.send_signal(signal.SIGTERM)
                await self._exit_of(running)
                await self._wait_members(self.copies[service] - 1, service)
            finally:
                self._down.discard(other)
        self.stack.launch(other, self.overrides(other))
        group = f"{self.topics.prefix}{service}"
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if await self._group_state(group) in ("PreparingRebalance", "CompletingRebalance"):
                return
            await asyncio.sleep(0.05)

    # ---- measuring progress from outside ----------------------------------------------------

    def _progress_of(self, target: str) -> Callable[[], Awaitable[dict[int, int] | None]]:
        """Counters, per partition, that grow only when the stage the target serves does work."""
        service = service_of(target)
        if service == "ingest":

            async def acks() -> dict[int, int]:
                return {0: len(self.ack_times)}

            return acks
        if service == "enrich":
            return lambda: self._end_offsets(self.topics.enriched)
        return lambda: self._committed(f"{self.topics.prefix}store")

    async def _reading(self, progress: Callable[[], Awaitable[dict[int, int] | None]]) -> dict[int, int]:
        """A reading of the counters, taken again while Kafka does not answer."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            value = await progress()
            if value is not None:
                return value
            await asyncio.sleep(_POLL_S)
        raise AssertionError(f"Kafka did not answer for 30 s; logs in {self.root}")

    async def _recovery(
        self,
        progress: Callable[[], Awaitable[dict[int, int] | None]],
        before: dict[int, int],
        since: float,
        every_partition: bool = False,
    ) -> float | None:
        """Seconds from `since` until a counter grew (every one with `every_partition`)."""
        deadline = since + _GIVE_UP_S
        while time.monotonic() < deadline:
            now = await progress()
            if now is not None:
                grown = [now.get(p, 0) > before.get(p, 0) for p in now]
                if all(grown) if every_partition else any(grown):
                    return time.monotonic() - since
            await asyncio.sleep(_POLL_S)
        return None

    async def _drained(self, since: float) -> None:
        group = f"{self.topics.prefix}store"
        while time.monotonic() < since + 600:
            if await self._lag(self.topics.enriched, group) == 0:
                return
            await asyncio.sleep(0.5)

    async def _end_offsets(self, topic: str) -> dict[int, int] | None:
        from aiokafka import AIOKafkaConsumer, TopicPartition

        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, request_timeout_ms=3000)
        try:
            async with asyncio.timeout(5):
                await consumer.start()
                partitions = [TopicPartition(topic, p) for p in range(_PARTITIONS)]
                return {tp.partition: o for tp, o in (await consumer.end_offsets(partitions)).items()}
        except (Exception, TimeoutError):
            return None
        finally:
            with contextlib.suppress(Exception):
                await consumer.stop()

    async def _committed(self, group: str) -> dict[int, int] | None:
        from aiokafka.admin import AIOKafkaAdminClient

        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap, request_timeout_ms=3000)
        try:
            async with asyncio.timeout(5):
                await admin.start()
                offsets = await admin.list_consumer_group_offsets(group)
                return {tp.partition: max(0, meta.offset) for tp, meta in offsets.items()}
        except (Exception, TimeoutError):
            return None
        finally:
            with contextlib.suppress(Exception):
                await admin.close()

    async def _group(self, group: str) -> dict | None:
        from aiokafka.admin import AIOKafkaAdminClient

        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap, request_timeout_ms=3000)
        try:
            async with asyncio.timeout(5):
                await admin.start()
                described = await admin.describe_consumer_groups([group])
                return dict(described[0].to_object()["groups"][0])
        except (Exception, TimeoutError):
            return None
        finally:
            with contextlib.suppress(Exception):
                await admin.close()

    async def _group_state(self, group: str) -> str | None:
        described = await self._group(group)
        return None if described is None else str(described["state"])

    async def _wait_members(self, members: int | None = None, only: str | None = None) -> None:
        """Until enrich's and store's groups are stable with every copy (or `members`) in them."""
        deadline = time.monotonic() + 180
        for service in (only,) if only else ("enrich", "store"):
            group = f"{self.topics.prefix}{service}"
            expected = members if members is not None else self.copies[service]
            while True:
                described = await self._group(group)
                if (
                    described is not None
                    and described["state"] == "Stable"
                    and len(described["members"]) == expected
                ):
                    break
                if time.monotonic() > deadline:
                    raise AssertionError(f"{group} did not reach {expected} members; logs in {self.root}")
                await asyncio.sleep(0.5)

    async def _lag(self, topic: str, group: str) -> int | None:
        end, committed = await self._end_offsets(topic), await self._committed(group)
        if end is None or committed is None:
            return None
        return sum(max(0, offset - committed.get(p, 0)) for p, offset in end.items())

    # ---- the audit ---------------------------------------------------------------------------

    async def _stored(self) -> dict[str, list[dict]]:
        """Every stored release of this run, by its token, from the store's own export."""
        assert self._http is not None
        by_token: dict[str, list[dict]] = {}
        async with self._http.stream(
            "GET", f"{self.store_url}/releases/export", params={"format": "ndjson"}, timeout=60
        ) as response:
            response.raise_for_status()
            async for line in response.aiter_lines():
                if line.strip():
                    event = json.loads(line)
                    for token in set(_TOKEN.findall(event.get("text", ""))):
                        by_token.setdefault(token, []).append(event)
        return by_token

    async def _wait_stored(self, release_id: str, timeout: float) -> None:
        assert self._http is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.stack is not None
            self.stack.check_alive()
            with contextlib.suppress(httpx.HTTPError):
                if (await self._http.get(f"{self.store_url}/releases/{release_id}")).status_code == 200:
                    return
            await asyncio.sleep(0.5)
        raise AssertionError(
            f"release {release_id} was not stored within {timeout:.0f}s; logs in {self.root}"
        )

    def _pending_files(self) -> list[str]:
        return sorted(p.name for p in self.inbox.iterdir() if not p.name.startswith("."))

    async def audit(self, drain_timeout: float = 120) -> Audit:
        """Wait until the inbox is empty and every acknowledged release is stored (or the timeout
        passed), then compare what was acknowledged with what the store and topics hold."""
        acknowledged, stored = await self._settled(drain_timeout)
        failed = self.inbox / ".failed"
        failed_names = {p.name for p in failed.iterdir()} if failed.exists() else set()
        result = Audit(
            acknowledged_files=len(acknowledged - set(self.http_acks)),
            acknowledged_posts=len(self.http_acks),
            unacknowledged_posts=self.unacknowledged,
            stored=len(set(stored) & acknowledged),
            missing=sorted(acknowledged - set(stored)),
            doubled=sorted(t for t, events in stored.items() if len(events) > 1),
            wrong_id=sorted(
                t for t, rid in self.http_acks.items() if t in stored and stored[t][0]["release_id"] != rid
            ),
            not_enriched=sorted(
                t
                for t in acknowledged & set(stored)
                if not (
                    stored[t][0].get("language") == "fr"
                    and stored[t][0].get("amounts")
                    and stored[t][0].get("entities")
                )
            ),
            left_in_inbox=self._pending_files(),
            failed_files=sorted(n for n in failed_names if _TOKEN.search(n)),
            dead_lettered=await self._dead_lettered(),
            hostile_answers=dict(self.hostile_answers),
            supervisor_restarts=sum(self.supervisor_restarts.values()),
        )
        result.hostile_unanswered = sorted(
            [n for n in self.hostile if n not in result.hostile_answers]
            + [f"inbox:{n}" for n in self.hostile if f"hostile-{n}.error.json" not in failed_names]
        )
        result.hostile_not_refused = sorted(
            n
            for n, (status, _) in result.hostile_answers.items()
            if status < 400 or status >= 500 or n not in self.hostile_explained
        )
        return result

    async def _settled(self, drain_timeout: float) -> tuple[set[str], dict[str, list[dict]]]:
        """What was acknowledged and what the store holds, once the inbox is empty and every
        acknowledged release is stored, or the timeout passed."""
        deadline = time.monotonic() + drain_timeout
        processed = self.inbox / ".processed"
        while True:
            acknowledged = set(self.http_acks) | {t for t in self._files if (processed / f"{t}.txt").exists()}
            try:
                stored = await self._stored()
            except httpx.HTTPError:  # the store is being restarted by the supervisor
                stored = {}
            done = not self._pending_files() and acknowledged <= set(stored)
            if done or time.monotonic() > deadline:
                return acknowledged, stored
            await asyncio.sleep(1)

    async def _dead_lettered(self) -> list[str]:
        """Load releases found on the dead-letter topic: none of them should be there."""
        from aiokafka import AIOKafkaConsumer, TopicPartition

        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, auto_offset_reset="earliest")
        await consumer.start()
        tokens: list[str] = []
        try:
            partitions = [TopicPartition(self.topics.dead_letter, p) for p in range(_PARTITIONS)]
            consumer.assign(partitions)
            end = await consumer.end_offsets(partitions)
            await consumer.seek_to_beginning(*partitions)
            remaining = {tp for tp in partitions if end[tp] > 0}
            async with asyncio.timeout(60):
                while remaining:
                    for tp, records in (await consumer.getmany(timeout_ms=1000)).items():
                        for record in records:
                            letter = DeadLetter.model_validate_json(record.value or b"")
                            if letter.payload_encoding == "utf-8":
                                tokens += _TOKEN.findall(letter.payload)
                            if record.offset + 1 >= end[tp]:
                                remaining.discard(tp)
        finally:
            await consumer.stop()
        return sorted(set(tokens))


def summary_table(runs: list[tuple[str, list[FaultOutcome], Audit]]) -> str:
    """The figures of one or more runs as Markdown, for the terminal and the README."""
    lines = [
        "| fault | times | recovered | recovery s, median / max | store paused s, max | exit on SIGTERM |",
        "|---|---:|---:|---:|---:|---|",
    ]
    by_kind: dict[str, list[FaultOutcome]] = {}
    for _, outcomes, _ in runs:
        for outcome in outcomes:
            by_kind.setdefault(outcome.fault.kind, []).append(outcome)
    for kind, outcomes in sorted(by_kind.items()):
        times = [o.recovery_seconds for o in outcomes if o.recovery_seconds is not None]
        exits = Counter(
            f"{o.exit_status} in {o.stop_seconds:.1f}s" if o.stop_seconds is not None else "-"
            for o in outcomes
            if o.fault.signal == "SIGTERM"
        )
        pauses = [o.pause_seconds for o in outcomes if o.pause_seconds is not None]
        lines.append(
            f"| {kind} | {len(outcomes)} | {len(times)} | "
            + (f"{statistics.median(times):.1f} / {max(times):.1f}" if times else "-")
            + f" | {f'{max(pauses):.1f}' if pauses else '-'} | {', '.join(sorted(exits)) or '-'} |"
        )
    lines += [
        "",
        "| run | faults | acknowledged (files + POSTs) | POSTs not acknowledged | stored once, enriched "
        "| missing | doubled | left in inbox | dead-lettered | hostile inputs answered (max s) "
        "| services that exited on their own |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, outcomes, audit in runs:
        answered = audit.hostile_answers
        slowest = max((seconds for _, seconds in answered.values()), default=0.0)
        lines.append(
            f"| {name} | {len(outcomes)} | {audit.acknowledged} ({audit.acknowledged_files} + "
            f"{audit.acknowledged_posts}) | {audit.unacknowledged_posts} | "
            f"{audit.stored - len(audit.not_enriched)} | {len(audit.missing)} | {len(audit.doubled)} | "
            f"{len(audit.left_in_inbox)} | {len(audit.dead_lettered)} | "
            f"{len(answered)}/{len(answered) + len(audit.hostile_unanswered)} ({slowest:.1f}) | "
            f"{audit.supervisor_restarts} |"
        )
    return "\n".join(lines)
