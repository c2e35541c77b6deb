"""Readiness: ready when every dependency a service needs now answers; /readyz names any that does not."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.responses import JSONResponse

# A check answers whether one dependency is usable now; it may be sync or async.
Check = Callable[[], bool | Awaitable[bool]]


@dataclass
class Readiness:
    """Named checks, each bounded by `timeout` seconds: a check that hangs counts as not ready."""

    checks: dict[str, Check] = field(default_factory=dict)
    timeout: float = 3.0

    def add(self, name: str, check: Check) -> None:
        self.checks[name] = check

    async def missing(self) -> list[str]:
        """The dependencies that are not usable now, by name; empty when ready."""
        return [name for name, check in self.checks.items() if not await self._passes(check)]

    async def _passes(self, check: Check) -> bool:
        try:
            result = check()
            if inspect.isawaitable(result):
                result = await asyncio.wait_for(result, self.timeout)
            return bool(result)
        except Exception:
            return False

    async def report(self) -> tuple[int, dict[str, object]]:
        """The /readyz answer: 200 when ready, else 503 naming what is missing."""
        missing = await self.missing()
        if missing:
            return 503, {"status": "not ready", "missing": missing, "checks": list(self.checks)}
        return 200, {"status": "ready", "checks": list(self.checks)}

    async def endpoint(self, _: Request) -> JSONResponse:
        status, body = await self.report()
        return JSONResponse(body, status)
