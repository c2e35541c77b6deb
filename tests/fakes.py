"""Hand-written fakes for unit tests of the pure core."""

from __future__ import annotations

from pydantic import BaseModel

from pressflow_runtime.publishing import Unavailable


class FakePublisher:
    """Records what would have been published: (topic, key, event)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str | None, BaseModel]] = []

    async def publish(self, topic: str, key: str | None, event: BaseModel) -> None:
        self.sent.append((topic, key, event))


class BrokenPublisher:
    """A publisher whose broker is down."""

    async def publish(self, topic: str, key: str | None, event: BaseModel) -> None:
        raise Unavailable("broker unavailable")


class SwitchablePublisher(FakePublisher):
    """A publisher whose broker can be taken down and brought back."""

    def __init__(self) -> None:
        super().__init__()
        self.down = False

    async def publish(self, topic: str, key: str | None, event: BaseModel) -> None:
        if self.down:
            raise Unavailable("broker unavailable")
        await super().publish(topic, key, event)
