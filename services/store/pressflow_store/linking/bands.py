"""The band-key index: releases sharing an LSH band key are candidates to compare.

It lives in the store process's memory, derived from what the database keeps: one MinHash
signature per release in `release_signatures`, numbered (`seq`) in the order the batches that
wrote them committed. The band keys are a function of the signature, so the index is rebuilt
from those rows when a store process first links, and brought up to date at each batch with
the rows committed since the last one it read (`seq` above its mark), under the lock the store
takes to link one batch at a time: rows another store process wrote are read there too.
Nothing is added from a transaction that has not committed, so a batch rolled back or a
process killed leaves nothing behind; the batch's own rows are read back at the next batch.

Writing 24 band rows a release into a database index, and looking them up there, cost more
than everything else the store writes (see the README); in memory a lookup of a whole batch is
a few binary searches over sorted arrays. The cost is memory: about 1 KB a release (the
signature, 576 bytes, and 24 keys with their slots), 100 MB per 100,000 releases."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from sqlalchemy import Connection, Engine, select

from pressflow_schemas.fingerprints import BANDS, PERMUTATIONS, SIGNATURE_DTYPE, band_key_matrix, similar
from pressflow_store.db.tables import release_signatures, signature_epoch

# Band keys are kept in three sorted arrays, each merged into the next when it grows past its
# bound, which copies the next once: a batch's keys go into the newest (a few batches' keys);
# past NEWEST keys, these go into the recent array; past RECENT keys, or a quarter of the big
# array, the recent keys go into the big one. A batch's keys merged straight into the recent
# array copied it whole at every batch (some 300,000 keys at 100,000 releases).
NEWEST = 48_000
RECENT = 240_000
_PAGE = 10_000  # signatures read per statement when the index is built or brought up to date
# A bit per value of a key's top _BITS bits (of 63), set for every key indexed (16 MB): a key
# whose bit is clear is no release's, and most keys a batch looks up are none (85 % at 100,000
# releases), so only the others are searched for. Some 2 % of the bits are set at 100,000.
_BITS = 27
_SHIFT = 63 - _BITS
_SCREENED = 8_192  # candidate pairs screened at once on their signatures' low bytes


class BandIndex:
    """Band keys of the signatures a database holds, and those signatures, by release."""

    def __init__(self) -> None:
        self.lock = threading.Lock()  # threads of one process link one at a time, as processes do
        self.epoch: str | None = None
        self.mark = 0  # the highest `seq` read
        self._empty()

    def _empty(self) -> None:
        self.mark = 0
        self.signatures = np.zeros((0, PERMUTATIONS), dtype=np.uint32)  # by slot
        # the low byte of each value: equal values have equal bytes, so a pair whose bytes agree
        # too seldom is dropped before its values are compared (a quarter of the bytes to read)
        self.low_bytes = np.zeros((0, PERMUTATIONS), dtype=np.uint8)
        self._bits = np.zeros(1 << (_BITS - 3), dtype=np.uint8)
        self.pks = np.zeros(0, dtype=np.int64)  # release by slot
        self.size = 0
        # sorted band keys and the slot of each: the big arrays and the recent ones
        self._levels = [(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))] * 3

    def refresh(self, conn: Connection) -> None:
        """Read the signatures committed since the last call (all of them, the first time or
        when the database is not the one the index was built from)."""
        epoch = conn.execute(select(signature_epoch.c.token)).scalar_one()
        if epoch != self.epoch:
            self._empty()
            self.epoch = epoch
        while True:
            rows = conn.execute(
                select(
                    release_signatures.c.seq, release_signatures.c.release_pk, release_signatures.c.signature
                )
                .where(release_signatures.c.seq > self.mark)
                .order_by(release_signatures.c.seq)
                .limit(_PAGE)
            ).all()
            if rows:
                self.add([pk for _, pk, _ in rows], b"".join(bytes(sig) for _, _, sig in rows))
                self.mark = rows[-1][0]
            if len(rows) < _PAGE:  # the last page: no need to ask again for an empty one
                return

    def add(self, pks: list[int], signatures: bytes) -> None:
        """Index releases by their signatures (PERMUTATIONS 32-bit values each, end to end)."""
        values = np.frombuffer(signatures, dtype=SIGNATURE_DTYPE).reshape(len(pks), PERMUTATIONS)
        if self.size + len(pks) > len(self.pks):
            capacity = max(1024, 2 * (self.size + len(pks)))
            self.signatures = np.resize(self.signatures, (capacity, PERMUTATIONS))
            self.low_bytes = np.resize(self.low_bytes, (capacity, PERMUTATIONS))
            self.pks = np.resize(self.pks, capacity)
        slots = np.arange(self.size, self.size + len(pks))
        self.signatures[slots] = values
        self.low_bytes[slots] = values.astype(np.uint8)  # the low byte of each
        self.pks[slots] = pks
        self.size += len(pks)
        keys = band_key_matrix(values).ravel()
        order = np.argsort(keys, kind="stable")
        self._mark(keys[order])
        big, recent, newest = self._levels
        newest = _merged(newest, (keys[order], np.repeat(slots, BANDS)[order]))
        if len(newest[0]) > NEWEST:
            recent, newest = _merged(recent, newest), (newest[0][:0], newest[1][:0])
        if len(recent[0]) > max(RECENT, len(big[0]) // 4):
            big, recent = _merged(big, recent), (recent[0][:0], recent[1][:0])
        self._levels = [big, recent, newest]

    def _mark(self, keys: np.ndarray) -> None:
        """Set the bits of `keys` (sorted, so that the keys of one byte of bits are together)."""
        if not len(keys):
            return
        top = keys >> _SHIFT
        at, bits = top >> 3, np.left_shift(1, top & 7).astype(np.uint8)
        starts = np.flatnonzero(np.r_[True, at[1:] != at[:-1]])
        self._bits[at[starts]] |= np.bitwise_or.reduceat(bits, starts)

    def matches(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Every (row, slot) where row `row` of `keys` (one row of band keys per release) shares
        a key with the release indexed in `slot`, each pair once."""
        flat = keys.ravel()
        top = flat >> _SHIFT
        indexed = np.flatnonzero((self._bits[top >> 3] >> (top & 7)) & 1)  # the others match nothing
        order = indexed[np.argsort(flat[indexed], kind="stable")]
        wanted, owner = flat[order], order // keys.shape[1]  # sorted: searched in order
        rows, slots = [], []
        for sorted_keys, sorted_slots in self._levels:
            if not len(sorted_keys):
                continue
            first = np.searchsorted(sorted_keys, wanted, side="left")
            # where its last match is, only for a key found: most keys are no other release's
            found = np.flatnonzero(sorted_keys[np.minimum(first, len(sorted_keys) - 1)] == wanted)
            first = first[found]
            counts = np.searchsorted(sorted_keys, wanted[found], side="right") - first
            hit = np.repeat(found, counts)
            # the position of each match: its key's first match, plus its rank among them
            rank = np.arange(len(hit)) - np.repeat(np.cumsum(counts) - counts, counts)
            rows.append(owner[hit])
            slots.append(sorted_slots[np.repeat(first, counts) + rank])
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        pairs = np.sort(np.concatenate(rows) * (1 << 32) + np.concatenate(slots))
        pairs = pairs[np.r_[True, pairs[1:] != pairs[:-1]]] if len(pairs) else pairs  # once each
        return pairs >> 32, pairs & 0xFFFFFFFF

    def screened(self, mine: np.ndarray, rows: np.ndarray, slots: np.ndarray, threshold: float) -> np.ndarray:
        """fingerprints.similar() of each pair (row `rows[i]` of the signatures `mine`, the
        release indexed in `slots[i]`), the pairs whose low bytes agree too seldom dropped first."""
        kept = np.zeros(len(rows), dtype=bool)
        bytes_ = mine.astype(np.uint8)  # the low byte of each value
        for start in range(0, len(rows), _SCREENED):
            part = slice(start, start + _SCREENED)
            agree = bytes_[rows[part]] == self.low_bytes[slots[part]]
            # 144 booleans a pair, counted 8 at a time (PERMUTATIONS is a multiple of 8)
            counts = np.bitwise_count(agree.view(np.uint64)).sum(axis=1, dtype=np.int64)
            maybe = start + np.flatnonzero(counts / PERMUTATIONS >= threshold)
            kept[maybe] = similar(mine, rows[maybe], self.signatures, slots[maybe], threshold)
        return kept


def _merged(
    first: tuple[np.ndarray, np.ndarray], second: tuple[np.ndarray, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Two (sorted keys, their slots) as one, still sorted by key (np.insert's work, without
    its checks and conversions: a quarter faster)."""
    size = len(first[0]) + len(second[0])
    at = np.searchsorted(first[0], second[0]) + np.arange(len(second[0]))
    rest = np.ones(size, dtype=bool)
    rest[at] = False
    keys, slots = np.empty(size, dtype=np.int64), np.empty(size, dtype=np.int64)
    keys[at], slots[at] = second
    keys[rest], slots[rest] = first
    return keys, slots


def pairs_within(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (later, earlier) pair of rows of `keys` (band keys of releases in order) sharing a
    key, each pair once: a batch's releases are compared with those before them in it too."""
    flat = keys.ravel()
    order = np.argsort(flat, kind="stable")  # stable: the rows of one key stay in order
    ordered, owner = flat[order], order // keys.shape[1]
    shared = np.flatnonzero(ordered[1:] == ordered[:-1])
    by_key: dict[int, list[int]] = {}
    for at in sorted({*shared.tolist(), *(shared + 1).tolist()}):  # a few: copies in one batch
        by_key.setdefault(int(ordered[at]), []).append(int(owner[at]))
    pairs = sorted(
        {(b, a) for rows in by_key.values() for i, a in enumerate(rows) for b in rows[i + 1 :] if b != a}
    )
    found = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    return found[:, 0], found[:, 1]


# One index per database a process writes to: derived state that belongs to the engine, as its
# connection pool does, and goes with it.
_INDEXES: weakref.WeakKeyDictionary[Engine, BandIndex] = weakref.WeakKeyDictionary()
_INDEXES_LOCK = threading.Lock()


@contextmanager
def band_index(conn: Connection) -> Iterator[BandIndex]:
    """The index of the database `conn` writes to, brought up to date, held by this thread.

    Call it holding the lock that serialises linking between processes (on PostgreSQL the
    advisory lock, on SQLite the write lock), so that every batch committed before is read."""
    with _INDEXES_LOCK:
        index = _INDEXES.setdefault(conn.engine, BandIndex())
    with index.lock:
        index.refresh(conn)
        yield index


def build_band_index(engine: Engine) -> None:
    """Build the index of `engine`'s database from the signatures committed now, as the store
    starts: its first batch then reads only the few committed since, not the whole archive while
    holding the lock other store processes wait on. No lock is needed here: a batch committing
    meanwhile numbers its signatures above every committed one, so it is read at the next batch."""
    with engine.connect() as conn, band_index(conn):
        pass
