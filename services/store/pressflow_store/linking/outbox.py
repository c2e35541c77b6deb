"""The releases.linked outbox: changes written with the transaction that made them, published after it."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime

from pydantic import BaseModel
from sqlalchemy import Connection, Engine, delete, insert, select

from pressflow_runtime.publishing import Publisher
from pressflow_schemas import ArchiveLink, EntityMerge, ReleaseLink
from pressflow_store.db.tables import link_outbox

log = logging.getLogger("pressflow.store")

# Rows published per round trip to the database.
_PAGE = 500


class Changes:
    """The changes one transaction makes, queued into the outbox in the order they were made."""

    def __init__(self) -> None:
        self.events: list[ArchiveLink] = []

    def added(self, change: ReleaseLink | EntityMerge) -> None:
        self.events.append(_event("added", change))

    def retracted(self, change: ReleaseLink | EntityMerge) -> None:
        self.events.append(_event("retracted", change))

    def write(self, conn: Connection) -> None:
        if self.events:
            conn.execute(insert(link_outbox), [{"event": e.model_dump_json()} for e in self.events])


def _event(action: str, change: BaseModel) -> ArchiveLink:
    field = "release_link" if isinstance(change, ReleaseLink) else "entity_merge"
    return ArchiveLink.model_validate(
        {
            "event_id": uuid.uuid4().hex,
            "action": action,
            field: change,
            "decided_at": datetime.now(UTC),
        }
    )


async def publish_pending(engine: Engine, publisher: Publisher, topic: str) -> int:
    """Publish what the outbox holds, oldest first, deleting each page once Kafka acknowledged it.

    A crash between the acknowledgement and the delete publishes those events again, with the
    same event_id, so subscribers drop the repeat; nothing committed is ever left unpublished.
    """
    sent = 0
    while True:
        with engine.connect() as conn:
            rows = conn.execute(
                select(link_outbox.c.id, link_outbox.c.event).order_by(link_outbox.c.id).limit(_PAGE)
            ).all()
        if not rows:
            return sent
        for _, text in rows:
            event = ArchiveLink.model_validate_json(text)
            await publisher.publish(topic, event.key, event)
        with engine.begin() as conn:
            conn.execute(delete(link_outbox).where(link_outbox.c.id.in_([pk for pk, _ in rows])))
        sent += len(rows)
