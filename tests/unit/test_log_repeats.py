"""An outage's repeated client errors come out once per state change."""

import logging

from pressflow_runtime.log_repeats import RepeatFilter


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def record(name: str, level: int, msg: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, msg, args, None)


def test_ten_errors_a_second_for_a_minute_and_a_half_make_two_lines_then_recovery_resets():
    clock = Clock()
    repeats = RepeatFilter(remind_seconds=60, clock=clock)
    fetch = "Failed fetch messages from %s: %s"
    shown = []
    for tick in range(900):  # 90 s at 10 a second, alternating nodes in the arguments
        clock.now = tick / 10
        r = record("aiokafka.consumer.fetcher", logging.ERROR, fetch, tick % 3, "NodeNotReadyError")
        if repeats.filter(r):
            shown.append(r.getMessage())
    assert len(shown) == 2
    assert "repeated 599 times in the last 60 s" in shown[1]

    # an access log line changes nothing; Kafka's client saying it joined again does
    assert repeats.filter(record("uvicorn.access", logging.INFO, "GET /healthz"))
    assert not repeats.filter(record("aiokafka.consumer.fetcher", logging.ERROR, fetch, 1, "again"))
    assert repeats.filter(record("aiokafka.consumer.group_coordinator", logging.INFO, "Joined group"))
    assert repeats.filter(record("aiokafka.consumer.fetcher", logging.ERROR, fetch, 1, "the next outage"))


def test_different_messages_and_loggers_each_get_their_first_line():
    repeats = RepeatFilter(clock=Clock())
    assert repeats.filter(record("aiokafka.conn", logging.ERROR, "Unable connect to %s", "node 1"))
    assert repeats.filter(record("aiokafka.cluster", logging.ERROR, "Unable connect to %s", "node 1"))
    assert repeats.filter(record("aiokafka.conn", logging.WARNING, "Another warning"))
    assert not repeats.filter(record("aiokafka.conn", logging.ERROR, "Unable connect to %s", "node 2"))
