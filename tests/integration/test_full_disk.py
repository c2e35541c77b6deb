"""A full disk under the SQLite store or the inbox: a clear error, and nothing lost once there is room.

The disk is real: the service runs in a user and mount namespace of its own (`unshare`, which needs
no root where the kernel allows unprivileged user namespaces) with a small tmpfs mounted over its
folder. The test fills that tmpfs through /proc/<pid>/root until a write fails with ENOSPC ("No
space left on device"), feeds the service, then deletes the filler, as an operator freeing space
would, without restarting anything.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from store_releases import release

from pressflow.broker import create_topics, free_port
from pressflow.stack import service_env
from pressflow_schemas import Topics

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(300)]

RELEASES = 12


def namespaces_available() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True, timeout=10
    )
    return probe.returncode == 0


needs_namespaces = pytest.mark.skipif(
    not namespaces_available(), reason="this kernel refuses unprivileged user namespaces (unshare)"
)


class SmallDisk:
    """A service process whose `folder` is a tmpfs of `size`, its output gathered from a pipe
    (a pipe, not a file: nothing the service logs depends on a disk)."""

    def __init__(self, module: str, folder: Path, size: str, env: Mapping[str, str]) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        mount = 'mount -t tmpfs -o size="$1" pressflow-test "$2" && shift 2 && exec "$@"'
        command = ["sh", "-c", mount, "sh", size, str(folder), sys.executable, "-m", module]
        self.process = subprocess.Popen(
            ["unshare", "--user", "--map-root-user", "--mount", *command],
            env=dict(env),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.decode(errors="replace"))

    @property
    def seen(self) -> Path:
        """The folder as the service sees it: its tmpfs, reached through its own root."""
        return Path(f"/proc/{self.process.pid}/root") / self.folder.relative_to("/")

    def fill(self) -> Path:
        """Write to the tmpfs until it is full; the failure must be ENOSPC."""
        filler = self.seen / ".filler"  # hidden: the inbox watcher leaves it alone
        with filler.open("wb", buffering=0) as out:
            try:
                while True:
                    out.write(b"\0" * 65536)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
        return filler

    def log(self) -> str:
        return "".join(self.lines)

    def stop(self) -> int:
        self.process.terminate()
        try:
            return self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()


@contextlib.contextmanager
def small_disk(module: str, folder: Path, size: str, env: Mapping[str, str]) -> Iterator[SmallDisk]:
    service = SmallDisk(module, folder, size, env)
    try:
        yield service
    finally:
        code = service.stop()
        assert code == 0, f"exit {code}:\n{service.log()[-3000:]}"


def wait_until(check, timeout: float, what: str, service: SmallDisk) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not check():
        assert service.process.poll() is None, f"exited while waiting for {what}:\n{service.log()[-3000:]}"
        assert time.monotonic() < deadline, f"no {what} in {timeout:.0f}s:\n{service.log()[-3000:]}"
        time.sleep(0.3)


async def committed(bootstrap: str, group: str) -> int:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group)
        return sum(max(0, meta.offset) for meta in offsets.values())
    finally:
        await admin.close()


async def committed_reaching(bootstrap: str, group: str, count: int, seconds: float = 30) -> int:
    """The group's committed offsets once they reach `count`, or as they stand after `seconds`: the
    store commits a batch's offsets just after its rows, so a stored release may show before them."""
    deadline = time.monotonic() + seconds
    while (got := await committed(bootstrap, group)) < count and time.monotonic() < deadline:
        await asyncio.sleep(0.5)
    return got


async def end_offset(bootstrap: str, topic: str) -> int:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await consumer.start()
    try:
        return sum((await consumer.end_offsets([TopicPartition(topic, 0)])).values())
    finally:
        await consumer.stop()


async def one_service(
    bootstrap: str, topic_prefix: str, port_variable: str, settings: dict[str, str]
) -> tuple[Topics, str, dict[str, str]]:
    """Topics of one partition, and the URL and environment of a service on a free port."""
    topics = Topics(topic_prefix)
    await create_topics(bootstrap, topics.all(), 1)
    port = free_port()
    env = service_env(
        bootstrap, {"PRESSFLOW_TOPIC_PREFIX": topic_prefix, port_variable: str(port), **settings}
    )
    return topics, f"http://127.0.0.1:{port}", env


def answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.TransportError:
        return False


@needs_namespaces
async def test_a_full_disk_under_the_sqlite_store_stops_its_commits_and_loses_nothing(
    kafka_bootstrap, topic_prefix, tmp_path
):
    group = f"{topic_prefix}store"
    topics, url, env = await one_service(
        kafka_bootstrap,
        topic_prefix,
        "PRESSFLOW_STORE_PORT",
        {"PRESSFLOW_STORE_GROUP": group, "PRESSFLOW_DATA_DIR": str(tmp_path / "data")},
    )
    env.pop("DATABASE_URL", None)
    events = [
        release(f"full{n:02d}", f"Communiqué {n}", f"Toulouse, le 2 juin 2025. Communiqué numéro {n}. " * 40)
        for n in range(RELEASES)
    ]
    with small_disk("pressflow_store", tmp_path / "data", "8m", env) as store:
        wait_until(lambda: answers(f"{url}/readyz"), 120, "readiness", store)
        filler = store.fill()
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
        await producer.start()
        try:
            for event in events:
                await producer.send_and_wait(topics.enriched, event.model_dump_json().encode(), key=b"k")
        finally:
            await producer.stop()
        wait_until(lambda: "(database or disk is full)" in store.log(), 60, "an error about the disk", store)
        time.sleep(3)  # a few retries: none may commit, and none may dead-letter
        assert await committed(kafka_bootstrap, group) == 0
        assert httpx.get(f"{url}/releases/full00", timeout=5).status_code == 404
        filler.unlink()  # room again: the store resumes on its own
        wait_until(lambda: answers(f"{url}/releases/full{RELEASES - 1:02d}"), 60, "the last release", store)
        assert await committed_reaching(kafka_bootstrap, group, RELEASES) == RELEASES
        exported = httpx.get(f"{url}/releases/export", params={"format": "ndjson"}, timeout=30)
        stored = [line for line in exported.text.splitlines() if line.strip()]
        assert len(stored) == RELEASES
        assert await end_offset(kafka_bootstrap, topics.dead_letter) == 0


@needs_namespaces
async def test_a_full_disk_under_the_inbox_leaves_files_in_place_answers_503_and_loses_nothing(
    kafka_bootstrap, topic_prefix, tmp_path
):
    inbox = tmp_path / "inbox"
    topics, url, env = await one_service(
        kafka_bootstrap,
        topic_prefix,
        "PRESSFLOW_INGEST_PORT",
        {"PRESSFLOW_INBOX": str(inbox), "PRESSFLOW_INBOX_SETTLE_SECONDS": "0.3"},
    )
    texts = [f"Toulouse, le 2 juin 2025. Communiqué {n} de la Région Occitanie.\n" for n in range(3)]
    posted = {"text": "Paris, le 3 juin 2025. Un communiqué envoyé par HTTP.", "filename": "posted.json"}
    with small_disk("pressflow_ingest", inbox, "4m", env) as ingest:
        wait_until(lambda: answers(f"{url}/readyz"), 120, "readiness", ingest)
        seen = ingest.seen
        for n, text in enumerate(texts):  # written while there is room, complete once it is full
            (seen / f"release{n}.part").write_text(text, encoding="utf-8")
        filler = ingest.fill()
        for n in range(len(texts)):
            (seen / f"release{n}.part").rename(seen / f"release{n}.txt")
        refused = httpx.post(f"{url}/releases", json=posted, timeout=30)
        assert refused.status_code == 503, refused.text
        assert refused.headers["Retry-After"]
        assert "no room left" in refused.json()["detail"]
        wait_until(lambda: "stays in the inbox" in ingest.log(), 30, "an error about the disk", ingest)
        time.sleep(2)  # several polls: the files stay where they are, and nothing was published
        assert sorted(p.name for p in seen.glob("*.txt")) == [f"release{n}.txt" for n in range(3)]
        assert not (seen / ".failed").exists() or not any((seen / ".failed").iterdir())
        assert await end_offset(kafka_bootstrap, topics.raw) == 0
        filler.unlink()  # room again: ingest resumes on its own
        wait_until(lambda: not any(seen.glob("*.txt")), 30, "the files to be taken", ingest)
        processed = sorted(p.name for p in (seen / ".processed").iterdir())
        assert processed == [f"release{n}.txt" for n in range(3)]
        accepted = httpx.post(f"{url}/releases", json=posted, timeout=30)
        assert accepted.status_code == 202, accepted.text
        assert await end_offset(kafka_bootstrap, topics.raw) == len(texts) + 1  # each once
