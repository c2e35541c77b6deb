"""Which copy of the rules runs: the compiled one only while it matches every source."""

import json

import pytest

from pressflow_enrich import native


@pytest.fixture
def stamp(tmp_path, monkeypatch):
    path = tmp_path / "native.json"
    monkeypatch.setattr(native, "STAMP", path)
    return path


def test_a_build_of_the_current_sources_is_current(stamp):
    stamp.write_text(json.dumps({"sources": native.source_hashes()}))
    assert native.stale_source() is None


def test_one_edited_source_makes_the_build_stale_and_names_it(stamp):
    hashes = native.source_hashes()
    hashes["pressflow_enrich.entities.spans"] = "0" * 64  # compiled from another text of spans.py
    stamp.write_text(json.dumps({"sources": hashes}))
    assert native.stale_source() == "pressflow_enrich.entities.spans"


@pytest.mark.parametrize("content", [None, "", "{not json", '{"other": 1}'])
def test_no_readable_stamp_is_never_current(stamp, content):
    if content is not None:
        stamp.write_text(content)
    assert native.stale_source() == native.MODULES[0]


def test_the_source_finder_takes_the_listed_modules_only():
    finder = native._FromSource()
    spec = finder.find_spec("pressflow_enrich.dates.mentions")
    assert spec is not None and spec.origin is not None
    assert spec.origin.endswith("pressflow_enrich/dates/mentions.py")
    assert finder.find_spec("pressflow_enrich.pipeline") is None  # never compiled: the usual import
    assert finder.find_spec("json") is None


def test_every_listed_module_has_its_source():
    assert all(native.source_of(m).is_file() for m in native.MODULES)
