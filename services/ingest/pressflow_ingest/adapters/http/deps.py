"""What a route needs, taken from the app it runs in: the intake, the settings, the guards."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from pressflow_ingest.adapters.http.guards import Guards
from pressflow_ingest.idempotency import Idempotency
from pressflow_ingest.intake import Intake
from pressflow_ingest.settings import IngestSettings

_BEARER = HTTPBearer(auto_error=False, description="PRESSFLOW_INGEST_TOKEN, when the service has one")


def _intake(request: Request) -> Intake:
    return request.app.state.intake


def _settings(request: Request) -> IngestSettings:
    return request.app.state.settings


def _idempotency(request: Request) -> Idempotency:
    return request.app.state.idempotency


def guard(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_BEARER)]
) -> None:
    """401 without the right token (when one is configured), then 429 over the client's rate."""
    guards: Guards = request.app.state.guards
    guards.check(request, credentials)


IntakeDep = Annotated[Intake, Depends(_intake)]
SettingsDep = Annotated[IngestSettings, Depends(_settings)]
IdempotencyDep = Annotated[Idempotency, Depends(_idempotency)]
