"""The per-client token bucket behind ingest's 429s."""

from pressflow_ingest.adapters.http.rate_limit import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_client_gets_its_burst_then_waits_for_tokens():
    clock = Clock()
    limiter = RateLimiter(rate=2, burst=3, clock=clock)
    assert [limiter.retry_after("10.0.0.1") for _ in range(3)] == [None, None, None]
    assert limiter.retry_after("10.0.0.1") == 1
    assert limiter.retry_after("10.0.0.2") is None, "another client has its own bucket"
    clock.now += 0.5
    assert limiter.retry_after("10.0.0.1") is None


def test_rate_zero_is_no_limit():
    limiter = RateLimiter(rate=0, burst=1)
    assert all(limiter.retry_after("c") is None for _ in range(100))


def test_idle_clients_are_forgotten_so_the_table_stays_bounded():
    clock = Clock()
    limiter = RateLimiter(rate=10, burst=10, clock=clock)
    for i in range(10_000):
        limiter.retry_after(f"client-{i}")
    clock.now += 60
    limiter.retry_after("newcomer")
    assert len(limiter) == 1
