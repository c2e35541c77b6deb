"""Whether a release copies or revises an earlier one: the decision over two fingerprints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pressflow_store.linking.fingerprints import Fingerprint

LinkKind = Literal["duplicate_of", "revision_of"]

# Chosen on tests/fixtures/links (see the README). A copy adds at most this share of new
# shingles (a distributor's header line, a few edited words; copies measured 0.04-0.15, an
# added paragraph 0.21-0.28) and keeps at least COPY_JACCARD of the union (a shortened
# repost: 0.67 and up; a column quoting one sentence: 0.12 at most); a revision shares at
# least REVISION_JACCARD (0.72 and up, against 0.15 between two releases of one organisation).
COPY_NOVELTY = 0.18
COPY_JACCARD = 0.6
REVISION_JACCARD = 0.5


@dataclass(frozen=True)
class Verdict:
    kind: LinkKind
    similarity: float  # Jaccard similarity of the two bodies' shingles, 0..1


def similarity(earlier: Fingerprint, later: Fingerprint) -> tuple[float, float]:
    """Jaccard similarity, and novelty: the share of the later body the earlier does not have."""
    if not earlier.shingles or not later.shingles:
        return 0.0, 1.0
    shared = len(earlier.shingles & later.shingles)
    return shared / len(earlier.shingles | later.shingles), 1 - shared / len(later.shingles)


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
    jaccard, novelty = similarity(earlier, later)
    if novelty <= COPY_NOVELTY and jaccard >= COPY_JACCARD and not changed_figures(earlier, later):
        return Verdict("duplicate_of", round(jaccard, 4))
    if jaccard >= REVISION_JACCARD:
        return Verdict("revision_of", round(jaccard, 4))
    return None
