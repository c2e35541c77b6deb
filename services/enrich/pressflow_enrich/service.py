"""Runs the enrich service: loads the NLP models, then a faust worker around the app."""

from __future__ import annotations

import logging

import faust

from pressflow_enrich import metrics
from pressflow_enrich.app import create_app
from pressflow_enrich.ner import SpacyNer
from pressflow_enrich.settings import EnrichSettings
from pressflow_runtime.lifecycle import configure_logging, logging_config
from pressflow_runtime.log_repeats import hold_repeats

log = logging.getLogger("pressflow.enrich")


class Worker(faust.Worker):
    """faust's worker, whose log holds back the repeats of an outage (see RepeatFilter)."""

    def on_setup_root_logger(self, logger: logging.Logger, level: int) -> None:
        super().on_setup_root_logger(logger, level)
        hold_repeats(logger.handlers)


def main() -> None:
    settings = EnrichSettings()
    configure_logging(settings.log_format)
    log.info("enrich starting: %s", settings.summary())
    # faust makes only its own folder under the data folder: the data folder is ours to make
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    ner = SpacyNer(settings.spacy_models, settings.ner_weights)
    loaded = set()
    for lang in settings.spacy_models:
        ner("Paris", lang)  # load every pipeline before joining the group, not on the first release
        loaded.add(lang)
    app = create_app(settings, ner)
    metrics.serve(app, settings, models_loaded=lambda: loaded == set(settings.spacy_models))
    # The faust worker stops cleanly on SIGTERM and SIGINT: it leaves the group and commits.
    Worker(
        app, loglevel="INFO", logging_config=logging_config(settings.log_format)
    ).execute_from_commandline()
