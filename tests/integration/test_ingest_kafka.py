"""Ingest against the real broker: every format lands on releases.raw with its title and text; replays."""

from __future__ import annotations

import base64
import io
from datetime import UTC, datetime

import httpx
import ingest_documents as documents
import pytest
from topic_reader import count_messages, read_topic

from pressflow.broker import create_topics
from pressflow.ops.dead_letters import Replayer, list_letters
from pressflow_ingest.adapters.http.app import create_app
from pressflow_ingest.adapters.inbox.watcher import InboxWatcher
from pressflow_ingest.adapters.isolation import Extractor
from pressflow_ingest.adapters.ledger import Ledger
from pressflow_ingest.core.submission import Submission
from pressflow_ingest.intake import Intake
from pressflow_ingest.settings import IngestSettings
from pressflow_runtime.kafka_publisher import KafkaPublisher
from pressflow_schemas import DeadLetter, EnrichedRelease, RawRelease, Source, Topics

pytestmark = pytest.mark.kafka


@pytest.fixture
async def kafka(kafka_bootstrap, topic_prefix):
    topics = Topics(topic_prefix)
    await create_topics(kafka_bootstrap, topics.all(), 2)
    publisher = KafkaPublisher(kafka_bootstrap, client_id="test-ingest")
    await publisher.start()
    yield kafka_bootstrap, topics, publisher
    await publisher.stop()


async def test_every_format_lands_on_the_topic_with_its_title_and_text(kafka):
    bootstrap, topics, publisher = kafka
    intake = Intake(publisher, topics, Ledger(), Extractor())
    cp1252 = "Besançon, le 3 mars 2025\n\nLa Ville investit 2 M€ dans l’éclairage public.".encode("cp1252")
    mail = documents.eml(
        subject="Courriel de presse",
        body="Voir le communiqué joint.",
        attachments=[("joint.pdf", "application/pdf", documents.pdf(paragraphs=["Joint.", "Texte joint."]))],
    )
    inputs = {
        "ancien.txt": cp1252,
        "note.md": b"# Note de presse\n\nPremier paragraphe.\n\nSecond paragraphe.",
        "page.html": documents.html_page(),
        "cp.pdf": documents.pdf(paragraphs=["Brest, le 4 juillet 2025", "Texte du PDF."]),
        "cp.docx": documents.docx(core_title="Titre Word"),
        "message.eml": mail,
        "release.json": b'{"text": "Texte JSON.\\n\\nSuite.", "title": "Titre JSON"}',
    }
    for name, data in inputs.items():
        await intake.accept(Submission(data=data, kind="file", received_at=datetime.now(UTC), filename=name))
    values = await read_topic(bootstrap, topics.raw, len(inputs) + 1)
    releases = {r.source.filename: r for r in (RawRelease.model_validate_json(v) for v in values)}
    assert set(releases) == {*inputs, "joint.pdf"}
    assert releases["ancien.txt"].source.encoding == "cp1252"
    assert "l’éclairage public" in releases["ancien.txt"].text
    assert releases["note.md"].text.split("\n\n")[1:] == ["Premier paragraphe.", "Second paragraphe."]
    assert releases["page.html"].source.detected_date.isoformat() == "2025-04-02"
    assert releases["cp.pdf"].title == documents.TITLE
    assert releases["cp.pdf"].text.endswith("Brest, le 4 juillet 2025\n\nTexte du PDF.")
    assert releases["cp.docx"].title == "Titre Word"
    assert releases["message.eml"].title == "Courriel de presse"
    assert releases["joint.pdf"].metadata["attachment_of"] == releases["message.eml"].release_id
    assert (releases["release.json"].title, releases["release.json"].text) == (
        "Titre JSON",
        "Texte JSON.\n\nSuite.",
    )
    for name, data in inputs.items():
        assert releases[name].source.size == len(data)
        assert len(releases[name].source.sha256) == 64


class AckWitness:
    """The real publisher, noting whether each file was still in the inbox when Kafka acknowledged
    its release, and how many publishes were in flight at once."""

    def __init__(self, publisher: KafkaPublisher, inbox, topics: Topics) -> None:
        self._publisher, self._inbox, self._topics = publisher, inbox, topics
        self.still_in_inbox_at_ack: dict[str, bool] = {}
        self.in_flight = self.most_in_flight = 0

    async def publish(self, topic, key, event) -> None:
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await self._publisher.publish(topic, key, event)
        finally:
            self.in_flight -= 1
        if topic == self._topics.raw:
            name = event.source.filename
            self.still_in_inbox_at_ack[name] = (self._inbox / name).exists()


async def test_a_burst_of_inbox_files_is_published_concurrently_each_once_and_moved_after_its_ack(
    kafka, tmp_path
):
    bootstrap, topics, publisher = kafka
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    names = [f"cp{i:03d}.txt" for i in range(150)]
    for i, name in enumerate(names):
        (inbox / name).write_text(f"Lyon, le 3 mars 2025\n\nCommuniqué numéro {i}.", encoding="utf-8")
    witness = AckWitness(publisher, inbox, topics)
    watcher = InboxWatcher(
        inbox, Intake(witness, topics, Ledger(), Extractor()), settle_seconds=0, concurrency=8
    )
    assert await watcher.scan_once() == 0  # seen once: not yet known to be complete
    assert await watcher.scan_once() == len(names)

    assert witness.still_in_inbox_at_ack == dict.fromkeys(names, True)
    assert 1 < witness.most_in_flight <= 8
    assert sorted(p.name for p in (inbox / ".processed").iterdir()) == names
    assert not list(inbox.glob("*.txt"))
    assert await count_messages(bootstrap, topics.raw, 2) == len(names)
    on_topic = [
        RawRelease.model_validate_json(v) for v in await read_topic(bootstrap, topics.raw, len(names))
    ]
    assert sorted(r.source.filename for r in on_topic) == names
    assert await watcher.scan_once() == 0  # nothing left, nothing published again
    assert await count_messages(bootstrap, topics.raw, 2) == len(names)


async def test_a_batch_over_http_is_published_and_a_retry_is_not(kafka):
    bootstrap, topics, publisher = kafka
    ledger = Ledger()
    app = create_app(
        Intake(publisher, topics, ledger, Extractor()), IngestSettings(ingest_token=None), ledger
    )
    batch = [{"text": f"Communiqué numéro {i}.", "title": f"N° {i}"} for i in range(5)]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://ingest") as client:
        first = await client.post("/releases/batch", json=batch, headers={"Idempotency-Key": "lot-1"})
        retry = await client.post("/releases/batch", json=batch, headers={"Idempotency-Key": "lot-1"})
        marker = await client.post("/releases", json={"text": "Dernier."})
    assert first.status_code == retry.status_code == 202
    assert retry.json() == first.json()
    values = await read_topic(bootstrap, topics.raw, 6)
    titles = [RawRelease.model_validate_json(v).title for v in values]
    assert sorted(t for t in titles if t) == [f"N° {i}" for i in range(5)]
    assert marker.status_code == 202


async def test_dead_letters_of_every_stage_are_listed_and_replayed(kafka, topic_prefix):
    bootstrap, topics, publisher = kafka
    # an ingest letter: a PDF refused because its reader ran out of time
    hurried = Intake(publisher, topics, Ledger(), Extractor(timeout_seconds=0.001))
    pdf = Submission(data=documents.pdf(), kind="file", received_at=datetime.now(UTC), filename="cp.pdf")
    refused = await hurried.accept(pdf)
    assert refused.kind == "unreadable" and refused.error is not None
    await hurried.dead_letter(pdf, refused.error)
    # an enrich letter carrying the raw release it could not enrich, and one that carries junk
    raw = RawRelease(
        release_id="rejoue",
        received_at=datetime.now(UTC),
        source=Source(kind="http", format="txt", size=5, sha256="0" * 64),
        text="Texte à rejouer.",
    )
    for payload in (raw.model_dump_json(), "not json"):
        letter = DeadLetter(
            stage="enrich",
            error_type="ValueError",
            error="boom",
            failed_at=datetime.now(UTC),
            payload=payload,
        )
        await publisher.publish(topics.dead_letter, None, letter)
    # a store letter carrying the enriched event the database refused
    enriched = EnrichedRelease(
        **raw.model_dump(exclude={"schema_version", "metadata"}),
        processed_at=datetime.now(UTC),
        enricher_version="0.1.0",
        language="fr",
        published_on=None,
    )
    stored = DeadLetter.of_message(
        "store", ValueError("refused"), topics.enriched, 0, 7, enriched.model_dump_json().encode()
    )
    await publisher.publish(topics.dead_letter, None, stored)
    listing = io.StringIO()
    assert await list_letters(bootstrap, topics, out=listing) == 4
    assert sorted(line.split("\t")[1] for line in listing.getvalue().splitlines()) == [
        "enrich",
        "enrich",
        "ingest",
        "store",
    ]
    only_store = io.StringIO()
    assert await list_letters(bootstrap, topics, ["store"], out=only_store) == 1
    assert f"{topics.enriched}[0]@7" in only_store.getvalue()

    ledger = Ledger()
    app = create_app(
        Intake(publisher, topics, ledger, Extractor()), IngestSettings(ingest_token=None), ledger
    )
    group = f"{topic_prefix}replay"
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://ingest") as ingest:
        dry = io.StringIO()
        planned = await Replayer(bootstrap, topics, group, ingest, publisher, dry_run=True, out=dry).run()
        store_only = await Replayer(
            bootstrap, topics, group, ingest, publisher, dry_run=True, out=io.StringIO(), stages=["store"]
        ).run()
        out = io.StringIO()
        done = await Replayer(bootstrap, topics, group, ingest, publisher, out=out).run()
        again = await Replayer(bootstrap, topics, group, ingest, publisher, out=io.StringIO()).run()

    assert (planned.replayed, planned.skipped) == (3, 1), dry.getvalue()
    assert (store_only.replayed, store_only.skipped) == (1, 3)
    assert "would re-submit" in dry.getvalue()
    assert (done.replayed, done.skipped, done.failed) == (3, 1, 0)
    assert (
        "re-submitted to ingest: release" in out.getvalue() and "republished release rejoue" in out.getvalue()
    )
    assert (again.replayed, again.skipped) == (0, 0), "a second run starts where the first stopped"
    values = await read_topic(bootstrap, topics.raw, 2)
    on_topic = {RawRelease.model_validate_json(v).source.format for v in values}
    assert on_topic == {"pdf", "txt"}
    [again_enriched] = await read_topic(bootstrap, topics.enriched, 1)
    assert EnrichedRelease.model_validate_json(again_enriched).release_id == "rejoue"
    letters = [DeadLetter.model_validate_json(v) for v in await read_topic(bootstrap, topics.dead_letter, 4)]
    [ingest_letter] = [letter for letter in letters if letter.stage == "ingest"]
    assert (ingest_letter.filename, ingest_letter.content_type) == ("cp.pdf", pdf.content_type)
    assert base64.b64decode(ingest_letter.payload) == pdf.data
