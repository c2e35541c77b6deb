"""Repeated warnings during an outage are logged once per state change, not ten times a second."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

# Loggers whose INFO lines mean the state changed (Kafka reconnected, a group joined, work done).
_STATE_LOGGERS = ("aiokafka", "faust", "pressflow")


class RepeatFilter(logging.Filter):
    """Lets a warning or error through the first time; holds back the same message from the same
    logger (its arguments aside: another node, another retry delay) until the state changes, i.e.
    a Kafka client or pressflow logs at INFO, with a reminder every `remind_seconds` meanwhile."""

    def __init__(self, remind_seconds: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._remind = remind_seconds
        self._clock = clock
        self._held: dict[tuple[str, str], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            if record.name.startswith(_STATE_LOGGERS):
                self._held.clear()
            return True
        key = (record.name, str(record.msg))
        now = self._clock()
        if key not in self._held:
            self._held[key] = (now, 0)
            return True
        since, repeats = self._held[key]
        if now - since < self._remind:
            self._held[key] = (since, repeats + 1)
            return False
        self._held[key] = (now, 0)
        record.msg = f"{record.msg} (repeated {repeats} times in the last {now - since:.0f} s)"
        return True


def hold_repeats(handlers: list[logging.Handler]) -> None:
    """Put one RepeatFilter on each of `handlers` (the root logger's, as a service configured them)."""
    repeats = RepeatFilter()
    for handler in handlers:
        handler.addFilter(repeats)
