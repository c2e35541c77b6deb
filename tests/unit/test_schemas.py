"""The contracts: checked-in schemas match the models, topics honour the prefix."""

import json

import pytest
from pydantic import ValidationError

from pressflow_schemas import DeadLetter, RawRelease, Topics
from pressflow_schemas.generate import SCHEMAS_DIR, drift, generated_files


def test_checked_in_schemas_match_the_models():
    stale = drift()
    assert stale == [], f"run `make schemas`: {', '.join(p.name for p in stale)} drifted"


def test_every_event_schema_requires_its_version():
    for path in (SCHEMAS_DIR / "json").glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        assert "schema_version" in schema["properties"], path.name


def test_asyncapi_describes_every_topic():
    text = generated_files()[SCHEMAS_DIR / "asyncapi.yaml"]
    for address in Topics().all():
        assert f"address: {address}" in text


def test_topics_take_the_prefix():
    assert Topics("staging.").all() == (
        "staging.releases.raw",
        "staging.releases.enriched",
        "staging.releases.dead-letter",
        "staging.releases.linked",
    )


def test_a_raw_release_without_timezone_is_refused():
    with pytest.raises(ValidationError, match="timezone"):
        RawRelease.model_validate(
            {
                "release_id": "x",
                "received_at": "2025-01-01T10:00:00",
                "source": {"kind": "file", "format": "txt", "size": 1, "sha256": "0"},
                "text": "x",
            }
        )


def test_a_dead_letter_from_a_future_schema_version_is_refused():
    with pytest.raises(ValidationError):
        DeadLetter.model_validate(
            {
                "schema_version": 2,
                "stage": "enrich",
                "error_type": "E",
                "error": "e",
                "failed_at": "2025-01-01T10:00:00Z",
                "payload": "",
            }
        )
