"""Linking each new release to the copies and revisions already stored, through the band-key index."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
from sqlalchemy import Connection, delete, insert, select

from pressflow_schemas import EnrichedRelease, ReleaseLink
from pressflow_schemas.fingerprints import (
    SIGNATURE_DTYPE,
    Fingerprint,
    band_key_matrix,
    body_print,
    body_prints,
    fingerprints,
    similar,
)
from pressflow_store.db.bulk import bulk_insert
from pressflow_store.db.tables import release_links, release_signatures, releases
from pressflow_store.linking.bands import band_index, pairs_within
from pressflow_store.linking.copies import Verdict, decide, similarity
from pressflow_store.linking.outbox import Changes

# Candidates whose signatures estimate a lower similarity are not compared: the labelled
# copies and revisions measure 0.67 and up before their edges are trimmed, three standard
# errors of a 144-value estimate above this; releases written from one template, below it.
SCREEN = 0.55


@dataclass(frozen=True)
class _Release:
    pk: int
    release_id: str
    received_at: datetime

    @property
    def order(self) -> tuple[datetime, str]:
        """Which of two copies is the earlier: received first, the id breaking ties."""
        return (self.received_at, self.release_id)


class _Archive:
    """The stored releases one batch needs, read once each, and the links as they change."""

    def __init__(self, conn: Connection, texts: dict[int, str], changes: Changes) -> None:
        self.conn = conn
        self._texts = texts
        self._prints: dict[int, Fingerprint] = {}
        self._releases: dict[int, _Release] = {}
        # each release's link as this transaction leaves it (None: it links to nothing)
        self._links: dict[int, tuple[int, str, float] | None] = {}
        self.changes = changes
        # stored by this transaction: no link committed before can point at them
        self._fresh = set(texts)
        self._targets: set[int] = set()  # releases a copy was linked to in this transaction
        self._measured: dict[tuple[int, int], tuple[float, float]] = {}
        # links set, not yet inserted: inserted as one statement before release_links is read
        # or deleted from, and at the end of the batch
        self._unwritten: list[dict[str, object]] = []

    def preload(self, pks: set[int]) -> None:
        """Read the texts, arrival order and links of `pks` in three statements, not one each."""
        unread = sorted(pks - self._texts.keys())
        if unread:
            query = select(releases.c.id, releases.c.event).where(releases.c.id.in_(unread))
            self._texts.update((pk, json.loads(event)["text"]) for pk, event in self.conn.execute(query))
        self.releases(pks)
        unknown = sorted(pks - self._links.keys())
        if unknown:
            self.flush()
            self._links.update(dict.fromkeys(unknown))
            linked = select(
                release_links.c.release_pk,
                release_links.c.target_pk,
                release_links.c.kind,
                release_links.c.similarity,
            ).where(release_links.c.release_pk.in_(unknown))
            self._links.update(
                (pk, (target, kind, score)) for pk, target, kind, score in self.conn.execute(linked)
            )

    def print_all(self, pks: set[int]) -> None:
        """The fingerprints (without MinHash) of `pks` whose texts are at hand, in one pass."""
        todo = sorted(pk for pk in pks if pk in self._texts and pk not in self._prints)
        self._prints.update(zip(todo, body_prints([self._texts[pk] for pk in todo]), strict=True))

    def fingerprint(self, pk: int) -> Fingerprint:
        if pk not in self._prints:
            if pk not in self._texts:
                stored = self.conn.execute(select(releases.c.event).where(releases.c.id == pk)).scalar_one()
                self._texts[pk] = json.loads(stored)["text"]
            self._prints[pk] = body_print(self._texts[pk])  # compared only: no MinHash needed
        return self._prints[pk]

    def similarity(self, earlier: int, later: int) -> tuple[float, float]:
        """copies.similarity() of two releases, measured once per transaction."""
        if (earlier, later) not in self._measured:
            self._measured[earlier, later] = similarity(self.fingerprint(earlier), self.fingerprint(later))
        return self._measured[earlier, later]

    def fingerprint_all(self, pks: list[int]) -> dict[int, Fingerprint]:
        """The fingerprints of releases whose texts are at hand, their MinHashes in one pass."""
        self._prints.update(zip(pks, fingerprints([self._texts[pk] for pk in pks]), strict=True))
        return {pk: self._prints[pk] for pk in pks}

    def releases(self, pks: Iterable[int]) -> dict[int, _Release]:
        missing = [pk for pk in pks if pk not in self._releases]
        if missing:
            query = select(releases.c.id, releases.c.release_id, releases.c.received_at).where(
                releases.c.id.in_(missing)
            )
            for pk, rid, received in self.conn.execute(query):
                received = received if received.tzinfo else received.replace(tzinfo=UTC)
                self._releases[pk] = _Release(pk, rid, received)
        return {pk: self._releases[pk] for pk in pks}

    def link_of(self, pk: int) -> tuple[int, str, float] | None:
        if pk not in self._links:
            self.preload({pk})
        return self._links[pk]

    def copies_of(self, pk: int) -> list[int]:
        if pk in self._fresh and pk not in self._targets:
            return []
        self.flush()
        query = select(release_links.c.release_pk).where(
            release_links.c.target_pk == pk, release_links.c.kind == "duplicate_of"
        )
        return list(self.conn.execute(query).scalars())

    def root(self, pk: int) -> int:
        """The earliest copy of the release (itself when it copies nothing)."""
        link = self.link_of(pk)
        return link[0] if link and link[1] == "duplicate_of" else pk

    def set_link(self, pk: int, target: int, kind: str, score: float) -> None:
        """Link `pk` to `target`, retracting the link it replaces; the same link again is a no-op."""
        current = self.link_of(pk)
        if current and current[0] == target and current[1] == kind:
            return
        if current:
            self.unlink(pk)
        self._unwritten.append({"release_pk": pk, "target_pk": target, "kind": kind, "similarity": score})
        self._links[pk] = (target, kind, score)
        if kind == "duplicate_of":
            self._targets.add(target)
        self.changes.added(self._wire(pk, target, kind, score))

    def unlink(self, pk: int) -> None:
        current = self.link_of(pk)
        if current:
            self.flush()
            self.conn.execute(delete(release_links).where(release_links.c.release_pk == pk))
            self._links[pk] = None
            self.changes.retracted(self._wire(pk, *current))

    def flush(self) -> None:
        """Insert the links set since the last flush."""
        if self._unwritten:
            self.conn.execute(insert(release_links), self._unwritten)
            self._unwritten = []

    def _wire(self, pk: int, target: int, kind: str, score: float) -> ReleaseLink:
        found = self.releases([pk, target])
        return ReleaseLink(
            release_id=found[pk].release_id, kind=kind, target_id=found[target].release_id, similarity=score
        )


def link_releases(
    conn: Connection,
    written: Sequence[tuple[int, EnrichedRelease]],
    changes: Changes,
    given: Mapping[int, bytes] | None = None,
) -> None:
    """Store the signatures of releases stored for the first time and link each to its copies
    or the release it revises, among those stored before and those earlier in the batch.
    `given` holds the signatures enrich computed (by release), a release missing from it has
    its signature computed here."""
    if not written:
        return
    archive = _Archive(conn, {pk: ev.text for pk, ev in written}, changes)
    signatures_of = _signatures(archive, [pk for pk, _ in written], given or {})
    pks = [pk for pk, _ in written if signatures_of[pk]]  # a release without shingles links to nothing
    if not pks:
        return
    signatures = b"".join(signatures_of[pk] for pk in pks)
    mine = np.frombuffer(signatures, dtype=SIGNATURE_DTYPE).reshape(len(pks), -1)
    keys = band_key_matrix(mine)
    with band_index(conn) as index:
        # one shared band also happens to releases written from one template: the signatures
        # screen those out before any text is read, every pair at once
        rows, slots = index.matches(keys)
        kept = index.screened(mine, rows, slots, SCREEN)
        close = _grouped(pks, rows[kept], index.pks[slots[kept]])
    later, earlier = pairs_within(keys)
    kept = similar(mine, later, mine, earlier, SCREEN)
    for pk, near in _grouped(pks, later[kept], np.array(pks)[earlier[kept]]).items():
        close.setdefault(pk, set()).update(near)
    bulk_insert(conn, release_signatures, [{"release_pk": pk, "signature": signatures_of[pk]} for pk in pks])
    wanted = {n for pk, near in close.items() for n in (pk, *near)}
    archive.preload(wanted)
    archive.print_all(wanted)
    for pk in pks:
        if pk in close:
            _link(archive, pk, close[pk])
    archive.flush()


def _signatures(archive: _Archive, pks: list[int], given: Mapping[int, bytes]) -> dict[int, bytes]:
    """Each release's signature: as given, else computed (in one pass for those missing)."""
    missing = [pk for pk in pks if pk not in given]
    found = {pk: p.signature for pk, p in archive.fingerprint_all(missing).items()} if missing else {}
    return {pk: given[pk] if pk in given else found[pk] for pk in pks}


def _grouped(pks: list[int], rows: np.ndarray, others: np.ndarray) -> dict[int, set[int]]:
    """{pks[row]: the others paired with it} over the pairs (rows[i], others[i])."""
    close: dict[int, set[int]] = {}
    for row, other in zip(rows.tolist(), others.tolist(), strict=True):
        close.setdefault(pks[row], set()).add(other)
    return close


def _link(archive: _Archive, pk: int, candidates: set[int]) -> None:
    known = archive.releases([pk, *candidates])
    new = known[pk]
    verdicts: dict[int, tuple[Verdict, bool]] = {}  # candidate -> (verdict, candidate is the earlier)
    for cluster in _clusters(archive, candidates):
        for other in cluster:
            earlier = known[other].order < new.order
            first, second = (other, pk) if earlier else (pk, other)
            verdict = decide(
                archive.fingerprint(first), archive.fingerprint(second), *archive.similarity(first, second)
            )
            if verdict is not None:
                verdicts[other] = (verdict, earlier)
                if verdict.kind == "duplicate_of":
                    break  # a copy of one member joins the whole cluster: the others need no reading
    copies = [c for c, (v, _) in verdicts.items() if v.kind == "duplicate_of"]
    if copies:
        _join_copies(archive, pk, copies)
        return
    revised = [(v.similarity, c, earlier) for c, (v, earlier) in verdicts.items()]
    if revised:
        score, other, earlier = max(revised)
        if earlier:
            archive.set_link(pk, archive.root(other), "revision_of", score)
        elif archive.link_of(other) is None:
            archive.set_link(other, pk, "revision_of", score)


def _clusters(archive: _Archive, candidates: set[int]) -> list[list[int]]:
    """The candidates grouped by their earliest copy, that copy first in its group.

    A release reposted many times brings every copy as a candidate; reading each one's text
    again made a new copy cost as much as the cluster is large. Copies are joined by cluster,
    so one copy found in a group settles it; a group with no copy is read whole (the best
    revision may be any member), which finds the links reading every candidate found.
    """
    groups: dict[int, list[int]] = {}
    for other in sorted(candidates):
        groups.setdefault(archive.root(other), []).append(other)
    return [sorted(group, key=lambda pk: pk != root) for root, group in sorted(groups.items())]


def _join_copies(archive: _Archive, pk: int, copies: list[int]) -> None:
    """`pk` and the clusters of `copies` become one cluster under its earliest copy; the
    clusters whose earliest copy is not that one are moved under it, their old links retracted."""
    roots = {archive.root(c) for c in copies} | {pk}
    known = archive.releases(roots)
    earliest = min(roots, key=lambda r: known[r].order)
    for root in sorted(roots - {earliest}):
        for member in [*archive.copies_of(root), root]:
            score = round(archive.similarity(earliest, member)[0], 4)
            archive.set_link(member, earliest, "duplicate_of", score)
