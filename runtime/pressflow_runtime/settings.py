"""The one settings mechanism: each service's settings class reads PRESSFLOW_* (and the broker's
KAFKA_BOOTSTRAP_SERVERS) from the environment through pydantic-settings."""

from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from pressflow_schemas import Topics


class KafkaSettings(BaseSettings):
    """Base of each service's settings class: a field `x` is the variable PRESSFLOW_X."""

    model_config = SettingsConfigDict(
        env_prefix="PRESSFLOW_", frozen=True, extra="ignore", populate_by_name=True
    )

    kafka_bootstrap_servers: str = Field(
        "127.0.0.1:9092", validation_alias=AliasChoices("KAFKA_BOOTSTRAP_SERVERS", "kafka_bootstrap_servers")
    )
    topic_prefix: str = ""
    # Partitions of the topics pressflow creates: the most copies of one service that share work.
    partitions: int = 4
    # Copies of each partition; unset: 3, or the number of brokers when fewer.
    replication_factor: int | None = Field(None, ge=1)
    # `json`: one JSON object per log line, for log shippers
    log_format: Literal["text", "json"] = "text"

    @property
    def topics(self) -> Topics:
        return Topics(self.topic_prefix)

    @classmethod
    def variable(cls, field: str) -> str:
        """The environment variable a field is read from."""
        alias = cls.model_fields[field].validation_alias
        if isinstance(alias, AliasChoices):
            return str(alias.choices[0])
        return f"{cls.model_config.get('env_prefix', '')}{field}".upper()

    @classmethod
    def variables(cls) -> set[str]:
        return {cls.variable(name) for name in cls.model_fields}

    def summary(self) -> str:
        """One log line of the effective settings, secrets masked."""
        parts = []
        for name, value in self.model_dump().items():
            shown = "***" if any(w in name for w in ("password", "token", "secret")) else value
            if name == "database_url" and isinstance(value, str) and "@" in value:
                scheme, rest = value.split("://", 1)
                shown = f"{scheme}://***@{rest.split('@', 1)[1]}"
            parts.append(f"{self.variable(name)}={shown}")
        return " ".join(parts)
