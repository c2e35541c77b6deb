"""A local single-node Apache Kafka broker (KRaft mode) run as a plain Java process."""

from __future__ import annotations

import argparse
import atexit
import base64
import contextlib
import ctypes
import fcntl
import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Final

from pydantic_settings import BaseSettings, SettingsConfigDict

POM_PATH: Final = Path(__file__).resolve().parents[2] / "kafka" / "pom.xml"
_POM_NS: Final = {"m": "http://maven.apache.org/POM/4.0.0"}
_MIN_JAVA: Final = 17
_READY_LINE: Final = "Kafka Server started"
_JVM_HEAP: Final = ("-Xmx512m", "-Xms256m")
_STOP_GRACE_S: Final = 20.0
# Marker written into the libs dir once maven succeeded; holds the pom's digest so that
# any change to the pinned dependencies triggers a new fetch.
_COMPLETE_MARKER: Final = ".complete"
# Console output goes to the broker log file (stdout is redirected there).
_LOG4J2_PROPERTIES: Final = """\
status = warn
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = {level}
rootLogger.appenderRef.stdout.ref = STDOUT
"""


class BrokerError(RuntimeError):
    """The local Kafka broker could not be installed, started or stopped."""


def _read_kafka_version(pom: Path) -> str:
    version = ET.parse(pom).getroot().findtext("m:properties/m:kafka.version", namespaces=_POM_NS)
    if not version:
        raise BrokerError(f"{pom} has no <kafka.version> property")
    return version.strip()


KAFKA_VERSION: Final = _read_kafka_version(POM_PATH)


class CacheSettings(BaseSettings):
    """PRESSFLOW_CACHE: where fetched jars live, outside the source tree, shared by every checkout."""

    model_config = SettingsConfigDict(env_prefix="PRESSFLOW_", extra="ignore")

    cache: Path = Path.home() / ".cache" / "pressflow"


def cache_dir() -> Path:
    """Where the broker's jars live for this Kafka version."""
    return CacheSettings().cache / f"kafka-{KAFKA_VERSION}"


def _require_java() -> str:
    java = shutil.which("java")
    if java is None:
        raise BrokerError(
            f"Java {_MIN_JAVA}+ is needed to run the local Kafka broker: "
            "apt-get install openjdk-17-jre-headless"
        )
    banner = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    found = re.search(r'version "(\d+)', banner)
    if found is None or int(found.group(1)) < _MIN_JAVA:
        raise BrokerError(
            f"Kafka {KAFKA_VERSION} needs Java {_MIN_JAVA}+, but {java} reports: "
            f"{banner.strip()!r}; apt-get install openjdk-17-jre-headless"
        )
    return java


def ensure_kafka_jars() -> Path:
    """Fetch the broker's jars with maven once; return the directory that holds them."""
    libs = cache_dir() / "libs"
    digest = hashlib.sha256(POM_PATH.read_bytes()).hexdigest()
    if _is_complete(libs, digest):
        return libs
    _require_java()
    mvn = shutil.which("mvn")
    if mvn is None:
        raise BrokerError("Maven is needed to fetch the Kafka broker's jars: apt-get install maven")
    libs.parent.mkdir(parents=True, exist_ok=True)
    # Parallel test workers or launchers may race here: one fetches, the others wait.
    with open(libs.parent / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _is_complete(libs, digest):
            return libs
        staging = Path(tempfile.mkdtemp(prefix="libs.", dir=libs.parent))
        try:
            fetch = subprocess.run(
                [
                    mvn,
                    "-q",
                    "-B",
                    "-f",
                    str(POM_PATH),
                    "dependency:copy-dependencies",
                    f"-DoutputDirectory={staging}",
                    "-DincludeScope=runtime",
                ],
                capture_output=True,
                text=True,
            )
            if fetch.returncode != 0:
                raise BrokerError(
                    f"maven could not fetch Kafka {KAFKA_VERSION} jars "
                    f"(exit {fetch.returncode}):\n{_tail(fetch.stdout + fetch.stderr)}"
                )
            (staging / _COMPLETE_MARKER).write_text(digest)
            # Swap in the finished directory so an interrupted fetch never looks complete.
            shutil.rmtree(libs, ignore_errors=True)
            staging.rename(libs)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return libs


def _is_complete(libs: Path, digest: str) -> bool:
    marker = libs / _COMPLETE_MARKER
    return marker.is_file() and marker.read_text() == digest


def new_cluster_id() -> str:
    """A KRaft cluster id: 16 random bytes, base64url without padding (22 chars), never starting
    with "-", which kafka-storage's argument parser would take for an option."""
    while True:
        cluster_id = base64.urlsafe_b64encode(os.urandom(16)).decode().rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now (the usual bind-to-0 trick)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])


def die_with_parent() -> None:
    """A Popen preexec_fn (Linux): the child gets SIGTERM when its parent dies.

    Covers a parent killed outright, when atexit never runs. The kernel ties the signal to
    the *thread* that forked, so use it only from a thread that lives as long as the process.
    """
    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


@dataclass(frozen=True)
class Quorum:
    """The KRaft controller quorum of a local cluster: every node is broker and controller."""

    cluster_id: str
    controller_ports: dict[int, int]
    host: str = "127.0.0.1"

    @property
    def size(self) -> int:
        return len(self.controller_ports)

    @property
    def voters(self) -> str:
        return ",".join(f"{node}@{self.host}:{port}" for node, port in sorted(self.controller_ports.items()))


class LocalBroker:
    """One Kafka process acting as broker and controller, listening on 127.0.0.1 only."""

    host: Final = "127.0.0.1"

    def __init__(
        self,
        port: int | None = None,
        *,
        data_dir: Path | None = None,
        partitions: int = 4,
        startup_timeout: float = 60.0,
        node_id: int = 1,
        quorum: Quorum | None = None,
    ) -> None:
        self._port = port
        self._data_dir = data_dir
        self._owns_data_dir = data_dir is None
        self._partitions = partitions
        self._startup_timeout = startup_timeout
        self._node_id = node_id
        self._quorum = quorum
        self._controller_port: int | None = None
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def send_signal(self, signum: int) -> None:
        if self.running:
            assert self._process is not None
            self._process.send_signal(signum)

    def kill(self, signum: int = signal.SIGKILL, timeout: float = _STOP_GRACE_S) -> int | None:
        """Send `signum` and wait for the process to end, keeping port and data for a restart
        with start(); returns the exit status (None if it outlived the timeout and was killed)."""
        process, self._process = self._process, None
        if process is None:
            return None
        if process.poll() is None:
            process.send_signal(signum)
        try:
            return process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            return None

    @property
    def bootstrap_servers(self) -> str:
        if self._process is None or self._port is None:
            raise BrokerError("the broker is not running")
        return f"{self.host}:{self._port}"

    @property
    def data_dir(self) -> Path:
        if self._data_dir is None:
            raise BrokerError("the broker has not been started")
        return self._data_dir

    @property
    def log_path(self) -> Path:
        return self.data_dir / "broker.log"

    def start(self, wait: bool = True) -> LocalBroker:
        """Format storage if needed, launch the JVM and (unless `wait` is false: a cluster's
        nodes wait for each other) wait until clients can use it."""
        if self._process is not None:
            raise BrokerError("the broker is already running")
        libs = ensure_kafka_jars()
        java = _require_java()
        if self._data_dir is None:
            self._data_dir = Path(tempfile.mkdtemp(prefix="pressflow-kafka-"))
        atexit.register(self.stop)
        try:
            self._launch(java, libs)
            if wait:
                self.wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """SIGTERM for a clean shutdown, SIGKILL after a grace period; idempotent."""
        process, self._process = self._process, None
        atexit.unregister(self.stop)
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(_STOP_GRACE_S)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._owns_data_dir and self._data_dir is not None:
            shutil.rmtree(self._data_dir, ignore_errors=True)
            self._data_dir = None

    def restart_after_kill(self) -> float:
        """SIGKILL the broker, start it again on the same port and data; seconds until it serves."""
        self.kill(signal.SIGKILL)
        started = time.monotonic()
        self.start()
        return time.monotonic() - started

    def __enter__(self) -> LocalBroker:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def _kraft_dir(self) -> Path:
        return self.data_dir / "kraft-logs"

    def _launch(self, java: str, libs: Path) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._port = self._port or free_port(self.host)
        # Kept across restarts: the controller quorum of a cluster names it.
        if self._quorum is not None:
            self._controller_port = self._quorum.controller_ports[self._node_id]
        self._controller_port = self._controller_port or free_port(self.host)
        config = self._write_config(controller_port=self._controller_port)
        classpath = ["-cp", f"{libs}/*"]
        # A reused data dir keeps its cluster id: formatting it again would be refused.
        if not (self._kraft_dir / "meta.properties").exists():
            self._format_storage(java, classpath, config)
        # prctl's death signal fires when the forking *thread* exits, so only tie the broker
        # to the main thread, which lives as long as the interpreter.
        on_main_thread = threading.current_thread() is threading.main_thread()
        with open(self.log_path, "wb") as log:
            self._process = subprocess.Popen(
                [
                    java,
                    *_JVM_HEAP,
                    "-Djava.awt.headless=true",
                    f"-Dlog4j2.configurationFile={self._log4j_config('INFO')}",
                    *classpath,
                    "kafka.Kafka",
                    str(config),
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                # Own process group: a terminal's Ctrl-C reaches Python, which stops us cleanly.
                start_new_session=True,
                preexec_fn=die_with_parent if sys.platform == "linux" and on_main_thread else None,
            )

    def _format_storage(self, java: str, classpath: list[str], config: Path) -> None:
        formatting = subprocess.run(
            [
                java,
                # A one-shot tool: the C1 compiler alone starts the JVM faster.
                "-XX:TieredStopAtLevel=1",
                f"-Dlog4j2.configurationFile={self._log4j_config('WARN')}",
                *classpath,
                "kafka.tools.StorageTool",
                "format",
                "-t",
                self._quorum.cluster_id if self._quorum is not None else new_cluster_id(),
                "-c",
                str(config),
            ],
            capture_output=True,
            text=True,
        )
        if formatting.returncode != 0:
            raise BrokerError(
                f"formatting Kafka storage in {self.data_dir} failed:\n"
                f"{_tail(formatting.stdout + formatting.stderr)}"
            )

    def _write_config(self, controller_port: int) -> Path:
        # Static voter (controller.quorum.voters) rather than --standalone's dynamic quorum:
        # the voter endpoint is then read from this file on each start instead of being
        # frozen in the metadata log, so a reused data dir survives a new controller port.
        plaintext = f"PLAINTEXT://{self.host}:{self._port}"
        controller = f"CONTROLLER://{self.host}:{controller_port}"
        voters = self._quorum.voters if self._quorum is not None else f"1@{self.host}:{controller_port}"
        internal_replicas = str(min(3, self._quorum.size if self._quorum is not None else 1))
        settings = {
            "process.roles": "broker,controller",
            "node.id": str(self._node_id),
            "controller.quorum.voters": voters,
            "listeners": f"{plaintext},{controller}",
            "advertised.listeners": plaintext,
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs": str(self._kraft_dir),
            "num.partitions": str(self._partitions),
            "auto.create.topics.enable": "true",
            "group.initial.rebalance.delay.ms": "0",
            # Kafka's own topics are replicated across the cluster like ours (one copy on one node).
            "offsets.topic.replication.factor": internal_replicas,
            "transaction.state.log.replication.factor": internal_replicas,
            "transaction.state.log.min.isr": "1",
            "share.coordinator.state.topic.replication.factor": internal_replicas,
            "share.coordinator.state.topic.min.isr": "1",
            # A broker killed outright keeps its registration until its session expires, and
            # refuses its own restart with DuplicateBrokerRegistrationException meanwhile: 9 s
            # by default. On this machine a node is dead when it misses 2 s of heartbeats.
            "broker.session.timeout.ms": "2000",
            "broker.heartbeat.interval.ms": "500",
            # The defaults (50 partitions) make the first consumer group wait seconds for
            # __consumer_offsets to be created; one node needs far fewer.
            "offsets.topic.num.partitions": "4",
            "transaction.state.log.num.partitions": "4",
            # A release's text can pass Kafka's 1 MiB default (a long PDF); the producers allow
            # 8 MiB requests and compress, docker-compose.yml sets the same 10 MiB.
            "message.max.bytes": str(10 * 1024 * 1024),
        }
        path = self.data_dir / "server.properties"
        path.write_text("".join(f"{key}={value}\n" for key, value in settings.items()))
        return path

    def _log4j_config(self, level: str) -> Path:
        path = self.data_dir / f"log4j2-{level.lower()}.properties"
        path.write_text(_LOG4J2_PROPERTIES.format(level=level))
        return path

    def wait_ready(self) -> None:
        assert self._process is not None and self._port is not None
        deadline = time.monotonic() + self._startup_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise BrokerError(
                    f"Kafka exited with code {self._process.returncode} while starting; "
                    f"its log says:\n{self._log_excerpt()}"
                )
            # The line is logged once the broker is unfenced, i.e. serves clients.
            if _READY_LINE in self.log_path.read_text(errors="replace") and self._accepts():
                return
            time.sleep(0.2)
        raise BrokerError(
            f"Kafka did not become ready within {self._startup_timeout:.0f}s; "
            f"its log says:\n{self._log_excerpt()}"
        )

    def _accepts(self) -> bool:
        with contextlib.suppress(OSError), socket.create_connection((self.host, self._port), 1):
            return True
        return False

    def _log_excerpt(self, lines: int = 40) -> str:
        # The first error is usually the cause; what follows it is mostly shutdown noise.
        log = self.log_path.read_text(errors="replace").splitlines()
        first_error = next((i for i, line in enumerate(log) if "] ERROR " in line), None)
        excerpt = log[-lines:] if first_error is None else log[first_error : first_error + lines]
        return "\n".join(excerpt)


class LocalCluster:
    """`size` local brokers forming one KRaft cluster (each node broker and controller), so that
    replication and the loss of a broker can be tried on one machine."""

    def __init__(self, root: Path, size: int = 3, partitions: int = 4, startup_timeout: float = 90.0) -> None:
        host = LocalBroker.host
        quorum = Quorum(new_cluster_id(), {node: free_port(host) for node in range(1, size + 1)})
        self.brokers = [
            LocalBroker(
                free_port(host),
                data_dir=root / f"node-{node}",
                partitions=partitions,
                startup_timeout=startup_timeout,
                node_id=node,
                quorum=quorum,
            )
            for node in range(1, size + 1)
        ]

    @property
    def bootstrap_servers(self) -> str:
        return ",".join(f"{b.host}:{b._port}" for b in self.brokers)

    def start(self) -> LocalCluster:
        try:
            for broker in self.brokers:
                broker.start(wait=False)
            for broker in self.brokers:
                broker.wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        for broker in self.brokers:
            broker.send_signal(signal.SIGTERM)  # all at once: each node's shutdown waits on the quorum
        for broker in self.brokers:
            broker.stop()

    def __enter__(self) -> LocalCluster:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()


class TopicTooWeak(BrokerError):
    """An existing topic keeps fewer copies than configured: losing a broker could lose releases."""


def configured_replication(env: Mapping[str, str]) -> int | None:
    """PRESSFLOW_REPLICATION_FACTOR of an environment; None when unset (3, or fewer brokers)."""
    value = env.get("PRESSFLOW_REPLICATION_FACTOR", "").strip()
    if not value:
        return None
    if not value.isdigit() or int(value) < 1:
        raise BrokerError(f"PRESSFLOW_REPLICATION_FACTOR must be a whole number of at least 1, not {value!r}")
    return int(value)


async def create_topics(
    bootstrap: str, names: Iterable[str], partitions: int = 4, replication_factor: int | None = None
) -> int:
    """Create the topics that do not exist, each partition on `replication_factor` brokers (default:
    3, or every broker when there are fewer) with min.insync.replicas one below it, so that an
    acknowledged release survives the loss of one broker; check that existing topics are as
    strong. Returns the replication factor used."""
    # Imported here so that running a broker needs nothing beyond the standard library.
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic
    from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
    from aiokafka.errors import TopicAlreadyExistsError, for_code

    names = list(names)
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        brokers = len((await admin.describe_cluster())["brokers"])
        replicas = replication_factor or min(3, brokers)
        if replicas > brokers:
            raise BrokerError(
                f"PRESSFLOW_REPLICATION_FACTOR={replicas} needs at least {replicas} brokers; "
                f"the cluster at {bootstrap} has {brokers}"
            )
        min_insync = str(max(1, replicas - 1))
        response = await admin.create_topics(
            [
                NewTopic(name, partitions, replicas, topic_configs={"min.insync.replicas": min_insync})
                for name in names
            ]
        )
        existing = []
        for name, code, message, *_ in response.topic_errors:
            if code == TopicAlreadyExistsError.errno:
                existing.append(name)
            elif code != 0:
                raise for_code(code)(f"cannot create topic {name!r}: {message}")
        # Only topics made elsewhere can be weaker: the ones just made have what was asked, and a
        # broker that has not caught up yet would report their configuration as the default.
        described = await admin.describe_topics(existing) if existing else []
        configs = (
            await admin.describe_configs(
                [ConfigResource(ConfigResourceType.TOPIC, n, {"min.insync.replicas": None}) for n in existing]
            )
            if existing
            else []
        )
    finally:
        await admin.close()
    _refuse_weaker(described, configs, replicas, int(min_insync))
    return replicas


def _refuse_weaker(described: list, configs: list, replicas: int, min_insync: int) -> None:
    """TopicTooWeak when an existing topic has fewer copies or a lower min.insync.replicas."""
    weak = [
        f"{t['topic']} has {min(len(p['replicas']) for p in t['partitions'])} copies"
        for t in described
        if t["partitions"] and min(len(p["replicas"]) for p in t["partitions"]) < replicas
    ]
    for response in configs:
        for _, _, _, name, entries in response.resources:
            isr = next((int(e[1]) for e in entries if e[0] == "min.insync.replicas"), 1)
            if isr < min_insync:
                weak.append(f"{name} has min.insync.replicas={isr}")
    if weak:
        raise TopicTooWeak(
            f"existing topics are weaker than PRESSFLOW_REPLICATION_FACTOR={replicas} "
            f"(min.insync.replicas={min_insync}) asks: {'; '.join(weak)}. Raise them with "
            "kafka-reassign-partitions and kafka-configs, or set PRESSFLOW_REPLICATION_FACTOR "
            "to what they have"
        )


def main(argv: list[str] | None = None) -> None:
    """Run a broker in the foreground until Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m pressflow.broker", description=__doc__)
    parser.add_argument("--port", type=int, default=9092)
    parser.add_argument("--partitions", type=int, default=4, help="default for new topics")
    parser.add_argument("--data-dir", type=Path, help="keep data here (default: a temp dir)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with LocalBroker(args.port, data_dir=args.data_dir, partitions=args.partitions) as broker:
        print(
            f"Kafka {KAFKA_VERSION} ready in {time.monotonic() - started:.1f}s: "
            f"bootstrap servers {broker.bootstrap_servers} (log: {broker.log_path}); "
            "Ctrl-C to stop",
            flush=True,
        )
        # SIGTERM (e.g. from a process manager) shuts down as cleanly as Ctrl-C.
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()
        print("stopping Kafka...", flush=True)


if __name__ == "__main__":
    main()
