"""Marks in a release's text: where enrichment found entities, dates and amounts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Segment:
    """A run of text; `kind` says what was found there (None for plain text)."""

    text: str
    kind: str | None = None
    label: str = ""
    entity: tuple[str, str] | None = None  # (type, canonical name): what to filter by


def _spans(event: dict[str, Any]) -> list[tuple[int, int, str, str, tuple[str, str] | None]]:
    spans: list[tuple[int, int, str, str, tuple[str, str] | None]] = [
        (m["start"], m["end"], e["type"].lower(), f"{e['type']} {e['name']}", (e["type"], e["name"]))
        for e in event.get("entities", [])
        for m in e.get("mentions", [])
    ]
    spans += [(d["start"], d["end"], "date", d["value"], None) for d in event.get("dates", [])]
    spans += [
        (a["start"], a["end"], "amount", f"{a['value']:,.2f} {a['currency']}", None)
        for a in event.get("amounts", [])
    ]
    return sorted(spans, key=lambda s: (s[0], -s[1]))


def segments(event: dict[str, Any], start: int = 0, end: int | None = None) -> list[Segment]:
    """The text between `start` and `end` cut into plain and marked runs.

    Spans that overlap an earlier one are left out: the earlier (and on a tie the longer) wins,
    so a date inside an organisation's name does not break the name.
    """
    text = event["text"]
    end = len(text) if end is None else min(end, len(text))
    out: list[Segment] = []
    at = start
    for first, last, kind, label, entity in _spans(event):
        if first < at or last > end or first >= last:
            continue
        if first > at:
            out.append(Segment(text[at:first]))
        out.append(Segment(text[first:last], kind, label, entity))
        at = last
    if at < end:
        out.append(Segment(text[at:end]))
    return out


def snippet_end(text: str, length: int = 320) -> int:
    """Where a snippet of about `length` characters ends: at a word boundary."""
    if len(text) <= length:
        return len(text)
    space = text.rfind(" ", 0, length)
    return space if space > length // 2 else length
