"""The entity registry: names merged into one entity on the evidence releases give, never on spelling."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Collection

from sqlalchemy import (
    Connection,
    delete,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from pressflow_schemas import EnrichedRelease, EntityMerge
from pressflow_schemas.keys import entity_key
from pressflow_store.db.bulk import bulk_insert, integer_array
from pressflow_store.db.tables import entities, entity_evidence, entity_members, releases
from pressflow_store.linking.outbox import Changes

EntityKey = tuple[str, str]
Pair = tuple[EntityKey, EntityKey]  # (short name, long name) of one entity, as one release tied them


def _length(name: str) -> tuple[int, int]:
    return (len(name.split()), len(name))


def evidence_pairs(
    event: EnrichedRelease, key_of: Callable[[str], str] = entity_key
) -> dict[Pair, tuple[str, str]]:
    """The names `event` ties together: each entity's canonical name with each of its aliases
    (an acronym and its expansion, a full name and its surname, a name with its legal form),
    ordered short to long, with the names as written. `key_of` is entity_key(), or the same
    remembered across a batch, whose releases name the same entities again and again."""
    pairs: dict[Pair, tuple[str, str]] = {}
    for entity in event.entities:
        name = entity.name
        for alias in entity.aliases:
            # sorted((name, alias), key=_length), without its cost: the releases' aliases are many
            short, long_ = (alias, name) if _length(alias) < _length(name) else (name, alias)
            key = ((entity.type, key_of(short)), (entity.type, key_of(long_)))
            if key[0][1] and key[1][1] and key[0] != key[1]:
                pairs[key] = (short, long_)
    return pairs


def groups(edges: set[tuple[int, int]]) -> dict[int, int]:
    """Each name to its entity (the smallest id of the names merged with it), over the edges
    (short, long) that stand: a short name tied to two different long names ("CNES" to two
    expansions, a surname to two full names) is ambiguous and joins neither."""
    partners: dict[int, set[int]] = defaultdict(set)
    for short, long_ in edges:
        partners[short].add(long_)
    parent: dict[int, int] = {}

    def find(node: int) -> int:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for short, long_ in edges:
        find(short), find(long_)
        if len(partners[short]) == 1:
            a, b = find(short), find(long_)
            parent[max(a, b)] = min(a, b)
    return {node: find(node) for node in parent}


def record_evidence(
    conn: Connection,
    written: dict[int, dict[Pair, tuple[str, str]]],
    entity_ids: dict[EntityKey, int],
    changes: Changes,
    replaced: Collection[int],
) -> None:
    """Replace the evidence of the releases written (their evidence_pairs() by release), of
    which only those `replaced` (stored before this transaction) can have any yet; regroup the
    names of every tie that appeared or disappeared (a tie other releases already gave changes
    nothing)."""
    pks = list(written)
    before = set(
        conn.execute(
            select(entity_evidence.c.short_pk, entity_evidence.c.long_pk).where(
                entity_evidence.c.release_pk.in_(sorted(replaced))
            )
        ).all()
        if replaced
        else ()
    )
    rows = {
        (pk, entity_ids[short], entity_ids[long_]) for pk, pairs in written.items() for short, long_ in pairs
    }
    after = {(s, lo) for _, s, lo in rows}
    if before == after and not before:
        return
    if before:
        conn.execute(delete(entity_evidence).where(entity_evidence.c.release_pk.in_(pks)))
    if rows:
        bulk_insert(
            conn,
            entity_evidence,
            [{"release_pk": r, "short_pk": s, "long_pk": lo} for r, s, lo in sorted(rows)],
        )
    elsewhere = _given_elsewhere(conn, before | after, pks)
    changed = (before ^ after) - elsewhere
    if changed:
        regroup(conn, {n for pair in changed for n in pair}, changes)


# The ties given elsewhere: the pairs and the releases each bound as one parameter, so that the
# statement's text is the same at every batch (prepared once) however many pairs it tests; each
# pair an EXISTS that the (short, long) index answers at the first other release giving it.
_ELSEWHERE = {
    "postgresql": text(
        "SELECT p.s, p.l FROM unnest(CAST(:shorts AS integer[]), CAST(:longs AS integer[])) AS p(s, l)"
        " WHERE EXISTS (SELECT 1 FROM entity_evidence e WHERE e.short_pk = p.s AND e.long_pk = p.l"
        " AND e.release_pk <> ALL(CAST(:pks AS integer[])))"
    ),
    "sqlite": text(
        "SELECT p.s, p.l FROM (SELECT json_extract(value, '$[0]') AS s, json_extract(value, '$[1]') AS l"
        " FROM json_each(:pairs)) AS p WHERE EXISTS (SELECT 1 FROM entity_evidence e"
        " WHERE e.short_pk = p.s AND e.long_pk = p.l"
        " AND e.release_pk NOT IN (SELECT value FROM json_each(:pks)))"
    ),
}


def _given_elsewhere(conn: Connection, pairs: set[tuple[int, int]], pks: list[int]) -> set[tuple[int, int]]:
    """The ties among `pairs` that releases other than `pks` give too, in one statement.

    (As a union of one SELECT a tie, its text changed with their number, and compiling it cost
    more than running it.)"""
    if not pairs:
        return set()
    ordered = sorted((int(s), int(lo)) for s, lo in pairs)  # database rows among them
    if conn.dialect.name == "postgresql":
        params = {
            "shorts": integer_array(s for s, _ in ordered),
            "longs": integer_array(lo for _, lo in ordered),
            "pks": integer_array(pks),
        }
        found = conn.execute(_ELSEWHERE["postgresql"], params)
    else:
        found = conn.execute(_ELSEWHERE["sqlite"], {"pairs": json.dumps(ordered), "pks": json.dumps(pks)})
    return {(int(s), int(lo)) for s, lo in found}


def regroup(conn: Connection, names: set[int], changes: Changes) -> None:
    """Recompute the entities of `names` and of every name evidence connects them to."""
    edges: set[tuple[int, int]] = set()
    seen: set[int] = set()
    frontier = set(names)
    while frontier:
        seen |= frontier
        query = select(entity_evidence.c.short_pk, entity_evidence.c.long_pk).where(
            or_(entity_evidence.c.short_pk.in_(frontier), entity_evidence.c.long_pk.in_(frontier))
        )
        found = {(s, lo) for s, lo in conn.execute(query.distinct())}
        edges |= found
        frontier = {n for pair in found for n in pair} - seen
    grouped = groups(edges)
    sizes = Counter(grouped.values())
    new = {n: g for n, g in grouped.items() if sizes[g] > 1}  # a name alone needs no row
    old = dict(
        conn.execute(
            select(entity_members.c.entity_pk, entity_members.c.group_pk).where(
                entity_members.c.entity_pk.in_(seen)
            )
        ).all()
    )
    moved = sorted(n for n in seen if old.get(n) != new.get(n))
    if not moved:
        return
    names_of = {
        pk: (t, n)
        for pk, t, n in conn.execute(
            select(entities.c.id, entities.c.type, entities.c.name).where(entities.c.id.in_(moved))
        )
    }
    for node in moved:
        if node in old:
            changes.retracted(_merge(conn, node, old[node], names_of[node]))
    _store(conn, {n: new.get(n) for n in moved}, old)
    for node in moved:
        if new.get(node) is not None:
            changes.added(_merge(conn, node, new[node], names_of[node]))


def _store(conn: Connection, groups_of: dict[int, int | None], old: dict[int, int]) -> None:
    gone = [n for n, g in groups_of.items() if g is None]
    if gone:
        conn.execute(delete(entity_members).where(entity_members.c.entity_pk.in_(gone)))
    changed = [{"pk": n, "group": g} for n, g in groups_of.items() if g is not None and n in old]
    for row in changed:
        conn.execute(
            update(entity_members)
            .where(entity_members.c.entity_pk == row["pk"])
            .values(group_pk=row["group"])
        )
    fresh = [{"entity_pk": n, "group_pk": g} for n, g in groups_of.items() if g is not None and n not in old]
    if fresh:
        dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
        conn.execute(dialect_insert(entity_members).on_conflict_do_nothing(), fresh)


def _merge(conn: Connection, node: int, group: int, name: tuple[str, str]) -> EntityMerge:
    evidence = conn.execute(
        select(releases.c.release_id)
        .join(entity_evidence, entity_evidence.c.release_pk == releases.c.id)
        .where(or_(entity_evidence.c.short_pk == node, entity_evidence.c.long_pk == node))
        .distinct()
        .order_by(releases.c.release_id)
        .limit(5)
    ).scalars()
    return EntityMerge(entity_id=group, name_id=node, type=name[0], name=name[1], evidence=list(evidence))
