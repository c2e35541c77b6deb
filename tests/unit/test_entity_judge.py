"""The entity judge on releases we wrote: its evidence, its decision, and the shipped weights."""

from __future__ import annotations

import json
from pathlib import Path

from fake_ner import FakeNer

from pressflow_enrich.entities.judge import (
    TYPES,
    WEIGHTS,
    Judge,
    Release,
    features,
    for_rules_type,
    shipped_judge,
    type_features,
)
from pressflow_enrich.entities.mentions import find_candidates, find_entities
from pressflow_enrich.entities.spans import Hit
from pressflow_schemas import Entity, Mention

TEXT = (
    "Harbourside Cranes wins a port contract\n\n"
    "BRISTOL, 4 March 2025 -- Harbourside Cranes said on Tuesday that it will supply two cranes "
    "to the Port of Avonmouth. Mr Peter Holloway, its chief executive, said the key facts were "
    "simple and that customers should stay connected.\n\n"
    "Key Facts\n\n"
    "Stay Connected\n"
)


NER = FakeNer(
    [
        ("Harbourside Cranes", "ORG"),
        ("BRISTOL", "LOC"),
        ("Harbourside Cranes", "ORG"),
        ("Port of Avonmouth", "LOC"),
        ("Peter Holloway", "PER"),
        ("Key Facts", "ORG"),
        ("Stay Connected", "PER"),
    ]
)


def _entity(text: str, surface: str, kind: str = "ORG") -> Entity:
    start = text.rindex(surface)
    return Entity(
        type=kind, name=surface, mentions=[Mention(text=surface, start=start, end=start + len(surface))]
    )


def _lift(feature: str, kind: str) -> float:
    """What one feature alone adds to the shipped keep probability of a proposal of `kind`: its
    plain weight and its weight for the proposed type together."""
    shipped = shipped_judge()
    assert shipped is not None, "the shipped judge is missing: run `make train`"
    return shipped.keep_probability({feature: 1.0}, kind) - shipped.keep_probability({}, kind)


def test_a_heading_of_ordinary_words_is_evidence_against_a_name() -> None:
    release = Release.of(TEXT, "en", [])
    heading = features(release, _entity(TEXT, "Key Facts"))
    assert heading["heading"] == 1.0 and heading["line_start"] == 1.0
    assert heading["common_words"] == 1.0  # the text writes "key" and "facts" in lower case
    company = features(release, _entity(TEXT, "Harbourside Cranes"))
    assert company["common_words"] < 1.0 and company["lower_word_after"] == 1.0  # "... said"


def test_the_judge_drops_what_its_model_finds_unlikely_and_keeps_the_rest() -> None:
    entities = [_entity(TEXT, "Key Facts"), _entity(TEXT, "Harbourside Cranes")]
    judge = Judge(keep={"bias": 2.0, "common_words": -3.0}, threshold=0.5)
    kept = judge(TEXT, "en", entities, [Hit(0, 18, "ORG")])
    assert [e.name for e in kept] == ["Harbourside Cranes"]


def test_the_keep_model_reads_the_names_own_words() -> None:
    # A label whose words the model learned as no name's ("... Units") is dropped; the same figures
    # with a body's head word are kept: the words weigh beside the figures, not instead of them.
    text = "Placement details\n\nNew Units\n\nThe Harbourside Council approved the plan."
    judge = Judge(keep={"bias": 1.0, "head:units": -3.0, "head:council": 0.5}, threshold=0.5)
    kept = judge(text, "en", [_entity(text, "New Units"), _entity(text, "Harbourside Council")], [])
    assert [e.name for e in kept] == ["Harbourside Council"]
    figures = features(Release.of(text, "en", []), _entity(text, "Harbourside Council"))
    assert figures["head:council"] == figures["first:harbourside"] == 1.0


def test_a_heading_is_no_name_and_the_shipped_judge_keeps_names_with_evidence() -> None:
    proposed, _ = find_candidates(TEXT, "en", NER)
    # a line of its own between blank lines, words the text also writes in lower case: the rules
    # drop it before the judge weighs anything
    assert "Key Facts" not in {e.name for e in proposed}
    judged = {e.name: e.type for e in find_entities(TEXT, "en", NER)}
    assert judged["BRISTOL"] == "LOC" and judged["Peter Holloway"] == "PER"  # dateline; after "Mr"
    assert set(judged) <= {e.name for e in proposed}  # it removes, it never adds


def test_the_shipped_weights_are_figures_only_and_a_missing_file_means_no_judge(tmp_path: Path) -> None:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert set(data) == {"keep", "threshold", "types"} and set(data["types"]) == set(TYPES)
    assert all(isinstance(v, float | int) for v in data["keep"].values())
    assert all(isinstance(v, float | int) for weights in data["types"].values() for v in weights.values())
    assert shipped_judge(tmp_path / "judge.json") is None


def test_countries_continents_and_capitals_the_ner_missed_are_places() -> None:
    text = "Ventes en hausse en Grèce et en Europe; un bureau ouvre à Bangui. Air France reste client."
    found = {e.name: e.type for e in find_candidates(text, "fr", FakeNer([]))[0]}
    assert found == {"Grèce": "LOC", "Europe": "LOC", "Bangui": "LOC"}  # not "France" inside "Air France"


def test_the_parts_of_an_e_mail_address_are_no_ordinary_words() -> None:
    """ "Julie Rivet" is a name, though her address writes it in lower case; "Key Facts" are words."""
    text = (
        "Julie Rivet leads the project; the key facts are below.\nContact: julie.rivet@harbourside.example\n"
    )
    release = Release.of(text, "en", [])
    person = Entity(
        type="PER", name="Julie Rivet", aliases=[], mentions=[Mention(text="Julie Rivet", start=0, end=11)]
    )
    heading = Entity(
        type="ORG", name="Key Facts", aliases=[], mentions=[Mention(text="key facts", start=31, end=40)]
    )
    assert features(release, person)["common_words"] == 0.0
    assert features(release, heading)["common_head"] == 1.0


def test_an_organ_of_a_body_is_evidence_the_shipped_judge_weighs_against_a_name() -> None:
    text = (
        "The County Assembly's Budget and Appropriations Committee will report to the Kerrow County "
        "Assembly, as the International Olympic Committee asked."
    )
    release = Release.of(text, "en", [])
    organ = features(release, _entity(text, "Budget and Appropriations Committee"))
    body = features(release, _entity(text, "Kerrow County Assembly"))
    olympic = features(release, _entity(text, "International Olympic Committee"))  # a body of its own
    assert organ["organ_word"] == 1.0 and body["organ_word"] == 0.0 and olympic["organ_word"] == 0.0
    assert _lift("organ_word", "ORG") < 0  # fitted on our annotated releases: organs are no names


def test_the_type_evidence_is_the_names_words_and_the_words_around_its_mentions() -> None:
    text = "Julia Carrow said the ferry will call at Marrowby Heights. Marrowby Heights opens in May."
    release = Release.of(text, "en", [])
    first = text.index("Marrowby")
    second = text.index("Marrowby", first + 1)
    place = Entity(
        type="ORG",
        name="Marrowby Heights",
        mentions=[Mention(text="Marrowby Heights", start=a, end=a + 16) for a in (first, second)],
    )
    typed = type_features(release, place, features(release, place))
    assert typed["head:heights"] == typed["first:marrowby"] == typed["word:marrowby"] == 1.0
    assert typed["ending:hts"] == 1.0 and typed["type_ORG"] == 1.0  # the rules' own type is evidence too
    # each mention's neighbours, shared among the mentions: "at ..." and "... ." once, then
    # "Heights. ..." (a word with its full stop) and "... opens"
    assert typed["before:at"] == typed["after:."] == 0.5
    assert typed["before:heights."] == typed["after:opens"] == 0.5
    person = _entity(text, "Julia Carrow", "PER")
    assert type_features(release, person, features(release, person))["given_name"] == 1.0


def test_the_keep_model_reads_the_words_around_each_mention_too() -> None:
    text = "The Office of Harlow Port reopens the pier, the Harlow Port said on Monday."
    release = Release.of(text, "en", [])
    office, port = _entity(text, "Office"), _entity(text, "Harlow Port")
    assert features(release, office)["after:of"] == 1.0  # a kind of body cut off its name
    assert features(release, port)["after:said"] == features(release, port)["before:the"] == 1.0
    # fitted on our annotated releases: a person someone quotes ("X said") is one; "X of" before a
    # proposed body or place is a part of a longer name
    assert _lift("after:said", "PER") > 0 > max(_lift("after:of", "ORG"), _lift("after:of", "LOC"))


def test_a_weight_named_for_a_proposed_type_is_read_for_proposals_of_that_type_alone() -> None:
    text = "Quarrin opened a depot in Lowdale, Talbrook said."
    quarrin, talbrook = _entity(text, "Quarrin", "ORG"), _entity(text, "Talbrook", "PER")
    release = Release.of(text, "en", [])
    assert for_rules_type(features(release, quarrin), "ORG", words_too=True)["ORG&after:opened"] == 1.0
    # one word: evidence for a proposed body, against a proposed person
    keep = {"bias": 0.0, "ORG&one_word": 2.0, "PER&one_word": -2.0}
    weights = {t: {"bias": float(t == "ORG")} for t in TYPES}
    weights["LOC"]["PER&one_word"] = 3.0  # and a one-word "person" is a place
    judge = Judge(keep=keep, threshold=0.1, types=weights)  # both kept: 0.88 and 0.12
    assert judge.keep_probability(features(release, quarrin), "ORG") > 0.8
    assert judge.keep_probability(features(release, talbrook), "PER") < 0.2
    assert [(e.name, e.type) for e in judge(text, "en", [quarrin, talbrook], [])] == [
        ("Quarrin", "ORG"),
        ("Talbrook", "LOC"),
    ]


def test_the_shipped_keep_model_weighs_a_names_length_and_words_by_its_proposed_type() -> None:
    # fitted on our annotated releases: a long name and a body's word ("Board", "Trust") make a
    # proposed body likelier and a proposed person less likely
    assert _lift("words", "ORG") > 0 > _lift("words", "PER")
    assert _lift("org_word", "ORG") > 0 > _lift("org_word", "PER")


def test_the_type_model_gives_a_kept_entity_the_type_it_scores_highest() -> None:
    text = "The trophy went to Harrow Vale, said the league."
    weights = {t: {"bias": 0.0} for t in TYPES}
    weights["LOC"]["head:vale"] = 2.0
    judge = Judge(keep={"bias": 5.0}, threshold=0.5, types=weights)
    [kept] = judge(text, "en", [_entity(text, "Harrow Vale", "ORG")], [])
    assert kept.type == "LOC"
    weights["PER"]["before:to"] = 3.0  # the words around it outweigh its last word
    [kept] = Judge(keep={"bias": 5.0}, threshold=0.5, types=weights)(
        text, "en", [_entity(text, "Harrow Vale")], []
    )
    assert kept.type == "PER"
    assert (
        Judge(keep={"bias": 5.0}, threshold=0.5)(text, "en", [_entity(text, "Harrow Vale")], [])[0].type
        == "ORG"
    )


def test_the_shipped_type_model_types_a_place_and_a_company_the_ner_mistyped() -> None:
    text = "The new ferry will call at Marrowby Heights and at Tullen Quay from June, the operator said."
    ner = FakeNer([("Marrowby Heights", "ORG"), ("Tullen Quay", "ORG")])
    assert {e.name: e.type for e in find_candidates(text, "en", ner)[0]}["Marrowby Heights"] == "ORG"
    assert {e.name: e.type for e in find_entities(text, "en", ner)}["Marrowby Heights"] == "LOC"
    text = "The contract was signed with Dunmere Logistics, which said it would hire 40 people."
    ner = FakeNer([("Dunmere Logistics", "LOC")])
    assert {e.name: e.type for e in find_entities(text, "en", ner)} == {"Dunmere Logistics": "ORG"}


def test_a_name_the_type_model_moves_to_the_type_of_its_namesake_joins_it() -> None:
    text = "Harrow Vale won. The trophy went to Harrow Vale, said the league (HV)."
    first, second = text.index("Harrow Vale"), text.rindex("Harrow Vale")
    place = Entity(
        type="LOC", name="Harrow Vale", mentions=[Mention(text="Harrow Vale", start=first, end=first + 11)]
    )
    club = Entity(
        type="ORG",
        name="Harrow Vale",
        aliases=["HV"],
        mentions=[Mention(text="Harrow Vale", start=second, end=second + 11)],
    )
    weights = {t: {"bias": 0.0} for t in TYPES}
    weights["LOC"]["head:vale"] = 2.0  # both are typed places
    judged = Judge(keep={"bias": 5.0}, threshold=0.5, types=weights)(text, "en", [place, club], [])
    assert len(judged) == 1 and judged[0].type == "LOC" and judged[0].aliases == ["HV"]
    assert [m.start for m in judged[0].mentions] == [first, second]


def test_the_type_model_leaves_a_type_a_rule_fixed_and_the_guide_s_places() -> None:
    text = "Shares rose in Europe. The group holds a stake in Brisemont, and staff met at Harrow Vale."
    weights = {t: {"bias": 0.0} for t in TYPES}
    weights["ORG"]["bias"] = 10.0  # a model that would call everything a body
    judge = Judge(keep={"bias": 5.0}, threshold=0.5, types=weights)
    europe, vale = _entity(text, "Europe", "LOC"), _entity(text, "Harrow Vale", "LOC")
    stake = _entity(text, "Brisemont", "LOC")
    ruled = Hit(stake.mentions[0].start, stake.mentions[0].end, "LOC", ruled=True)
    judged = {e.name: e.type for e in judge(text, "en", [europe, stake, vale], [ruled])}
    # a continent stays a place; a type a rule fixed stays; the rest is the model's
    assert judged == {"Europe": "LOC", "Brisemont": "LOC", "Harrow Vale": "ORG"}
