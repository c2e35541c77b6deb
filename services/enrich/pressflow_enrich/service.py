"""Runs the enrich service: a faust worker around the app, joining its group while the NLP
models load."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime

import faust

from pressflow_enrich import COMPILED, metrics
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


@contextlib.contextmanager
def charsets_optimised_once() -> Iterator[None]:
    """Within the block, Python's regular expression compiler optimises each distinct character
    class once instead of at every place a pattern repeats it.

    spaCy's French tokenizer compiles one case-insensitive pattern that repeats a few classes of
    every letter hundreds of times; optimising them again each time takes about 2 s of the 4 s a
    restarted enrich spends loading French. Meant for start-up only: it holds every distinct
    class it saw until the block ends. The compiled patterns are the same, code for code
    (tests/integration/test_ner_loading.py). On a Python without this compiler function, nothing changes.
    """
    compiler = getattr(re, "_compiler", None)
    optimise = getattr(compiler, "_optimize_charset", None)
    if compiler is None or optimise is None:
        yield
        return
    done: dict[tuple[object, ...], tuple[object, list[object], bool]] = {}

    def once(
        charset: list[object], iscased: object = None, fixup: object = None, fixes: object = None
    ) -> tuple[list[object], bool]:
        key = (tuple(charset), iscased, fixup, id(fixes))
        try:
            hash(key)
        except TypeError:  # a class the parser gave in a form this does not know: as usual
            return optimise(charset, iscased, fixup, fixes)
        if key not in done or done[key][0] is not fixes:
            out, hascased = optimise(charset, iscased, fixup, fixes)
            done[key] = (fixes, out, hascased)
        _, out, hascased = done[key]
        return list(out), hascased  # the compiler only reads the items; the list is its own

    compiler._optimize_charset = once
    try:
        yield
    finally:
        compiler._optimize_charset = optimise


def _warm_up(ner: BatchNer, languages: Sequence[str]) -> None:
    with charsets_optimised_once():
        warm_up(ner, languages, datetime.now(UTC))


def load_models(executor: ThreadPoolExecutor, ner: BatchNer, languages: Sequence[str]) -> Future[None]:
    """Start loading the models on the extraction thread, ahead of every batch, so that the
    worker joins its group meanwhile: a restarted worker is ready to take its partitions back
    when its models are. If they cannot load, the process ends with CRASHED before any release
    is taken, rather than dead-lettering every release."""
    started = time.perf_counter()
    loading = executor.submit(_warm_up, ner, languages)

    def loaded(done: Future[None]) -> None:
        error = done.exception()
        if error is None:
            rules = "compiled" if COMPILED else "from their sources"
            log.info("models loaded in %.1f s; the rules run %s", time.perf_counter() - started, rules)
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
