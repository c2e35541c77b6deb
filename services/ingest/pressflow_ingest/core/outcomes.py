"""What a submission became, as a typed outcome, and the one table of what each outcome means."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pressflow_ingest.core.formats import InvalidRelease, UnreadableContent, UnsupportedFormat
from pressflow_ingest.core.formats.json import NotJson
from pressflow_ingest.core.submission import Receipt
from pressflow_runtime.publishing import TooLarge, Unavailable

Kind = Literal[
    "accepted",
    "duplicate",
    "unsupported_format",
    "invalid_json",
    "invalid_release",
    "unreadable",
    "too_large",
    "unavailable",
    "failed",
]
Folder = Literal[".processed", ".failed"]


@dataclass(frozen=True)
class Handling:
    """What an outcome means to each side: the HTTP status, and where an inbox file goes.

    `folder` None: the file stays in the inbox and is tried again. `dead_letter`: an inbox file
    that was taken but not published is recorded on the dead-letter topic, to replay after a fix.
    """

    status: int
    folder: Folder | None
    dead_letter: bool = False


HANDLING: dict[Kind, Handling] = {
    "accepted": Handling(202, ".processed"),
    "duplicate": Handling(200, ".processed"),
    "unsupported_format": Handling(415, ".failed"),  # never ours to read
    "invalid_json": Handling(400, ".failed", dead_letter=True),
    "invalid_release": Handling(422, ".failed", dead_letter=True),
    "unreadable": Handling(422, ".failed", dead_letter=True),
    "too_large": Handling(413, ".failed", dead_letter=True),
    "unavailable": Handling(503, None),  # nothing was published: worth the same input again later
    "failed": Handling(500, ".failed", dead_letter=True),  # would fail the same way again
}


@dataclass(frozen=True)
class Outcome:
    """A receipt when the submission was published or known; else why not."""

    kind: Kind
    receipt: Receipt | None = None
    reason: str = ""
    errors: list[dict[str, str]] | None = None
    error: Exception | None = field(default=None, compare=False)

    @property
    def handling(self) -> Handling:
        return HANDLING[self.kind]

    @classmethod
    def of(cls, receipt: Receipt) -> Outcome:
        return cls("duplicate" if receipt.duplicate else "accepted", receipt)


def outcome_of(error: Exception) -> Outcome:
    """The outcome of a submission that raised `error` on its way to the broker."""
    kind: Kind = "failed"
    errors = None
    if isinstance(error, UnsupportedFormat):
        kind = "unsupported_format"
    elif isinstance(error, NotJson):
        kind = "invalid_json"
    elif isinstance(error, InvalidRelease):
        kind, errors = "invalid_release", error.errors
    elif isinstance(error, UnreadableContent | ValueError):
        kind = "unreadable"
    elif isinstance(error, TooLarge):
        kind = "too_large"
    elif isinstance(error, Unavailable):
        kind = "unavailable"
    reason = str(error) if kind != "failed" else f"{type(error).__name__}: {error}"
    return Outcome(kind, reason=reason, errors=errors, error=error)
