"""The named-entity recogniser port, and its spaCy adapter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Span:
    """A raw NER hit: offsets into the text it was run on and spaCy's label."""

    start: int
    end: int
    label: str


class Ner(Protocol):
    """Finds entity spans in a text; the entity rules correct and merge them."""

    def __call__(self, text: str, lang: str) -> Sequence[Span]: ...


class SpacyNer:
    """Runs only the `ner` component of an installed spaCy pipeline, one paragraph at a time.

    Paragraph by paragraph because the parser, when enabled, splits names across sentence
    boundaries; the ner component alone is both faster and more accurate on releases.
    Pipelines load on first use, never at import time.
    """

    def __init__(self, models: dict[str, str]) -> None:
        self._names = dict(models)
        self._loaded: dict[str, object] = {}

    def _pipeline(self, lang: str):  # type: ignore[no-untyped-def]
        name = self._names.get(lang) or self._names["fr"]
        if name not in self._loaded:
            import spacy

            keep = {"tok2vec", "ner"}
            nlp = spacy.load(name)
            nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep])
            self._loaded[name] = nlp
        return self._loaded[name]

    def __call__(self, text: str, lang: str) -> list[Span]:
        nlp = self._pipeline(lang)
        spans: list[Span] = []
        offset = 0
        for block in text.split("\n"):
            if block.strip():
                for ent in nlp(block).ents:  # type: ignore[operator]
                    spans.append(Span(offset + ent.start_char, offset + ent.end_char, ent.label_))
            offset += len(block) + 1
        return spans
