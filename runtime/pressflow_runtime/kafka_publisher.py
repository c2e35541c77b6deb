"""The one way pressflow publishes an event: keyed by release id, idempotent, acks from all replicas."""

from __future__ import annotations

import asyncio
import logging

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError, MessageSizeTooLargeError
from pydantic import BaseModel

from pressflow_runtime.metrics import count_dead_letter
from pressflow_runtime.publishing import TooLarge, Unavailable
from pressflow_schemas import DeadLetter

log = logging.getLogger("pressflow.kafka")


class KafkaPublisher:
    """Publishes pydantic events as JSON; `publish` returns only after Kafka acknowledged.

    An acknowledgement that does not come within `ack_timeout_seconds` raises Unavailable:
    the idempotent producer would otherwise retry for as long as the broker is away. A late
    acknowledgement of that event changes nothing downstream: the store deduplicates.
    """

    def __init__(self, bootstrap_servers: str, client_id: str, ack_timeout_seconds: float = 10.0) -> None:
        self._bootstrap_servers = bootstrap_servers
        self._client_id = client_id
        self._ack_timeout = ack_timeout_seconds
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
        """Flush what is pending for at most the acknowledgement timeout, then close.

        Events still unacknowledged then were answered as unavailable to whoever sent them.
        """
        producer, self._producer = self._producer, None
        if producer is None:
            return
        stopping = asyncio.ensure_future(producer.stop())
        try:
            await asyncio.wait_for(asyncio.shield(stopping), self._ack_timeout)
        except TimeoutError:
            log.warning("Kafka did not take pending events within %g s; closing anyway", self._ack_timeout)
            # aiokafka's stop waits for the broker as long as it takes: ending its sender ends the wait
            sender = getattr(producer, "_sender", None)
            if sender is not None and sender.sender_task is not None:
                sender.sender_task.cancel()
            await stopping

    async def publish(self, topic: str, key: str | None, event: BaseModel) -> None:
        if self._producer is None:
            raise RuntimeError("the publisher is not started")
        send = asyncio.ensure_future(
            self._producer.send_and_wait(
                topic,
                value=event.model_dump_json().encode("utf-8"),
                key=key.encode("utf-8") if key else None,
            )
        )
        send.add_done_callback(_settled)
        try:
            # shielded: on timeout the send goes on and may still be acknowledged (harmless)
            await asyncio.wait_for(asyncio.shield(send), self._ack_timeout)
        except MessageSizeTooLargeError as exc:
            raise TooLarge(f"{type(exc).__name__}: the event is over Kafka's message size limit") from exc
        except TimeoutError as exc:
            raise Unavailable(f"Kafka did not acknowledge within {self._ack_timeout:g} s") from exc
        except KafkaError as exc:
            if not exc.retriable:
                raise
            raise Unavailable(f"Kafka is unavailable: {type(exc).__name__}") from exc
        except ConnectionError as exc:
            raise Unavailable(f"Kafka is unreachable: {exc}") from exc
        if isinstance(event, DeadLetter):  # the one place every letter of ingest and store passes
            count_dead_letter(event.stage, event.error_type)


def _settled(send: asyncio.Future[object]) -> None:
    """Retrieve the outcome of a send nobody waits for any more, so it is not reported as lost."""
    if not send.cancelled():
        send.exception()
