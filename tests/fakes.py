"""Hand-written fakes for unit tests of the pure core."""

from __future__ import annotations

from pydantic import BaseModel


class FakePublisher:
    """Records what would have been published: (topic, key, event)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str | None, BaseModel]] = []

    async def publish(self, topic: str, key: str | None, event: BaseModel) -> None:
        self.sent.append((topic, key, event))


class BrokenPublisher:
    """A publisher whose broker is down."""

    async def publish(self, topic: str, key: str | None, event: BaseModel) -> None:
        raise ConnectionError("broker unavailable")
