"""Full-text search with each database's own engine: SQLite FTS5, PostgreSQL tsvector."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    cast,
    column,
    delete,
    func,
    insert,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.dialects.postgresql import REGCONFIG, TSVECTOR

# Text is folded with the entity key, so that a name is found alike by text and by entity.
from pressflow_schemas.keys import entity_key

# The index is not in the Core metadata: FTS5 virtual tables and tsvector columns exist on one
# database each. The migration creates them; these names let the schema test leave them aside.
SQLITE_INDEX = "release_fts"
POSTGRES_INDEX = "release_search"

_fts = table(SQLITE_INDEX, column("rowid", Integer), column("title"), column("body"))
_tsv = table(
    POSTGRES_INDEX,
    column("release_pk", Integer),
    column("config", REGCONFIG),
    column("document", TSVECTOR),
)

# PostgreSQL text search configurations by release language; others are indexed word for word.
CONFIGS = {"fr": "french", "en": "english"}
_FALLBACK_CONFIG = "simple"

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


class InvalidSearch(ValueError):
    """A search text that asks for nothing findable."""


@dataclass(frozen=True)
class SearchQuery:
    """Words and "quoted phrases", all required; `a OR b` offers alternatives; `-word` excludes."""

    clauses: tuple[tuple[str, ...], ...]
    excluded: tuple[str, ...] = ()

    def fts5(self) -> str:
        """The FTS5 MATCH expression: every term quoted, so user text is never FTS5 syntax."""
        required = " AND ".join("(" + " OR ".join(map(_quoted, c)) + ")" for c in self.clauses)
        if not self.excluded:
            return required
        return f"{required} NOT (" + " OR ".join(map(_quoted, self.excluded)) + ")"

    def websearch(self) -> str:
        """The same query in websearch_to_tsquery syntax, folded like the indexed text."""
        parts = [" or ".join(map(_phrase, c)) for c in self.clauses]
        parts += ["-" + _phrase(t) for t in self.excluded]
        return " ".join(parts)


def _phrase(term: str) -> str:
    # a quote inside a term separates words, as it does for FTS5's tokenizer
    return '"' + " ".join(entity_key(term).replace('"', " ").split()) + '"'


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def parse_query(text: str) -> SearchQuery:
    """Parse what an analyst types: `hydrogène "Région Occitanie" -Lyon CNES OR JAXA`."""
    clauses: list[list[str]] = []
    excluded: list[str] = []
    join_next = False
    for minus, phrase, word in _TOKEN.findall(text):
        if word == "OR":
            join_next = bool(clauses)
            continue
        negated = bool(minus) or word.startswith("-")
        term = " ".join((phrase or word.removeprefix("-")).split())
        if not any(ch.isalnum() for ch in term):
            continue
        if negated:
            excluded.append(term)
        elif join_next:
            clauses[-1].append(term)
        else:
            clauses.append([term])
        join_next = False
    if not clauses:
        raise InvalidSearch("q needs at least one word or phrase to find (not only -exclusions)")
    return SearchQuery(tuple(tuple(c) for c in clauses), tuple(excluded))


def index_rows(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Index releases given as {pk, language, title, text}, in the caller's transaction."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(_postgres_insert(), [_postgres_params(r) for r in rows])
    else:
        params = [{"rowid": r["pk"], "title": r["title"] or "", "body": r["text"]} for r in rows]
        conn.execute(insert(_fts), params)


def _postgres_params(row: dict[str, Any]) -> dict[str, Any]:
    config = CONFIGS.get(row["language"], _FALLBACK_CONFIG)
    title, body = entity_key(row["title"] or ""), entity_key(row["text"])
    return {"pk": row["pk"], "cfg": config, "title": title, "body": body}


def _postgres_insert() -> Any:
    config = cast(bindparam("cfg"), REGCONFIG)
    # weights are constants of type "char", which a bound string parameter is not
    document = func.setweight(func.to_tsvector(config, bindparam("title")), literal_column("'A'")).op("||")(
        func.setweight(func.to_tsvector(config, bindparam("body")), literal_column("'B'"))
    )
    return insert(_tsv).values(release_pk=bindparam("pk"), config=config, document=document)


def unindex(conn: Connection, pks: Sequence[int]) -> None:
    if not pks:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(delete(_tsv).where(_tsv.c.release_pk.in_(pks)))
    else:
        conn.execute(delete(_fts).where(_fts.c.rowid.in_(pks)))


def hits(dialect: str, query: SearchQuery, scored: bool) -> Select[Any]:
    """Releases matching `query` as (pk[, score]); the score depends on the release and the
    query alone, never on the rest of the corpus, so relevance cursors stay exact."""
    if dialect == "postgresql":
        return _postgres_hits(query, scored)
    match = literal_column(SQLITE_INDEX).match(query.fts5())
    columns = [_fts.c.rowid.label("pk")]
    if scored:
        columns.append(_sqlite_score().label("score"))
    return select(*columns).where(match)


def _sqlite_score() -> Any:
    # highlight() marks each hit with one character: the growth in length counts the hits.
    def hit_count(col: int, original: Any) -> Any:
        marked = func.highlight(literal_column(SQLITE_INDEX), col, "\x01", "")
        return func.length(marked) - func.length(original)

    weighted = 4 * hit_count(0, _fts.c.title) + hit_count(1, _fts.c.body)
    # hits per character, in integers so that cursors compare exactly
    return cast(weighted * 1_000_000 / (func.length(_fts.c.body) + 1000), Integer)


def _regconfig(name: str) -> Any:
    # A regconfig literal, not a cast of a bound string: the planner resolves it once, so
    # websearch_to_tsquery(config, text) is computed at plan time instead of on every row.
    if not name.isidentifier():
        raise ValueError(f"not a text search configuration name: {name!r}")
    return literal_column(f"'{name}'::regconfig", REGCONFIG)


def _postgres_hits(query: SearchQuery, scored: bool) -> Select[Any]:
    text: Any = bindparam("websearch", query.websearch())
    configs = (*CONFIGS.values(), _FALLBACK_CONFIG)
    tsqueries = {config: func.websearch_to_tsquery(_regconfig(config), text) for config in configs}
    per_config = [
        and_(_tsv.c.config == _regconfig(config), _tsv.c.document.op("@@")(tsquery))
        for config, tsquery in tsqueries.items()
    ]
    columns = [_tsv.c.release_pk.label("pk")]
    if scored:
        # each release ranked with the query in its own configuration, as it matched
        own = case(
            *((_tsv.c.config == _regconfig(c), q) for c, q in tsqueries.items() if c != _FALLBACK_CONFIG),
            else_=tsqueries[_FALLBACK_CONFIG],
        )
        # normalisation 1 divides by 1 + log(length): long releases do not win by size alone
        rank = func.ts_rank(_tsv.c.document, own, 1)
        columns.append(cast(rank * 1_000_000, Integer).label("score"))
    return select(*columns).where(or_(*per_config))
