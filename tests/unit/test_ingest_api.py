"""The ingest HTTP API in-process (httpx ASGITransport), with a fake publisher."""

import httpx
import pytest
from fakes import FakePublisher

from pressflow_ingest.api import create_app
from pressflow_ingest.intake import Intake
from pressflow_schemas import Topics

RELEASE = "Lille, le 5 mai 2025\n\nLa Métropole européenne de Lille lance un appel à projets de 2 M€."


@pytest.fixture
def publisher():
    return FakePublisher()


@pytest.fixture
async def client(publisher):
    app = create_app(Intake(publisher, Topics()), max_body_bytes=1024)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://ingest") as c:
        yield c


async def test_a_json_release_is_accepted_and_published(client, publisher):
    response = await client.post(
        "/releases",
        json={"text": RELEASE, "title": "Appel à projets", "metadata": {"agency": "MEL"}},
    )
    assert response.status_code == 202
    body = response.json()
    [(topic, key, event)] = publisher.sent
    assert body["release_id"] == key == event.release_id
    assert topic == "releases.raw"
    assert event.title == "Appel à projets"
    assert event.metadata == {"agency": "MEL"}
    assert event.source.kind == "http"


async def test_the_same_release_twice_gets_the_same_id(client):
    first = await client.post("/releases", json={"text": RELEASE})
    second = await client.post("/releases", content=RELEASE.encode(), headers={"content-type": "text/plain"})
    assert first.json()["release_id"] == second.json()["release_id"]


async def test_received_at_given_by_the_submitter_is_kept(client, publisher):
    await client.post("/releases", json={"text": RELEASE, "received_at": "2025-05-05T08:00:00+02:00"})
    assert publisher.sent[0][2].received_at.isoformat() == "2025-05-05T08:00:00+02:00"


async def test_html_body_is_turned_into_text_with_its_title(client, publisher):
    html = "<html><head><title>Appel</title></head><body><p>Lille, le 5 mai 2025</p></body></html>"
    response = await client.post("/releases", content=html, headers={"content-type": "text/html"})
    assert response.status_code == 202
    assert response.json()["format"] == "html"
    assert publisher.sent[0][2].text == "Lille, le 5 mai 2025"
    assert publisher.sent[0][2].title == "Appel"


async def test_a_multipart_upload_is_accepted(client, publisher):
    response = await client.post("/releases", files={"file": ("appel.md", RELEASE.encode(), "text/markdown")})
    assert response.status_code == 202
    assert publisher.sent[0][2].source.filename == "appel.md"
    assert publisher.sent[0][2].source.format == "md"


@pytest.mark.parametrize(
    ("kwargs", "status", "error"),
    [
        ({"content": b"", "headers": {"content-type": "text/plain"}}, 422, "unreadable"),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "invalid_json"),
        ({"json": {"title": "no text"}}, 422, "invalid_release"),
        ({"json": {"text": ""}}, 422, "invalid_release"),
        ({"content": b"\x89PNG", "headers": {"content-type": "image/png"}}, 415, "unsupported_media_type"),
        ({"content": b"Caf\xe9 cr\xe8me", "headers": {"content-type": "text/plain"}}, 422, "unreadable"),
        ({"content": b"x" * 2048, "headers": {"content-type": "text/plain"}}, 413, "too_large"),
        ({"files": {"file": ("scan.tiff", b"II*\x00", "image/tiff")}}, 415, "unsupported_format"),
        ({"files": {"other": ("a.txt", b"abc", "text/plain")}}, 422, "missing_file"),
    ],
)
async def test_bad_input_gets_a_clear_error_and_nothing_is_published(
    client, publisher, kwargs, status, error
):
    response = await client.post("/releases", **kwargs)
    assert response.status_code == status
    body = response.json()
    assert body["error"] == error
    assert body["message"]
    assert publisher.sent == []


async def test_a_validation_error_names_the_field(client):
    response = await client.post("/releases", json={"title": "sans texte"})
    assert response.json()["detail"][0]["field"] == "text"


async def test_a_declared_latin1_charset_is_honoured(client, publisher):
    body = "Café de la Gare, Besançon".encode("latin-1")
    response = await client.post(
        "/releases", content=body, headers={"content-type": "text/plain; charset=iso-8859-1"}
    )
    assert response.status_code == 202
    assert publisher.sent[0][2].text == "Café de la Gare, Besançon"


async def test_health(client):
    assert (await client.get("/healthz")).json() == {"status": "ok"}
