"""A release object in JSON, as the HTTP API takes it: text (or HTML) with optional title and metadata."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Annotated, Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError, field_validator

from pressflow_ingest.core.formats.extraction import (
    Extracted,
    InvalidRelease,
    UnreadableContent,
    clean_title,
    require_text,
)
from pressflow_ingest.core.formats.html import extract_html_markup

EXAMPLE: dict[str, Any] = {
    "text": "Lille, le 5 mai 2025\n\nLa Métropole européenne de Lille lance un appel à projets de 2 M€.",
    "title": "Appel à projets",
    "filename": "appel-a-projets.txt",
    "received_at": "2025-05-05T08:00:00+02:00",
    "metadata": {"agency": "MEL"},
}


class ReleaseObject(BaseModel):
    """A release submitted as JSON."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [EXAMPLE]})

    text: Annotated[
        str, Field(min_length=1, description="the release text, or its HTML when `filename` ends in .html")
    ]
    filename: str | None = Field(None, description="the original file name; .html/.htm makes `text` HTML")
    title: str | None = None
    received_at: AwareDatetime | None = Field(
        None, description="when the release was received, if the submitter knows better than us"
    )
    metadata: dict[str, str] = Field(default_factory=dict)

    @field_validator("received_at", mode="before")
    @classmethod
    def _written_out(cls, value: object) -> object:
        # a number is no time of day, though pydantic would read 0 as 1970-01-01
        if value is not None and not isinstance(value, str):
            raise ValueError("received_at is an ISO 8601 date-time with its zone, as a string")
        return value


class NotJson(UnreadableContent):
    """The bytes are not JSON at all."""


def parse_release_object(value: object) -> ReleaseObject:
    """A decoded JSON value as a release object; InvalidRelease names each field that is wrong."""
    try:
        return ReleaseObject.model_validate(value)
    except ValidationError as exc:
        errors = [
            {"field": ".".join(str(p) for p in e["loc"]) or "(body)", "message": e["msg"]}
            for e in exc.errors(include_url=False, include_context=False, include_input=False)
        ]
        fields = ", ".join(e["field"] for e in errors)
        raise InvalidRelease(f"the JSON is not a valid release ({fields}); see detail", errors) from exc


def extract_json(data: bytes) -> Extracted:
    """A .json release object: its text (HTML made text), title, time and metadata."""
    try:
        value = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise NotJson(f"the body is not valid JSON: {exc}"[:300]) from exc
    release = parse_release_object(value)
    filename = PurePath(release.filename).name if release.filename else None
    if filename and PurePath(filename).suffix.lower() in (".html", ".htm"):
        html = extract_html_markup(release.text)
        text, title, detected = html.text, html.title, html.detected_date
    else:
        text, title, detected = require_text(release.text, "json"), None, None
    return Extracted(
        text=text,
        format="json",
        encoding="utf-8",
        title=clean_title(release.title) or title,
        detected_date=detected,
        filename=filename,
        received_at=release.received_at,
        metadata=release.metadata,
    )
