"""The store's query API and page in-process over a real SQLite file."""

from datetime import UTC, date, datetime

import httpx
import pytest

from pressflow_schemas import EnrichedRelease, Source
from pressflow_store.db.engine import connect, create_schema
from pressflow_store.http.api import create_app
from pressflow_store.write.repository import save_releases


def release(rid: str, day: int) -> EnrichedRelease:
    return EnrichedRelease(
        release_id=rid,
        received_at=datetime(2025, 5, day, 8, tzinfo=UTC),
        processed_at=datetime(2025, 5, day, 8, 1, tzinfo=UTC),
        enricher_version="0.1.0",
        source=Source(kind="http", format="txt", size=10, sha256="0" * 64),
        language="fr",
        title=f"Communiqué {rid}",
        text="Texte du communiqué.",
        published_on=date(2025, 5, day),
    )


@pytest.fixture
async def client(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'store.db'}")
    create_schema(engine)
    with engine.begin() as conn:
        save_releases(conn, [release(f"r{day}", day) for day in range(1, 6)])
    app = create_app(engine)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://store") as c:
        yield c
    engine.dispose()


async def test_releases_are_listed_newest_first_in_pages(client):
    first = (await client.get("/releases", params={"limit": 3})).json()
    assert [r["release_id"] for r in first["items"]] == ["r5", "r4", "r3"]
    second = (await client.get("/releases", params={"limit": 3, "cursor": first["next_cursor"]})).json()
    assert [r["release_id"] for r in second["items"]] == ["r2", "r1"]
    assert second["next_cursor"] is None


async def test_one_release_is_the_full_event(client):
    body = (await client.get("/releases/r3")).json()
    assert body["title"] == "Communiqué r3"
    assert body["text"] == "Texte du communiqué."
    assert body["published_on"] == "2025-05-03"


async def test_unknown_release_is_404_problem_details(client):
    response = await client.get("/releases/nope")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 404 and "nope" in response.json()["detail"]


@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        ("/releases", {"limit": 0}, "limit"),
        ("/releases", {"limit": 1000}, "limit"),
        ("/releases", {"cursor": "garbage!"}, "cursor"),
        ("/releases", {"published_to": "0"}, "published_to"),
        ("/releases/export", {"published_to": "0"}, "published_to"),
    ],
)
async def test_bad_parameters_are_422_problem_details_naming_the_field(client, path, params, field):
    response = await client.get(path, params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"].startswith("https://pressflow.dev/problems/") and body["title"] and body["detail"]
    assert [e["field"] for e in body["errors"]] == [field]


async def test_every_timestamp_carries_its_time_zone(client):
    [item, *_] = (await client.get("/releases")).json()["items"]
    assert datetime.fromisoformat(item["received_at"]) == datetime(2025, 5, 5, 8, tzinfo=UTC)


async def test_openapi_is_served(client):
    paths = (await client.get("/openapi.json")).json()["paths"]
    assert {"/releases", "/releases/export", "/releases/{release_id}", "/entities"} <= set(paths)
    assert "/" not in paths  # the page is for people, not an API


async def test_the_page_lists_releases_and_pages_through_them(client):
    html = (await client.get("/", params={"limit": 3, "q": "", "lang": ""})).text  # blank fields are unset
    assert html.count('class="result"') == 3
    assert 'href="/view/r5"' in html
    assert 'rel="next"' in html


async def test_the_page_escapes_what_it_shows(client):
    html = (await client.get("/", params={"q": "<script>alert(1)</script>"})).text
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


async def test_the_release_view_and_a_missing_one(client):
    assert "Communiqué r3" in (await client.get("/view/r3")).text
    assert (await client.get("/view/nope")).status_code == 404
