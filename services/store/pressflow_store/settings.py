"""Settings of the store service, from the environment."""

from pathlib import Path

from pressflow_schemas.settings import KafkaSettings


class StoreSettings(KafkaSettings):
    # Unset: an SQLite file under ./data; set: any SQLAlchemy URL, e.g. postgresql://...
    database_url: str | None = None
    pressflow_data_dir: Path = Path("data")
    pressflow_store_host: str = "127.0.0.1"
    pressflow_store_port: int = 8000
    pressflow_store_group: str = "pressflow-store"
    pressflow_store_batch: int = 500
    # Kafka's floor (group.min.session.timeout.ms): a killed worker's partitions move after 6 s.
    pressflow_session_timeout_seconds: float = 6.0

    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.pressflow_data_dir / 'pressflow.db').resolve()}"
