"""The ingest FastAPI app: its routes, its problem answers, and what the routes depend on."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from pressflow_ingest.adapters.http.guards import Guards
from pressflow_ingest.adapters.http.openapi import DESCRIPTION
from pressflow_ingest.adapters.http.routes import router
from pressflow_ingest.idempotency import Idempotency
from pressflow_ingest.intake import Intake
from pressflow_ingest.ports import Ledger
from pressflow_ingest.settings import IngestSettings
from pressflow_runtime import problems
from pressflow_runtime.metrics import metrics_endpoint
from pressflow_runtime.readiness import Readiness


def create_app(
    intake: Intake,
    settings: IngestSettings,
    ledger: Ledger,
    lifespan: Any = None,
    readiness: Readiness | None = None,
) -> FastAPI:
    """The ingest API around an `Intake`; `lifespan` starts and stops what the app depends on."""
    app = FastAPI(title="pressflow ingest", description=DESCRIPTION, lifespan=lifespan)
    app.state.intake = intake
    app.state.settings = settings
    app.state.guards = Guards(settings)
    app.state.idempotency = Idempotency(ledger, settings.idempotency_ttl)
    problems.install(app)
    app.include_router(router)
    app.add_route("/readyz", (readiness or Readiness()).endpoint, include_in_schema=False)
    app.add_route("/metrics", metrics_endpoint, include_in_schema=False)
    if settings.ingest_token is None:
        _without_security(app)
    return app


def _without_security(app: FastAPI) -> None:
    """Without a token, OpenAPI must not declare bearer authentication: nothing asks for it."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()  # kept by FastAPI as app.openapi_schema
            for path in schema.get("paths", {}).values():
                for operation in path.values():
                    operation.pop("security", None)
            schema.get("components", {}).pop("securitySchemes", None)
        return app.openapi_schema or {}

    app.openapi = openapi  # type: ignore[method-assign]
