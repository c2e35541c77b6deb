"""Whether a release copies or revises an earlier one: the decision over two fingerprints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pressflow_schemas.fingerprints import Fingerprint, shingles

LinkKind = Literal["duplicate_of", "revision_of"]

# Chosen on tests/fixtures/links (see the README), measured without short edge lines only one
# text has. A copy adds at most COPY_NOVELTY of new shingles (a few edited words: 0.04-0.09;
# an added paragraph: 0.21-0.28) and keeps at least COPY_JACCARD of the union (a shortened
# repost: 0.74 and up; a column quoting one sentence: 0.11 at most); a revision shares at
# least REVISION_JACCARD (0.72 and up, against 0.15 between two releases of one organisation).
EDGE_WORDS = 20  # an edge line this long or longer is a paragraph, not a header or sign-off
COPY_NOVELTY = 0.15
COPY_JACCARD = 0.6
REVISION_JACCARD = 0.6


@dataclass(frozen=True)
class Verdict:
    kind: LinkKind
    similarity: float  # Jaccard similarity of the two bodies' shingles, 0..1


def similarity(earlier: Fingerprint, later: Fingerprint) -> tuple[float, float]:
    """Jaccard similarity, and novelty: the share of the later body the earlier does not have.

    Both are measured without the short lines at either end that only one of the two has: a
    distributor's header or sign-off is a line; an added paragraph is a paragraph."""
    first, second = _trimmed(earlier, later.shingles), _trimmed(later, earlier.shingles)
    if not first or not second:
        return 0.0, 1.0
    shared = len(first & second)
    return shared / len(first | second), 1 - shared / len(second)


def _trimmed(print_: Fingerprint, other: frozenset[int]) -> frozenset[int]:
    lines = list(print_.lines)
    while lines and _edge(lines[0], other):
        lines.pop(0)
    while lines and _edge(lines[-1], other):
        lines.pop()
    if len(lines) == len(print_.lines):
        return print_.shingles
    return shingles(lines)


def _edge(line: str, other: frozenset[int]) -> bool:
    """A short line whose shingles the other text mostly lacks."""
    if len(line.split(None, EDGE_WORDS)) >= EDGE_WORDS:
        return False  # a paragraph: its shingles need not be found (a one-line release is one)
    own = shingles([line])
    return len(own & other) < len(own) / 2


def changed_figures(earlier: Fingerprint, later: Fingerprint) -> bool:
    """A figure of the earlier text replaced by another: both texts state a number the other lacks."""
    return bool(earlier.figures - later.figures) and bool(later.figures - earlier.figures)


def compare(earlier: Fingerprint, later: Fingerprint) -> Verdict | None:
    """How `later` relates to `earlier`: a copy, a revision, or nothing (None).

    A copy carries the same body, give or take its header, footer, contact block, quotation
    marks and a few words; a revision shares most of its text but changed a figure or
    added, removed or rewrote paragraphs. A release on the same subject by the same
    organisation shares its boilerplate and a few phrases, far below either threshold.
    """
    return decide(earlier, later, *similarity(earlier, later))


def decide(earlier: Fingerprint, later: Fingerprint, jaccard: float, novelty: float) -> Verdict | None:
    """compare() given the similarity() of the two, already measured."""
    if novelty <= COPY_NOVELTY and jaccard >= COPY_JACCARD and not changed_figures(earlier, later):
        return Verdict("duplicate_of", round(jaccard, 4))
    if jaccard >= REVISION_JACCARD:
        return Verdict("revision_of", round(jaccard, 4))
    return None
