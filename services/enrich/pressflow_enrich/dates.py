"""Dates: the release's own date and every calendar reference, normalised to ISO 8601."""

from __future__ import annotations

from datetime import date

from pressflow_schemas import DateMention


def find_published_on(text: str, lang: str) -> date | None:
    """The date the release itself carries (dateline, header), or None."""
    return None


def find_dates(text: str, lang: str, anchor: date) -> list[DateMention]:
    """Every date in the text; partial and relative ones resolved against `anchor`."""
    return []
