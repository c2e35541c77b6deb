"""Settings of the ingest service, from the environment (PRESSFLOW_*, KAFKA_BOOTSTRAP_SERVERS)."""

from datetime import timedelta
from pathlib import Path

from pydantic import SecretStr

from pressflow_runtime.settings import KafkaSettings

MIB = 1024 * 1024


class IngestSettings(KafkaSettings):
    pressflow_inbox: Path = Path("inbox")
    # What was published and the idempotent answers; default: <inbox>/.state/ingest.sqlite3
    pressflow_ingest_state_file: Path | None = None
    pressflow_ingest_host: str = "127.0.0.1"
    pressflow_ingest_port: int = 8001
    # When set, POST requests need "Authorization: Bearer <token>"; /healthz stays open.
    pressflow_ingest_token: SecretStr | None = None
    pressflow_max_body_bytes: int = 5 * MIB
    pressflow_max_batch_bytes: int = 20 * MIB
    pressflow_max_batch_items: int = 1000
    pressflow_max_file_bytes: int = 20 * MIB
    # Token bucket per client IP: `rate` requests a second on average, bursts of `burst`; 0 turns it off.
    pressflow_ingest_rate_per_second: float = 20.0
    pressflow_ingest_rate_burst: int = 100
    pressflow_idempotency_ttl_seconds: int = 24 * 3600
    # PDF and Word files are read in a worker process with these bounds.
    pressflow_extract_timeout_seconds: float = 30.0
    pressflow_extract_memory_bytes: int = 768 * MIB
    pressflow_extract_workers: int = 2
    # Kafka refuses messages over 1 MiB by default; larger inputs are dead-lettered without payload.
    pressflow_dead_letter_max_payload_bytes: int = 768 * 1024
    # A file is taken once its size and mtime have not changed for this long.
    pressflow_inbox_settle_seconds: float = 1.0
    pressflow_inbox_poll_seconds: float = 0.5
    # How long a submission waits for Kafka's acknowledgement before it is answered 503.
    pressflow_publish_timeout_seconds: float = 10.0

    @property
    def state_file(self) -> Path:
        return self.pressflow_ingest_state_file or self.pressflow_inbox / ".state" / "ingest.sqlite3"

    @property
    def idempotency_ttl(self) -> timedelta:
        return timedelta(seconds=self.pressflow_idempotency_ttl_seconds)
