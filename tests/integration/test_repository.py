"""The store's repository on SQLite and PostgreSQL: idempotent upserts and paged queries."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from pressflow_schemas import Amount, DateMention, EnrichedRelease, Entity, Mention, Source
from pressflow_schemas.date_values import date_bounds
from pressflow_store.db.tables import entities, release_amounts, release_entities
from pressflow_store.read.queries import (
    InvalidCursor,
    ReleaseFilter,
    count_releases,
    get_release,
    list_releases,
)
from pressflow_store.write.repository import save_releases

RECEIVED = datetime(2025, 3, 12, 9, 30, tzinfo=UTC)


def event(rid: str, published: date | None = date(2025, 3, 12), version: str = "0.1.0", **extra):
    text = "Lyon, le 12 mars 2025. La Métropole de Lyon investit 18,5 millions d'euros."
    return EnrichedRelease(
        release_id=rid,
        received_at=extra.pop("received_at", RECEIVED),
        processed_at=datetime.now(UTC),
        enricher_version=version,
        source=Source(kind="file", filename=f"{rid}.txt", format="txt", size=len(text), sha256="0" * 64),
        language="fr",
        title=extra.pop("title", "Hydrogène à Lyon"),
        text=text,
        published_on=published,
        dates=[DateMention(text="12 mars 2025", start=10, end=22, value="2025-03-12", grain="day")],
        amounts=[Amount(text="18,5 millions d'euros", start=52, end=73, value=18_500_000, currency="EUR")],
        entities=[
            Entity(
                type="ORG",
                name="Métropole de Lyon",
                mentions=[Mention(text="Métropole de Lyon", start=27, end=44)],
            ),
            Entity(type="LOC", name="Lyon", mentions=[Mention(text="Lyon", start=0, end=4)]),
        ],
    )


def write(engine, events):
    with engine.begin() as conn:
        return save_releases(conn, events)


def test_a_release_is_stored_with_what_enrichment_found(engine):
    assert write(engine, [event("a")]) == 1
    with engine.connect() as conn:
        stored = get_release(conn, "a")
        assert stored["title"] == "Hydrogène à Lyon"
        assert stored["amounts"][0]["value"] == 18_500_000
        assert len(conn.execute(release_amounts.select()).all()) == 1
        assert len(conn.execute(release_entities.select()).all()) == 2


def test_a_replayed_or_duplicated_event_changes_nothing(engine):
    write(engine, [event("a")])
    assert write(engine, [event("a", title="changed"), event("a", title="changed")]) == 0
    with engine.connect() as conn:
        assert count_releases(conn) == 1
        assert get_release(conn, "a")["title"] == "Hydrogène à Lyon"
        assert len(conn.execute(release_entities.select()).all()) == 2


def test_a_newer_enricher_replaces_the_older_enrichment(engine):
    write(engine, [event("a", version="0.1.0")])
    assert write(engine, [event("a", version="0.10.0", title="re-enriched")]) == 1
    assert write(engine, [event("a", version="0.9.0", title="older replay")]) == 0
    with engine.connect() as conn:
        stored = get_release(conn, "a")
        assert (stored["title"], stored["enricher_version"]) == ("re-enriched", "0.10.0")
        assert len(conn.execute(release_entities.select()).all()) == 2


def test_a_newer_enrichment_replaces_what_search_and_filters_find(engine):
    write(engine, [event("a", title="Hydrogène à Lyon")])
    write(engine, [event("a", version="0.2.0", title="Électrolyse à Lyon", published=date(2024, 1, 2))])
    write(engine, [event("a", title="Hydrogène à Lyon")])  # a late replay of the old version
    with engine.connect() as conn:
        assert [r["release_id"] for r in list_releases(conn, ReleaseFilter(q="electrolyse")).items] == ["a"]
        assert list_releases(conn, ReleaseFilter(q="hydrogene")).items == []
        assert list_releases(conn, ReleaseFilter(published_from=date(2025, 1, 1))).items == []
        assert len(list_releases(conn, ReleaseFilter(entity=["Métropole de Lyon"])).items) == 1


def test_each_names_release_and_mention_counts_follow_replays_and_replacements(engine):
    """The counters an entity's profile reads agree with the releases as they now stand."""
    lyon_twice = event("b", version="0.2.0")
    lyon_twice.entities[1].mentions.append(Mention(text="Lyon", start=0, end=4))
    write(engine, [event("a"), event("b")])
    write(engine, [event("a"), lyon_twice])  # a replay of a, a newer enrichment of b
    without_lyon = event("a", version="0.3.0")
    without_lyon.entities.pop()
    write(engine, [without_lyon])
    with engine.connect() as conn:
        counted = {
            name: (r, m)
            for name, r, m in conn.execute(select(entities.c.name, entities.c.releases, entities.c.mentions))
        }
        truth = conn.execute(
            select(entities.c.name, func.count(), func.sum(release_entities.c.mentions))
            .join(release_entities, release_entities.c.entity_id == entities.c.id)
            .group_by(entities.c.name)
        ).all()
    assert counted == {"Métropole de Lyon": (2, 2), "Lyon": (1, 2)}
    assert counted == {name: (r, m) for name, r, m in truth}


def test_one_batch_keeps_the_newest_version_of_each_release(engine):
    assert write(engine, [event("a", version="0.3.0"), event("a", version="0.2.0"), event("b")]) == 2
    with engine.connect() as conn:
        assert get_release(conn, "a")["enricher_version"] == "0.3.0"
        assert count_releases(conn) == 2


def test_releases_come_newest_first_by_their_own_date_else_the_day_received(engine):
    write(
        engine,
        [
            event("old", published=date(2024, 1, 5)),
            event("undated", published=None, received_at=datetime(2025, 6, 1, tzinfo=UTC)),
            event("mid", published=date(2025, 3, 12)),
        ],
    )
    with engine.connect() as conn:
        assert [r["release_id"] for r in list_releases(conn).items] == ["undated", "mid", "old"]


def test_the_cursor_neither_skips_nor_repeats_while_releases_arrive(engine):
    day = date(2025, 3, 1)
    write(engine, [event(f"r{i:02}", published=day + timedelta(days=i % 7)) for i in range(25)])
    seen = []
    with engine.connect() as conn:
        page = list_releases(conn, limit=10)
        seen += [r["release_id"] for r in page.items]
        write(engine, [event("newcomer", published=date(2026, 1, 1))])
        while page.next_cursor:
            page = list_releases(conn, limit=10, cursor=page.next_cursor)
            seen += [r["release_id"] for r in page.items]
    assert sorted(seen) == sorted(f"r{i:02}" for i in range(25))
    assert len(seen) == len(set(seen))


def test_an_unknown_cursor_is_refused(engine):
    with engine.connect() as conn, pytest.raises(InvalidCursor):
        list_releases(conn, cursor="bm90IGEgY3Vyc29y")


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2018", date(2018, 1, 1), date(2018, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2018-12-14", date(2018, 12, 14), date(2018, 12, 14)),
        ("2024/2027", date(2024, 1, 1), date(2027, 12, 31)),
        ("2025-06-03/2025-06-05", date(2025, 6, 3), date(2025, 6, 5)),
    ],
)
def test_date_values_cover_the_days_they_name(value, first, last):
    assert date_bounds(value) == (first, last)
