"""The query API on SQLite and PostgreSQL: every filter, the sorts and cursors, facets, entities, exports."""

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
from store_releases import analyst_releases, release

from pressflow_store.http.api import create_app
from pressflow_store.read import queries
from pressflow_store.write.repository import save_releases


def write(engine, events):
    with engine.begin() as conn:
        return save_releases(conn, events)


@pytest.fixture
async def api(engine):
    write(engine, analyst_releases())
    transport = httpx.ASGITransport(app=create_app(engine))
    async with httpx.AsyncClient(transport=transport, base_url="http://store") as client:
        yield client


async def ids(api, **params):
    response = await api.get("/releases", params={"limit": 200, **params})
    assert response.status_code == 200, response.text
    return [item["release_id"] for item in response.json()["items"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "lanceur"}, ["cnes-2024"]),
        ({"q": "REUTILISABLE"}, ["cnes-2024"]),  # case and accents do not matter
        ({"q": '"Région Occitanie"'}, ["occitanie-june", "occitanie-may"]),
        ({"q": '"Occitanie Région"'}, []),  # a phrase keeps its order
        ({"q": "Occitanie -culturelle"}, ["occitanie-june"]),
        ({"q": "lanceur OR culturelle"}, ["occitanie-may", "cnes-2024"]),
        ({"q": "Phobos JAXA"}, ["cnes-2022"]),
        ({"q": "'; DROP TABLE releases; --"}, []),  # bound, never SQL
        ({"lang": "en"}, ["hydro-quebec", "jaxa-2025", "jaxa-2024"]),
        ({"source": "http"}, ["occitanie-june", "hydro-quebec", "cnes-2022"]),
        (
            {"published_from": "2025-01-01", "published_to": "2025-05-31"},
            ["occitanie-may", "hydro-quebec", "jaxa-2025"],
        ),
        ({"mentioned_from": "2025-06-01", "mentioned_to": "2025-06-30"}, ["occitanie-june", "cnes-2024"]),
        ({"mentioned_from": "2027-06-01"}, ["occitanie-june"]),  # "de septembre 2025 à 2027" reaches 2027
        ({"mentioned_to": "2022-12-31"}, ["cnes-2022"]),
        ({"entity": "CNES"}, ["jaxa-2024", "cnes-2024", "cnes-2022"]),  # canonical name or alias
        # one release tied the expansion to "CNES", so it finds the releases that wrote only "CNES"
        ({"entity": "centre NATIONAL d'etudes spatiales"}, ["jaxa-2024", "cnes-2024", "cnes-2022"]),
        ({"entity": "Centre national d’études spatiales"}, ["jaxa-2024", "cnes-2024", "cnes-2022"]),
        ({"entity": "jaxa"}, ["jaxa-2025", "jaxa-2024", "cnes-2022"]),
        ({"entity": ["JAXA", "CNES"]}, ["jaxa-2024", "cnes-2022"]),  # every one of them
        ({"entity": "Toulouse", "entity_type": "LOC"}, ["occitanie-june", "occitanie-may", "cnes-2024"]),
        ({"entity": "Toulouse", "entity_type": "ORG"}, []),
        ({"entity_type": "PER", "lang": "fr"}, ["occitanie-june", "cnes-2024", "cnes-2022"]),
        ({"min_amount": 1_000_000, "currency": "EUR"}, ["occitanie-june", "cnes-2024", "cnes-2022"]),
        ({"min_amount": 1_000_000, "max_amount": 20_000_000}, ["jaxa-2024", "cnes-2024", "cnes-2022"]),
        ({"max_amount": 300_000}, ["occitanie-may"]),
        ({"currency": "CAD"}, ["hydro-quebec"]),
        # every release that mentions the CNES and an amount over 1 M€ since 2023
        (
            {"entity": "CNES", "min_amount": 1_000_000, "currency": "EUR", "published_from": "2023-01-01"},
            ["cnes-2024"],
        ),
        # what did the Région Occitanie announce in June
        (
            {"entity": "Région Occitanie", "published_from": "2025-06-01", "published_to": "2025-06-30"},
            ["occitanie-june"],
        ),
        (
            {"q": "JAXA", "lang": "en", "source": "file", "entity_type": "PER", "max_amount": 3_000_000},
            ["jaxa-2024"],
        ),
    ],
)
async def test_every_filter_and_their_combinations(api, params, expected):
    assert await ids(api, sort="newest", **params) == expected


async def test_newest_sorts_by_the_release_date_else_the_day_received_and_oldest_reverses_it(api):
    newest = await ids(api)
    assert newest == [
        "occitanie-june",
        "occitanie-may",
        "hydro-quebec",
        "jaxa-2025",
        "jaxa-2024",
        "cnes-2024",
        "cnes-2022",
    ]
    assert await ids(api, sort="oldest") == newest[::-1]


async def test_relevance_puts_the_release_about_the_search_first(api):
    assert (await ids(api, q="JAXA"))[0] == "jaxa-2024"  # in the title and three times in the text
    assert (await ids(api, q="JAXA", sort="relevance")) == await ids(api, q="JAXA")


@pytest.mark.parametrize(("sort", "q"), [("newest", None), ("oldest", None), ("relevance", "satellite")])
async def test_cursors_neither_skip_nor_repeat_while_releases_keep_arriving(engine, sort, q):
    def satellite(i: int, day: date):
        text = "Un satellite d'observation. " + "Le satellite observe. " * (i % 4)
        return release(
            f"s{i:03}", f"Satellite {i}", text, published=day, received=datetime(2025, 1, 1, tzinfo=UTC)
        )

    start = date(2025, 3, 1)
    # many share a date and an arrival time: the release id breaks the tie
    write(engine, [satellite(i, start + timedelta(days=i % 5)) for i in range(40)])
    transport = httpx.ASGITransport(app=create_app(engine))
    seen, cursor, arrivals = [], None, 100
    async with httpx.AsyncClient(transport=transport, base_url="http://store") as api:
        while True:
            params = {
                "limit": 7,
                "sort": sort,
                **({"q": q} if q else {}),
                **({"cursor": cursor} if cursor else {}),
            }
            page = (await api.get("/releases", params=params)).json()
            seen += [item["release_id"] for item in page["items"]]
            # newcomers on every side of the cursor: newer, older and on the same day
            write(engine, [satellite(arrivals + k, start + timedelta(days=k * 3 - 4)) for k in range(3)])
            arrivals += 3
            cursor = page["next_cursor"]
            if cursor is None:
                break
    originals = [r for r in seen if int(r[1:]) < 100]
    assert sorted(originals) == [f"s{i:03}" for i in range(40)]
    assert len(seen) == len(set(seen))


@pytest.mark.parametrize("walk", [0, 1, 3])
async def test_pages_do_not_depend_on_which_index_leads(api, monkeypatch, walk):
    """SQLite walks the date index for a while, then lets the filters' indexes lead: wherever
    it stops, the pages are the same, cursor after cursor."""
    filters = [
        {"entity": "CNES"},
        {"entity": ["JAXA", "CNES"]},
        {"min_amount": 1_000_000, "currency": "EUR"},
        {"mentioned_from": "2025-06-01", "mentioned_to": "2025-06-30"},
        {"entity_type": "PER", "lang": "fr"},
        {"entity": "Région Occitanie", "published_from": "2025-06-01"},
    ]

    async def pages(params, sort):
        seen, cursor = [], None
        while True:
            extra = {"cursor": cursor} if cursor else {}
            page = (await api.get("/releases", params={"limit": 2, "sort": sort, **params, **extra})).json()
            seen += [item["release_id"] for item in page["items"]]
            cursor = page["next_cursor"]
            if cursor is None:
                return seen

    sorts = ("newest", "oldest")
    expected = [await pages(params, sort) for params in filters for sort in sorts]
    assert expected[0] == ["jaxa-2024", "cnes-2024", "cnes-2022"]
    monkeypatch.setattr(queries, "_WALK", walk)
    assert [await pages(params, sort) for params in filters for sort in sorts] == expected


async def test_a_cursor_only_continues_the_sort_and_search_it_came_from(api):
    page = (await api.get("/releases", params={"limit": 2})).json()
    response = await api.get(
        "/releases", params={"limit": 2, "sort": "oldest", "cursor": page["next_cursor"]}
    )
    assert response.status_code == 422
    assert "another sort" in response.json()["errors"][0]["message"]


async def test_facets_count_the_filtered_set(api):
    body = (await api.get("/releases", params={"facets": "true", "entity": "JAXA"})).json()
    facets = body["facets"]
    assert facets["languages"] == [{"value": "en", "count": 2}, {"value": "fr", "count": 1}]
    assert facets["months"] == [
        {"value": "2025-01", "count": 1},
        {"value": "2024-06", "count": 1},
        {"value": "2022-11", "count": 1},
    ]
    # who is quoted most often with JAXA
    assert facets["entities"]["PER"] == [{"name": "Hiroshi Yamakawa", "count": 3}]
    assert facets["entities"]["ORG"][0] == {"name": "Japan Aerospace Exploration Agency", "count": 3}
    assert {"name": "CNES", "count": 2} in facets["entities"]["ORG"]
    assert facets["amounts"] == [
        {"currency": "EUR", "total": 3_500_000, "count": 1},
        {"currency": "USD", "total": 2_400_000, "count": 1},
    ]


async def test_facets_without_a_filter_count_everything_and_are_absent_unless_asked(api):
    assert (await api.get("/releases")).json()["facets"] is None
    facets = (await api.get("/releases", params={"facets": "true"})).json()["facets"]
    assert facets["languages"] == [{"value": "fr", "count": 4}, {"value": "en", "count": 3}]
    assert facets["entities"]["LOC"][0] == {"name": "Toulouse", "count": 3}
    assert {"currency": "EUR", "total": 60_750_000, "count": 4} in facets["amounts"]


async def test_a_release_is_the_full_event(api):
    event = (await api.get("/releases/cnes-2024")).json()
    assert event["entities"][0]["aliases"] == ["CNES"]
    assert event["dates"][1]["value"] == "2025-06"


async def test_entities_are_searched_by_name_or_alias_with_release_counts(api):
    items = (await api.get("/entities", params={"q": "yamak"})).json()["items"]
    assert items == [{"type": "PER", "name": "Hiroshi Yamakawa", "releases": 3}]
    by_alias = (await api.get("/entities", params={"q": "jax", "type": "ORG"})).json()["items"]
    assert by_alias == [{"type": "ORG", "name": "Japan Aerospace Exploration Agency", "releases": 3}]
    toulouse = (await api.get("/entities", params={"q": "toulouse"})).json()["items"]
    assert toulouse == [{"type": "LOC", "name": "Toulouse", "releases": 3}]
    assert (await api.get("/entities", params={"q": "100%_"})).json()["items"] == []


async def test_one_entity_has_its_aliases_its_company_and_the_releases_that_mention_it(api):
    body = (await api.get("/entities/ORG/jaxa", params={"with_type": "PER"})).json()
    assert body["name"] == "Japan Aerospace Exploration Agency"
    assert body["aliases"] == ["JAXA"]
    assert body["releases"] == 3
    # the people quoted most often with JAXA
    assert body["cooccurring"] == [{"type": "PER", "name": "Hiroshi Yamakawa", "releases": 3}]
    assert [r["release_id"] for r in body["mentioned_in"]["items"]] == ["jaxa-2025", "jaxa-2024", "cnes-2022"]
    everyone = (await api.get("/entities/ORG/JAXA")).json()["cooccurring"]
    assert everyone[0] == {"type": "PER", "name": "Hiroshi Yamakawa", "releases": 3}
    assert {"type": "ORG", "name": "CNES", "releases": 2} in everyone


async def test_an_unknown_entity_is_404(api):
    assert (await api.get("/entities/PER/Nobody")).status_code == 404


async def test_export_streams_the_filtered_set_as_ndjson(api):
    response = await api.get("/releases/export", params={"entity": "CNES", "sort": "oldest"})
    assert response.headers["content-type"] == "application/x-ndjson"
    events = [json.loads(line) for line in response.text.splitlines()]
    assert [e["release_id"] for e in events] == ["cnes-2022", "cnes-2024", "jaxa-2024"]
    assert events[1]["text"].startswith("Toulouse, le 14 mars 2024.")


async def test_export_streams_the_filtered_set_as_csv(api):
    response = await api.get("/releases/export", params={"format": "csv", "currency": "EUR", "lang": "fr"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["release_id"] for r in rows] == ["occitanie-june", "occitanie-may", "cnes-2024", "cnes-2022"]
    assert rows[0]["amounts"] == "45000000 EUR"
    assert rows[2]["entities"].startswith("ORG:Centre national d'études spatiales; ORG:Ariane Avenir")


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"sort": "popular"}, "sort"),
        ({"lang": "de"}, "lang"),
        ({"entity_type": "MISC"}, "entity_type"),
        ({"source": "ftp"}, "source"),
        ({"published_from": "2025-13-01"}, "published_from"),
        ({"published_from": "2025-06-01", "published_to": "2025-01-01"}, "published_from must not be after"),
        ({"min_amount": -1}, "min_amount"),
        ({"min_amount": 5, "max_amount": 1}, "min_amount must not be after"),
        ({"currency": "euro"}, "currency"),
        ({"q": "-lyon"}, "at least one word"),
        ({"sort": "relevance"}, "relevance needs q"),
        ({"limit": 0}, "limit"),
        ({"cursor": "garbage!"}, "cursor"),
        ({"order_by": "title"}, "order_by"),
    ],
)
async def test_bad_parameters_are_a_clear_422(api, params, message):
    response = await api.get("/releases", params=params)
    assert response.status_code == 422
    assert message in json.dumps(response.json()), response.json()


async def test_bad_export_and_entity_parameters_are_422(api):
    assert (await api.get("/releases/export", params={"format": "xml"})).status_code == 422
    assert (await api.get("/entities", params={"type": "THING"})).status_code == 422
    assert (await api.get("/entities/THING/x")).status_code == 422
