"""`pressflow submit`: files posted to the ingest API, one line per file, non-zero when any failed."""

import io

import httpx
import ingest_documents as documents
from fakes import FakePublisher

from pressflow.cli import build_parser
from pressflow.ops.submit import submit_files
from pressflow_ingest.adapters.http.app import create_app
from pressflow_ingest.adapters.isolation import Extractor
from pressflow_ingest.adapters.ledger import Ledger
from pressflow_ingest.intake import Intake
from pressflow_ingest.settings import IngestSettings
from pressflow_schemas import Topics


def ingest_app(publisher, **overrides):
    ledger = Ledger()
    settings = IngestSettings(**{"ingest_token": None, **overrides})
    return create_app(Intake(publisher, Topics(), ledger, Extractor()), settings, ledger)


async def submit(paths, token=None, app=None, out=None, err=None):
    transport = httpx.ASGITransport(app=app)
    return await submit_files(
        paths, "http://ingest", token, out or io.StringIO(), err or io.StringIO(), transport
    )


async def test_each_file_gets_its_release_id_and_failures_are_reported(tmp_path):
    (tmp_path / "cp.pdf").write_bytes(documents.pdf())
    (tmp_path / "note.md").write_text("# Note\n\nTexte.", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    paths = [tmp_path / "cp.pdf", tmp_path / "note.md", tmp_path / "photo.jpg", tmp_path / "absent.txt"]
    publisher = FakePublisher()
    out, err = io.StringIO(), io.StringIO()
    outcomes = await submit(paths, app=ingest_app(publisher), out=out, err=err)
    assert [o.ok for o in outcomes] == [True, True, False, False]
    lines = out.getvalue().splitlines()
    assert [line.split("\t")[1:] for line in lines] == [
        ["accepted", str(paths[0])],
        ["accepted", str(paths[1])],
    ]
    assert {line.split("\t")[0] for line in lines} == {event.release_id for _, _, event in publisher.sent}
    assert "[4/4]" in err.getvalue() and "415 unsupported_format" in err.getvalue()
    assert "2 of 4 submitted, 2 failed" in err.getvalue()


async def test_the_same_file_twice_is_one_release(tmp_path):
    (tmp_path / "cp.txt").write_text("Texte du communiqué.", encoding="utf-8")
    publisher = FakePublisher()
    transport = httpx.ASGITransport(app=ingest_app(publisher))
    for _ in range(2):
        outcomes = await submit_files(
            [tmp_path / "cp.txt"], "http://ingest", None, io.StringIO(), io.StringIO(), transport
        )
    assert outcomes[0].ok and len(publisher.sent) == 1


async def test_the_token_is_sent(tmp_path):
    (tmp_path / "cp.txt").write_text("Texte.", encoding="utf-8")
    app = ingest_app(FakePublisher(), ingest_token="s3cret")
    denied = await submit_files(
        [tmp_path / "cp.txt"], "http://i", None, io.StringIO(), io.StringIO(), httpx.ASGITransport(app=app)
    )
    allowed = await submit_files(
        [tmp_path / "cp.txt"],
        "http://i",
        "s3cret",
        io.StringIO(),
        io.StringIO(),
        httpx.ASGITransport(app=app),
    )
    assert denied[0].status == "401 unauthorized" and allowed[0].ok


def test_the_command_line_takes_files_url_and_token(monkeypatch):
    monkeypatch.setenv("PRESSFLOW_INGEST_URL", "http://ingest.example:9000")
    args = build_parser().parse_args(["submit", "a.pdf", "b.docx", "--token", "t"])
    assert (args.files, args.url, args.token) == (["a.pdf", "b.docx"], "http://ingest.example:9000", "t")
    replay = build_parser().parse_args(["replay-dead-letters", "--dry-run"])
    assert replay.dry_run and replay.group == "pressflow-replay"
