"""The watched folder, with a fake publisher and a hand-driven clock."""

import asyncio
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import ingest_documents as documents
import pytest
from fakes import BrokenPublisher, FakePublisher

from pressflow_ingest.adapters.inbox.watcher import InboxWatcher, is_candidate
from pressflow_ingest.adapters.isolation import Extractor
from pressflow_ingest.adapters.ledger import Ledger
from pressflow_ingest.core.submission import Submission
from pressflow_ingest.intake import Intake
from pressflow_runtime.publishing import TooLarge, Unavailable
from pressflow_schemas import Topics

TEXT = "Rennes, le 2 avril 2025\n\nLa Ville de Rennes inaugure une nouvelle médiathèque.\n"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def make_watcher(tmp_path, publisher, max_file_bytes=1024 * 1024):
    clock = Clock()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    watcher = InboxWatcher(
        inbox,
        Intake(publisher, Topics("t."), Ledger(), Extractor()),
        settle_seconds=1.0,
        max_file_bytes=max_file_bytes,
        clock=clock,
    )
    return watcher, inbox, clock


async def settle(watcher, clock) -> int:
    """Two scans a settle period apart: the first sees the file, the second takes it."""
    await watcher.scan_once()
    clock.now += 1.5
    return await watcher.scan_once()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.txt", True),
        ("sub/b.md", True),
        (".hidden.txt", False),
        ("a.txt.part", False),
        ("a.tmp", False),
        ("notes.txt~", False),
        (".processed/a.txt", False),
    ],
)
def test_hidden_and_temporary_files_are_not_candidates(name, expected):
    assert is_candidate(Path(name)) is expected


async def test_a_complete_file_is_published_then_moved_to_processed(tmp_path):
    publisher = FakePublisher()
    watcher, inbox, clock = make_watcher(tmp_path, publisher)
    (inbox / "mediatheque.txt").write_text(TEXT, encoding="utf-8")

    assert await watcher.scan_once() == 0  # seen once: not yet known to be complete
    assert publisher.sent == []
    clock.now += 1.5
    assert await watcher.scan_once() == 1

    [(topic, key, event)] = publisher.sent
    assert topic == "t.releases.raw"
    assert key == event.release_id
    assert event.source.filename == "mediatheque.txt"
    assert event.text.startswith("Rennes, le 2 avril 2025")
    assert not (inbox / "mediatheque.txt").exists()
    assert (inbox / ".processed" / "mediatheque.txt").read_text(encoding="utf-8") == TEXT


async def test_a_file_still_being_written_waits(tmp_path):
    publisher = FakePublisher()
    watcher, inbox, clock = make_watcher(tmp_path, publisher)
    path = inbox / "long.txt"
    path.write_text("Début", encoding="utf-8")
    await watcher.scan_once()
    clock.now += 1.5
    with path.open("a", encoding="utf-8") as handle:
        handle.write(" et suite du communiqué.")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert await watcher.scan_once() == 0
    clock.now += 1.5
    assert await watcher.scan_once() == 1
    assert publisher.sent[0][2].text == "Début et suite du communiqué."


async def test_files_in_subfolders_are_taken(tmp_path):
    publisher = FakePublisher()
    watcher, inbox, clock = make_watcher(tmp_path, publisher)
    (inbox / "agence").mkdir()
    (inbox / "agence" / "note.md").write_text("# Note\n\nTexte.", encoding="utf-8")
    assert await settle(watcher, clock) == 1
    assert (inbox / ".processed" / "note.md").exists()


async def test_an_unsupported_file_goes_to_failed_with_its_reason(tmp_path):
    publisher = FakePublisher()
    watcher, inbox, clock = make_watcher(tmp_path, publisher)
    (inbox / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a release")
    assert await settle(watcher, clock) == 1
    assert publisher.sent == []
    assert (inbox / ".failed" / "photo.jpg").exists()
    error = json.loads((inbox / ".failed" / "photo.jpg.error.json").read_text(encoding="utf-8"))
    assert error["file"] == "photo.jpg"
    assert "cannot tell the format" in error["error"]


async def test_an_empty_file_goes_to_failed(tmp_path):
    watcher, inbox, clock = make_watcher(tmp_path, FakePublisher())
    (inbox / "vide.txt").write_bytes(b"")
    await settle(watcher, clock)
    error = json.loads((inbox / ".failed" / "vide.txt.error.json").read_text(encoding="utf-8"))
    assert "empty" in error["error"]


async def test_an_oversized_file_is_refused_with_the_limit(tmp_path):
    watcher, inbox, clock = make_watcher(tmp_path, FakePublisher(), max_file_bytes=100)
    (inbox / "gros.txt").write_text("x" * 101, encoding="utf-8")
    await settle(watcher, clock)
    error = json.loads((inbox / ".failed" / "gros.txt.error.json").read_text(encoding="utf-8"))
    assert "100-byte limit" in error["error"]


async def test_a_symlink_is_refused(tmp_path):
    watcher, inbox, clock = make_watcher(tmp_path, FakePublisher())
    outside = tmp_path / "secret.txt"
    outside.write_text("hors de la boîte", encoding="utf-8")
    (inbox / "lien.txt").symlink_to(outside)
    await settle(watcher, clock)
    assert (inbox / ".failed" / "lien.txt.error.json").exists()
    assert outside.read_text(encoding="utf-8") == "hors de la boîte"


async def test_when_kafka_is_down_the_file_stays_and_is_retried(tmp_path):
    watcher, inbox, clock = make_watcher(tmp_path, BrokenPublisher())
    (inbox / "a.txt").write_text(TEXT, encoding="utf-8")
    assert await settle(watcher, clock) == 0
    assert (inbox / "a.txt").exists()
    assert not (inbox / ".failed").exists()

    working = FakePublisher()
    restarted = InboxWatcher(
        inbox, Intake(working, Topics(), Ledger(), Extractor()), settle_seconds=1.0, clock=clock
    )
    assert await settle(restarted, clock) == 1
    assert len(working.sent) == 1


async def test_the_same_name_twice_is_kept_twice_in_processed(tmp_path):
    watcher, inbox, clock = make_watcher(tmp_path, FakePublisher())
    for body in ("Premier communiqué.", "Second communiqué."):
        (inbox / "cp.txt").write_text(body, encoding="utf-8")
        await settle(watcher, clock)
    kept = sorted(p.name for p in (inbox / ".processed").iterdir())
    assert kept == ["cp.1.txt", "cp.txt"]


def journal(inbox: Path) -> list[list[str]]:
    return [line.split("\t") for line in (inbox / ".log").read_text(encoding="utf-8").splitlines()]


async def test_the_same_content_under_another_name_is_a_duplicate_not_a_second_release(tmp_path):
    publisher = FakePublisher()
    watcher, inbox, clock = make_watcher(tmp_path, publisher)
    (inbox / "cp.txt").write_text(TEXT, encoding="utf-8")
    await settle(watcher, clock)
    (inbox / "copie.txt").write_text(TEXT, encoding="utf-8")
    await settle(watcher, clock)
    [(_, release_id, _)] = publisher.sent
    assert sorted(p.name for p in (inbox / ".processed").iterdir()) == ["copie.txt", "cp.txt"]
    published, duplicate = journal(inbox)
    assert published[1:4] == ["cp.txt", "published", release_id]
    assert duplicate[1:4] == ["copie.txt", "duplicate", release_id]
    assert f"duplicates release {release_id} (first received as cp.txt); not republished" in duplicate[4]


async def test_a_restart_between_publishing_and_moving_does_not_publish_twice(tmp_path):
    state = tmp_path / "state.sqlite3"
    first = FakePublisher()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "cp.txt").write_text(TEXT, encoding="utf-8")
    # the crash: published and recorded, but the process died before the file was moved
    await Intake(first, Topics(), Ledger(state), Extractor()).accept(
        Submission(data=TEXT.encode(), kind="file", received_at=datetime.now(UTC), filename="cp.txt")
    )
    again = FakePublisher()
    clock = Clock()
    watcher = InboxWatcher(
        inbox, Intake(again, Topics(), Ledger(state), Extractor()), settle_seconds=1.0, clock=clock
    )
    assert await settle(watcher, clock) == 1
    assert again.sent == [] and len(first.sent) == 1
    assert (inbox / ".processed" / "cp.txt").exists()


async def test_every_file_leaves_one_line_in_the_inbox_log(tmp_path):
    watcher, inbox, clock = make_watcher(tmp_path, FakePublisher(), max_file_bytes=100)
    (inbox / "bon.md").write_text("# Titre\n\nTexte.", encoding="utf-8")
    (inbox / "photo.jpg").write_bytes(b"\xff\xd8")
    (inbox / "gros.txt").write_text("x" * 101, encoding="utf-8")
    await settle(watcher, clock)
    lines = {line[1]: line for line in journal(inbox)}
    assert set(lines) == {"bon.md", "photo.jpg", "gros.txt"}
    assert lines["bon.md"][2] == "published" and len(lines["bon.md"][3]) == 20
    assert lines["photo.jpg"][2:4] == ["failed", "-"] and "format" in lines["photo.jpg"][4]
    assert "100-byte limit" in lines["gros.txt"][4]
    assert all(datetime.fromisoformat(line[0]).tzinfo for line in lines.values())


async def test_a_file_that_cannot_be_read_is_dead_lettered(tmp_path):
    publisher = FakePublisher()
    watcher, inbox, clock = make_watcher(tmp_path, publisher)
    (inbox / "binaire.txt").write_bytes(b"\x00\x01\x02 not text \xff")
    await settle(watcher, clock)
    [(topic, _, letter)] = publisher.sent
    assert topic == "t.releases.dead-letter" and letter.filename == "binaire.txt"
    assert (inbox / ".failed" / "binaire.txt").exists()


async def test_a_fifo_is_refused_without_being_opened(tmp_path):
    watcher, inbox, clock = make_watcher(tmp_path, FakePublisher())
    os.mkfifo(inbox / "tube.txt")
    await watcher.scan_once()
    error = json.loads((inbox / ".failed" / "tube.txt.error.json").read_text(encoding="utf-8"))
    assert "not a regular file" in error["error"]


async def test_a_symlinked_folder_is_refused_and_not_followed(tmp_path):
    publisher = FakePublisher()
    watcher, inbox, clock = make_watcher(tmp_path, publisher)
    outside = tmp_path / "ailleurs"
    outside.mkdir()
    (outside / "secret.txt").write_text("Ne pas publier.", encoding="utf-8")
    (inbox / "raccourci").symlink_to(outside, target_is_directory=True)
    await settle(watcher, clock)
    assert publisher.sent == []
    assert (outside / "secret.txt").exists()
    assert "symbolic links" in (inbox / ".failed" / "raccourci.error.json").read_text(encoding="utf-8")


async def test_documents_in_the_inbox_become_releases_with_their_titles(tmp_path):
    publisher = FakePublisher()
    watcher, inbox, clock = make_watcher(tmp_path, publisher)
    # the page holds the same text as the PDF would: the PDF gets its own, or it would be a duplicate
    (inbox / "cp.pdf").write_bytes(documents.pdf(paragraphs=["Brest, le 4 juillet 2025", "Un autre texte."]))
    (inbox / "cp.docx").write_bytes(documents.docx(core_title="Le Blosne"))
    (inbox / "page.html").write_bytes(documents.html_page())
    (inbox / "release.json").write_text('{"text": "Texte JSON.", "title": "JSON"}', encoding="utf-8")
    assert await settle(watcher, clock) == 4
    titles = {event.source.format: event.title for _, _, event in publisher.sent}
    assert titles == {
        "pdf": documents.TITLE,
        "docx": "Le Blosne",
        "html": f"{documents.TITLE} | Ville de Rennes",
        "json": "JSON",
    }


async def test_a_burst_of_a_thousand_files_is_drained(tmp_path):
    publisher = FakePublisher()
    watcher, inbox, clock = make_watcher(tmp_path, publisher)
    for folder in range(10):
        (inbox / f"lot{folder}").mkdir()
        for number in range(100):
            (inbox / f"lot{folder}" / f"cp{number}.txt").write_text(
                f"{TEXT}\n\nCommuniqué {folder}-{number}."
            )
    await watcher.scan_once()
    clock.now += 1.5
    assert await watcher.scan_once() == 1000
    assert len(publisher.sent) == 1000
    assert len(journal(inbox)) == 1000
    assert not any(p.is_file() for p in inbox.glob("lot*/*"))


async def test_a_file_that_fails_for_good_is_refused_not_retried_forever(tmp_path):
    class Oversize(FakePublisher):
        async def publish(self, topic, key, event):
            if topic.endswith("releases.raw"):
                raise TooLarge("MessageSizeTooLargeError: over the limit")
            await super().publish(topic, key, event)

    publisher = Oversize()
    watcher, inbox, clock = make_watcher(tmp_path, publisher)
    (inbox / "long.txt").write_text(TEXT, encoding="utf-8")
    assert await settle(watcher, clock) == 1
    error = json.loads((inbox / ".failed" / "long.txt.error.json").read_text(encoding="utf-8"))
    assert "MessageSizeTooLargeError" in error["error"]
    [(topic, _, letter)] = publisher.sent
    assert topic.endswith("releases.dead-letter") and letter.filename == "long.txt"


async def test_settled_files_are_published_together_but_never_more_than_the_bound(tmp_path):
    class Slow(FakePublisher):
        """Takes a while to acknowledge, as a broker a round trip away does."""

        def __init__(self) -> None:
            super().__init__()
            self.waiting = self.most = 0

        async def publish(self, topic, key, event):
            self.waiting += 1
            self.most = max(self.most, self.waiting)
            await asyncio.sleep(0.05)
            self.waiting -= 1
            await super().publish(topic, key, event)

    publisher = Slow()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    clock = Clock()
    watcher = InboxWatcher(
        inbox,
        Intake(publisher, Topics(), Ledger(), Extractor()),
        settle_seconds=1.0,
        concurrency=4,
        clock=clock,
    )
    for number in range(20):
        (inbox / f"cp{number}.txt").write_text(f"{TEXT}\n\nCommuniqué {number}.", encoding="utf-8")
    assert await settle(watcher, clock) == 20
    assert len(publisher.sent) == 20
    assert 1 < publisher.most <= 4


async def test_a_file_kafka_refuses_stays_while_the_others_of_the_burst_are_moved(tmp_path):
    class Flaky(FakePublisher):
        async def publish(self, topic, key, event):
            if event.source.filename == "cp3.txt":
                raise Unavailable("broker unavailable")
            await super().publish(topic, key, event)

    publisher = Flaky()
    watcher, inbox, clock = make_watcher(tmp_path, publisher)
    for number in range(8):
        (inbox / f"cp{number}.txt").write_text(f"{TEXT}\n\nCommuniqué {number}.", encoding="utf-8")
    assert await settle(watcher, clock) == 7
    assert [p.name for p in inbox.glob("*.txt")] == ["cp3.txt"]
    assert sorted(p.name for p in (inbox / ".processed").iterdir()) == [
        f"cp{n}.txt" for n in range(8) if n != 3
    ]
    assert not (inbox / ".failed").exists()
