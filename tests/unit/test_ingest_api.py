"""The ingest HTTP API in-process (httpx ASGITransport), with a fake publisher."""

import asyncio
import sqlite3

import httpx
import ingest_documents as documents
import pytest
from fakes import FakePublisher, SwitchablePublisher

from pressflow_ingest.adapters.http.app import create_app
from pressflow_ingest.adapters.isolation import Extractor
from pressflow_ingest.adapters.ledger import Ledger
from pressflow_ingest.intake import Intake
from pressflow_ingest.settings import IngestSettings
from pressflow_runtime.problems import code_of
from pressflow_schemas import Topics

RELEASE = "Lille, le 5 mai 2025\n\nLa Métropole européenne de Lille lance un appel à projets de 2 M€."


@pytest.fixture
def publisher():
    return FakePublisher()


def make_app(publisher, **settings):
    ledger = Ledger()
    limits = IngestSettings(**{"max_body_bytes": 1024, "ingest_token": None, **settings})
    return create_app(Intake(publisher, Topics(), ledger, Extractor()), limits, ledger)


def http_client(app):
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://ingest")


@pytest.fixture
async def client(publisher):
    async with http_client(make_app(publisher)) as c:
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
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert (code_of(body), body["status"]) == (error, status)
    assert body["title"] and body["detail"]
    assert publisher.sent == []


async def test_a_validation_error_names_the_field(client):
    response = await client.post("/releases", json={"title": "sans texte"})
    assert response.json()["errors"][0]["field"] == "text"


async def test_a_declared_latin1_charset_is_honoured(client, publisher):
    body = "Café de la Gare, Besançon".encode("latin-1")
    response = await client.post(
        "/releases", content=body, headers={"content-type": "text/plain; charset=iso-8859-1"}
    )
    assert response.status_code == 202
    assert publisher.sent[0][2].text == "Café de la Gare, Besançon"


async def test_health(client):
    assert (await client.get("/healthz")).json() == {"status": "ok"}


async def test_a_raw_pdf_body_is_read_with_its_title(publisher):
    async with http_client(make_app(publisher, max_body_bytes=1024 * 1024)) as c:
        response = await c.post(
            "/releases", content=documents.pdf(), headers={"content-type": "application/pdf"}
        )
    assert response.status_code == 202
    assert (response.json()["format"], response.json()["title"]) == ("pdf", documents.TITLE)


async def test_a_docx_upload_and_an_email_with_its_attachment(publisher):
    async with http_client(make_app(publisher, max_body_bytes=1024 * 1024)) as c:
        docx = await c.post("/releases", files={"file": ("cp.docx", documents.docx(core_title="Word"), None)})
        mail = documents.eml(
            subject="Courriel",
            body="Voir la pièce jointe.",
            attachments=[("a.md", "text/markdown", b"# A\n\nTexte A.")],
        )
        eml = await c.post("/releases", content=mail, headers={"content-type": "message/rfc822"})
    assert docx.status_code == 202 and docx.json()["title"] == "Word"
    assert eml.status_code == 202
    assert eml.json()["title"] == "Courriel"
    [attachment] = eml.json()["attachments"]
    assert attachment["format"] == "md" and attachment["status"] == "accepted"


async def test_a_path_in_a_submitted_filename_is_dropped(client, publisher):
    await client.post("/releases", files={"file": ("../../etc/cp.txt", RELEASE.encode(), "text/plain")})
    await client.post(
        "/releases",
        content=b"Autre communique.",
        headers={"content-type": "application/octet-stream", "x-filename": "..\\..\\win\\cp2.txt"},
    )
    assert [event.source.filename for _, _, event in publisher.sent] == ["cp.txt", "cp2.txt"]


async def test_a_repeat_without_a_key_answers_200_with_the_same_id_and_is_not_republished(client, publisher):
    first = await client.post("/releases", json={"text": RELEASE})
    again = await client.post("/releases", json={"text": RELEASE})
    assert (first.status_code, again.status_code) == (202, 200)
    assert again.json()["status"] == "duplicate" and again.json()["release_id"] == first.json()["release_id"]
    assert len(publisher.sent) == 1


async def test_an_idempotency_key_replays_the_first_answer(client, publisher):
    headers = {"Idempotency-Key": "k-1"}
    first = await client.post("/releases", json={"text": RELEASE}, headers=headers)
    again = await client.post("/releases", json={"text": RELEASE}, headers=headers)
    assert (first.status_code, again.status_code) == (202, 202)
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    assert len(publisher.sent) == 1


async def test_an_idempotency_key_reused_for_another_body_is_refused(client, publisher):
    await client.post("/releases", json={"text": RELEASE}, headers={"Idempotency-Key": "k-2"})
    other = await client.post("/releases", json={"text": "Autre texte."}, headers={"Idempotency-Key": "k-2"})
    assert other.status_code == 422
    assert code_of(other.json()) == "idempotency_key_reused"
    assert len(publisher.sent) == 1


async def test_an_idempotent_error_is_answered_the_same_again(client):
    headers = {"Idempotency-Key": "k-3"}
    first = await client.post("/releases", json={"title": "sans texte"}, headers=headers)
    again = await client.post("/releases", json={"title": "sans texte"}, headers=headers)
    assert first.status_code == again.status_code == 422
    assert again.json() == first.json()


async def test_a_batch_answers_each_item_and_is_207_when_one_failed(client, publisher):
    items = [{"text": RELEASE}, {"title": "sans texte"}, {"text": RELEASE}, {"text": "Second communiqué."}]
    response = await client.post("/releases/batch", json=items)
    assert response.status_code == 207
    body = response.json()
    assert (body["accepted"], body["duplicates"], body["failed"]) == (2, 1, 1)
    statuses = [(item["index"], item["status"]) for item in body["items"]]
    assert statuses == [(0, 202), (1, 422), (2, 200), (3, 202)]
    assert body["items"][1]["problem"]["errors"][0]["field"] == "text"
    assert len(publisher.sent) == 2


async def test_an_ndjson_batch_that_all_went_well_is_202(client, publisher):
    lines = b'{"text": "Premier."}\n{"text": "Second."}\n'
    response = await client.post(
        "/releases/batch", content=lines, headers={"content-type": "application/x-ndjson"}
    )
    assert response.status_code == 202
    assert [item["outcome"] for item in response.json()["items"]] == ["accepted", "accepted"]


@pytest.mark.parametrize(
    ("kwargs", "status", "error"),
    [
        ({"json": {"text": "pas un tableau"}}, 422, "not_a_batch"),
        ({"json": []}, 422, "empty_batch"),
        ({"json": [{"text": str(i)} for i in range(4)]}, 413, "too_many_items"),
        ({"content": b"a,b", "headers": {"content-type": "text/csv"}}, 415, "unsupported_media_type"),
    ],
)
async def test_a_batch_that_is_not_one_is_refused_whole(publisher, kwargs, status, error):
    async with http_client(make_app(publisher, max_batch_items=3)) as c:
        response = await c.post("/releases/batch", **kwargs)
    assert (response.status_code, code_of(response.json())) == (status, error)
    assert publisher.sent == []


async def test_an_unsupported_content_type_is_refused_before_the_body_is_read(client):
    response = await client.post("/releases", content=b"x" * 5000, headers={"content-type": "video/mp4"})
    assert (response.status_code, code_of(response.json())) == (415, "unsupported_media_type")


async def test_too_many_requests_from_one_client_get_429_with_retry_after(publisher):
    async with http_client(make_app(publisher, ingest_rate_per_second=0.5, ingest_rate_burst=2)) as c:
        answers = [await c.post("/releases", json={"text": f"Communiqué {i}."}) for i in range(3)]
        health = await c.get("/healthz")
    assert [a.status_code for a in answers] == [202, 202, 429]
    assert answers[2].headers["retry-after"] == "2"
    assert health.status_code == 200


async def test_with_a_token_set_requests_need_it_and_health_stays_open(publisher):
    async with http_client(make_app(publisher, ingest_token="s3cret")) as c:
        missing = await c.post("/releases", json={"text": RELEASE})
        wrong = await c.post("/releases", json={"text": RELEASE}, headers={"Authorization": "Bearer nope"})
        right = await c.post("/releases", json={"text": RELEASE}, headers={"Authorization": "Bearer s3cret"})
        health = await c.get("/healthz")
    assert (missing.status_code, wrong.status_code, right.status_code, health.status_code) == (
        401,
        401,
        202,
        200,
    )
    assert missing.headers["www-authenticate"].startswith("Bearer")
    assert 'error="invalid_token"' in wrong.headers["www-authenticate"]
    assert len(publisher.sent) == 1


def test_the_token_is_masked_in_the_startup_line():
    summary = IngestSettings(ingest_token="s3cret").summary()
    assert "s3cret" not in summary and "PRESSFLOW_INGEST_TOKEN=***" in summary


async def test_the_openapi_document_shows_both_routes_with_examples(client):
    spec = (await client.get("/openapi.json")).json()
    single = spec["paths"]["/releases"]["post"]
    batch = spec["paths"]["/releases/batch"]["post"]
    assert "example" in single["requestBody"]["content"]["application/json"]
    assert "application/pdf" in single["requestBody"]["content"]
    assert {"202", "413", "415", "422", "429"} <= set(single["responses"])
    assert {"202", "207"} <= set(batch["responses"])
    assert "application/x-ndjson" in batch["requestBody"]["content"]


async def test_a_batch_kafka_missed_is_503_and_its_retry_under_the_same_key_publishes():
    publisher = SwitchablePublisher()
    items = [{"text": RELEASE}, {"text": RELEASE + " Suite."}]
    headers = {"Idempotency-Key": "lot-42"}
    async with http_client(make_app(publisher)) as c:
        publisher.down = True
        first = await c.post("/releases/batch", json=items, headers=headers)
        assert first.status_code == 503
        assert [item["status"] for item in first.json()["items"]] == [503, 503]
        publisher.down = False
        retry = await c.post("/releases/batch", json=items, headers=headers)
    assert retry.status_code == 202
    assert len(publisher.sent) == 2


async def test_a_release_that_fails_for_good_is_500_not_an_invitation_to_retry():
    class Bug(FakePublisher):
        async def publish(self, topic, key, event):
            raise RuntimeError("a bug, not an outage")

    async with http_client(make_app(Bug())) as c:
        response = await c.post("/releases", json={"text": RELEASE})
    assert response.status_code == 500
    assert (code_of(response.json()), response.json()["status"]) == ("failed", 500)


async def test_identical_submissions_in_flight_together_are_published_once():
    class Slow(FakePublisher):
        """Acknowledges only when the test says so: the first submission is still in flight."""

        def __init__(self) -> None:
            super().__init__()
            self.ack = asyncio.Event()

        async def publish(self, topic, key, event):
            await self.ack.wait()
            await super().publish(topic, key, event)

    publisher = Slow()
    async with http_client(make_app(publisher)) as c:
        first = asyncio.create_task(c.post("/releases", json={"text": RELEASE}))
        retry = asyncio.create_task(c.post("/releases", json={"text": RELEASE}))
        await asyncio.sleep(0.2)
        publisher.ack.set()
        answers = sorted([(await first).status_code, (await retry).status_code])
    assert answers == [200, 202]
    assert len(publisher.sent) == 1


async def test_the_same_bytes_in_another_declared_format_are_read_again_not_taken_as_a_duplicate(client):
    body = b"[null, null]"
    markdown = await client.post("/releases", content=body, headers={"content-type": "text/markdown"})
    as_json = await client.post("/releases", content=body, headers={"content-type": "application/json"})
    assert markdown.status_code == 202
    assert (as_json.status_code, code_of(as_json.json())) == (422, "invalid_release")


async def test_a_ledger_held_by_another_process_does_not_freeze_the_api(tmp_path, publisher):
    state = tmp_path / "ingest.sqlite3"
    ledger = Ledger(state)
    app = create_app(
        Intake(publisher, Topics(), ledger, Extractor()), IngestSettings(ingest_token=None), ledger
    )
    other = sqlite3.connect(state, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another ingest copy writing: our ledger calls wait on it
    async with http_client(app) as c:
        waiting = asyncio.create_task(c.post("/releases", json={"text": RELEASE}))
        await asyncio.sleep(0.3)
        health = await c.get("/healthz")
        assert health.status_code == 200 and not waiting.done()
        other.execute("COMMIT")
        assert (await waiting).status_code == 202
    other.close()
    ledger.close()
