"""A pattern's matches found by trying it only at the offsets where one can open."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def opened_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, when `starts` (ascending) holds every offset a match can open
    at: finditer tries each offset from the end of its last match, and fails at the others. The
    pattern must not match the empty string (finditer would then try the same offset again)."""
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m:
                end = m.end()
                yield m
