"""Facet counts over a filtered set: languages, months, top entities by type, amounts by currency."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Select, func, select

from pressflow_store.queries import ReleaseFilter, matching
from pressflow_store.tables import entities, release_amounts, release_entities, releases


def facets(conn: Connection, where: ReleaseFilter, top: int = 10) -> dict[str, Any]:
    """Counts of the releases matching `where`, for an analyst to narrow the search by."""
    # Unfiltered, every release counts: no need to list them first.
    scope = None if where == ReleaseFilter() else matching(conn, where)

    def within(query: Select[Any], pk: Any) -> Select[Any]:
        return query if scope is None else query.where(pk.in_(scope))

    count = func.count().label("count")
    languages = within(select(releases.c.language, count), releases.c.id).group_by(releases.c.language)
    months = within(select(releases.c.dated_month, count), releases.c.id).group_by(releases.c.dated_month)
    amounts = within(
        select(release_amounts.c.currency, func.sum(release_amounts.c.value), count),
        release_amounts.c.release_pk,
    ).group_by(release_amounts.c.currency)
    return {
        "languages": [
            {"value": v, "count": n}
            for v, n in sorted(conn.execute(languages).all(), key=lambda r: (-r[1], r[0]))
        ],
        "months": [{"value": v, "count": n} for v, n in sorted(conn.execute(months).all(), reverse=True)],
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
