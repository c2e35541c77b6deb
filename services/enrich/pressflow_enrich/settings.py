"""Settings of the enrich service, from the environment."""

from pathlib import Path

from pressflow_enrich.ner import DEFAULT_PIPELINES
from pressflow_runtime.settings import KafkaSettings


class EnrichSettings(KafkaSettings):
    data_dir: Path = Path("data")
    enrich_group: str = "pressflow-enrich"
    # Kafka's floor (group.min.session.timeout.ms): a killed worker's partitions move after 6 s.
    session_timeout_seconds: float = 6.0
    # /healthz, /readyz and /metrics, served by faust's web server
    enrich_host: str = "127.0.0.1"
    enrich_port: int = 8002
    # Installed spaCy pipelines per language; any other installed pipeline can be named here.
    spacy_fr: str = DEFAULT_PIPELINES["fr"]
    spacy_en: str = DEFAULT_PIPELINES["en"]
    # Fine-tuned ner weights per language (`make train`), loaded over the installed pipelines' own.
    ner_weights: Path | None = Path(__file__).parent / "weights"
    # The rules from their .py sources even where `make install` compiled them (native.py): for a
    # debugger or a profiler, which see into interpreted functions only. The events are the same.
    enrich_interpreted: bool = False

    @property
    def spacy_models(self) -> dict[str, str]:
        return {"fr": self.spacy_fr, "en": self.spacy_en}
