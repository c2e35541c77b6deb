"""Enrich's Prometheus metrics, its log line per release, and its HTTP port: /healthz, /readyz, /metrics."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import faust
from prometheus_client import Counter, Histogram, Info

from pressflow_enrich import COMPILED, ENRICHER_VERSION
from pressflow_enrich.settings import EnrichSettings
from pressflow_runtime.metrics import LagSampler, count_dead_letter, exposition
from pressflow_runtime.readiness import Readiness
from pressflow_schemas import EnrichedRelease

log = logging.getLogger("pressflow.enrich.releases")

RELEASES = Counter("pressflow_enrich_releases_total", "Releases enrich handled, by outcome", ["outcome"])
SECONDS = Histogram(
    "pressflow_enrich_seconds",
    "Time to enrich one release",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
_FOUND_BUCKETS = (0, 1, 2, 5, 10, 20, 50, 100, 200)
ENTITIES = Histogram("pressflow_enrich_entities", "Entities found per release", buckets=_FOUND_BUCKETS)
DATES = Histogram("pressflow_enrich_dates", "Dates found per release", buckets=_FOUND_BUCKETS)
AMOUNTS = Histogram("pressflow_enrich_amounts", "Amounts found per release", buckets=_FOUND_BUCKETS)
# Which rules this process runs: a copy whose rules are not compiled (native.py) costs more a release.
BUILD = Info("pressflow_enrich_build", "The enricher version and whether its rules run compiled")
BUILD.info({"enricher_version": ENRICHER_VERSION, "rules": "compiled" if COMPILED else "interpreted"})


def observe_found(event: EnrichedRelease) -> None:
    ENTITIES.observe(len(event.entities))
    DATES.observe(len(event.dates))
    AMOUNTS.observe(len(event.amounts))


def observe_enriched(release_id: str) -> None:
    RELEASES.labels(outcome="enriched").inc()
    log.info("release %s enriched", release_id, extra={"release_id": release_id, "outcome": "enriched"})


def observe_dead_lettered(release_id: str | None, error: Exception) -> None:
    RELEASES.labels(outcome="dead_lettered").inc()
    count_dead_letter("enrich", type(error).__name__)
    log.info(
        "release %s dead_lettered",
        release_id or "-",
        extra={"release_id": release_id, "outcome": "dead_lettered", "reason": type(error).__name__},
    )


def serve(app: faust.App, settings: EnrichSettings, models_loaded: Callable[[], bool]) -> Readiness:
    """/healthz, /readyz and /metrics on faust's own web server, and the lag sampler as an app task."""
    lag = LagSampler(settings.kafka_bootstrap_servers, [(settings.enrich_group, settings.topics.raw)])
    readiness = Readiness(
        {
            "models": models_loaded,
            "kafka": lambda: lag.kafka_answers,
            "assignment": lambda: bool(app.consumer.assignment()),
        }
    )

    @app.task
    async def sample_lag() -> None:
        await lag.run()

    @app.page("/healthz")
    async def healthz(web: Any, _: Any) -> Any:
        return web.json({"status": "ok"})

    @app.page("/readyz")
    async def readyz(web: Any, _: Any) -> Any:
        status, body = await readiness.report()
        return web.json(body, status=status)

    @app.page("/metrics")
    async def metrics(web: Any, _: Any) -> Any:
        body, content_type = exposition()
        # aiohttp refuses a charset inside content_type=, so the header is set whole
        return web.bytes(body, headers={"Content-Type": content_type})

    return readiness
