"""Facet counts over a filtered set: languages, months, top entities by type, amounts by currency."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Connection, Integer, Select, Text, any_, bindparam, cast, func, select
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by

from pressflow_store.db.tables import entities, release_amounts, release_entities, releases
from pressflow_store.read.queries import ReleaseFilter, matching, matching_ids


def facets(conn: Connection, where: ReleaseFilter, top: int = 10) -> dict[str, Any]:
    """Counts of the releases matching `where`, for an analyst to narrow the search by."""
    # Unfiltered, every release counts: no need to list them first.
    scope: Any = None if where == ReleaseFilter() else matching_ids(conn, where)
    listed = scope is not None and conn.dialect.name == "postgresql"
    if listed:
        # PostgreSQL gets the ids listed once and handed back as an array (one text value each
        # way): the planner then knows how many releases there are and reads them by index,
        # where a subquery is re-run per facet and guessed at, often as a hash join over a
        # whole child table.
        found = scope.subquery("scope")
        pk = found.c[0]
        array = select(cast(func.array_agg(aggregate_order_by(pk.distinct(), pk)), Text))
        scope = cast(bindparam("scope", conn.execute(array).scalar() or "{}"), ARRAY(Integer))

    def within(query: Select[Any], pk: Any) -> Select[Any]:
        if scope is None:
            return query
        return query.where(pk == any_(scope) if listed else pk.in_(scope))

    count = func.count().label("count")
    # languages and months in one pass over the matching releases
    by_language: Counter[str] = Counter()
    by_month: Counter[str] = Counter()
    pairs = (
        within(select(releases.c.language, releases.c.dated_month, count), releases.c.id)
        if listed
        else matching(conn, where, releases.c.language, releases.c.dated_month, count)
    ).group_by(releases.c.language, releases.c.dated_month)
    for language, month, n in conn.execute(pairs):
        by_language[language] += n
        by_month[month] += n
    amounts = within(
        select(release_amounts.c.currency, func.sum(release_amounts.c.value), count),
        release_amounts.c.release_pk,
    ).group_by(release_amounts.c.currency)
    return {
        "languages": [
            {"value": v, "count": n} for v, n in sorted(by_language.items(), key=lambda r: (-r[1], r[0]))
        ],
        "months": [{"value": v, "count": n} for v, n in sorted(by_month.items(), reverse=True)],
        "entities": _top_entities(conn, within, top),
        "amounts": [
            {"currency": c, "total": total, "count": n}
            for c, total, n in sorted(conn.execute(amounts).all(), key=lambda r: (-r[2], r[0]))
        ],
    }


def _top_entities(conn: Connection, within: Any, top: int) -> dict[str, list[dict[str, Any]]]:
    count = func.count().label("count")
    per_entity = within(
        select(release_entities.c.entity_id, count).group_by(release_entities.c.entity_id),
        release_entities.c.release_pk,
    ).subquery("per_entity")
    rank = (
        func.row_number()
        .over(partition_by=entities.c.type, order_by=(per_entity.c.count.desc(), entities.c.name))
        .label("rank")
    )
    ranked = (
        select(entities.c.type, entities.c.name, per_entity.c.count, rank)
        .join_from(per_entity, entities, entities.c.id == per_entity.c.entity_id)
        .subquery("ranked")
    )
    rows = conn.execute(
        select(ranked.c.type, ranked.c.name, ranked.c.count)
        .where(ranked.c.rank <= top)
        .order_by(ranked.c.type, ranked.c.count.desc(), ranked.c.name)
    )
    grouped: dict[str, list[dict[str, Any]]] = {}
    for entity_type, name, n in rows:
        grouped.setdefault(entity_type, []).append({"name": name, "count": n})
    return grouped
