"""Settings of the ingest service, from the environment."""

from pathlib import Path

from pressflow_schemas.settings import KafkaSettings


class IngestSettings(KafkaSettings):
    pressflow_inbox: Path = Path("inbox")
    pressflow_ingest_host: str = "127.0.0.1"
    pressflow_ingest_port: int = 8001
    pressflow_max_body_bytes: int = 5 * 1024 * 1024
    pressflow_max_file_bytes: int = 20 * 1024 * 1024
    # A file is taken once its size and mtime have not changed for this long.
    pressflow_inbox_settle_seconds: float = 1.0
    pressflow_inbox_poll_seconds: float = 0.5
