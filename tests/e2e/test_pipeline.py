"""The whole pipeline as a user runs it: three service processes, a real broker, files and HTTP in."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import httpx
import ingest_documents as documents
import pytest
from metrics_reader import scrape, total

from pressflow.broker import free_port
from pressflow.cli import main
from pressflow.stack import Stack, service_env

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

pytestmark = pytest.mark.kafka


@pytest.fixture(scope="module")
def stack(kafka_bootstrap, tmp_path_factory):
    root = tmp_path_factory.mktemp("stack")
    prefix = f"e2e{int(time.time() * 1000) % 10**8}."
    env = service_env(
        kafka_bootstrap,
        {
            "PRESSFLOW_TOPIC_PREFIX": prefix,
            "PRESSFLOW_INBOX": str(root / "inbox"),
            "PRESSFLOW_DATA_DIR": str(root / "data"),
            "PRESSFLOW_STORE_PORT": str(free_port()),
            "PRESSFLOW_INGEST_PORT": str(free_port()),
            "PRESSFLOW_ENRICH_PORT": str(free_port()),
            "PRESSFLOW_ENRICH_GROUP": f"{prefix}enrich",
            "PRESSFLOW_STORE_GROUP": f"{prefix}store",
            "PRESSFLOW_INBOX_SETTLE_SECONDS": "0.5",
        },
    )
    env.pop("DATABASE_URL", None)
    running = Stack(env, log_dir=root / "logs").start(timeout=180)
    yield running
    codes = running.stop()
    # SIGTERM is an orderly stop: every service finishes what it holds and exits 0
    assert all(code == 0 for code in codes.values()), f"unclean shutdown {codes}; logs in {root / 'logs'}"


def wait_for_releases(stack: Stack, count: int, timeout: float = 120) -> list[dict]:
    deadline = time.monotonic() + timeout
    items: list[dict] = []
    while time.monotonic() < deadline:
        stack.check_alive()
        items = httpx.get(f"{stack.store_url}/releases", params={"limit": 200}).json()["items"]
        if len(items) >= count:
            return items
        time.sleep(0.5)
    raise AssertionError(f"{len(items)} of {count} releases arrived in {timeout}s")


def test_files_and_http_submissions_become_queryable_enriched_releases_once(stack, monkeypatch, capsys):
    inbox = Path(stack.env["PRESSFLOW_INBOX"])
    inbox.mkdir(parents=True, exist_ok=True)
    dropped = sorted(EXAMPLES.glob("0[1-4]_*"))
    for path in dropped:
        shutil.copy(path, inbox / path.name)
    # the same content again under another name is the same release
    shutil.copy(dropped[0], inbox / "copie-du-meme.txt")
    # a file ingest cannot read goes to .failed with its reason
    (inbox / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a release")

    quebec = (EXAMPLES / "05_quebec_mining.txt").read_text(encoding="utf-8")
    posted = httpx.post(f"{stack.ingest_url}/releases", json={"text": quebec, "filename": "quebec.txt"})
    assert posted.status_code == 202
    html = (
        "<html><head><title>Note</title></head><body><p>Brest, le 4 juillet 2025</p>"
        "<p>La Ville de Brest accorde 50 000 € au Festival des marins.</p></body></html>"
    )
    posted_html = httpx.post(
        f"{stack.ingest_url}/releases", content=html, headers={"content-type": "text/html"}
    )
    assert posted_html.status_code == 202
    assert (
        httpx.post(
            f"{stack.ingest_url}/releases", content=b"", headers={"content-type": "text/plain"}
        ).status_code
        == 422
    )

    items = wait_for_releases(stack, len(dropped) + 2)
    time.sleep(3)  # give a duplicate the time to show up, were it to
    items = httpx.get(f"{stack.store_url}/releases", params={"limit": 200}).json()["items"]
    ids = [item["release_id"] for item in items]
    assert len(ids) == len(set(ids)) == len(dropped) + 2
    assert posted.json()["release_id"] in ids

    lyon = next(i for i in items if i["source_filename"] in ("01_lyon_hydrogene.txt", "copie-du-meme.txt"))
    event = httpx.get(f"{stack.store_url}/releases/{lyon['release_id']}").json()
    assert event["language"] == "fr"
    assert event["text"].startswith("Communiqué de presse")
    assert event["entities"], "the release was stored without entities"
    assert event["schema_version"] == 1

    assert sorted(p.name for p in (inbox / ".processed").iterdir()) == sorted(
        [p.name for p in dropped] + ["copie-du-meme.txt"]
    )
    error = json.loads((inbox / ".failed" / "photo.jpg.error.json").read_text(encoding="utf-8"))
    assert "format" in error["error"]
    assert not [p for p in inbox.iterdir() if not p.name.startswith(".")]
    assert_counters_match(stack, files=len(dropped), posted=2)
    assert_status_is_ready(stack, monkeypatch, capsys, releases=len(dropped) + 2)


def assert_counters_match(stack: Stack, files: int, posted: int) -> None:
    """Each service's /metrics counts what went through: the same releases in, enriched, stored."""
    ingest = scrape(stack.ingest_url)
    name = "pressflow_ingest_releases_total"
    assert total(ingest, name, source="file", outcome="accepted") == files
    assert total(ingest, name, source="http", outcome="accepted") == posted
    assert total(ingest, name, source="file", outcome="duplicate") == 1
    assert total(ingest, name, source="file", outcome="refused") == 1  # photo.jpg
    assert total(ingest, "pressflow_ingest_bytes_total", source="http") > 0
    enrich = scrape(stack.enrich_url)
    assert total(enrich, "pressflow_enrich_releases_total", outcome="enriched") == files + posted
    assert total(enrich, "pressflow_enrich_releases_total", outcome="dead_lettered") == 0
    assert total(enrich, "pressflow_enrich_seconds_count") == files + posted
    assert total(enrich, "pressflow_enrich_entities_sum") > 0
    assert total(enrich, "pressflow_enrich_build_info", rules="compiled") == 1, "make install compiles them"
    store = scrape(stack.store_url)
    assert total(store, "pressflow_store_releases_total", outcome="stored") == files + posted
    assert total(store, "pressflow_end_to_end_seconds_count") == files + posted
    groups = {
        stack.enrich_url: stack.env["PRESSFLOW_ENRICH_GROUP"],
        stack.store_url: stack.env["PRESSFLOW_STORE_GROUP"],
    }
    deadline = time.monotonic() + 30
    while True:  # the lag gauges are sampled every few seconds
        lags = {group: lag_of(scrape(url), group) for url, group in groups.items()}
        if all(lag == 0 for lag in lags.values()):
            break
        assert time.monotonic() < deadline, f"consumer lag did not come back to 0: {lags}"
        time.sleep(1)


def assert_status_is_ready(stack: Stack, monkeypatch, capsys, releases: int) -> None:
    """`pressflow status` sees every service ready, the releases through each stage, no lag."""
    for name in (
        "KAFKA_BOOTSTRAP_SERVERS",
        "PRESSFLOW_TOPIC_PREFIX",
        "PRESSFLOW_ENRICH_GROUP",
        "PRESSFLOW_STORE_GROUP",
    ):
        monkeypatch.setenv(name, stack.env[name])
    urls = [f"--{service}-url={url}" for service, url in stack.urls.items()]
    capsys.readouterr()
    assert main(["status", "--json", *urls]) == 0
    status = json.loads(capsys.readouterr().out)
    assert all(s["up"] and s["ready"] for s in status["services"].values())
    assert (
        status["counts"]["received"] == status["counts"]["enriched"] == status["counts"]["stored"] == releases
    )
    assert [g["lag"] for g in status["lag"]] == [0, 0]


def lag_of(samples: dict, group: str) -> float | None:
    """The group's lag over its partitions; None before the first sample."""
    mine = [
        v
        for (n, labels), v in samples.items()
        if n == "pressflow_consumer_lag" and ("group", group) in labels
    ]
    return sum(mine) if mine else None


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout (team-only data)")
def test_the_seed_releases_dropped_in_the_inbox_appear_with_entities(stack):
    before = {
        i["release_id"]
        for i in httpx.get(f"{stack.store_url}/releases", params={"limit": 200}).json()["items"]
    }
    inbox = Path(stack.env["PRESSFLOW_INBOX"])
    inbox.mkdir(parents=True, exist_ok=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    for seed in seeds:
        shutil.copy(seed, inbox / seed.name)
    items = wait_for_releases(stack, len(before) + len(seeds))
    new = [i for i in items if i["release_id"] not in before]
    assert sorted(i["source_filename"] for i in new) == sorted(s.name for s in seeds)
    for item in new:
        event = httpx.get(f"{stack.store_url}/releases/{item['release_id']}").json()
        assert event["entities"], f"{item['source_filename']} has no entities"


def test_pdf_word_and_email_land_in_the_store_with_their_title_and_text(stack):
    before = {
        i["release_id"]
        for i in httpx.get(f"{stack.store_url}/releases", params={"limit": 200}).json()["items"]
    }
    # three releases of one story, each in its own words so each is a release of its own
    pdf_text = [*documents.PARAGRAPHS[:2], "Version PDF du communiqué."]
    word_text = [*documents.PARAGRAPHS[:2], "Version Word du communiqué."]
    mail_text = "\n\n".join([*documents.PARAGRAPHS[:2], "Version courriel du communiqué."])
    pdf = httpx.post(
        f"{stack.ingest_url}/releases",
        content=documents.pdf(pdf_text),
        headers={"content-type": "application/pdf", "x-filename": "mediatheque.pdf"},
    )
    assert pdf.status_code == 202, pdf.text
    inbox = Path(stack.env["PRESSFLOW_INBOX"])
    (inbox / "mediatheque.docx").write_bytes(documents.docx(word_text))
    (inbox / "mediatheque.eml").write_bytes(
        documents.eml(subject="Médiathèque : le communiqué", body=mail_text)
    )

    items = wait_for_releases(stack, len(before) + 3)
    new = {i["source_filename"]: i for i in items if i["release_id"] not in before}
    assert set(new) == {"mediatheque.pdf", "mediatheque.docx", "mediatheque.eml"}
    for name, expected_title, marker in (
        ("mediatheque.pdf", documents.TITLE, "Version PDF"),
        ("mediatheque.docx", documents.TITLE, "Version Word"),
        ("mediatheque.eml", "Médiathèque : le communiqué", "Version courriel"),
    ):
        event = httpx.get(f"{stack.store_url}/releases/{new[name]['release_id']}").json()
        assert event["title"] == expected_title, name
        assert marker in event["text"] and "Blosne" in event["text"], name
        assert event["published_on"] == "2025-04-02", name
        assert any(e["name"] == "Rennes" for e in event["entities"]), name
