"""The read side of the entity registry: one entity by id, and every name of the entities a name is."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Select, exists, func, select, union

from pressflow_store.db.tables import entities, entity_aliases, entity_members, release_entities, releases

# The people and organisations an entity appears with are counted over its latest releases.
COMPANY_SAMPLE = 1000


def with_merged_names(*selects: Select[Any]) -> Any:
    """The union of `selects` (of entity ids) and every name the registry merged with them."""
    groups = select(entity_members.c.group_pk).where(entity_members.c.entity_pk.in_(union(*selects)))
    merged = select(entity_members.c.entity_pk).where(entity_members.c.group_pk.in_(groups))
    return union(*selects, merged)


def registry_id(conn: Connection, entity_id: int) -> int | None:
    """The entity a name id belongs to now (any id ever published keeps resolving)."""
    group = conn.execute(
        select(entity_members.c.group_pk).where(entity_members.c.entity_pk == entity_id)
    ).scalar()
    if group is not None:
        return int(group)
    found = conn.execute(select(entities.c.id).where(entities.c.id == entity_id)).scalar()
    return None if found is None else int(found)


def members(conn: Connection, group: int) -> list[int]:
    found = conn.execute(
        select(entity_members.c.entity_pk).where(entity_members.c.group_pk == group)
    ).scalars()
    return sorted(set(found) | {group})


def _names(conn: Connection, ids: list[int]) -> list[dict[str, Any]]:
    """Each name with the mentions and releases written under it, most used first."""
    query = select(
        entities.c.id, entities.c.type, entities.c.name, entities.c.mentions, entities.c.releases
    ).where(entities.c.id.in_(ids))
    rows = [
        {"id": i, "type": t, "name": n, "mentions": int(m), "releases": int(r)}
        for i, t, n, m, r in conn.execute(query)
    ]
    return sorted(rows, key=lambda r: (-r["mentions"], -r["releases"], r["id"]))


def canonical_names(conn: Connection, groups: list[int]) -> dict[int, str]:
    """The most used name of each entity."""
    rows = conn.execute(
        select(entity_members.c.group_pk, entity_members.c.entity_pk).where(
            entity_members.c.group_pk.in_(groups)
        )
    ).all()
    ids_of: dict[int, set[int]] = {g: {g} for g in groups}
    for group, member in rows:
        ids_of[group].add(member)
    names = _names(conn, sorted({i for ids in ids_of.values() for i in ids}))
    order = {row["id"]: (rank, row["name"]) for rank, row in enumerate(names)}
    return {g: min(order[i] for i in ids if i in order)[1] for g, ids in ids_of.items() if ids & order.keys()}


def profile(conn: Connection, entity_id: int, top: int = 10) -> dict[str, Any] | None:
    """An entity by id: canonical name, types, aliases, release count, first and last seen,
    mentions per month and the people and organisations it appears with most."""
    group = registry_id(conn, entity_id)
    if group is None:
        return None
    ids = members(conn, group)
    names = _names(conn, ids)
    if not any(n["releases"] for n in names):
        return None  # a name only ever seen as another's alias is not an entity of its own
    aliases = conn.execute(
        select(entity_aliases.c.alias).where(entity_aliases.c.entity_id.in_(ids))
    ).scalars()
    canonical = names[0]["name"]
    mentioning = select(release_entities.c.release_pk).where(release_entities.c.entity_id.in_(ids))
    # months from the (id, language, dated_month) index alone (a release that wrote two names
    # of the entity counts once); first and last seen within the first and last of those
    # months, a few rows each, however many releases mention it
    by_month = conn.execute(
        select(releases.c.dated_month, func.count())
        .where(releases.c.id.in_(mentioning))
        .group_by(releases.c.dated_month)
        .order_by(releases.c.dated_month)
    ).all()
    first = _day(conn, ids, by_month[0][0], func.min) if by_month else None
    last = _day(conn, ids, by_month[-1][0], func.max) if by_month else None
    # the company it keeps, from its latest releases: bounded work however famous it is
    latest = mentioning.order_by(release_entities.c.release_pk.desc()).limit(COMPANY_SAMPLE)
    return {
        "id": group,
        "name": canonical,
        "type": names[0]["type"],
        "types": _types(conn, ids, names[0]["type"]),
        "aliases": sorted(({n["name"] for n in names} | set(aliases)) - {canonical}, key=str.casefold),
        "name_ids": ids,
        "releases": sum(count for _, count in by_month),
        "first_seen": first,
        "last_seen": last,
        "months": [{"month": m, "releases": int(c)} for m, c in by_month],
        **_company(conn, ids, latest, top),
    }


def _types(conn: Connection, ids: list[int], own: str) -> list[str]:
    """`own`, then every other type a release gave any of the names `ids`."""
    keys = select(entities.c.key).where(entities.c.id.in_(ids))
    seen = conn.execute(select(entities.c.type).where(entities.c.key.in_(keys)).distinct()).scalars()
    return [own, *sorted(set(seen) - {own})]


def _day(conn: Connection, ids: list[int], month: str, pick: Any) -> Any:
    """The earliest or latest day (`pick`: min or max) in `month` of the releases mentioning
    `ids`: the month's releases, each probed by the (release, entity) key."""
    mentions = exists().where(
        release_entities.c.release_pk == releases.c.id, release_entities.c.entity_id.in_(ids)
    )
    return conn.execute(
        select(pick(releases.c.dated_on)).where(releases.c.dated_month == month, mentions)
    ).scalar()


def _company(conn: Connection, ids: list[int], latest: Any, top: int) -> dict[str, list[dict]]:
    """The people and the organisations mentioned in the most releases with this entity, names
    merged: both counted in one pass over its latest releases, named in one more."""
    entity = func.coalesce(entity_members.c.group_pk, release_entities.c.entity_id)
    together = func.count(func.distinct(release_entities.c.release_pk))
    query = (
        select(entity.label("id"), entities.c.type, together.label("releases"))
        .select_from(release_entities)
        .join(entities, entities.c.id == release_entities.c.entity_id)
        .outerjoin(entity_members, entity_members.c.entity_pk == release_entities.c.entity_id)
        .where(
            release_entities.c.release_pk.in_(latest.subquery().select()),
            release_entities.c.entity_id.not_in(ids),
            entities.c.type.in_(["PER", "ORG"]),
        )
        .group_by(entity, entities.c.type)
        .order_by(together.desc(), entity)
    )
    ranked: dict[str, list[Any]] = {"PER": [], "ORG": []}
    for row in conn.execute(query):
        if len(ranked[row.type]) < top:
            ranked[row.type].append(row)
    names = canonical_names(conn, [r.id for rows in ranked.values() for r in rows])
    listed = {
        kind: [
            {"id": r.id, "type": kind, "name": names.get(r.id, ""), "releases": int(r.releases)} for r in rows
        ]
        for kind, rows in ranked.items()
    }
    return {"people": listed["PER"], "organisations": listed["ORG"]}


def registry_ids(conn: Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The registry id of each (type, folded name) the store knows."""
    if not keys:
        return {}
    query = (
        select(entities.c.type, entities.c.key, func.coalesce(entity_members.c.group_pk, entities.c.id))
        .outerjoin(entity_members, entity_members.c.entity_pk == entities.c.id)
        .where(entities.c.key.in_({k for _, k in keys}))
    )
    return {(t, k): int(i) for t, k, i in conn.execute(query) if (t, k) in set(keys)}
