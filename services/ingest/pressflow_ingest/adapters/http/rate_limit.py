"""Rate limiting per client: a token bucket each, refilled continuously."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """`rate` requests a second on average per client, in bursts of up to `burst`; rate 0 is no limit."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self._rate = rate
        self._burst = max(burst, 1)
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}

    def __len__(self) -> int:
        """How many clients are tracked."""
        return len(self._buckets)

    def retry_after(self, client: str) -> int | None:
        """Take a token for `client`; None when there was one, else the seconds to wait for the next."""
        if self._rate <= 0:
            return None
        now = self._clock()
        bucket = self._buckets.get(client)
        if bucket is None:
            # pruned as clients arrive, so many polite clients cannot grow the table either
            if len(self._buckets) >= 10_000:
                self._forget_idle(now)
            bucket = _Bucket(float(self._burst), now)
        bucket.tokens = min(self._burst, bucket.tokens + (now - bucket.updated) * self._rate)
        bucket.updated = now
        self._buckets[client] = bucket
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return None
        return max(1, math.ceil((1 - bucket.tokens) / self._rate))

    def _forget_idle(self, now: float) -> None:
        """Drop buckets that have refilled: they hold nothing a new bucket would not."""
        full_after = self._burst / self._rate
        self._buckets = {c: b for c, b in self._buckets.items() if now - b.updated < full_after}
