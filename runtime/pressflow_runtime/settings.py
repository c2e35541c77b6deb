"""Connection settings every service shares: where Kafka is and which topics to use."""

from pydantic_settings import BaseSettings, SettingsConfigDict

from pressflow_schemas import Topics


class KafkaSettings(BaseSettings):
    """Base of each service's settings class; values come from the environment."""

    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    pressflow_topic_prefix: str = ""
    # Partitions of the topics pressflow creates: the most copies of one service that share work.
    pressflow_partitions: int = 4

    @property
    def topics(self) -> Topics:
        return Topics(self.pressflow_topic_prefix)

    def summary(self) -> str:
        """One log line of the effective settings, secrets masked."""
        parts = []
        for name, value in self.model_dump().items():
            shown = "***" if any(w in name for w in ("password", "token", "secret")) else value
            if name == "database_url" and isinstance(value, str) and "@" in value:
                scheme, rest = value.split("://", 1)
                shown = f"{scheme}://***@{rest.split('@', 1)[1]}"
            parts.append(f"{name.upper()}={shown}")
        return " ".join(parts)
