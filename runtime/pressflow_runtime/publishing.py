"""The one way pressflow publishes an event: keyed by release id, idempotent, acks from all replicas."""

from __future__ import annotations

from typing import Protocol

from aiokafka import AIOKafkaProducer
from pydantic import BaseModel


class Publisher(Protocol):
    """Port for anything that puts an event on a topic and returns once it is acknowledged."""

    async def publish(self, topic: str, key: str | None, event: BaseModel) -> None: ...


class KafkaPublisher:
    """Publishes pydantic events as JSON; `publish` returns only after Kafka acknowledged."""

    def __init__(self, bootstrap_servers: str, client_id: str) -> None:
        self._bootstrap_servers = bootstrap_servers
        self._client_id = client_id
        self._producer: AIOKafkaProducer | None = None

    async def start(self) -> None:
        # Made here, not in __init__: aiokafka clients belong to the running event loop.
        # aiokafka leaves idempotence off by default: without it a retried send can duplicate.
        self._producer = AIOKafkaProducer(
            bootstrap_servers=self._bootstrap_servers,
            client_id=self._client_id,
            enable_idempotence=True,
            acks="all",
            max_request_size=8 * 1024 * 1024,
            compression_type="gzip",
        )
        await self._producer.start()

    async def stop(self) -> None:
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None

    async def publish(self, topic: str, key: str | None, event: BaseModel) -> None:
        if self._producer is None:
            raise RuntimeError("the publisher is not started")
        await self._producer.send_and_wait(
            topic,
            value=event.model_dump_json().encode("utf-8"),
            key=key.encode("utf-8") if key else None,
        )
