"""Idempotency-Key: a retried request gets its first answer again, without publishing again."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from pressflow_ingest.ports import Answer, Ledger

Respond = Callable[[], Awaitable[tuple[int, dict[str, Any]]]]


class KeyRefused(Exception):
    """A key that cannot be honoured: `code` says why (invalid, reused, in use)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Reply:
    status: int
    body: dict[str, Any]
    replayed: bool = False


class Idempotency:
    """Answers over the ledger; answers of 5xx are not remembered, so their retry is worth it."""

    def __init__(self, ledger: Ledger, ttl: timedelta) -> None:
        self._ledger = ledger
        self._ttl = ttl
        self._in_flight: set[str] = set()

    async def reply(self, key: str | None, scope: str, fingerprint: bytes, respond: Respond) -> Reply:
        """The reply of `respond()`, or, for a repeated key, the first reply again.

        `fingerprint` is what makes two requests the same: not the raw body, whose multipart
        boundary changes with every retry, but what was submitted.
        """
        if key is None:
            return Reply(*await respond())
        if not 1 <= len(key) <= 255:
            raise KeyRefused("invalid_idempotency_key", "Idempotency-Key must be 1 to 255 characters")
        digest = hashlib.sha256(scope.encode() + b"\0" + fingerprint).hexdigest()
        stored = await self._ledger.answer(key, self._ttl)
        if stored is not None:
            if stored.request_sha256 != digest:
                raise KeyRefused(
                    "idempotency_key_reused",
                    "this Idempotency-Key was used with a different request; use a new key for a new body",
                )
            return Reply(stored.status, json.loads(stored.body), replayed=True)
        if key in self._in_flight:
            raise KeyRefused(
                "idempotency_key_in_use",
                "a request with this Idempotency-Key is still being processed; retry shortly",
            )
        self._in_flight.add(key)
        try:
            reply = Reply(*await respond())
        finally:
            self._in_flight.discard(key)
        if reply.status < 500:
            answer = Answer(digest, reply.status, json.dumps(reply.body, ensure_ascii=False))
            await self._ledger.remember_answer(key, answer, self._ttl)
        return reply
