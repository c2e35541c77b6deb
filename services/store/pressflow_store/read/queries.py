"""Release queries: every filter combinable, three sorts, and cursors that never skip or repeat."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from sqlalchemy import ColumnElement, Connection, Select, func, literal, select, true, tuple_

from pressflow_schemas.keys import entity_key
from pressflow_store.db.search import InvalidSearch, hits, parse_query
from pressflow_store.db.tables import (
    entities,
    entity_aliases,
    release_amounts,
    release_dates,
    release_entities,
    releases,
)
from pressflow_store.read.entity_profile import with_merged_names
from pressflow_store.read.related import is_a_copy

Sort = Literal["newest", "oldest", "relevance"]
EntityType = Literal["PER", "ORG", "LOC"]
Language = Literal["fr", "en"]
SourceKind = Literal["file", "http"]


class InvalidCursor(ValueError):
    """A cursor that this store did not hand out, or handed out for another sort or search."""


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class ReleaseFilter(BaseModel):
    """What an analyst asks for; every field narrows the set, all of them combine."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    q: Annotated[
        str | None,
        Field(max_length=500, description='full text over title and body: words, "phrases", OR, -word'),
    ] = None
    lang: Annotated[Language | None, Field(description="language of the release")] = None
    source: Annotated[SourceKind | None, Field(description="how the release arrived")] = None
    published_from: Annotated[
        date | None, Field(description="the release's date (else received) on or after")
    ] = None
    published_to: Annotated[date | None, Field(description="the release's date on or before")] = None
    mentioned_from: Annotated[
        date | None, Field(description="a date in the text reaches this day or later")
    ] = None
    mentioned_to: Annotated[
        date | None, Field(description="a date in the text starts this day or earlier")
    ] = None
    entity: Annotated[
        list[Annotated[str, Field(min_length=1, max_length=200)]],
        Field(
            max_length=5,
            description="mentions every one of these (canonical name or alias, any case/accents)",
        ),
    ] = []
    entity_type: Annotated[EntityType | None, Field(description="the entity is of this type")] = None
    min_amount: Annotated[float | None, Field(ge=0, description="an amount of at least this value")] = None
    max_amount: Annotated[float | None, Field(ge=0, description="an amount of at most this value")] = None
    currency: Annotated[
        str | None, Field(pattern=r"^[A-Z]{3}$", description="ISO 4217: the amount is in this currency")
    ] = None
    collapse: Annotated[
        bool, Field(description="one release per set of copies: the earliest, with its number of copies")
    ] = False

    @field_validator("published_from", "published_to", "mentioned_from", "mentioned_to", mode="before")
    @classmethod
    def _calendar_day(cls, value: object) -> object:
        # a number is not a day, though pydantic would read 0 as 1970-01-01
        if isinstance(value, str) and not _DAY.fullmatch(value):
            raise ValueError("a day is written YYYY-MM-DD")
        return value

    @field_validator("q")
    @classmethod
    def _findable(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                parse_query(value)
            except InvalidSearch as exc:
                raise ValueError(str(exc)) from exc
        return value

    @model_validator(mode="after")
    def _ranges(self) -> Self:
        for low, high in (
            ("published_from", "published_to"),
            ("mentioned_from", "mentioned_to"),
            ("min_amount", "max_amount"),
        ):
            first, last = getattr(self, low), getattr(self, high)
            if first is not None and last is not None and first > last:
                raise ValueError(f"{low} must not be after {high}")
        return self


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None


SUMMARY = (
    releases.c.release_id,
    releases.c.title,
    releases.c.language,
    releases.c.published_on,
    releases.c.dated_on,
    releases.c.received_at,
    releases.c.source_kind,
    releases.c.source_filename,
    releases.c.enricher_version,
)
# Newest first means by the release's own date, then arrival, then id: unique, never changes.
_NEWEST_KEY = (releases.c.dated_on, releases.c.received_at, releases.c.release_id)


def matching(conn: Connection, where: ReleaseFilter, *columns: Any, scored: bool = False) -> Select[Any]:
    """A select of `columns` (releases.id by default) over the releases matching `where`;
    with `scored`, the full-text score is its last column, labelled `score`."""
    chosen: list[Any] = list(columns) or [releases.c.id]
    source: Any = releases
    if where.q:
        found = hits(conn.dialect.name, parse_query(where.q), scored).subquery("hits")
        source = releases.join(found, found.c.pk == releases.c.id)
        if scored:
            chosen.append(found.c.score)
    query = select(*chosen).select_from(source)
    for condition in _conditions(where):
        query = query.where(condition)
    return query


def matching_ids(conn: Connection, where: ReleaseFilter) -> Select[Any]:
    """The ids of the releases matching `where`, for `pk IN (...)`: straight from the child
    tables when only they filter, without visiting `releases` to hand back its own key."""
    sets = _child_sets(where)
    if where.q or _release_conditions(where) or not sets:
        return matching(conn, where)
    first, *others = sets
    pk = first.selected_columns[0]
    return first.where(*(pk.in_(other) for other in others))


def _conditions(where: ReleaseFilter, correlated: bool = False) -> list[ColumnElement[bool]]:
    """`where` as conditions on `releases`: the child-table filters as `id IN (...)`, or, if
    `correlated`, as EXISTS probes of the child tables' (release_pk, ...) keys."""
    conditions = _release_conditions(where)
    for child in _child_sets(where):
        if correlated:
            conditions.append(child.where(child.selected_columns[0] == releases.c.id).exists())
        else:
            conditions.append(releases.c.id.in_(child))
    return conditions


def _release_conditions(where: ReleaseFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if where.lang:
        conditions.append(releases.c.language == where.lang)
    if where.source:
        conditions.append(releases.c.source_kind == where.source)
    if where.collapse:
        conditions.append(~is_a_copy())
    return conditions + _date_conditions(where)


def _date_conditions(where: ReleaseFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if where.published_from:
        conditions.append(releases.c.dated_on >= where.published_from)
    if where.published_to:
        conditions.append(releases.c.dated_on <= where.published_to)
    return conditions


def _child_sets(where: ReleaseFilter) -> list[Select[Any]]:
    """One select of release_pk per filter on what enrichment found; a release must be in all."""
    sets: list[Select[Any]] = []
    for name in where.entity:
        sets.append(
            select(release_entities.c.release_pk).where(
                release_entities.c.entity_id.in_(entity_ids(entity_key(name), where.entity_type))
            )
        )
    if where.entity_type and not where.entity:
        sets.append(
            select(release_entities.c.release_pk)
            .join(entities, entities.c.id == release_entities.c.entity_id)
            .where(entities.c.type == where.entity_type)
        )
    if where.mentioned_from or where.mentioned_to:
        sets.append(
            select(release_dates.c.release_pk).where(
                release_dates.c.last_day >= where.mentioned_from if where.mentioned_from else true(),
                release_dates.c.first_day <= where.mentioned_to if where.mentioned_to else true(),
            )
        )
    if where.min_amount is not None or where.max_amount is not None or where.currency:
        sets.append(
            select(release_amounts.c.release_pk).where(
                release_amounts.c.value >= where.min_amount if where.min_amount is not None else true(),
                release_amounts.c.value <= where.max_amount if where.max_amount is not None else true(),
                release_amounts.c.currency == where.currency if where.currency else true(),
            )
        )
    return sets


def entity_ids(key: str, entity_type: str | None = None) -> Any:
    """Ids of the entities whose canonical name or an alias folds to `key`."""
    by_name = select(entities.c.id).where(entities.c.key == key)
    by_alias = (
        select(entity_aliases.c.entity_id)
        .join(entities, entities.c.id == entity_aliases.c.entity_id)
        .where(entity_aliases.c.key == key)
    )
    if entity_type:
        by_name = by_name.where(entities.c.type == entity_type)
        by_alias = by_alias.where(entities.c.type == entity_type)
    return with_merged_names(by_name, by_alias)


def list_releases(
    conn: Connection,
    where: ReleaseFilter | None = None,
    sort: Sort | None = None,
    limit: int = 20,
    cursor: str | None = None,
    with_events: bool = False,
) -> Page:
    """A page of the releases matching `where`, `limit` at a time.

    The cursor is the sort key of the last row handed out, so releases that arrive between
    pages neither shift nor repeat what follows; relevance scores depend only on the release
    and the query, so the same holds there. Without a sort: relevance with `q`, else newest.
    """
    where = where or ReleaseFilter()
    sort = sort or ("relevance" if where.q else "newest")
    if sort == "relevance" and not where.q:
        raise ValueError("sort=relevance needs q: relevance is to a search")
    scored = sort == "relevance"
    columns = [*SUMMARY, *([releases.c.event] if with_events else [])]
    query = matching(conn, where, *columns, scored=scored)
    key: list[Any] = [*_NEWEST_KEY]
    if scored:
        key.insert(0, query.selected_columns.score)
    fingerprint = _fingerprint(sort, where.q)
    after: list[ColumnElement[bool]] = []
    if cursor:
        values = _decode_cursor(cursor, fingerprint, [_kind(k) for k in key])
        after.append(_beyond(key, values, sort))
    order = [k.asc() if sort == "oldest" else k.desc() for k in key]
    rows: Sequence[Any] | None = None  # rows of the page, and one more when there is a next
    if conn.dialect.name == "sqlite" and not where.q and _child_sets(where):
        rows = _walked(conn, where, sort, columns, after, limit)
    if rows is None:
        rows = conn.execute(query.where(*after).order_by(*order).limit(limit + 1)).all()
    items = [dict(row._mapping) for row in rows[:limit]]
    for item in items:
        item.pop("score", None)
        if with_events:
            item["event"] = json.loads(item["event"])
    last = rows[limit - 1] if len(rows) > limit else None
    next_cursor = _encode_cursor(fingerprint, [last._mapping[k.name] for k in key]) if last else None
    return Page(items=items, next_cursor=next_cursor)


# How many releases, in sort order, SQLite walks past before it lets the filters lead instead.
_WALK = 4000


def _beyond(key: list[Any], values: list[Any], sort: str) -> ColumnElement[bool]:
    """Rows after `values` of `key` in the order of `sort`."""
    after = tuple_(*(literal(v, k.type) for v, k in zip(values, key, strict=True)))
    return tuple_(*key) > after if sort == "oldest" else tuple_(*key) < after


def _walked(
    conn: Connection,
    where: ReleaseFilter,
    sort: str,
    columns: list[Any],
    after: list[ColumnElement[bool]],
    limit: int,
) -> Sequence[Any] | None:
    """The page read by walking the newest index and probing the child tables' keys, which
    beats listing every match and sorting them when the filters are broad; None when the
    first _WALK releases in order do not fill the page, so that the filters' own indexes lead.

    SQLite plans `id IN (subquery)` by listing the subquery whatever its size: this chooses."""
    key = list(_NEWEST_KEY)
    order = [k.asc() if sort == "oldest" else k.desc() for k in key]
    window = [*after, *_date_conditions(where)]
    # the key of the _WALK-th release in order, read from the index alone: where the walk stops
    bound = conn.execute(select(*key).where(*window).order_by(*order).offset(_WALK).limit(1)).first()
    query = select(*columns).where(*_conditions(where, correlated=True), *after)
    if bound is not None:
        edge = tuple_(*(literal(v, k.type) for v, k in zip(bound, key, strict=True)))
        query = query.where(tuple_(*key) <= edge if sort == "oldest" else tuple_(*key) >= edge)
    rows = conn.execute(query.order_by(*order).limit(limit + 1)).all()
    return rows if len(rows) > limit or bound is None else None


def _fingerprint(sort: str, q: str | None) -> str:
    return hashlib.sha256(json.dumps([sort, q]).encode()).hexdigest()[:12]


def _kind(column: Any) -> str:
    return {"dated_on": "date", "received_at": "datetime"}.get(column.name, "plain")


def _encode_cursor(fingerprint: str, values: list[Any]) -> str:
    plain = [v.isoformat() if isinstance(v, date | datetime) else v for v in values]
    raw = json.dumps({"f": fingerprint, "k": plain}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str, fingerprint: str, kinds: list[str]) -> list[Any]:
    try:
        payload = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        values = payload["k"]
        if len(values) != len(kinds):
            raise ValueError("wrong length")
        parsed = [_parse(v, kind) for v, kind in zip(values, kinds, strict=True)]
    except (ValueError, TypeError, KeyError) as exc:
        raise InvalidCursor("the cursor is not one this API returned; start again without it") from exc
    if payload.get("f") != fingerprint:
        raise InvalidCursor("the cursor belongs to another sort or search; start again without it")
    return parsed


def _parse(value: Any, kind: str) -> Any:
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "datetime":
        return datetime.fromisoformat(value)
    if not isinstance(value, int | str):
        raise TypeError("cursor values are ints or strings")
    return value


def get_release(conn: Connection, release_id: str) -> dict[str, Any] | None:
    """The full enriched event of a release, or None."""
    found = conn.execute(select(releases.c.event).where(releases.c.release_id == release_id)).scalar()
    return None if found is None else json.loads(found)


def count_releases(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(releases)).scalar_one())
