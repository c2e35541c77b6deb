"""The held-out reading by counts: each error's kind, and no name ever printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressflow.error_kinds import entity_errors, main, sum_errors


def _e(kind: str, name: str, *aliases: str) -> dict:
    return {"type": kind, "name": name, "aliases": list(aliases)}


def test_each_unmatched_gold_entity_gets_one_kind_and_what_is_left_is_extra() -> None:
    gold = [
        _e("ORG", "Tarvock Harbour Board", "THB"),  # found as it is
        _e("LOC", "Kessock Bay"),  # found as a body: a wrong type
        _e("ORG", "Jebel Rassa Free Zone"),  # found without its first word: a wrong cut
        _e("PER", "Anjali Mbeki-Rourke"),  # nowhere
    ]
    found = [
        _e("ORG", "THB"),
        _e("ORG", "Kessock Bay"),
        _e("ORG", "Rassa Free Zone"),
        _e("PER", "Minister Quin"),
        _e("DATE", "Tuesday"),  # not one of the guide's types: neither found nor extra
    ]
    assert entity_errors(gold, found) == {"wrong type": 1, "wrong cut": 1, "missed": 1, "extra": 1}


def test_a_cut_is_word_for_word_not_inside_a_word() -> None:
    assert entity_errors([_e("ORG", "Pellow Group")], [_e("ORG", "Pell")]) == {"missed": 1, "extra": 1}


def test_a_missed_sum_and_an_extra_one_pair_as_a_currency_or_a_scale() -> None:
    gold = {(1200000.0, "NZD"), (45000.0, "NZD"), (0.3, "NZD"), (80000.0, "EUR"), (9.5, "GBP")}
    found = {
        (1200000.0, "AUD"),  # the wrong dollar
        (45000000.0, "NZD"),  # thousands read as thousands twice
        (30.0, "NZD"),  # cents read as dollars
        (80000.0, "EUR"),  # right
        (2026.0, "USD"),  # a year taken for a sum
    }
    assert sum_errors(gold, found) == {"wrong currency": 1, "wrong scale": 2, "missed": 1, "extra": 1}
    # each sum pairs once: two extras in other currencies do not make one missed sum two errors
    assert sum_errors({(5.0, "CAD")}, {(5.0, "USD"), (5.0, "AUD")}) == {"wrong currency": 1, "extra": 1}


def test_the_report_counts_by_language_and_never_prints_a_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    releases = {
        "r1": ("en", [_e("ORG", "Tarvock Harbour Board"), _e("LOC", "Kessock Bay")], [[1200000, "NZD"]]),
        "r2": ("fr", [_e("PER", "Ninon Vasseur-Abadie")], [[3500000, "EUR"], [40000, "EUR"]]),
    }
    events = []
    for doc_id, (lang, entities, sums) in releases.items():
        amounts = [{"value": v, "currency": c} for v, c in sums]
        doc = {"id": doc_id, "lang": lang, "text": "...", "gold": {"entities": entities, "amounts": amounts}}
        (gold / f"{doc_id}.json").write_text(json.dumps(doc), encoding="utf-8")
    events.append(
        {
            "source": {"filename": "r1.txt"},
            "language": "en",
            "entities": [_e("ORG", "Harbour Board"), _e("LOC", "Kessock Bay")],
            "amounts": [{"value": 1200000, "currency": "AUD"}],  # the wrong dollar
        }
    )
    events.append(
        {
            "source": {"filename": "r2.txt"},
            "language": "fr",
            "entities": [_e("PER", "Ninon Vasseur-Abadie")],
            "amounts": [{"value": 3500000, "currency": "EUR"}],
        }
    )
    (tmp_path / "events").write_text("\n".join(json.dumps(e) for e in events) + "\n", encoding="utf-8")

    assert main(["--gold", str(gold), "--events", str(tmp_path / "events")]) == 0
    out = capsys.readouterr().out
    assert "en: 1 releases, 2 gold entities" in out
    assert "wrong cut 1 (1.00)" in out and "missed 0" in out
    assert "sums: 1 in the gold, missed 1, extra 1; in 1 releases" in out
    assert "wrong currency 1, wrong scale 0, missed 0, extra 0" in out
    assert "fr: 1 releases, 1 gold entities" in out and "sums: 2 in the gold, missed 1, extra 0" in out
    for name in ("Tarvock", "Harbour", "Kessock", "Ninon", "NZD", "AUD"):
        assert name not in out


def test_an_empty_gold_folder_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "events").write_text("", encoding="utf-8")
    assert main(["--gold", str(tmp_path), "--events", str(tmp_path / "events")]) == 2
    assert "no annotated releases" in capsys.readouterr().err
