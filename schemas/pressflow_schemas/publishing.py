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
        # aiokafka leaves idempotence off by default: without it a retried send can duplicate.
        self._producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap_servers,
            client_id=client_id,
            enable_idempotence=True,
            acks="all",
            max_request_size=8 * 1024 * 1024,
            compression_type="gzip",
        )

    async def start(self) -> None:
        await self._producer.start()

    async def stop(self) -> None:
        await self._producer.stop()

    async def publish(self, topic: str, key: str | None, event: BaseModel) -> None:
        await self._producer.send_and_wait(
            topic,
            value=event.model_dump_json().encode("utf-8"),
            key=key.encode("utf-8") if key else None,
        )
