"""The projection of gold names onto a release's text, which the NER fine-tuning learns from."""

from __future__ import annotations

from pressflow.train import project


def test_every_occurrence_longest_first_and_on_one_line() -> None:
    text = "La Région Occitanie finance.\nEn Occitanie, la Région Occitanie et\nToulouse Métropole."
    names = [("ORG", "Région Occitanie"), ("LOC", "Occitanie"), ("ORG", "Toulouse Métropole")]
    spans, unknown = project(text, names)
    assert [(text[s:e], t) for s, e, t in spans] == [
        ("Région Occitanie", "ORG"),
        ("Occitanie", "LOC"),
        ("Région Occitanie", "ORG"),
        ("Toulouse Métropole", "ORG"),
    ]
    assert unknown == []


def test_a_name_given_two_types_is_left_unlabelled() -> None:
    text = "Le CNES (Centre national d’études spatiales) et le CNES."
    spans, unknown = project(
        text, [("ORG", "CNES"), ("LOC", "CNES"), ("ORG", "Centre national d'études spatiales")]
    )
    assert [(text[s:e], t) for s, e, t in spans] == [("Centre national d’études spatiales", "ORG")]
    assert [text[s:e] for s, e in unknown] == ["CNES", "CNES"]


def test_a_name_never_spans_a_line_break() -> None:
    spans, _ = project("Brooks\n\nMacdonald", [("ORG", "Brooks Macdonald")])
    assert spans == []
