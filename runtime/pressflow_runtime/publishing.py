"""The publish port: what a service needs from a broker, and the two ways a publish can fail."""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel


class Unavailable(Exception):
    """The broker did not acknowledge in time: nothing is known to be published; retry later."""


class TooLarge(Exception):
    """The event is over the broker's message size limit: retrying would fail the same way."""


class Publisher(Protocol):
    """Port for anything that puts an event on a topic and returns once it is acknowledged.

    Raises Unavailable or TooLarge; any other error is a bug.
    """

    async def publish(self, topic: str, key: str | None, event: BaseModel) -> None: ...
