"""The watched folder, with a fake publisher and a hand-driven clock."""

import json
import os
from pathlib import Path

import pytest
from fakes import BrokenPublisher, FakePublisher

from pressflow_ingest.intake import Intake
from pressflow_ingest.watcher import InboxWatcher, is_candidate
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
        inbox, Intake(publisher, Topics("t.")), settle_seconds=1.0, max_file_bytes=max_file_bytes, clock=clock
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
    restarted = InboxWatcher(inbox, Intake(working, Topics()), settle_seconds=1.0, clock=clock)
    assert await settle(restarted, clock) == 1
    assert len(working.sent) == 1


async def test_the_same_name_twice_is_kept_twice_in_processed(tmp_path):
    watcher, inbox, clock = make_watcher(tmp_path, FakePublisher())
    for body in ("Premier communiqué.", "Second communiqué."):
        (inbox / "cp.txt").write_text(body, encoding="utf-8")
        await settle(watcher, clock)
    kept = sorted(p.name for p in (inbox / ".processed").iterdir())
    assert kept == ["cp.1.txt", "cp.txt"]
