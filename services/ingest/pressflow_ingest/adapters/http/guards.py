"""What every POST passes first: the bearer token, when one is configured, and the rate limit."""

from __future__ import annotations

import hmac

from fastapi import Request
from fastapi.security import HTTPAuthorizationCredentials

from pressflow_ingest.adapters.http.rate_limit import RateLimiter
from pressflow_ingest.settings import IngestSettings
from pressflow_runtime.problems import Problem


class Guards:
    def __init__(self, settings: IngestSettings) -> None:
        token = settings.ingest_token
        self._token = token.get_secret_value().encode() if token is not None else None
        self._limiter = RateLimiter(settings.ingest_rate_per_second, settings.ingest_rate_burst)

    def check(self, request: Request, credentials: HTTPAuthorizationCredentials | None) -> None:
        """401 without the right token, then 429 when the client is over its rate."""
        if self._token is not None:
            given = credentials.credentials.encode() if credentials is not None else b""
            if not hmac.compare_digest(given, self._token):
                error = 'error="invalid_token"' if credentials is not None else ""
                raise Problem(
                    401,
                    "unauthorized",
                    "send the ingest token as 'Authorization: Bearer <token>'",
                    headers={
                        "WWW-Authenticate": f'Bearer realm="pressflow-ingest"{", " + error if error else ""}'
                    },
                )
        client = request.client.host if request.client else "unknown"
        wait = self._limiter.retry_after(client)
        if wait is not None:
            raise Problem(
                429,
                "rate_limited",
                f"too many requests from {client}; retry in {wait} s",
                headers={"Retry-After": str(wait)},
            )
