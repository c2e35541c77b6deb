"""Events that cross a topic: a raw release, an enriched release, a dead letter.

A change that would break an existing consumer is a new `schema_version`, not an edit.
"""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal[1] = 1


class _Event(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Event):
    """Where a release came from and what its bytes were."""

    kind: Literal["file", "http"] = Field(description="watched folder or HTTP submission")
    filename: str | None = Field(None, description="original file name, when there was one")
    format: str = Field(description="detected source format: txt, md, html, ...")
    content_type: str | None = None
    encoding: str | None = Field(None, description="text encoding the bytes were decoded with")
    size: int = Field(ge=0, description="size of the original bytes")
    sha256: str = Field(description="sha256 of the original bytes, hex")
    detected_date: date | None = Field(
        None,
        description="a date the format itself carried (HTML meta tag, PDF or Word properties, e-mail Date"
        " header): a hint for published_on, not the release's own statement",
    )


class RawRelease(_Event):
    """A release as ingest publishes it on `releases.raw`: text extracted, nothing interpreted."""

    schema_version: Literal[1] = 1
    release_id: str = Field(description="derived from the normalised text: a repeat has the same id")
    received_at: AwareDatetime = Field(description="file mtime, or time of the HTTP request")
    source: Source
    text: str = Field(min_length=1)
    title: str | None = Field(None, description="title given by the submitter or the format")
    metadata: dict[str, str] = Field(default_factory=dict)


class Span(_Event):
    text: str = Field(description="surface text, exactly text[start:end]")
    start: int = Field(ge=0, description="character offset into the release text")
    end: int = Field(ge=0)


class DateMention(Span):
    value: str = Field(description="ISO 8601 at the grain the text gives: 2018, 2018-12, 2018-12-14, or a/b")
    grain: Literal["year", "month", "day"]
    is_range: bool = False


class Amount(Span):
    value: float = Field(description="in whole units of the currency")
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217")


class Quantity(Span):
    value: float
    unit: str = Field(description="what is counted: '%', 'salariés', 'MW', ...")


class Mention(Span):
    pass


class Entity(_Event):
    type: Literal["PER", "ORG", "LOC"]
    name: str = Field(description="canonical name")
    aliases: list[str] = Field(default_factory=list, description="other names the text uses")
    mentions: list[Mention] = Field(default_factory=list)


class Contact(Span):
    kind: Literal["email", "phone", "url", "handle"]
    value: str = Field(description="normalised: lower-case e-mail, E.164 phone, URL, @handle")
    name: str | None = Field(None, description="person or press office the contact belongs to")


class EnrichedRelease(_Event):
    """A release as enrich publishes it on `releases.enriched`: everything a consumer needs."""

    schema_version: Literal[1] = 1
    release_id: str
    received_at: AwareDatetime
    processed_at: AwareDatetime = Field(description="the only field that differs between replays")
    enricher_version: str
    source: Source
    language: str = Field(description="ISO 639-1: fr, en, ...")
    title: str | None
    text: str
    published_on: date | None = Field(description="the release's own date; null when it states none")
    dates: list[DateMention] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    metadata: dict[str, str] = Field(default_factory=dict)


class DeadLetter(_Event):
    """What a service could not handle, with why and the original payload, for replay."""

    schema_version: Literal[1] = 1
    stage: Literal["ingest", "enrich", "store"]
    error_type: str
    error: str
    failed_at: AwareDatetime
    release_id: str | None = None
    source_topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    filename: str | None = Field(None, description="the input's file name, when it had one (ingest)")
    content_type: str | None = Field(None, description="the input's declared content type (ingest)")
    payload: str = Field(description="the original message or input, decoded per payload_encoding")
    payload_encoding: Literal["utf-8", "base64"] = "utf-8"

    @classmethod
    def of_message(
        cls,
        stage: Literal["enrich", "store"],
        error: Exception,
        topic: str,
        partition: int,
        offset: int,
        value: bytes | None,
    ) -> DeadLetter:
        """A letter for a Kafka message a consumer could not handle, with the message to replay it."""
        return cls(
            stage=stage,
            error_type=type(error).__name__,
            error=str(error)[:2000],
            failed_at=datetime.now(UTC),
            source_topic=topic,
            partition=partition,
            offset=offset,
            payload=(value or b"").decode("utf-8", errors="replace"),
        )

    @classmethod
    def of_input(
        cls,
        error: Exception,
        data: bytes,
        filename: str | None = None,
        content_type: str | None = None,
        max_payload_bytes: int = 768 * 1024,
        kept_at: str | None = None,
    ) -> DeadLetter:
        """A letter for an input ingest accepted but could not turn into a release.

        Inputs over `max_payload_bytes` travel without their payload; `kept_at` says where they are.
        """
        message, payload = str(error), base64.b64encode(data).decode("ascii")
        if len(data) > max_payload_bytes:
            payload = ""
            message += (
                f" [payload of {len(data)} bytes not included (over {max_payload_bytes}); "
                f"the input is kept at {kept_at or 'its source'}]"
            )
        return cls(
            stage="ingest",
            error_type=type(error).__name__,
            error=message,
            failed_at=datetime.now(UTC),
            filename=filename,
            content_type=content_type,
            payload=payload,
            payload_encoding="base64",
        )

    def payload_bytes(self) -> bytes:
        """The original message or input, as it was before it was put in the letter."""
        if self.payload_encoding == "base64":
            return base64.b64decode(self.payload)
        return self.payload.encode("utf-8")
