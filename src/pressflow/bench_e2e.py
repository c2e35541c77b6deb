"""`make bench-e2e`: the whole stack's sustained rate and latency, on one and on two workers each."""

from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
from aiokafka import AIOKafkaConsumer
from sqlalchemy import select

from pressflow.bench import development_texts, in_scratch, report, stack_parser
from pressflow.broker import LocalBroker, die_with_parent, free_port
from pressflow.stack import Stack, service_env
from pressflow_store.db import tables
from pressflow_store.db.engine import connect
from pressflow_store.read.queries import count_releases

_POLL_S = 0.01  # how often the inbox log is read for renamed files
_QUERY_POLL_S = 0.01  # how often the database is asked for the releases in flight
_SLOWEST = 5  # releases whose stages are listed one by one


def distinct_releases(count: int, start: int = 0) -> list[tuple[str, str]]:
    """`count` (file name, text) pairs, each a development text made distinct by a reference line."""
    _, docs = development_texts()
    return [
        (f"r{i:05d}.txt", f"{docs[i % len(docs)]}\n\nRéf. PF-{i:05d}") for i in range(start, start + count)
    ]


def analyze_rate(releases: list[tuple[str, str]], folder: Path) -> float:
    """`pressflow analyze`'s releases per second at the margin: its time on every file, less its
    time on a few (which loads the models alike), over the difference in files."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for name, text in releases:
        (folder / name).write_text(text, encoding="utf-8")
        files.append(str(folder / name))
    command = [str(Path(sys.executable).with_name("pressflow")), "analyze"]
    few = 5

    def seconds(paths: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run([*command, *paths], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - start

    return (len(files) - few) / (seconds(files) - seconds(files[:few]))


def cpu_seconds(pid: int) -> float:
    """CPU time a process and its finished children used, every thread included."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def runqueue_seconds(pid: int) -> float:
    """Time a process's live threads spent ready to run but waiting for a core (schedstat)."""
    waited = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):  # a thread that ended meanwhile
            waited += int((task / "schedstat").read_text().split()[1])
    return waited / 1e9


def per_release_ms(before: dict[str, float], after: dict[str, float], releases: int) -> dict[str, float]:
    return {name: 1000 * (seconds - before[name]) / releases for name, seconds in after.items()}


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Pipeline:
    """The stack with `workers` enrich and store processes, on its own topics, inbox and database."""

    bootstrap: str
    root: Path
    workers: int
    broker_pid: int | None = None  # the broker shares the cores too: its CPU is counted beside ours
    stack: Stack | None = None
    extra: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    cpu_at_last_stored: dict[str, float] = field(default_factory=dict)
    cpu_in_burst: dict[str, float] = field(default_factory=dict)
    runqueue_at_last_stored: dict[str, float] = field(default_factory=dict)
    # the releases of the latency run that took longest, each with its way in and its stages
    slowest: list[dict[str, object]] = field(default_factory=list)
    by_file: set[str] = field(default_factory=set)

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.root / 'data' / 'pressflow.db'}"

    def start(self) -> Pipeline:
        prefix = f"bench{os.getpid()}w{self.workers}."
        env = service_env(
            self.bootstrap,
            {
                "PRESSFLOW_TOPIC_PREFIX": prefix,
                "PRESSFLOW_INBOX": str(self.inbox),
                "PRESSFLOW_DATA_DIR": str(self.root / "data"),
                "PRESSFLOW_STORE_PORT": str(free_port()),
                "PRESSFLOW_INGEST_PORT": str(free_port()),
                "PRESSFLOW_ENRICH_PORT": str(free_port()),
                "PRESSFLOW_ENRICH_GROUP": f"{prefix}enrich",
                "PRESSFLOW_STORE_GROUP": f"{prefix}store",
                "PRESSFLOW_INGEST_RATE_PER_SECOND": "0",  # the benchmark is one client sending fast
            },
        )
        env.pop("DATABASE_URL", None)
        self.inbox.mkdir(parents=True, exist_ok=True)
        self.stack = Stack(env, log_dir=self.root / "logs").start(timeout=180)
        try:
            self._start_extra(env)
            self._wait_enrich_ready()
        except BaseException:
            self.stop()  # the copies started so far must not outlive the run
            raise
        return self

    def _start_extra(self, env: dict[str, str]) -> None:
        """The second and later enrich and store copies, each on its own HTTP port (every enrich
        copy had the default 8002, which another stack on the machine may hold as well; a
        two-copy run timed out waiting for its second enrich to be ready)."""
        for i in range(1, self.workers):
            for service in ("enrich", "store"):
                port = free_port()
                extra_env = dict(env, PRESSFLOW_STORE_PORT=str(port), PRESSFLOW_ENRICH_PORT=str(port))
                with (self.root / "logs" / f"{service}{i + 1}.log").open("ab") as log:
                    self.extra[f"{service}{i + 1}"] = subprocess.Popen(
                        [sys.executable, "-m", f"pressflow_{service}"],
                        env=extra_env,
                        stdout=log,
                        stderr=log,
                        preexec_fn=die_with_parent,  # no copy left running if the benchmark is killed
                    )
                if service == "store":
                    _wait_healthy(f"http://127.0.0.1:{port}")

    def _wait_enrich_ready(self, timeout: float = 300) -> None:
        """Until every enrich worker said it is ready and the group stopped rebalancing: the
        stack answers HTTP long before enrich has loaded its models and joined its group."""
        logs = [self.root / "logs" / "enrich.log"]
        logs += [self.root / "logs" / f"enrich{i + 1}.log" for i in range(1, self.workers)]
        deadline = time.monotonic() + timeout
        settled, assignments = time.monotonic(), -1
        while time.monotonic() < deadline:
            assert self.stack is not None
            self.stack.check_alive()
            texts = [log.read_text(errors="replace") if log.exists() else "" for log in logs]
            count = sum(text.count("_on_partitions_assigned") for text in texts)
            if count != assignments:
                settled, assignments = time.monotonic(), count
            if all("Worker]: Ready" in text for text in texts) and time.monotonic() - settled > 5:
                return
            time.sleep(0.5)
        raise TimeoutError("the enrich workers did not become ready")

    def cpu(self, measure: Callable[[int], float] = cpu_seconds) -> dict[str, float]:
        """CPU seconds each process has used so far, every thread included (or another
        `measure` of each process)."""
        assert self.stack is not None
        processes = {**self.stack.processes, **self.extra}
        used = {name: measure(p.pid) for name, p in processes.items()}
        if self.broker_pid is not None:
            used["broker"] = measure(self.broker_pid)
        return {**used, "benchmark": measure(os.getpid())}  # it shares the cores too

    def peak_rss(self) -> dict[str, float]:
        assert self.stack is not None
        processes = {**self.stack.processes, **self.extra}
        return {name: peak_rss_mib(p.pid) for name, p in processes.items()}

    def stop(self) -> None:
        for process in self.extra.values():
            process.terminate()
        for process in self.extra.values():
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
        if self.stack is not None:
            self.stack.stop()

    async def burst(self, releases: list[tuple[str, str]]) -> dict[str, float]:
        """Half the releases dropped into the inbox at once, half POSTed: releases per second until
        the last one is queryable, and how fast ingest accepted each half."""
        assert self.stack is not None
        files, posts = releases[::2], releases[1::2]
        already = self.stored()
        cpu_before = self.cpu()
        start = time.perf_counter()
        for name, text in files:
            _drop(self.inbox, name, text)
        async with httpx.AsyncClient(base_url=self.stack.ingest_url, timeout=60) as client:
            limit = asyncio.Semaphore(8)

            async def post(name: str, text: str) -> str:
                async with limit:
                    response = await client.post("/releases", json={"text": text, "filename": name})
                    response.raise_for_status()
                    return str(response.json()["release_id"])

            async def posted() -> tuple[list[str], float]:
                ids = await asyncio.gather(*(post(name, text) for name, text in posts))
                return ids, time.perf_counter()

            async def moved() -> tuple[list[str], float]:
                ids = list((await self._file_ids(files, timeout=300)).values())
                return ids, time.perf_counter()

            (post_ids, posts_at), (file_ids, files_at) = await asyncio.gather(posted(), moved())
            done = await self._queryable(post_ids + file_ids, timeout=600, already=already)
        self.cpu_in_burst = per_release_ms(cpu_before, self.cpu(), len(releases))
        return {
            "sustained_releases_per_s": len(releases) / (done - start),
            "http_accepted_per_s": len(posts) / (posts_at - start),
            "inbox_accepted_per_s": len(files) / (files_at - start),
        }

    async def _file_ids(self, files: list[tuple[str, str]], timeout: float) -> dict[str, str]:
        """Release id of each file, from the inbox log, once ingest moved the file."""
        names = {name for name, _ in files}
        found: dict[str, str] = {}
        deadline = time.monotonic() + timeout
        while names - found.keys():
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(names - found.keys())} files still in the inbox")
            found.update(_inbox_log(self.inbox))
            await asyncio.sleep(0.2)
        return {name: found[name] for name in names}

    def stored(self) -> int:
        """How many releases the store's database holds."""
        engine = connect(self.database_url)
        try:
            with engine.connect() as conn:
                return count_releases(conn)
        finally:
            engine.dispose()

    async def _queryable(self, ids: list[str], timeout: float, already: int = 0) -> float:
        """When the store held every release beside the `already` stored before them (counted in
        its database, not to load its API); then each one is asked for through the API."""
        assert self.stack is not None
        engine = connect(self.database_url)
        deadline = time.monotonic() + timeout
        try:
            while True:
                self.stack.check_alive()
                with engine.connect() as conn:
                    if count_releases(conn) >= already + len(ids):
                        done = time.perf_counter()
                        break
                if time.monotonic() > deadline:
                    raise TimeoutError(f"releases not all queryable after {timeout:.0f} s")
                await asyncio.sleep(0.05)
        finally:
            engine.dispose()
        async with httpx.AsyncClient(base_url=self.stack.store_url, timeout=30) as client:
            missing = [rid for rid in ids if (await client.get(f"/releases/{rid}")).status_code != 200]
        if missing:
            raise AssertionError(f"{len(missing)} releases are not queryable, e.g. {missing[:3]}")
        return done

    async def latencies(self, releases: list[tuple[str, str]], rate: float) -> dict[str, list[float]]:
        """Seconds from acceptance to queryable by way in, and by stage (see `stages`)."""
        accepted: dict[str, float] = {}
        latency: dict[str, float] = {}
        by_way = await self._latencies(releases, rate, accepted, latency)
        await self._queryable(list(latency), timeout=60)  # and the API answers for each
        wall = time.time() - time.perf_counter()
        stages = await self.stages({rid: wall + at for rid, at in accepted.items()}, latency)
        return {**by_way, **stages}

    async def stages(self, accepted: dict[str, float], latency: dict[str, float]) -> dict[str, list[float]]:
        """Where each release's time went, from the stamps on its way: ingest's send (the raw
        message's timestamp) to Kafka's ack; to enrich starting its batch (`processed_at`); to
        enrich's send of the output; to the store's database."""
        prefix = f"bench{os.getpid()}w{self.workers}."
        raw = await _timestamps(self.bootstrap, f"{prefix}releases.raw", set(accepted))
        enriched = await _timestamps(self.bootstrap, f"{prefix}releases.enriched", set(accepted))
        engine = connect(self.database_url)
        try:
            with engine.connect() as conn:
                rows = conn.execute(select(tables.releases.c.release_id, tables.releases.c.processed_at))
                processed = {rid: _epoch(at) for rid, at in rows if rid in accepted}
        finally:
            engine.dispose()
        each = {
            rid: {
                "ack": at - raw[rid],
                "to_enrich": processed[rid] - raw[rid],
                "enrich": enriched[rid] - processed[rid],
                "to_store": at + latency[rid] - enriched[rid],
            }
            for rid, at in accepted.items()
            if rid in raw and rid in enriched and rid in processed and rid in latency
        }
        slow = sorted(each, key=latency.__getitem__, reverse=True)[:_SLOWEST]
        self.slowest = [
            {"way": "file" if rid in self.by_file else "http", "latency": latency[rid], **each[rid]}
            for rid in slow
        ]
        names = ("ack", "to_enrich", "enrich", "to_store")
        return {f"stage_{name}": [stages[name] for stages in each.values()] for name in names}

    async def _latencies(
        self,
        releases: list[tuple[str, str]],
        rate: float,
        accepted: dict[str, float],
        latency: dict[str, float],
    ) -> dict[str, list[float]]:
        """Seconds from 202 (or the file's move out of the inbox) to queryable, at `rate` releases/s,
        every other release POSTed, the others dropped as files; by way in."""
        assert self.stack is not None  # accepted: when ingest had it safe in Kafka; latency: then on
        file_names = {name for name, _ in releases[::2]}
        files_done: dict[str, str] = {}
        dropped: dict[str, float] = {}
        sending = True

        async def post(client: httpx.AsyncClient, name: str, text: str) -> None:
            response = await client.post("/releases", json={"text": text, "filename": name})
            response.raise_for_status()
            accepted.setdefault(str(response.json()["release_id"]), time.perf_counter())

        async with httpx.AsyncClient(base_url=self.stack.ingest_url, timeout=60) as ingest:
            store = _watch_store(self.database_url, accepted, latency, len(releases), lambda: sending)
            inbox = _watch_inbox(self.inbox, file_names, files_done, accepted, lambda: sending)
            watchers = [asyncio.create_task(inbox), asyncio.create_task(store)]
            posts = []
            start = time.perf_counter()
            for i, (name, text) in enumerate(releases):
                await asyncio.sleep(max(0.0, start + i / rate - time.perf_counter()))
                if name in file_names:
                    _drop(self.inbox, name, text)
                    dropped[name] = time.perf_counter()
                else:
                    posts.append(asyncio.create_task(post(ingest, name, text)))
            await asyncio.gather(*posts)
            sending = False
            async with asyncio.timeout(300):
                await asyncio.gather(*watchers)
        # before the checks that load the store and us
        self.cpu_at_last_stored = self.cpu()
        self.runqueue_at_last_stored = self.cpu(runqueue_seconds)
        self.by_file = set(files_done.values())
        return {
            "file": [seconds for rid, seconds in latency.items() if rid in self.by_file],
            "http": [seconds for rid, seconds in latency.items() if rid not in self.by_file],
            # from the drop to ingest's move out of the inbox: not part of the latency
            "inbox_wait": [accepted[rid] - dropped[name] for name, rid in files_done.items()],
        }


async def _timestamps(bootstrap: str, topic: str, keys: set[str]) -> dict[str, float]:
    """Epoch seconds of the first message of each key in `keys` on `topic` (the producer's stamp)."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    found: dict[str, float] = {}
    try:
        async with asyncio.timeout(60):
            while keys - found.keys():
                for records in (await consumer.getmany(timeout_ms=1000)).values():
                    for record in records:
                        key = (record.key or b"").decode()
                        if key in keys:
                            found.setdefault(key, record.timestamp / 1000)
    except TimeoutError:
        pass  # the stages of the releases found; the others are left out
    finally:
        await consumer.stop()
    return found


def _epoch(at: datetime | str) -> float:
    """A stored timestamp as epoch seconds (SQLite hands back text or a naive datetime in UTC)."""
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).timestamp()


def _drop(inbox: Path, name: str, text: str) -> None:
    """Write as `.part`, then rename: the watcher never sees a half-written file."""
    partial = inbox / f"{name}.part"
    partial.write_text(text, encoding="utf-8")
    partial.rename(inbox / name)


def _inbox_log(inbox: Path) -> dict[str, str]:
    """File name -> release id, from the inbox log's `time file outcome release-id detail` lines."""
    log = inbox / ".log"
    if not log.exists():
        return {}
    return _moved_out(log.read_text(encoding="utf-8", errors="replace").splitlines())


def _moved_out(lines: list[str]) -> dict[str, str]:
    found = {}
    for line in lines:
        fields = line.split("\t")
        if len(fields) >= 4 and fields[2] in ("published", "duplicate"):
            found[fields[1]] = fields[3]
    return found


async def _watch_inbox(
    inbox: Path,
    file_names: set[str],
    files_done: dict[str, str],
    accepted: dict[str, float],
    sending: Callable[[], bool],
) -> None:
    """Fill `files_done` (name -> release id) and `accepted` as ingest moves the files out.
    Reads only what was appended to the log since the last look: the benchmark shares the
    cores it measures, and re-reading the whole log a hundred times a second is not free."""
    log = inbox / ".log"
    position, partial = (log.stat().st_size if log.exists() else 0), b""
    while sending() or len(files_done) < len(file_names):
        with contextlib.suppress(FileNotFoundError), log.open("rb") as handle:
            handle.seek(position)
            appended = handle.read()
            position += len(appended)
            *lines, partial = (partial + appended).split(b"\n")
            for name, rid in _moved_out([line.decode(errors="replace") for line in lines]).items():
                if name in file_names and name not in files_done:
                    files_done[name] = rid
                    accepted.setdefault(rid, time.perf_counter())
        await asyncio.sleep(_POLL_S)


def _wait_healthy(url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return
        time.sleep(0.3)
    raise TimeoutError(f"{url} did not become healthy")


async def _watch_store(
    database_url: str,
    accepted: dict[str, float],
    latency: dict[str, float],
    total: int,
    sending: Callable[[], bool],
) -> None:
    """Fill `latency` as the accepted releases become stored. One query for every release in
    flight, straight to the database the API reads: a request per release would load the store
    and the machine in proportion to the delay."""
    engine = connect(database_url)
    try:
        while sending() or len(latency) < total:
            waiting = [rid for rid in accepted if rid not in latency]
            if waiting:
                with engine.connect() as conn:
                    stored = conn.execute(
                        select(tables.releases.c.release_id).where(tables.releases.c.release_id.in_(waiting))
                    ).scalars()
                    now = time.perf_counter()
                    for rid in stored:
                        latency[rid] = now - accepted[rid]
            await asyncio.sleep(_QUERY_POLL_S)
    finally:
        engine.dispose()


def percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def latency_figures(latency: dict[str, list[float]]) -> dict[str, object]:
    """p50, p99 and the longest, of every release and by way in; p50 and p99 of each stage."""
    every = latency["http"] + latency["file"]
    return {
        "latency_p50_s": percentile(every, 50),
        "latency_p99_s": percentile(every, 99),
        "latency_max_s": max(every),
        **{f"latency_{way}_p50_s": percentile(latency[way], 50) for way in ("http", "file")},
        **{f"latency_{way}_p99_s": percentile(latency[way], 99) for way in ("http", "file")},
        "inbox_wait_p50_p99_s": (
            percentile(latency["inbox_wait"], 50),
            percentile(latency["inbox_wait"], 99),
        ),
        "stages_p50_p99_s": {
            way[len("stage_") :]: (percentile(values, 50), percentile(values, 99))
            for way, values in latency.items()
            if way.startswith("stage_") and values
        },
    }


def run(
    releases: int, latency_releases: int, workers: list[int], root: Path, warm_up: int = 50
) -> dict[str, object]:
    burst_texts = distinct_releases(2 * releases)
    result: dict[str, object] = {
        "cores": os.cpu_count(),
        "load_average_at_start": os.getloadavg(),
        "texts": development_texts()[0],
        "burst_releases": len(burst_texts),
        "latency_releases": latency_releases,
        "warm_up_releases": warm_up,
    }
    with LocalBroker(free_port(), data_dir=root / "kafka") as broker:
        for n, count in enumerate(workers):
            # analyze just before and just after each run, so that both see the same machine
            print(f"pressflow analyze on the {len(burst_texts)} burst texts...", file=sys.stderr)
            before = analyze_rate(burst_texts, root / "analyze")
            print(f"stack with {count} enrich and {count} store workers...", file=sys.stderr)
            pipeline = Pipeline(broker.bootstrap_servers, root / f"stack{count}", count, broker.pid).start()
            try:
                # releases no run has seen
                row = _measure(pipeline, releases, latency_releases, (n + 1) * 100_000, warm_up)
            finally:
                pipeline.stop()
            analyze = (before + analyze_rate(burst_texts, root / "analyze")) / 2
            row["analyze_releases_per_s"] = analyze
            row["vs_analyze"] = row["sustained_releases_per_s"] / analyze  # type: ignore[operator]
            result[f"workers_{count}"] = row
    result["load_average_at_end"] = os.getloadavg()
    return result


def _measure(
    pipeline: Pipeline, releases: int, latency_releases: int, offset: int, warm_up: int
) -> dict[str, object]:
    """One stack's figures: the sustained burst, then the latency at half its rate."""
    # a steady state, not the first minute of a cold stack: the broker's JIT compiles its hot
    # paths over its first few hundred messages (a cold broker used 13.5 ms of CPU per release,
    # a warm one 8.7), and each service fills its caches
    if warm_up:
        asyncio.run(pipeline.burst(distinct_releases(warm_up, offset + 90_000)))
    burst = asyncio.run(pipeline.burst(distinct_releases(2 * releases, offset)))
    half = burst["sustained_releases_per_s"] / 2
    cpu_before, runqueue_before = pipeline.cpu(), pipeline.cpu(runqueue_seconds)
    latency = asyncio.run(pipeline.latencies(distinct_releases(latency_releases, offset + 50_000), half))
    return {
        **burst,
        "half_load_releases_per_s": half,
        **latency_figures(latency),
        "slowest_s": pipeline.slowest,
        "peak_rss_mib": pipeline.peak_rss(),
        "cpu_ms_per_release_sustained": pipeline.cpu_in_burst,
        "cpu_ms_per_release_at_half_load": per_release_ms(
            cpu_before, pipeline.cpu_at_last_stored, latency_releases
        ),
        "runqueue_wait_ms_per_release_at_half_load": per_release_ms(
            runqueue_before, pipeline.runqueue_at_last_stored, latency_releases
        ),
    }


def summary(result: dict[str, object], workers: list[int]) -> list[str]:
    """The lines a person reads: one block per run."""
    lines = [
        f"after {result['warm_up_releases']} releases to warm each stack, "
        f"{result['burst_releases']} releases at once (half files, half POSTs), then "
        f"{result['latency_releases']} at half that rate; {result['cores']} cores, "
        f"load average {result['load_average_at_start'][0]:.1f} at start,"  # type: ignore[index]
        f" {result['load_average_at_end'][0]:.1f} at end:",  # type: ignore[index]
    ]
    for count in workers:
        row = result[f"workers_{count}"]
        assert isinstance(row, dict)
        rss = ", ".join(f"{name} {mib:.0f}" for name, mib in row["peak_rss_mib"].items())
        lines.append(
            f"  {count} enrich + {count} store: {row['sustained_releases_per_s']:.1f} releases/s"
            f" ({row['vs_analyze']:.2f}x analyze's {row['analyze_releases_per_s']:.1f});"
            f" at {row['half_load_releases_per_s']:.1f}/s"
            f" p50 {row['latency_p50_s']:.2f} s, p99 {row['latency_p99_s']:.2f} s; peak RSS MiB: {rss}"
        )
        lines.append(
            f"    ingest accepted the POSTs at {row['http_accepted_per_s']:.1f}/s,"
            f" the inbox files at {row['inbox_accepted_per_s']:.1f}/s; p50 / p99 POSTed"
            f" {row['latency_http_p50_s']:.2f} / {row['latency_http_p99_s']:.2f} s,"
            f" dropped {row['latency_file_p50_s']:.2f} / {row['latency_file_p99_s']:.2f} s"
            " (from the move out of the inbox; the drop to the move took"
            " {:.2f} / {:.2f} s more)".format(*row["inbox_wait_p50_p99_s"])
        )
        stages = ", ".join(
            f"{name} {p50:.3f} / {p99:.3f}" for name, (p50, p99) in row["stages_p50_p99_s"].items()
        )
        lines.append(f"    by stage, p50 / p99 s: {stages}")
        for slow in row["slowest_s"]:
            lines.append(
                f"    slow {slow['way']:4} {slow['latency']:.3f} s: "
                + ", ".join(f"{name} {slow[name]:.3f}" for name in ("ack", "to_enrich", "enrich", "to_store"))
            )
        for phase in ("sustained", "at_half_load"):
            cpu = ", ".join(f"{name} {ms:.1f}" for name, ms in row[f"cpu_ms_per_release_{phase}"].items())
            lines.append(f"    CPU ms per release {phase.replace('_', ' ')}: {cpu}")
        waits = row["runqueue_wait_ms_per_release_at_half_load"].items()
        lines.append(
            "    waiting for a core, ms per release: " + ", ".join(f"{n} {ms:.1f}" for n, ms in waits)
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = stack_parser("python -m pressflow.bench_e2e", __doc__, releases=200)
    parser.add_argument("--latency-releases", type=int, default=200, help="sent at half the sustained rate")
    parser.add_argument(
        "--warm-up", type=int, default=50, help="releases sent through each stack before anything is measured"
    )
    parser.add_argument(
        "--workers", type=int, nargs="+", default=[1, 2], help="enrich and store workers per run"
    )
    args = parser.parse_args(argv)
    result = in_scratch(
        "pressflow-bench-e2e-",
        args.keep,
        lambda root: run(args.releases, args.latency_releases, args.workers, root, args.warm_up),
    )
    lines = summary(result, args.workers)
    rates = [result[f"workers_{count}"]["sustained_releases_per_s"] for count in args.workers]  # type: ignore[index]
    if len(rates) > 1:
        lines.append(
            f"  {args.workers[-1]} workers each sustain {rates[-1] / rates[0]:.2f}x {args.workers[0]}"
        )
    return report(result, lines)


if __name__ == "__main__":
    sys.exit(main())
