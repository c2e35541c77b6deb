"""The named-entity recogniser port, and its spaCy adapter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
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
    """Runs only the `ner` component of an installed spaCy pipeline, line by line.

    Line by line because a release's lines are headings, names and contact fields as often as
    prose: a hit never runs across a line break. The lines go through `nlp.pipe` as one batch;
    the ner component carries its own tok2vec, so every other component stays unloaded. Where
    `weights` holds a fine-tuned ner for the language (`<weights>/<lang>/ner`, made by `make
    train`), it replaces the installed one. Pipelines load on first use, never at import time.
    """

    def __init__(self, models: dict[str, str], weights: Path | None = None) -> None:
        self._names = dict(models)
        self._weights = weights
        self._loaded: dict[str, object] = {}

    def _pipeline(self, lang: str):  # type: ignore[no-untyped-def]
        lang = lang if lang in self._names else "fr"
        if lang not in self._loaded:
            import spacy

            name = self._names[lang]
            components = spacy.util.get_model_meta(spacy.util.get_package_path(name)).get("components", [])
            nlp = spacy.load(name, exclude=[c for c in components if c != "ner"])
            fine_tuned = self._weights / lang / "ner" if self._weights else None
            if fine_tuned and fine_tuned.is_dir():
                nlp.get_pipe("ner").from_disk(fine_tuned, exclude=["vocab"])
            self._loaded[lang] = nlp
        return self._loaded[lang]

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
