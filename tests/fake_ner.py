"""A stand-in for spaCy's NER in unit tests of the entity rules: no model loads."""

from __future__ import annotations

from pressflow_enrich.ner import Span


class FakeNer:
    """Returns the spans of the given (surface, label) pairs, found in the text in order."""

    def __init__(self, hits: list[tuple[str, str]]) -> None:
        self.hits = hits

    def __call__(self, text: str, lang: str) -> list[Span]:
        spans, cursor = [], 0
        for surface, label in self.hits:
            start = text.index(surface, cursor)
            spans.append(Span(start, start + len(surface), label))
            cursor = start + len(surface)
        return spans
