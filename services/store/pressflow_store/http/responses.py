"""What the API answers, kept apart from the storage rows and the wire events."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pydantic import AwareDatetime, BaseModel, Field, field_validator

from pressflow_store.read.queries import EntityType


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
    copies: int | None = None  # with collapse=true: how many other copies the release has

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


class RelatedRelease(BaseModel):
    release_id: str
    title: str | None
    dated_on: date
    source_filename: str | None
    similarity: float | None


class Related(BaseModel):
    """A release's links across the archive."""

    duplicate_of: RelatedRelease | None
    revision_of: RelatedRelease | None
    copies: list[RelatedRelease]
    revised_by: list[RelatedRelease]


class RegistryEntity(BaseModel):
    id: int
    type: EntityType
    name: str
    releases: int


class MonthCount(BaseModel):
    month: str
    releases: int


class EntityProfile(BaseModel):
    """One entity of the registry, every name it goes by merged."""

    id: int
    name: str
    type: EntityType = Field(description="the type its names were merged under")
    types: list[EntityType] = Field(
        description="every type these names were given in any release, `type` first: the same"
        " name tagged as an organisation in one release and a place in another"
    )
    aliases: list[str]
    name_ids: list[int]
    releases: int
    first_seen: date | None
    last_seen: date | None
    months: list[MonthCount]
    people: list[RegistryEntity]
    organisations: list[RegistryEntity]
    mentioned_in: ReleasePage
