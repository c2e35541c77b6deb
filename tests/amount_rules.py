"""The sums the amount rules read, as the blind sets' unit tests compare them: a set of (value,
rounded to six places, currency), so a test asks what is among them and what is not."""

from __future__ import annotations

from pressflow_enrich.amounts.mentions import find_amounts


def money(text: str, lang: str = "en") -> set[tuple[float, str]]:
    return {(round(a.value, 6), a.currency) for a in find_amounts(text, lang)[0]}
