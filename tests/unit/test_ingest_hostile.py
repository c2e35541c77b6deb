"""A hostile corpus made here: every file refused or quarantined with its reason, the service standing."""

import json
import os

import httpx
from fakes import FakePublisher
from ingest_documents import hostile_corpus
from test_watcher import Clock, settle

from pressflow_ingest.adapters.http.app import create_app
from pressflow_ingest.adapters.inbox.watcher import InboxWatcher
from pressflow_ingest.adapters.isolation import Extractor
from pressflow_ingest.adapters.ledger import Ledger
from pressflow_ingest.intake import Intake
from pressflow_ingest.settings import IngestSettings
from pressflow_schemas import Topics

MIB = 1024 * 1024


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


async def test_the_inbox_quarantines_every_hostile_file_and_keeps_working(tmp_path):
    publisher = FakePublisher()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    clock = Clock()
    intake = Intake(publisher, Topics(), Ledger(), Extractor(timeout_seconds=20, memory_bytes=768 * MIB))
    watcher = InboxWatcher(inbox, intake, settle_seconds=1.0, max_file_bytes=20 * MIB, clock=clock)
    corpus = hostile_corpus()
    for name, data in corpus.items():
        (inbox / name).write_bytes(data)
    with (inbox / "enorme.txt").open("wb") as huge:  # 50 MiB, sparse: refused on its size alone
        huge.truncate(50 * MIB)
    os.mkfifo(inbox / "tube.txt")
    (inbox / "lien.txt").symlink_to("/etc/hostname")
    before = resident_bytes()

    await settle(watcher, clock)

    refused = {p.name for p in (inbox / ".failed").iterdir() if not p.name.endswith(".error.json")}
    assert refused == {*corpus, "enorme.txt", "tube.txt", "lien.txt"}
    for name in refused:
        reason = json.loads((inbox / ".failed" / f"{name}.error.json").read_text(encoding="utf-8"))["error"]
        assert reason, name
    assert [topic for topic, _, _ in publisher.sent if topic == "releases.raw"] == []
    assert resident_bytes() - before < 200 * MIB
    # still standing: the next good file goes through
    (inbox / "bon.txt").write_text("Nantes, le 1er mars 2025\n\nUn communiqué ordinaire.", encoding="utf-8")
    assert await settle(watcher, clock) == 1
    assert publisher.sent[-1][0] == "releases.raw"


async def test_the_api_refuses_every_hostile_body_with_a_reason():
    publisher = FakePublisher()
    ledger = Ledger()
    settings = IngestSettings(max_body_bytes=2 * MIB, ingest_token=None)
    app = create_app(Intake(publisher, Topics(), ledger, Extractor(memory_bytes=768 * MIB)), settings, ledger)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://ingest") as client:
        statuses = {}
        for name, data in hostile_corpus().items():
            response = await client.post("/releases", files={"file": (name, data, None)})
            statuses[name] = response.status_code
            assert response.json()["detail"], name
        invalid_utf8 = await client.post(
            "/releases", content=b"Caf\xe9 \xff\xfe", headers={"content-type": "text/plain; charset=utf-8"}
        )
        huge = await client.post(
            "/releases", content=b"x" * (3 * MIB), headers={"content-type": "text/plain"}
        )
        health = await client.get("/healthz")
    assert set(statuses.values()) <= {415, 422}, statuses
    assert (invalid_utf8.status_code, huge.status_code, health.status_code) == (422, 413, 200)
    assert publisher.sent == []
