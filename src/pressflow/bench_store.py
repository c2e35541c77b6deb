"""`make bench-store`: the store's upsert rate beside raw inserts, and the latency of typical queries."""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from pressflow_schemas import Amount, DateMention, EnrichedRelease, Entity, Mention, Source

# A vocabulary of our own: (canonical name, aliases) by type, and the words around them.
ORGANISATIONS = [
    ("Centre national d'études spatiales", ["CNES"]),
    ("Japan Aerospace Exploration Agency", ["JAXA"]),
    ("Agence de l'environnement et de la maîtrise de l'énergie", ["ADEME"]),
    ("Région Occitanie", ["Occitanie"]),
    ("Région Bretagne", []),
    ("Métropole de Lyon", ["Grand Lyon"]),
    ("Banque publique d'investissement", ["Bpifrance"]),
    ("European Space Agency", ["ESA"]),
    ("Commissariat à l'énergie atomique", ["CEA"]),
    ("Université de Rennes", []),
    ("Hydro-Québec", []),
    ("Port autonome de Marseille", []),
    ("Airbus Defence and Space", ["Airbus DS"]),
    ("Thales Alenia Space", ["TAS"]),
    ("Ville de Nantes", []),
    ("Société du Grand Paris", ["SGP"]),
    ("Institut Pasteur", []),
    ("Conseil départemental de la Gironde", []),
    ("Northwind Robotics", []),
    ("Atelier des Sables", []),
    ("Veolia Eau", []),
    ("Orbital Harbour Ltd", ["Orbital Harbour"]),
    ("Caisse des Dépôts", ["CDC"]),
    ("National Research Council Canada", ["NRC"]),
]
PEOPLE = [
    "Claire Moreau",
    "Jean-Baptiste Lefèvre",
    "Amélie Dubois",
    "Karim Benali",
    "Sophie Nguyen",
    "Hiroshi Tanaka",
    "Emily Carter",
    "Marc-Antoine Girard",
    "Élodie Marchand",
    "Thomas Weber",
    "Nadia Haddad",
    "Louis Fontaine",
    "Yuki Sato",
    "Olivia Brown",
    "Pierre Lambert",
    "Inès Roussel",
    "Samuel Okafor",
    "Camille Perrin",
    "David Cohen",
    "Léa Fabre",
]
PLACES = [
    "Toulouse",
    "Lyon",
    "Rennes",
    "Nantes",
    "Marseille",
    "Bordeaux",
    "Montpellier",
    "Lille",
    "Strasbourg",
    "Tokyo",
    "Montréal",
    "Kourou",
    "Brest",
    "Grenoble",
    "Paris",
    "Québec",
]
TOPICS = {
    "fr": [
        "un programme d'hydrogène vert",
        "une constellation de satellites",
        "un lanceur réutilisable",
        "la rénovation thermique des écoles",
        "un réseau de chaleur urbain",
        "une usine de batteries",
        "un festival de musique",
        "la recherche sur les vaccins",
        "une ligne de métro automatique",
        "le recyclage des plastiques",
        "une ferme éolienne en mer",
        "un centre de données sobre",
    ],
    "en": [
        "a green hydrogen programme",
        "a satellite constellation",
        "a reusable launcher",
        "school retrofits",
        "an urban heat network",
        "a battery plant",
        "a music festival",
        "vaccine research",
        "a driverless metro line",
        "plastics recycling",
        "an offshore wind farm",
        "an energy-efficient data centre",
    ],
}
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SENTENCES = {
    "fr": [
        "Le projet associe {org} et {org2} autour de {topic}.",
        "« C'est une étape décisive pour le territoire », déclare {per}, directrice du programme.",
        "Les travaux débuteront en {month_year} à {loc}, pour une mise en service prévue en {year}.",
        "L'enveloppe totale atteint {amount}, dont {amount2} apportés par {org2}.",
        "Selon {per}, {topic} doit créer plusieurs centaines d'emplois d'ici {year}.",
        "Une réunion publique se tiendra le {day} à {loc}.",
        "Ce partenariat prolonge l'accord signé avec {org} il y a trois ans.",
    ],
    "en": [
        "The project brings {org} and {org2} together on {topic}.",
        '"This is a decisive step for the region", said {per}, who leads the programme.',
        "Work will start in {month_year} in {loc}, with operations expected in {year}.",
        "Total funding reaches {amount}, of which {amount2} comes from {org2}.",
        "According to {per}, {topic} should create several hundred jobs by {year}.",
        "A public meeting will be held on {day} in {loc}.",
        "The partnership extends the agreement signed with {org} three years ago.",
    ],
}


class _Writer:
    """Text written piece by piece, remembering where each marked piece landed."""

    def __init__(self) -> None:
        self.text = ""
        self.entities: dict[tuple[str, str], tuple[list[str], list[Mention]]] = {}
        self.amounts: list[Amount] = []
        self.dates: list[DateMention] = []

    def plain(self, text: str) -> None:
        self.text += text

    def mark(self, surface: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += surface
        return start, len(self.text)

    def entity(self, kind: str, name: str, aliases: list[str], surface: str) -> None:
        start, end = self.mark(surface)
        _, mentions = self.entities.setdefault((kind, name), (aliases, []))
        mentions.append(Mention(text=surface, start=start, end=end))


def _amount(rng: random.Random, lang: str) -> tuple[str, float, str]:
    currency = rng.choice(["EUR"] * 6 + ["USD", "CAD", "JPY"])
    if rng.random() < 0.6:
        millions = rng.choice([0.5, 1, 1.2, 2, 2.5, 3.5, 5, 8, 12, 18.5, 25, 40, 60, 120, 250])
        value = millions * 1_000_000
        if lang == "fr":
            number = f"{millions:g}".replace(".", ",")
            words = {"EUR": "d'euros", "USD": "de dollars", "CAD": "de dollars canadiens", "JPY": "de yens"}
            return f"{number} millions {words[currency]}", value, currency
        symbol = {"EUR": "€", "USD": "$", "CAD": "CA$", "JPY": "¥"}[currency]
        return f"{symbol}{millions:g} million", value, currency
    value = float(rng.choice([15_000, 80_000, 150_000, 250_000, 400_000, 750_000]))
    if lang == "fr":
        return (
            f"{int(value):,} €".replace(",", " ") if currency == "EUR" else f"{int(value):,} {currency}",
            value,
            currency,
        )
    return f"{currency} {int(value):,}", value, currency


def synthetic_release(i: int, rng: random.Random) -> EnrichedRelease:
    """One plausible release: a few organisations, a person quoted, places, amounts and dates."""
    lang = "fr" if rng.random() < 0.6 else "en"
    published = date(2019, 1, 1) + timedelta(days=rng.randrange(7 * 365))
    orgs = rng.sample(ORGANISATIONS, 3)
    person, place = rng.choice(PEOPLE), rng.choice(PLACES)
    topic = rng.choice(TOPICS[lang])
    w = _Writer()
    months = MONTHS_FR if lang == "fr" else MONTHS_EN
    w.entity("LOC", place, [], place)
    w.plain(", le " if lang == "fr" else ", ")
    day_text = (
        f"{published.day} {months[published.month - 1]} {published.year}"
        if lang == "fr"
        else f"{months[published.month - 1]} {published.day}, {published.year}"
    )
    start, end = w.mark(day_text)
    w.dates.append(DateMention(text=day_text, start=start, end=end, value=published.isoformat(), grain="day"))
    w.plain(". ")
    for template in rng.sample(SENTENCES[lang], 5):
        pieces = template.replace("{", "\x00{").replace("}", "}\x00").split("\x00")
        for piece in pieces:
            _fill(w, piece, lang, orgs, person, topic, rng, published, months)
        w.plain(" ")
    title_org = orgs[0][1][0] if orgs[0][1] else orgs[0][0]
    title = f"{title_org} : {topic}" if lang == "fr" else f"{title_org} announces {topic}"
    received = datetime.combine(published, datetime.min.time(), UTC) + timedelta(hours=8 + i % 10)
    return EnrichedRelease(
        release_id=f"bench{i:07d}",
        received_at=received,
        processed_at=received + timedelta(seconds=2),
        enricher_version="0.1.0",
        source=Source(
            kind=rng.choice(["file", "http"]),
            filename=f"release-{i}.txt",
            format="txt",
            size=len(w.text),
            sha256="0" * 64,
        ),
        language=lang,
        title=title,
        text=w.text.strip(),
        published_on=published if rng.random() < 0.9 else None,
        dates=w.dates,
        amounts=w.amounts,
        entities=[
            Entity(type=kind, name=name, aliases=aliases, mentions=mentions)
            for (kind, name), (aliases, mentions) in w.entities.items()
        ],
    )


def _fill(
    w: _Writer,
    piece: str,
    lang: str,
    orgs: list,
    person: str,
    topic: str,
    rng: random.Random,
    published: date,
    months: list[str],
) -> None:
    if piece in ("{org}", "{org2}"):
        name, aliases = orgs[0] if piece == "{org}" else rng.choice(orgs[1:])
        w.entity("ORG", name, aliases, rng.choice([name, *aliases]))
    elif piece == "{per}":
        w.entity("PER", person, [], person)
    elif piece == "{loc}":
        place = rng.choice(PLACES)
        w.entity("LOC", place, [], place)
    elif piece == "{topic}":
        w.plain(topic)
    elif piece in ("{amount}", "{amount2}"):
        surface, value, currency = _amount(rng, lang)
        start, end = w.mark(surface)
        w.amounts.append(Amount(text=surface, start=start, end=end, value=value, currency=currency))
    elif piece in ("{month_year}", "{year}", "{day}"):
        when = published + timedelta(days=rng.randrange(30, 900))
        if piece == "{year}":
            surface, day_value, grain = str(when.year), str(when.year), "year"
        elif piece == "{month_year}":
            surface, day_value, grain = f"{months[when.month - 1]} {when.year}", when.isoformat()[:7], "month"
        else:
            surface = (
                f"{when.day} {months[when.month - 1]}"
                if lang == "fr"
                else f"{months[when.month - 1]} {when.day}"
            )
            day_value, grain = when.isoformat(), "day"
        start, end = w.mark(surface)
        w.dates.append(DateMention(text=surface, start=start, end=end, value=day_value, grain=grain))
    else:
        w.plain(piece)


def synthetic_releases(count: int, seed: int = 5) -> list[EnrichedRelease]:
    """`count` releases; one in COPY_EVERY is a copy of an earlier one under a distributor's
    header, one in REVISION_EVERY a revision of one with a figure changed, for linking to find."""
    rng = random.Random(seed)
    events = [synthetic_release(i, rng) for i in range(count)]
    for i in range(COPY_EVERY, count, COPY_EVERY):
        events[i] = _variant(events[rng.randrange(i)], events[i], "Repris par Agence Presse Régions\n\n")
    for i in range(REVISION_EVERY + 1, count, REVISION_EVERY):
        original = events[rng.randrange(i)]
        if original.amounts:
            events[i] = _variant(original, events[i], "", original.amounts[0].text)
    return events


COPY_EVERY, REVISION_EVERY = 20, 100


def _variant(
    original: EnrichedRelease, slot: EnrichedRelease, header: str, figure: str = ""
) -> EnrichedRelease:
    """`original` under the id and arrival time of `slot`, with a header, or a figure changed."""
    text = header + original.text
    if figure:
        changed = re.sub(r"\d", lambda digit: "8" if digit.group() == "9" else "9", figure, count=1)
        text = text.replace(figure, changed, 1)
    shift = len(header)
    return original.model_copy(
        update={
            "release_id": slot.release_id,
            "received_at": max(slot.received_at, original.received_at + timedelta(hours=1)),
            "text": text,
            "entities": [
                e.model_copy(
                    update={
                        "mentions": [
                            m.model_copy(update={"start": m.start + shift, "end": m.end + shift})
                            for m in e.mentions
                        ]
                    }
                )
                for e in original.entities
            ],
            "dates": [
                d.model_copy(update={"start": d.start + shift, "end": d.end + shift}) for d in original.dates
            ],
            "amounts": [
                a.model_copy(update={"start": a.start + shift, "end": a.end + shift})
                for a in original.amounts
            ],
        }
    )


def _batches(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def raw_insert_seconds(engine: Any, events: list[EnrichedRelease], batch: int) -> float:
    """Plain batched INSERTs of the very rows the upsert writes, ids known beforehand: the floor."""
    from pressflow_store.db.tables import CHILD_TABLES, entities, entity_aliases, releases
    from pressflow_store.write import repository as repo

    entity_ids: dict[tuple[str, str], int] = {}
    batches: list[dict[Any, list[dict[str, Any]]]] = []
    for chunk in _batches(events, batch):
        names = {k: n for ev in chunk for k, n in repo.entity_names(ev).items()}
        new = [
            {"id": entity_ids.setdefault(k, len(entity_ids) + 1), "type": k[0], "key": k[1], "name": n}
            for k, n in names.items()
            if k not in entity_ids
        ]
        start = len(batches) * batch
        pks = range(start + 1, start + len(chunk) + 1)
        batches.append(
            {
                releases: [{"id": pk, **repo.release_row(ev)} for pk, ev in zip(pks, chunk, strict=True)],
                entities: new,
                entity_aliases: list(
                    {
                        (r["entity_id"], r["key"]): r for ev in chunk for r in repo.alias_rows(ev, entity_ids)
                    }.values()
                ),
                **{
                    t: [
                        r
                        for pk, ev in zip(pks, chunk, strict=True)
                        for r in repo.child_rows(ev, pk, entity_ids)[t]
                    ]
                    for t in CHILD_TABLES
                },
                "search": [repo.search_row(ev, pk) for pk, ev in zip(pks, chunk, strict=True)],
            }
        )
    return _insert_seconds(engine, batches)


def _insert_seconds(engine: Any, batches: list[dict[Any, list[dict[str, Any]]]]) -> float:
    from sqlalchemy import insert

    from pressflow_store.db import search
    from pressflow_store.db.tables import CHILD_TABLES, entities, entity_aliases, releases

    seen_aliases: set[tuple[int, str]] = set()
    started = time.perf_counter()
    for rows in batches:
        with engine.begin() as conn:
            for table in (releases, entities, entity_aliases, *CHILD_TABLES):
                todo = rows[table]
                if table is entity_aliases:
                    todo = [r for r in todo if (r["entity_id"], r["key"]) not in seen_aliases]
                    seen_aliases.update((r["entity_id"], r["key"]) for r in todo)
                if todo:
                    conn.execute(insert(table), todo)
            search.index_rows(conn, rows["search"])
    return time.perf_counter() - started


def signature_seconds(events: list[EnrichedRelease]) -> tuple[list[bytes], float]:
    """The MinHash signatures enrich sends with the events (pressflow_schemas.fingerprints),
    computed as enrich does, a batch of its size at a time, and the seconds they took: the
    part of linking's cost that enrich bears, so that the store does not."""
    from pressflow_enrich.app import BATCH_RELEASES
    from pressflow_schemas.fingerprints import fingerprint_header, fingerprints, header_signature

    signatures: list[bytes] = []
    started = time.perf_counter()
    for chunk in _batches(events, BATCH_RELEASES):
        # through the header's text and back, as the store reads it
        headers = [fingerprint_header(p.signature) for p in fingerprints([ev.text for ev in chunk])]
        signatures += [header_signature(header) or b"" for header in headers]
    return signatures, time.perf_counter() - started


def upsert_seconds(
    engine: Any, events: list[EnrichedRelease], batch: int, signatures: list[bytes] | None = None
) -> float:
    """The store's own write path, as the consumer runs it: one transaction per batch, and
    the planner statistics refreshed every so many releases. With `signatures` (one an event),
    the store links by those enrich sent (signature_seconds). Linking's price is measured by
    paired_upsert_seconds, which writes the same batches without it beside."""
    from pressflow_store.db.engine import Upkeep

    upkeep = Upkeep(engine)
    started = time.perf_counter()
    for start in range(0, len(events), batch):
        _upsert_batch(engine, upkeep, events[start : start + batch], signatures, start, linking=True)
    return time.perf_counter() - started


def _upsert_batch(
    engine: Any,
    upkeep: Any,
    chunk: list[EnrichedRelease],
    signatures: list[bytes] | None,
    start: int,
    linking: bool,
) -> None:
    """One batch through save_releases() in its own transaction, linking switched off or not."""
    from pressflow_store.write import repository

    sent = signatures[start : start + len(chunk)] if signatures is not None else []
    link_written = repository.link_written
    if not linking:
        repository.link_written = lambda *args: None
    try:
        with engine.begin() as conn:
            written = repository.save_releases(conn, chunk, sent)
        upkeep.written(written)
    finally:
        repository.link_written = link_written


def paired_upsert_seconds(
    linked: Any, unlinked: Any, events: list[EnrichedRelease], batch: int, signatures: list[bytes]
) -> tuple[list[float], list[float]]:
    """Each batch's seconds through the store's write path, with linking into `linked` and
    without into `unlinked` (two fresh databases of one kind), the same batch written to each
    in turn, which goes first alternating: load from other processes falls on both alike, as
    in bench-enrich, where one load after the other put the machine's drift on one side."""
    from pressflow_store.db.engine import Upkeep

    sides = [(linked, Upkeep(linked), True), (unlinked, Upkeep(unlinked), False)]
    seconds: list[list[float]] = [[], []]
    for number, start in enumerate(range(0, len(events), batch)):
        chunk = events[start : start + batch]
        for side in (0, 1) if number % 2 == 0 else (1, 0):
            engine, upkeep, linking = sides[side]
            began = time.perf_counter()
            _upsert_batch(engine, upkeep, chunk, signatures, start, linking)
            seconds[side].append(time.perf_counter() - began)
    return seconds[0], seconds[1]


def typical_queries() -> list[tuple[str, Callable[[Any], object]]]:
    """Ten questions an analyst asks, through the functions the API calls."""
    from pressflow_store.read.facets import facets
    from pressflow_store.read.queries import ReleaseFilter, list_releases

    def page(**where: Any) -> Callable[[Any], object]:
        sort = where.pop("sort", None)
        return lambda conn: list_releases(conn, ReleaseFilter(**where), sort)

    return [
        ("full text: hydrogène", page(q="hydrogène")),
        (
            'full text phrase: "réseau de chaleur", by relevance',
            page(q='"réseau de chaleur"', sort="relevance"),
        ),
        ("full text: satellite OR launcher, by relevance", page(q="satellite OR launcher", sort="relevance")),
        ("entity: CNES (alias)", page(entity=["CNES"])),
        ("entity: Claire Moreau, person", page(entity=["claire moreau"], entity_type="PER")),
        ("amount: 10 to 50 M EUR", page(min_amount=10e6, max_amount=50e6, currency="EUR")),
        ("published in June 2024", page(published_from=date(2024, 6, 1), published_to=date(2024, 6, 30))),
        (
            "mentions a date in 2027, in English",
            page(mentioned_from=date(2027, 1, 1), mentioned_to=date(2027, 12, 31), lang="en"),
        ),
        (
            "combined: CNES, > 1 M EUR, since 2023, hydrogène",
            page(
                entity=["CNES"],
                min_amount=1e6,
                currency="EUR",
                published_from=date(2023, 1, 1),
                q="hydrogène",
            ),
        ),
        (
            "facets of: Région Occitanie",
            lambda conn: facets(conn, ReleaseFilter(entity=["Région Occitanie"])),
        ),
        ("collapsed: newest, one per set of copies", collapsed()),
        ("collapsed: CNES, one per set of copies", collapsed(entity=["CNES"])),
        ("entity by id: CNES (profile)", entity_profile("ORG", "Centre national d'études spatiales")),
        ("entity by id: Claire Moreau (profile)", entity_profile("PER", "Claire Moreau")),
    ]


def collapsed(**where: Any) -> Callable[[Any], object]:
    """A page with collapse=true, as GET /releases answers it: the page, then its copy counts."""
    from pressflow_store.read.queries import ReleaseFilter, list_releases
    from pressflow_store.read.related import copy_counts

    def query(conn: Any) -> object:
        page = list_releases(conn, ReleaseFilter(collapse=True, **where))
        return copy_counts(conn, [item["release_id"] for item in page.items])

    return query


def entity_profile(entity_type: str, name: str) -> Callable[[Any], object]:
    """GET /entities/{id}: the profile and the first page of releases, the id found once."""
    from pressflow_schemas.keys import entity_key as fold
    from pressflow_store.read.entity_profile import profile, registry_ids
    from pressflow_store.read.queries import ReleaseFilter, list_releases

    def query(conn: Any) -> object:
        entity_id = registry_ids(conn, [(entity_type, fold(name))])[(entity_type, fold(name))]
        found = profile(conn, entity_id)
        assert found is not None
        return list_releases(conn, ReleaseFilter(entity=[found["name"]], entity_type=found["types"][0]))

    return query


def query_latencies(engine: Any, repeat: int) -> dict[str, tuple[float, float]]:
    """p50 and p95 in milliseconds of each typical query, after one warm-up run."""
    out = {}
    with engine.connect() as conn:
        for label, query in typical_queries():
            query(conn)
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                query(conn)
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            out[label] = (statistics.median(times), times[min(len(times) - 1, round(0.95 * len(times)) - 1)])
    return out


@contextmanager
def database(kind: str, directory: Path | None = None) -> Iterator[str]:
    """A database of `kind`: thrown away afterwards, or kept in `directory` (store.db for
    SQLite, postgresql/ for PostgreSQL's data directory) and reopened from there."""
    if kind == "sqlite":
        if directory is not None:
            directory.mkdir(parents=True, exist_ok=True)
            yield f"sqlite:///{directory.resolve() / 'store.db'}"
            return
        with tempfile.TemporaryDirectory(prefix="pressflow-bench-") as tmp:
            yield f"sqlite:///{Path(tmp) / 'store.db'}"
        return
    from pressflow.postgres import PostgresServer

    server = PostgresServer(directory / "postgresql" if directory is not None else None).start()
    try:
        yield server.url
    finally:
        server.stop()


def _fresh(url: str) -> Any:
    from sqlalchemy import text

    from pressflow_store.db.engine import connect, create_schema
    from pressflow_store.db.search import POSTGRES_INDEX
    from pressflow_store.db.tables import RETIRED_TABLES, metadata

    engine = connect(url)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            for name in [
                POSTGRES_INDEX,
                *(t.name for t in reversed(metadata.sorted_tables)),
                *RETIRED_TABLES,
                "alembic_version",
            ]:
                conn.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))
    if engine.dialect.name == "sqlite":
        engine.dispose()
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        engine = connect(url)
    create_schema(engine)
    return engine


@contextmanager
def twin(url: str) -> Iterator[str]:
    """A second database of the same kind beside the one at `url`, thrown away afterwards: a
    file in a directory of its own for SQLite, another database on the same server for
    PostgreSQL (so both sides share one server, its memory and its disk)."""
    if url.startswith("sqlite"):
        with tempfile.TemporaryDirectory(prefix="pressflow-bench-twin-") as tmp:
            yield f"sqlite:///{Path(tmp) / 'store.db'}"
        return
    from sqlalchemy import create_engine, text

    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    name = "pressflow_bench_twin"
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield url.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def bench(
    kind: str, events: list[EnrichedRelease], batch: int, repeat: int, keep: Path | None = None
) -> dict[str, Any]:
    with database(kind, keep) as url:
        engine = _fresh(url)
        raw = raw_insert_seconds(engine, events, batch)
        engine.dispose()
        signatures, signing = signature_seconds(events)
        engine = _fresh(url)
        with twin(url) as other:
            unlinked_engine = _fresh(other)
            upsert, unlinked = paired_upsert_seconds(engine, unlinked_engine, events, batch, signatures)
            unlinked_engine.dispose()
        replay = upsert_seconds(engine, events, batch, signatures=signatures)
        links = _link_counts(engine)
        latencies = _queries(engine, repeat)
        engine.dispose()
    n = len(events)
    return {
        "raw": n / raw,
        "unlinked": n / sum(unlinked),
        "upsert": n / sum(upsert),
        "added": sum(upsert) / sum(unlinked) - 1,
        "added_median": statistics.median(a / b for a, b in zip(upsert, unlinked, strict=True)) - 1,
        "added_ms": 1000 * (sum(upsert) - sum(unlinked)) / n,
        "signing": signing / n,
        "replay": n / replay,
        "links": links,
        "queries": latencies,
    }


def _link_counts(engine: Any) -> str:
    from sqlalchemy import func, select

    from pressflow_store.db.tables import entity_members, release_links

    with engine.connect() as conn:
        kinds = dict(
            conn.execute(select(release_links.c.kind, func.count()).group_by(release_links.c.kind)).all()
        )
        merged = conn.execute(select(func.count()).select_from(entity_members)).scalar_one()
    copies, revisions = kinds.get("duplicate_of", 0), kinds.get("revision_of", 0)
    return f"{copies:,} copies, {revisions:,} revisions, {merged:,} names merged"


def rerun(kind: str, directory: Path, repeat: int) -> dict[str, Any]:
    """The queries alone, on the database a --keep run left in `directory` (migrated first)."""
    from pressflow_store.db.engine import connect, create_schema

    if kind == "sqlite" and not (directory / "store.db").exists():
        raise SystemExit(f"no SQLite store in {directory}: run with --keep {directory} first")
    if kind == "postgresql" and not (directory / "postgresql" / "data").exists():
        raise SystemExit(f"no PostgreSQL data in {directory}: run with --keep {directory} first")
    with database(kind, directory) as url:
        engine = connect(url)
        create_schema(engine)
        latencies = _queries(engine, repeat)
        engine.dispose()
    return {"queries": latencies}


def _queries(engine: Any, repeat: int) -> dict[str, tuple[float, float]]:
    from pressflow_store.db.engine import optimize

    # as the store does when it starts (after migrating), the loading being over
    optimize(engine)
    return query_latencies(engine, repeat)


def markdown(results: dict[str, dict[str, Any]], releases: int, batch: int) -> str:
    names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
    kinds = list(results)
    head = "| | " + " | ".join(names[k] for k in kinds) + " |\n|---|" + "---:|" * len(kinds) + "\n"
    rows = [
        ("upsert, releases/s", lambda r: f"{r['upsert']:,.0f}"),
        ("raw batched insert of the same rows, releases/s", lambda r: f"{r['raw']:,.0f}"),
        ("upsert / raw", lambda r: f"{r['upsert'] / r['raw']:.2f}"),
        ("upsert without linking (a twin database, in turn), releases/s", lambda r: f"{r['unlinked']:,.0f}"),
        ("time linking adds to the upsert: sum of the batches' times", lambda r: f"{r['added']:+.1%}"),
        ("the same, median of the batches' ratios", lambda r: f"{r['added_median']:+.1%}"),
        ("time linking adds, ms a release", lambda r: f"{r['added_ms']:.3f}"),
        ("fingerprint, computed in enrich, ms a release", lambda r: f"{r['signing'] * 1000:.3f}"),
        (
            "time linking adds, the fingerprint counted",
            lambda r: f"{r['unlinked'] * (1 / r['upsert'] + r['signing']) - 1:+.1%}",
        ),
        ("links found", lambda r: r["links"]),
        ("replay of the same events (no-op), releases/s", lambda r: f"{r['replay']:,.0f}"),
    ]
    text = f"{releases:,} synthetic releases, batches of {batch}, one transaction each.\n\n"
    if all("raw" in r for r in results.values()):
        text += head
        text += "".join(
            f"| {label} | " + " | ".join(f(results[k]) for k in kinds) + " |\n" for label, f in rows
        )
    text += "\n| query (p50 / p95 ms) | " + " | ".join(names[k] for k in kinds) + " |\n|---|"
    text += "---:|" * len(kinds) + "\n"
    for label in next(iter(results.values()))["queries"]:
        cells = [results[k]["queries"][label] for k in kinds]
        text += f"| {label} | " + " | ".join(f"{p50:.1f} / {p95:.1f}" for p50, p95 in cells) + " |\n"
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pressflow.bench_store", description=__doc__)
    parser.add_argument("--releases", type=int, default=100_000)
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--batch", type=int, default=500, help="releases per transaction, as the consumer")
    parser.add_argument("--repeat", type=int, default=40, help="runs of each query")
    kept = parser.add_mutually_exclusive_group()
    kept.add_argument(
        "--keep", type=Path, metavar="DIR", help="leave the loaded databases in DIR, for --reuse"
    )
    kept.add_argument(
        "--reuse", type=Path, metavar="DIR", help="skip loading: run the queries on what --keep left in DIR"
    )
    args = parser.parse_args(argv)
    kinds = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    results = {}
    if args.reuse is not None:
        for kind in kinds:
            results[kind] = rerun(kind, args.reuse, args.repeat)
        print(markdown(results, args.releases, args.batch))
        return 0
    started = time.perf_counter()
    events = synthetic_releases(args.releases)
    print(f"built {len(events):,} releases in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    for kind in kinds:
        results[kind] = bench(kind, events, args.batch, args.repeat, args.keep)
        print(f"{kind} done", file=sys.stderr)
    print(markdown(results, len(events), args.batch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
