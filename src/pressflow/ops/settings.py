"""Settings of the operator's commands: where the broker and the ingest API are."""

from pydantic import SecretStr

from pressflow_runtime.settings import KafkaSettings


class OpsSettings(KafkaSettings):
    ingest_url: str = "http://127.0.0.1:8001"
    ingest_token: SecretStr | None = None

    @property
    def token(self) -> str | None:
        return self.ingest_token.get_secret_value() if self.ingest_token else None
