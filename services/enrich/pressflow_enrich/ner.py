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
    """Runs only the `tok2vec` and `ner` components of an installed spaCy pipeline, line by line.

    Line by line because a release's lines are headings, names and contact fields as often as
    prose: a hit never runs across a line break. The lines go through `nlp.pipe` as one batch,
    and the parser and tagger stay off: the ner component alone is faster and as accurate here.
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
            # The other components are not even loaded, so a restarted worker is back sooner.
            nlp = spacy.load(name, exclude=[p for p in _components(name) if p not in keep])
            nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep])
            self._loaded[name] = nlp
        return self._loaded[name]

    def __call__(self, text: str, lang: str) -> list[Span]:
        nlp = self._pipeline(lang)
        offsets, lines = [], []
        offset = 0
        for line in text.split("\n"):
            if line.strip():
                offsets.append(offset)
                lines.append(line)
            offset += len(line) + 1
        spans: list[Span] = []
        for start, doc in zip(offsets, nlp.pipe(lines, batch_size=256), strict=True):  # type: ignore[attr-defined]
            spans += [Span(start + e.start_char, start + e.end_char, e.label_) for e in doc.ents]
        return spans


def _components(package: str) -> list[str]:
    """The pipeline components an installed spaCy package declares; none known for a path."""
    import spacy

    try:
        return list(spacy.util.get_model_meta(spacy.util.get_package_path(package))["pipeline"])
    except (ImportError, OSError, KeyError):
        return []
