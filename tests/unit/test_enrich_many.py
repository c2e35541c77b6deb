"""Batch enrichment on a fake NER: one pass over every release, outcomes in order, failures kept apart."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from pressflow_enrich.ner import Span
from pressflow_enrich.pipeline import enrich, enrich_many
from pressflow_schemas import EnrichedRelease, RawRelease, Source

NOW = datetime(2025, 3, 4, 12, tzinfo=UTC)


class NamesNer:
    """Labels each known name wherever it appears; refuses any text containing `POISON`."""

    names = {"Jeanne Lemoine": "PER", "Toulouse": "LOC", "Sarah Collins": "PERSON", "Bristol": "GPE"}

    def __init__(self) -> None:
        self.calls: list[int] = []

    def __call__(self, text: str, lang: str) -> list[Span]:
        return self.many([(text, lang)])[0]

    def many(self, texts: Sequence[tuple[str, str]]) -> list[list[Span]]:
        self.calls.append(len(texts))
        if any("POISON" in text for text, _ in texts):
            raise RuntimeError("the model choked")
        return [
            [
                Span(start, start + len(name), label)
                for name, label in self.names.items()
                if (start := text.find(name)) >= 0
            ]
            for text, _ in texts
        ]


def raw(rid: str, text: str) -> RawRelease:
    return RawRelease(
        release_id=rid,
        received_at=NOW,
        source=Source(kind="http", format="txt", size=len(text), sha256="0" * 64),
        text=text,
    )


RELEASES = [
    raw("fr-1", "Toulouse, le 3 mars 2025\n\nJeanne Lemoine ouvre un centre de 2 M€ à Toulouse."),
    raw("en-1", "Bristol, 3 March 2025\n\nSarah Collins opens a £2m centre in Bristol today."),
    raw("fr-2", "Jeanne Lemoine annonce hier une aide de 500 000 euros pour la ville de Toulouse."),
]


def test_a_batch_gives_each_release_what_it_would_get_alone() -> None:
    ner = NamesNer()
    together = enrich_many(RELEASES, ner, NOW)
    assert ner.calls == [3], "every release of the batch goes through the recogniser in one call"
    alone = [enrich(r, NamesNer(), NOW) for r in RELEASES]
    assert [e.release_id for e in together if isinstance(e, EnrichedRelease)] == ["fr-1", "en-1", "fr-2"]
    assert together == alone
    assert {e.name for e in alone[1].entities} == {"Sarah Collins", "Bristol"}
    assert [e.language for e in alone] == ["fr", "en", "fr"]


def test_a_release_that_breaks_the_recogniser_fails_alone() -> None:
    poisoned = raw("bad", "Jeanne Lemoine à Toulouse. POISON")
    outcomes = enrich_many([RELEASES[0], poisoned, RELEASES[2]], NamesNer(), NOW)
    assert [type(o).__name__ for o in outcomes] == ["EnrichedRelease", "RuntimeError", "EnrichedRelease"]
    assert outcomes[0] == enrich(RELEASES[0], NamesNer(), NOW)
    assert outcomes[2] == enrich(RELEASES[2], NamesNer(), NOW)


def test_one_release_enrichment_raises_its_error() -> None:
    with pytest.raises(RuntimeError, match="choked"):
        enrich(raw("bad", "POISON"), NamesNer(), NOW)


def test_an_empty_batch_is_empty() -> None:
    assert enrich_many([], NamesNer(), NOW) == []


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("- Larnaca General Hospital: a new unit", "Larnaca General Hospital: a new unit"),
        ("  • Montant : 4 M€", "Montant : 4 M€"),
        ("6. NLEX Road Warriors", "NLEX Road Warriors"),
        ("12) Ward 4", "Ward 4"),
        ("-- Kestrel Valley's schools grew", "Kestrel Valley's schools grew"),  # a doubled dash
        ("--- a rule", "--- a rule"),  # three dashes: a rule, not an item's mark
        ("2026. A year of growth", "2026. A year of growth"),  # a year, no item's number
        ("-5 % on the year", "-5 % on the year"),  # a negative figure
        ("1.5 million tonnes", "1.5 million tonnes"),
    ],
)
def test_a_list_item_s_mark_is_what_the_ner_skips(line: str, item: str) -> None:
    from pressflow_enrich.ner import _item_mark

    assert line[_item_mark(line) :] == item
