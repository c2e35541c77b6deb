"""Runs the enrich service: a faust worker around the app, joining its group while the NLP
models load."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime

import faust

from pressflow_enrich import metrics
from pressflow_enrich.app import create_app
from pressflow_enrich.ner import BatchNer, SpacyNer
from pressflow_enrich.pipeline import warm_up
from pressflow_enrich.settings import EnrichSettings
from pressflow_runtime.lifecycle import CRASHED, configure_logging, logging_config
from pressflow_runtime.log_repeats import hold_repeats

log = logging.getLogger("pressflow.enrich")


class Worker(faust.Worker):
    """faust's worker, whose log holds back the repeats of an outage (see RepeatFilter)."""

    def on_setup_root_logger(self, logger: logging.Logger, level: int) -> None:
        super().on_setup_root_logger(logger, level)
        hold_repeats(logger.handlers)


def load_models(executor: ThreadPoolExecutor, ner: BatchNer, languages: Sequence[str]) -> Future[None]:
    """Start loading the models on the extraction thread, ahead of every batch, so that the
    worker joins its group meanwhile: a restarted worker is ready to take its partitions back
    when its models are. If they cannot load, the process ends with CRASHED before any release
    is taken, rather than dead-lettering every release."""
    started = time.perf_counter()
    loading = executor.submit(warm_up, ner, languages, datetime.now(UTC))

    def loaded(done: Future[None]) -> None:
        error = done.exception()
        if error is None:
            log.info("models loaded in %.1f s", time.perf_counter() - started)
            return
        log.critical("could not load the models", exc_info=error)
        print(f"stopped because the models could not be loaded: {error!r}", file=sys.stderr, flush=True)
        os._exit(CRASHED)  # from the extraction thread, before it can take a batch

    loading.add_done_callback(loaded)
    return loading


def main() -> None:
    settings = EnrichSettings()
    configure_logging(settings.log_format)
    log.info("enrich starting: %s", settings.summary())
    # faust makes only its own folder under the data folder: the data folder is ours to make
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    ner = SpacyNer(settings.spacy_models, settings.ner_weights)
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="enrich")
    loading = load_models(executor, ner, list(settings.spacy_models))
    app = create_app(settings, ner, executor)
    metrics.serve(app, settings, models_loaded=lambda: loading.done() and loading.exception() is None)
    # The faust worker stops cleanly on SIGTERM and SIGINT: it leaves the group and commits.
    Worker(
        app, loglevel="INFO", logging_config=logging_config(settings.log_format)
    ).execute_from_commandline()
