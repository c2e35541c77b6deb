"""What the API answers, kept apart from the storage rows and the wire events."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel

from pressflow_store.queries import EntityType


class ReleaseSummary(BaseModel):
    release_id: str
    title: str | None
    language: str
    published_on: date | None
    dated_on: date
    received_at: datetime
    source_kind: str
    source_filename: str | None
    enricher_version: str


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
