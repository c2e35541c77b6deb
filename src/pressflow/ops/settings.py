"""Settings of the operator's commands: where the broker and the services are, and their groups."""

from pydantic import SecretStr

from pressflow_runtime.settings import KafkaSettings


class OpsSettings(KafkaSettings):
    ingest_url: str = "http://127.0.0.1:8001"
    ingest_token: SecretStr | None = None
    enrich_url: str = "http://127.0.0.1:8002"
    store_url: str = "http://127.0.0.1:8000"
    # the services' own variables: `pressflow status` reports these groups' lag
    enrich_group: str = "pressflow-enrich"
    store_group: str = "pressflow-store"

    @property
    def token(self) -> str | None:
        return self.ingest_token.get_secret_value() if self.ingest_token else None
