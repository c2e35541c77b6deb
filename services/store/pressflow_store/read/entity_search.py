"""Entities across releases: search with release counts, one entity's aliases and company."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, or_, select

from pressflow_schemas.keys import entity_key
from pressflow_store.db.tables import entities, entity_aliases, release_entities
from pressflow_store.read.queries import entity_ids


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_entities(
    conn: Connection, text: str | None, entity_type: str | None, limit: int
) -> list[dict[str, Any]]:
    """Entities whose name or an alias contains `text` (folded), most mentioned first."""
    count = func.count().label("releases")
    query = (
        select(entities.c.type, entities.c.name, count)
        .join_from(entities, release_entities, release_entities.c.entity_id == entities.c.id)
        .group_by(entities.c.id, entities.c.type, entities.c.name)
        .order_by(count.desc(), entities.c.name)
        .limit(limit)
    )
    if text:
        pattern = f"%{_escaped(entity_key(text))}%"
        aliased = select(entity_aliases.c.entity_id).where(entity_aliases.c.key.like(pattern, escape="\\"))
        query = query.where(or_(entities.c.key.like(pattern, escape="\\"), entities.c.id.in_(aliased)))
    if entity_type:
        query = query.where(entities.c.type == entity_type)
    return [dict(row._mapping) for row in conn.execute(query)]


def describe_entity(
    conn: Connection, entity_type: str, name: str, company_type: str | None, limit: int
) -> dict[str, Any] | None:
    """An entity by canonical name or alias: its names, release count and who appears with it."""
    ids = [row.id for row in conn.execute(entity_ids(entity_key(name), entity_type))]
    if not ids:
        return None
    # names some release used as an entity's own name, not those only ever seen as an alias
    mentioned = select(release_entities.c.entity_id).where(release_entities.c.entity_id.in_(ids))
    names = conn.execute(
        select(entities.c.name).where(entities.c.id.in_(mentioned)).order_by(entities.c.id)
    ).scalars()
    canonical = list(names)
    if not canonical:
        return None
    aliases = conn.execute(
        select(entity_aliases.c.alias)
        .where(entity_aliases.c.entity_id.in_(ids))
        .order_by(entity_aliases.c.alias)
    ).scalars()
    mentioning = select(release_entities.c.release_pk).where(release_entities.c.entity_id.in_(ids))
    releases = conn.execute(
        select(func.count(func.distinct(release_entities.c.release_pk))).where(
            release_entities.c.entity_id.in_(ids)
        )
    ).scalar_one()
    together = func.count(func.distinct(release_entities.c.release_pk)).label("releases")
    company = (
        select(entities.c.type, entities.c.name, together)
        .join_from(release_entities, entities, entities.c.id == release_entities.c.entity_id)
        .where(release_entities.c.release_pk.in_(mentioning), release_entities.c.entity_id.not_in(ids))
        .group_by(entities.c.id, entities.c.type, entities.c.name)
        .order_by(together.desc(), entities.c.name)
        .limit(limit)
    )
    if company_type:
        company = company.where(entities.c.type == company_type)
    return {
        "type": entity_type,
        "name": canonical[0],
        "names": canonical,
        "aliases": sorted({a for a in aliases} - set(canonical)),
        "releases": int(releases),
        "cooccurring": [dict(row._mapping) for row in conn.execute(company)],
    }
