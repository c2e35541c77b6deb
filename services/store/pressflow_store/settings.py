"""Settings of the store service, from the environment."""

from pathlib import Path

from pydantic import AliasChoices, Field

from pressflow_runtime.settings import KafkaSettings


class StoreSettings(KafkaSettings):
    # Unset: an SQLite file under ./data; set: any SQLAlchemy URL, e.g. postgresql://...
    database_url: str | None = Field(None, validation_alias=AliasChoices("DATABASE_URL", "database_url"))
    data_dir: Path = Path("data")
    store_host: str = "127.0.0.1"
    store_port: int = 8000
    store_group: str = "pressflow-store"
    store_batch: int = 500
    # Kafka's floor (group.min.session.timeout.ms): a killed worker's partitions move after 6 s.
    session_timeout_seconds: float = 6.0

    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'pressflow.db').resolve()}"
