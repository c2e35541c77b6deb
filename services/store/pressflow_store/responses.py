"""What the API answers, kept apart from the storage rows and the wire events."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pydantic import AwareDatetime, BaseModel, field_validator

from pressflow_store.queries import EntityType


class ReleaseSummary(BaseModel):
    release_id: str
    title: str | None
    language: str
    published_on: date | None
    dated_on: date
    received_at: AwareDatetime
    source_kind: str
    source_filename: str | None
    enricher_version: str

    @field_validator("received_at", mode="before")
    @classmethod
    def _in_utc(cls, value: object) -> object:
        # stored in UTC; SQLite gives it back without its zone
        if isinstance(value, datetime) and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Count(BaseModel):
    value: str
    count: int


class EntityCount(BaseModel):
    name: str
    count: int


class AmountTotal(BaseModel):
    currency: str
    total: float
    count: int


class Facets(BaseModel):
    languages: list[Count]
    months: list[Count]
    entities: dict[EntityType, list[EntityCount]]
    amounts: list[AmountTotal]


class ReleasePage(BaseModel):
    items: list[ReleaseSummary]
    next_cursor: str | None
    facets: Facets | None = None


class EntitySummary(BaseModel):
    type: EntityType
    name: str
    releases: int


class EntityList(BaseModel):
    items: list[EntitySummary]


class EntityDetail(BaseModel):
    type: EntityType
    name: str
    names: list[str]
    aliases: list[str]
    releases: int
    cooccurring: list[EntitySummary]
    mentioned_in: ReleasePage
