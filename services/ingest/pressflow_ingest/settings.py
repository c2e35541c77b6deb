"""Settings of the ingest service, from the environment (PRESSFLOW_*, KAFKA_BOOTSTRAP_SERVERS)."""

from datetime import timedelta
from pathlib import Path

from pydantic import Field, SecretStr

from pressflow_runtime.settings import KafkaSettings

MIB = 1024 * 1024


class IngestSettings(KafkaSettings):
    inbox: Path = Path("inbox")
    # What was published and the idempotent answers; default: <inbox>/.state/ingest.sqlite3
    ingest_state_file: Path | None = None
    ingest_host: str = "127.0.0.1"
    ingest_port: int = 8001
    # When set, POST requests need "Authorization: Bearer <token>"; /healthz stays open.
    ingest_token: SecretStr | None = None
    max_body_bytes: int = 5 * MIB
    max_batch_bytes: int = 20 * MIB
    max_batch_items: int = 1000
    max_file_bytes: int = 20 * MIB
    # Token bucket per client IP: `rate` requests a second on average, bursts of `burst`; 0 turns it off.
    ingest_rate_per_second: float = 20.0
    ingest_rate_burst: int = 100
    idempotency_ttl_seconds: int = 24 * 3600
    # PDF and Word files are read in a worker process with these bounds.
    extract_timeout_seconds: float = 30.0
    extract_memory_bytes: int = 768 * MIB
    extract_workers: int = 2
    # Kafka refuses messages over 1 MiB by default; larger inputs are dead-lettered without payload.
    dead_letter_max_payload_bytes: int = 768 * 1024
    # A file is taken once its size and mtime have not changed for this long.
    inbox_settle_seconds: float = 1.0
    # Files settle on the poll's ticks: a coarse tick hands enrich the files of a whole tick
    # at once, each then waiting for the others' enrichment (at 0.5 s this was most of the
    # half-load p99 of dropped files). A scan costs about 10 us on an empty inbox and 1-2 ms
    # with a hundred files waiting in it (one lstat each): 1-2 % of a core at 10 scans a second.
    inbox_poll_seconds: float = 0.1
    # Settled inbox files extracted and published at once (PDF and Word files are further
    # bounded by extract_workers); each is moved only after its own acknowledgement.
    inbox_concurrency: int = Field(16, ge=1)
    # How long a submission waits for Kafka's acknowledgement before it is answered 503.
    publish_timeout_seconds: float = 10.0

    @property
    def state_file(self) -> Path:
        return self.ingest_state_file or self.inbox / ".state" / "ingest.sqlite3"

    @property
    def idempotency_ttl(self) -> timedelta:
        return timedelta(seconds=self.idempotency_ttl_seconds)
