"""Links across the archive on SQLite and PostgreSQL: copies, revisions, the entity registry, the outbox."""

from datetime import UTC, date, datetime

import httpx
import pytest
from link_cases import as_events, cases, run, stored_links
from sqlalchemy import func, select
from store_releases import release

from pressflow_schemas import ArchiveLink
from pressflow_schemas.fingerprints import fingerprints, header_signature, signature_headers
from pressflow_store.db.engine import connect
from pressflow_store.db.tables import link_outbox, release_signatures
from pressflow_store.http.api import create_app
from pressflow_store.linking.bands import band_index, build_band_index
from pressflow_store.write.repository import save_releases


def write(engine, events):
    with engine.begin() as conn:
        return save_releases(conn, events)


def outbox(engine) -> list[ArchiveLink]:
    with engine.connect() as conn:
        rows = conn.execute(select(link_outbox.c.event).order_by(link_outbox.c.id)).scalars()
        return [ArchiveLink.model_validate_json(text) for text in rows]


@pytest.fixture
async def client(engine):
    transport = httpx.ASGITransport(app=create_app(engine))
    async with httpx.AsyncClient(transport=transport, base_url="http://store") as client:
        yield client


def test_the_labelled_set_links_copies_and_revisions_and_nothing_else(engine):
    scores, links = run(engine)
    assert scores["copies_precision"] >= 0.95, links
    assert scores["copies_recall"] >= 0.9, links
    assert scores["revisions_precision"] >= 0.9, links
    assert scores["revisions_recall"] >= 0.8, links
    # two releases of one organisation on one subject (two hydrogen projects of the Région
    # Occitanie, two months of traffic at Toulouse airport) are never linked
    assert scores["unrelated_links"] == 0, links


def test_a_whole_batch_links_as_a_stream_does_and_a_replay_changes_nothing(engine):
    labelled = cases()
    events = as_events(labelled)
    write(engine, events)
    links = stored_links(engine, events, labelled)
    assert links == {c.name: (c.kind, c.of) for c in labelled if c.kind}
    published = outbox(engine)
    assert len(published) == len(links)
    assert write(engine, events) == 0
    assert stored_links(engine, events, labelled) == links
    assert len(outbox(engine)) == len(published)  # no new event for a replay


def test_signatures_enrich_sent_link_as_the_store_computes_them_and_unusable_ones_are_computed(engine):
    labelled = cases()
    events = as_events(labelled)
    values = [value for _, value in signature_headers([event.text for event in events])]
    # every third release's header unusable: of a scheme this store does not know, cut short, none
    spoilt = [
        lambda value: b"minhash-v9:" + value.partition(b":")[2],
        lambda value: value[:40],
        lambda value: None,
    ]
    sent = [header_signature(spoilt[i // 3 % 3](v) if i % 3 == 2 else v) for i, v in enumerate(values)]
    assert sum(signature is None for signature in sent) == len(events) // 3
    for event, signature in zip(events, sent, strict=True):
        with engine.begin() as conn:
            save_releases(conn, [event], [signature])
    links = stored_links(engine, events, labelled)
    assert links == {c.name: (c.kind, c.of) for c in labelled if c.kind}
    # the signatures kept are those the store computes from the texts
    with engine.connect() as conn:
        stored = conn.execute(select(release_signatures.c.signature).order_by(release_signatures.c.seq))
        computed = [p.signature for p in fingerprints([e.text for e in events]) if p.signature]
        assert [bytes(s) for s in stored.scalars()] == computed


def signature_rows(engine) -> list[int]:
    with engine.connect() as conn:
        return list(
            conn.execute(select(release_signatures.c.release_pk).order_by(release_signatures.c.seq)).scalars()
        )


def indexed(engine) -> list[int]:
    """The releases the band index of this process holds for `engine`'s database, in order."""
    with engine.begin() as conn, band_index(conn) as index:
        return index.pks[: index.size].tolist()


def test_a_store_process_started_on_an_archive_builds_its_index_from_the_stored_signatures(
    engine, database_url
):
    labelled = cases()
    events = as_events(labelled)
    originals = [ev for ev, case in zip(events, labelled, strict=True) if not case.kind]
    write(engine, originals)
    restarted = connect(database_url)  # another process: an empty index, built from the database
    try:
        build_band_index(restarted)  # as the store starts
        assert indexed(restarted) == signature_rows(engine) and len(signature_rows(engine)) == len(originals)
        for event in events:
            write(restarted, [event])
        assert stored_links(restarted, events, labelled) == {
            c.name: (c.kind, c.of) for c in labelled if c.kind
        }
        assert indexed(restarted) == signature_rows(restarted)
    finally:
        restarted.dispose()


def test_two_store_processes_writing_in_turn_find_the_copies_the_other_one_stored(engine, database_url):
    other = connect(database_url)
    try:
        labelled = cases()
        events = as_events(labelled)
        for i, event in enumerate(events):
            write(other if i % 2 else engine, [event])
        assert stored_links(engine, events, labelled) == {c.name: (c.kind, c.of) for c in labelled if c.kind}
        # each index read the other's rows after its own, in the order they were committed
        assert indexed(engine) == indexed(other) == signature_rows(engine)
        assert len(signature_rows(engine)) == len(events)
    finally:
        other.dispose()


def test_a_batch_that_fails_leaves_nothing_in_the_index_and_a_replay_adds_nothing(engine):
    labelled = cases()
    events = as_events(labelled)
    for event in events[:6]:
        write(engine, [event])
    before = indexed(engine)
    with pytest.raises(RuntimeError), engine.begin() as conn:
        save_releases(conn, events[6:9])
        raise RuntimeError("killed")
    assert indexed(engine) == before == signature_rows(engine)
    for event in events[6:]:
        write(engine, [event])
    assert stored_links(engine, events, labelled) == {c.name: (c.kind, c.of) for c in labelled if c.kind}
    assert write(engine, events) == 0
    assert indexed(engine) == signature_rows(engine) and len(signature_rows(engine)) == len(events)


ORIGINAL = (
    "Toulouse, le 14 mars 2024. Le Centre national d'études spatiales accorde 12 millions d'euros à "
    "Ariane Avenir pour étudier un lanceur réutilisable. Les essais du démonstrateur auront lieu en "
    "Guyane à partir de juin 2025, avec une équipe de quarante ingénieurs installée à Toulouse.\n\n"
    "« Nous visons un premier vol complet avant la fin de la décennie », déclare la présidente "
    "d'Ariane Avenir, qui salue un soutien décisif pour la filière spatiale européenne."
)


def test_a_copy_received_earlier_but_stored_later_becomes_the_earliest_and_the_old_link_is_retracted(
    engine,
):
    first_stored = release("b" * 20, "t", ORIGINAL, received=datetime(2024, 3, 15, tzinfo=UTC))
    later_copy = release("c" * 20, "t", "REPRISE\n\n" + ORIGINAL, received=datetime(2024, 3, 16, tzinfo=UTC))
    earliest = release(
        "a" * 20,
        "t",
        ORIGINAL.replace("« ", '"').replace(" »", '"'),
        received=datetime(2024, 3, 14, tzinfo=UTC),
    )
    write(engine, [first_stored])
    write(engine, [later_copy])
    write(engine, [earliest])
    events = [(e.action, e.release_link.release_id, e.release_link.target_id) for e in outbox(engine)]
    assert events == [
        ("added", "c" * 20, "b" * 20),
        ("retracted", "c" * 20, "b" * 20),
        ("added", "c" * 20, "a" * 20),
        ("added", "b" * 20, "a" * 20),
    ]


async def test_a_release_shows_its_copies_and_revisions_and_collapse_keeps_the_earliest(engine, client):
    original = release("a" * 20, "Lanceur", ORIGINAL, received=datetime(2024, 3, 14, tzinfo=UTC))
    copy = release(
        "b" * 20,
        "Lanceur (repris)",
        "Dépêche reprise\n\n" + ORIGINAL,
        received=datetime(2024, 3, 15, tzinfo=UTC),
    )
    revised = release(
        "c" * 20,
        "Lanceur (corrigé)",
        ORIGINAL.replace("12 millions", "14 millions").replace("quarante", "cinquante"),
        received=datetime(2024, 3, 20, tzinfo=UTC),
    )
    other = release(
        "d" * 20,
        "Autre",
        "Paris, le 2 avril 2024. Une tout autre annonce sans rapport avec le lanceur, sur la météo.",
        received=datetime(2024, 4, 2, tzinfo=UTC),
    )
    write(engine, [original, copy, revised, other])

    body = (await client.get(f"/releases/{'b' * 20}")).json()
    assert body["text"] == copy.text  # still the full event
    assert body["related"]["duplicate_of"]["release_id"] == "a" * 20
    assert body["related"]["duplicate_of"]["similarity"] > 0.8
    related = (await client.get(f"/releases/{'a' * 20}")).json()["related"]
    assert [r["release_id"] for r in related["copies"]] == ["b" * 20]
    assert [r["release_id"] for r in related["revised_by"]] == ["c" * 20]
    assert (await client.get(f"/releases/{'c' * 20}")).json()["related"]["revision_of"][
        "release_id"
    ] == "a" * 20

    listed = (await client.get("/releases", params={"collapse": "true"})).json()["items"]
    assert [(i["release_id"], i["copies"]) for i in listed] == [("d" * 20, 0), ("c" * 20, 0), ("a" * 20, 1)]
    everything = (await client.get("/releases")).json()["items"]
    assert len(everything) == 4 and everything[0]["copies"] is None


CNES = "Centre national d'études spatiales"


def cnes_releases():
    only_expansion = "Paris, le 3 mai 2023. Le Centre national d'études spatiales ouvre un concours."
    tied = "Toulouse, le 4 juin 2024. Le Centre national d'études spatiales (CNES) recrute. Le CNES recrute."
    only_acronym = "Kourou, le 5 juillet 2024. Le CNES lance un satellite avec Philippe Baptiste."
    return [
        release(
            "e1" * 10,
            "expansion",
            only_expansion,
            published=date(2023, 5, 3),
            entities=(("ORG", CNES, (), (CNES,)),),
        ),
        release(
            "e2" * 10,
            "tied",
            tied,
            published=date(2024, 6, 4),
            entities=(("ORG", "CNES", (CNES,), (CNES, "CNES")),),
        ),
        release(
            "e3" * 10,
            "acronym",
            only_acronym,
            published=date(2024, 7, 5),
            entities=(
                ("ORG", "CNES", (), ("CNES",)),
                ("PER", "Philippe Baptiste", (), ("Philippe Baptiste",)),
            ),
        ),
    ]


async def test_an_acronym_tied_to_its_expansion_once_finds_releases_that_wrote_either(engine, client):
    write(engine, cnes_releases())
    found = (await client.get("/releases", params={"entity": "CNES"})).json()["items"]
    assert sorted(i["release_id"] for i in found) == ["e1" * 10, "e2" * 10, "e3" * 10]
    merged = [e.entity_merge for e in outbox(engine) if e.entity_merge]
    assert {m.name for m in merged} == {"CNES", CNES}
    entity_id = merged[0].entity_id
    profile = (await client.get(f"/entities/{entity_id}")).json()
    assert profile["name"] == "CNES"  # the form used most
    assert profile["aliases"] == [CNES]
    assert profile["releases"] == 3
    assert (profile["first_seen"], profile["last_seen"]) == ("2023-05-03", "2024-07-05")
    assert [m["month"] for m in profile["months"]] == ["2023-05", "2024-06", "2024-07"]
    assert [p["name"] for p in profile["people"]] == ["Philippe Baptiste"]
    assert len(profile["mentioned_in"]["items"]) == 3
    # every id of one of its names answers with the same entity
    for name_id in profile["name_ids"]:
        assert (await client.get(f"/entities/{name_id}")).json()["id"] == entity_id
    assert (await client.get("/entities/999999")).status_code == 404
    # the older route by type and name still answers
    assert (await client.get(f"/entities/ORG/{CNES}")).json()["releases"] == 3


async def test_an_entity_lists_every_type_its_names_were_given_and_counts_its_own(engine, client):
    write(engine, cnes_releases())
    write(
        engine,
        [
            release(
                "e4" * 10,
                "tagged as a place",
                "Les équipes se retrouvent au CNES, à Toulouse, pour le lancement.",
                entities=(("LOC", "CNES", (), ("CNES",)),),
            )
        ],
    )
    entity_id = next(e.entity_merge.entity_id for e in outbox(engine) if e.entity_merge)
    profile = (await client.get(f"/entities/{entity_id}")).json()
    assert (profile["type"], profile["types"]) == ("ORG", ["ORG", "LOC"])
    # the place is another entity: the organisation's releases stay its own
    assert profile["releases"] == 3
    assert len(profile["mentioned_in"]["items"]) == 3


def test_names_are_never_merged_on_spelling_alone(engine):
    write(
        engine,
        [
            release(
                "f1" * 10,
                "a",
                "Le Centre national d'études spatiales recrute.",
                entities=(("ORG", CNES, (), (CNES,)),),
            ),
            release(
                "f2" * 10,
                "b",
                "Le Centre National d'Etudes Spatiales Guyane recrute.",
                entities=(
                    (
                        "ORG",
                        "Centre National d'Etudes Spatiales Guyane",
                        (),
                        ("Centre National d'Etudes Spatiales Guyane",),
                    ),
                ),
            ),
        ],
    )
    assert [e for e in outbox(engine) if e.entity_merge] == []


async def test_a_surname_tied_to_two_full_names_is_ambiguous_and_the_merge_it_made_is_retracted(
    engine, client
):
    first = "Paris, le 1 mars 2024. Philippe Martin présente le budget. Martin répond aux questions."
    second = "Lyon, le 2 mars 2024. Sophie Martin ouvre le salon. Martin visite les stands."
    write(
        engine,
        [
            release(
                "g1" * 10,
                "a",
                first,
                entities=(("PER", "Philippe Martin", ("Martin",), ("Philippe Martin", "Martin")),),
            )
        ],
    )
    merges = [(e.action, e.entity_merge.name) for e in outbox(engine) if e.entity_merge]
    assert sorted(merges) == [("added", "Martin"), ("added", "Philippe Martin")]
    write(
        engine,
        [
            release(
                "g2" * 10,
                "b",
                second,
                entities=(("PER", "Sophie Martin", ("Martin",), ("Sophie Martin", "Martin")),),
            )
        ],
    )
    later = [(e.action, e.entity_merge.name) for e in outbox(engine) if e.entity_merge][2:]
    # "Martin" now names two people: it joins neither, and the first merge is withdrawn, not kept
    assert sorted(later) == [("retracted", "Martin"), ("retracted", "Philippe Martin")]
    found = (await client.get("/releases", params={"entity": "Sophie Martin"})).json()["items"]
    assert [i["release_id"] for i in found] == ["g2" * 10]


def test_a_newer_enrichment_that_no_longer_ties_two_names_splits_them(engine):
    tied, *_ = [r for r in cnes_releases() if r.release_id == "e2" * 10]
    write(engine, [cnes_releases()[0], tied])
    untied = tied.model_copy(
        update={
            "enricher_version": "0.2.0",
            "entities": [tied.entities[0].model_copy(update={"aliases": []})],
        }
    )
    write(engine, [untied])
    actions = [(e.action, e.entity_merge.name) for e in outbox(engine) if e.entity_merge]
    assert sorted(actions[-2:]) == [("retracted", "CNES"), ("retracted", CNES)]
    with engine.connect() as conn:
        from pressflow_store.db.tables import entity_members

        assert conn.execute(select(func.count()).select_from(entity_members)).scalar_one() == 0


def test_a_release_deleted_by_hand_takes_its_evidence_and_signature_and_keeps_no_merge_alive(engine):
    from sqlalchemy import delete

    from pressflow_store.db.tables import entities, entity_evidence, releases

    write(engine, cnes_releases())
    again = "Toulouse, le 9 juin 2024. Le CNES (Centre national d'études spatiales) signe un accord."
    tie = (("ORG", "CNES", (CNES,), (CNES, "CNES")),)
    later = release("e4" * 10, "tied again", again, published=date(2024, 6, 9), entities=tie)
    write(engine, [later])
    with engine.begin() as conn:
        conn.execute(delete(releases).where(releases.c.release_id == "e2" * 10))
    with engine.connect() as conn:
        kept = conn.execute(select(releases.c.id).where(releases.c.release_id == "e4" * 10)).scalar_one()
        assert conn.execute(select(entity_evidence.c.release_pk)).scalars().all() == [kept]
        assert conn.execute(select(func.count()).select_from(release_signatures)).scalar_one() == 3
    # the one release left tying the names stops saying it: nothing supports the merge any more
    write(engine, [later.model_copy(update={"enricher_version": "0.2.0", "entities": []})])
    actions = [(e.action, e.entity_merge.name) for e in outbox(engine) if e.entity_merge]
    assert sorted(actions[-2:]) == [("retracted", "CNES"), ("retracted", CNES)]
    # an entity deleted by hand takes the evidence naming it too
    write(engine, [later.model_copy(update={"enricher_version": "0.3.0"})])
    with engine.begin() as conn:
        conn.execute(delete(entities).where(entities.c.key == "cnes"))
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(entity_evidence)).scalar_one() == 0


async def test_links_wait_in_the_outbox_while_kafka_is_down_and_go_out_once_it_is_back(engine):
    from fakes import BrokenPublisher, FakePublisher

    from pressflow_runtime.publishing import Unavailable
    from pressflow_store.linking.outbox import publish_pending

    original = release("a" * 20, "t", ORIGINAL, received=datetime(2024, 3, 14, tzinfo=UTC))
    copy = release(
        "b" * 20, "t", "Dépêche reprise\n\n" + ORIGINAL, received=datetime(2024, 3, 15, tzinfo=UTC)
    )
    write(engine, [original, copy])
    with pytest.raises(Unavailable):
        await publish_pending(engine, BrokenPublisher(), "releases.linked")
    publisher = FakePublisher()
    assert await publish_pending(engine, publisher, "releases.linked") == 1
    [(topic, key, event)] = publisher.sent
    assert (topic, key, event.release_link.target_id) == ("releases.linked", "b" * 20, "a" * 20)
    assert await publish_pending(engine, publisher, "releases.linked") == 0  # sent once, then gone
