"""Enriched releases built by hand for the store's tests: spans found in the text, not counted."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pressflow_schemas import Amount, DateMention, EnrichedRelease, Entity, Mention, Source


def span(text: str, surface: str) -> dict[str, object]:
    start = text.index(surface)
    return {"text": surface, "start": start, "end": start + len(surface)}


def release(
    rid: str,
    title: str,
    text: str,
    *,
    language: str = "fr",
    published: date | None = None,
    received: datetime = datetime(2025, 7, 1, 8, tzinfo=UTC),
    kind: str = "file",
    version: str = "0.1.0",
    entities: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (),
    amounts: tuple[tuple[str, float, str], ...] = (),
    dates: tuple[tuple[str, str], ...] = (),
) -> EnrichedRelease:
    """A release whose spans are found in `text`.

    entities: (type, name, aliases, surfaces); amounts: (surface, value, currency); dates: (surface, iso).
    """
    return EnrichedRelease(
        release_id=rid,
        received_at=received,
        processed_at=datetime.now(UTC),
        enricher_version=version,
        source=Source(
            kind=kind,
            filename=f"{rid}.txt" if kind == "file" else None,
            format="txt",
            size=len(text),
            sha256="0" * 64,
        ),
        language=language,
        title=title,
        text=text,
        published_on=published,
        entities=[
            Entity(type=t, name=n, aliases=list(a), mentions=[Mention(**span(text, s)) for s in surfaces])
            for t, n, a, surfaces in entities
        ],
        amounts=[Amount(**span(text, s), value=v, currency=c) for s, v, c in amounts],
        dates=[
            DateMention(**span(text, s), value=v, grain=("year", "month", "day")[v.count("-")])
            for s, v in dates
        ],
    )


CNES = "Centre national d'études spatiales"


def analyst_releases() -> list[EnrichedRelease]:
    """Seven releases an analyst would search: space agencies, a region, a utility."""
    t1 = (
        "Toulouse, le 14 mars 2024. Le Centre national d'études spatiales (CNES) accorde 12 millions "
        "d'euros à Ariane Avenir pour un lanceur réutilisable. « Nous visons un premier vol en juin 2025 », "
        "déclare Philippe Baptiste, président du CNES."
    )
    t2 = (
        "Paris, le 2 novembre 2022. Le CNES et la JAXA signent un accord de coopération doté de "
        "3,5 millions d'euros pour la mission vers Phobos. Hiroshi Yamakawa salue « une étape »."
    )
    t3 = (
        "Tokyo, June 20, 2024. JAXA and CNES select the instruments of the Martian Moons eXploration "
        'mission. JAXA commits $2.4 million to the rover. "A proud day for JAXA", said Hiroshi Yamakawa.'
    )
    t4 = (
        "Montpellier, le 12 juin 2025. La Région Occitanie annonce un plan de 45 millions d'euros pour "
        "les vallées de l'électrolyse, de septembre 2025 à 2027. Carole Delga présente le plan à Toulouse."
    )
    t5 = (
        "Toulouse, le 3 mai 2025. La Région Occitanie soutient la rentrée culturelle avec 250 000 euros "
        "pour les festivals de l'été."
    )
    t6 = (
        "Hydro-Québec invests CAD 1.2 billion in an electrolysis valley near Montréal, with work "
        "starting in March 2026."
    )
    t7 = (
        "Tanegashima, January 15, 2025. JAXA launches its H3 rocket. Hiroshi Yamakawa thanks the "
        "teams of the Japan Aerospace Exploration Agency."
    )
    jaxa = ("ORG", "Japan Aerospace Exploration Agency", ("JAXA",))
    return [
        release(
            "cnes-2024",
            "Le CNES finance un lanceur réutilisable",
            t1,
            published=date(2024, 3, 14),
            entities=(
                ("ORG", CNES, ("CNES",), (CNES,)),
                ("ORG", "Ariane Avenir", (), ("Ariane Avenir",)),
                ("PER", "Philippe Baptiste", (), ("Philippe Baptiste",)),
                ("LOC", "Toulouse", (), ("Toulouse",)),
            ),
            amounts=(("12 millions d'euros", 12_000_000, "EUR"),),
            dates=(("14 mars 2024", "2024-03-14"), ("juin 2025", "2025-06")),
        ),
        release(
            "cnes-2022",
            "Le CNES et la JAXA signent un accord",
            t2,
            published=date(2022, 11, 2),
            kind="http",
            entities=(
                ("ORG", "CNES", (), ("CNES",)),
                (*jaxa, ("JAXA",)),
                ("PER", "Hiroshi Yamakawa", (), ("Hiroshi Yamakawa",)),
                ("LOC", "Paris", (), ("Paris",)),
            ),
            amounts=(("3,5 millions d'euros", 3_500_000, "EUR"),),
            dates=(("2 novembre 2022", "2022-11-02"),),
        ),
        release(
            "jaxa-2024",
            "JAXA and CNES select Martian moons instruments",
            t3,
            language="en",
            published=date(2024, 6, 20),
            entities=(
                (*jaxa, ("JAXA",)),
                ("ORG", "CNES", (), ("CNES",)),
                ("PER", "Hiroshi Yamakawa", (), ("Hiroshi Yamakawa",)),
                ("LOC", "Tokyo", (), ("Tokyo",)),
            ),
            amounts=(("$2.4 million", 2_400_000, "USD"),),
            dates=(("June 20, 2024", "2024-06-20"),),
        ),
        release(
            "occitanie-june",
            "La Région Occitanie annonce un plan électrolyse",
            t4,
            published=date(2025, 6, 12),
            kind="http",
            entities=(
                ("ORG", "Région Occitanie", (), ("Région Occitanie",)),
                ("PER", "Carole Delga", (), ("Carole Delga",)),
                ("LOC", "Montpellier", (), ("Montpellier",)),
                ("LOC", "Toulouse", (), ("Toulouse",)),
            ),
            amounts=(("45 millions d'euros", 45_000_000, "EUR"),),
            dates=(("12 juin 2025", "2025-06-12"), ("de septembre 2025 à 2027", "2025-09/2027")),
        ),
        release(
            "occitanie-may",
            "Région Occitanie : la rentrée culturelle",
            t5,
            published=date(2025, 5, 3),
            entities=(
                ("ORG", "Région Occitanie", (), ("Région Occitanie",)),
                ("LOC", "Toulouse", (), ("Toulouse",)),
            ),
            amounts=(("250 000 euros", 250_000, "EUR"),),
            dates=(("3 mai 2025", "2025-05-03"),),
        ),
        release(
            "hydro-quebec",
            "Hydro-Québec builds an electrolysis valley",
            t6,
            language="en",
            published=None,
            received=datetime(2025, 2, 1, 9, tzinfo=UTC),
            kind="http",
            entities=(("ORG", "Hydro-Québec", (), ("Hydro-Québec",)), ("LOC", "Montréal", (), ("Montréal",))),
            amounts=(("CAD 1.2 billion", 1_200_000_000, "CAD"),),
            dates=(("March 2026", "2026-03"),),
        ),
        release(
            "jaxa-2025",
            "H3 lifts off",
            t7,
            language="en",
            published=date(2025, 1, 15),
            entities=(
                (*jaxa, ("JAXA", "Japan Aerospace Exploration Agency")),
                ("PER", "Hiroshi Yamakawa", (), ("Hiroshi Yamakawa",)),
                ("LOC", "Tanegashima", (), ("Tanegashima",)),
            ),
            dates=(("January 15, 2025", "2025-01-15"),),
        ),
    ]
