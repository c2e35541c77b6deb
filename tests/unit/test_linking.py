"""The pure core of linking: normalised bodies, band keys, the copy/revision decision, merges, the chart."""

from aiokafka import ConsumerRecord

from pressflow_schemas.fingerprints import (
    FINGERPRINT_HEADER,
    PERMUTATIONS,
    body_lines,
    fingerprint,
    fingerprint_header,
    fingerprints,
    fold,
    fold_all,
    header_signature,
    signature_headers,
)
from pressflow_store.http.mentions_chart import month_bars
from pressflow_store.linking.copies import compare
from pressflow_store.linking.registry import groups
from pressflow_store.write.consumer import sent_signature

BODY = (
    "Toulouse, le 4 février 2025. La Région accorde 3,2 millions d'euros à l'agglomération pour "
    "une station d'hydrogène vert alimentée par la centrale solaire voisine.\n\n"
    "La station ravitaillera à partir de 2026 les 14 bus du réseau urbain et les bennes de collecte, "
    "après un chantier de quatorze mois qui commencera en juin.\n"
)


def test_the_body_leaves_out_headers_contact_blocks_and_typography():
    text = (
        "Communiqué de presse\n\n"
        + BODY.replace("'", "’")
        + "\nContact : presse@example.fr\n06 12 34 56 78\n"
    )
    assert body_lines(text) == body_lines(BODY)
    assert body_lines(BODY)[0].startswith("toulouse, le 4 fevrier 2025. la region accorde")


def test_a_batch_is_folded_as_each_text_alone():
    # decomposed accents, marks out of canonical order, ligatures, Hangul, an ellipsis, a lone
    # surrogate, the separator itself: each folded as fold() folds it
    texts = [
        BODY,
        "Cafe\u0301 «\u00a0déjà\u00a0» — ﬁn… ẞ İ",
        "a\u05b0\u0301b e\u0301\u0327 한국어 Ǆ",
        "",
        "\ud800 lone",
        "nul\x00 inside",
        "\uffff",
    ]
    assert fold_all(texts) == [fold(text) for text in texts]
    assert fold_all(texts[:3]) == [fold(text) for text in texts[:3]]
    assert fold_all(texts[1:2]) == ["cafe   deja     fin... ss i"]


def test_copies_share_band_keys_and_band_keys_are_the_same_in_every_process():
    copy = fingerprint("REPRIS PAR UNE AGENCE\n\n" + BODY)
    assert set(copy.bands) & set(fingerprint(BODY).bands)
    assert fingerprint(BODY).bands == fingerprint(BODY).bands
    assert all(0 <= key < 2**63 for key in copy.bands)


def test_band_keys_and_signatures_are_those_stored_archives_hold():
    # a stored archive keeps these: a change here would need every release fingerprinted again
    found = fingerprint(BODY)
    assert found.bands[:3] == (3271968489192571842, 8982460720624053449, 4133192066305793076)
    assert found.signature[:8].hex() == "e355fd0084b2eb00"


def test_signatures_are_datasketchs_minhash_computed_for_a_whole_batch():
    from datasketch import MinHash  # the definition; the store computes the same without importing it

    texts = [BODY, "Dépêche reprise par une agence\n\n" + BODY, BODY.replace("3,2", "3,8"), "", "trop court"]
    batch = fingerprints(texts)
    for text, found in zip(texts, batch, strict=True):
        assert found == fingerprint(text)
        if not found.shingles:
            assert found.signature == b"" and found.bands == ()
            continue
        sketch = MinHash(num_perm=PERMUTATIONS, seed=1, scheme="affine32", hashfunc=int)
        sketch.update_batch(list(found.shingles))
        # each value as 4 bytes, little-endian on any machine, as the header's documentation says
        assert found.signature == b"".join(int(v).to_bytes(4, "little") for v in sketch.hashvalues)


def test_a_copy_a_revision_and_an_unrelated_release():
    original = fingerprint(BODY)
    assert compare(original, fingerprint("Dépêche reprise par une agence\n\n" + BODY)).kind == "duplicate_of"
    assert compare(original, fingerprint(BODY.replace("3,2 millions", "3,8 millions"))).kind == "revision_of"
    other = (
        "Montpellier, le 18 septembre 2025. La Région commande trois trains à hydrogène pour une ligne "
        "de montagne fermée depuis 2014, pour un montant de 47 millions d'euros.\n"
    )
    assert compare(original, fingerprint(other)) is None


def test_a_short_name_tied_to_two_long_names_joins_neither():
    # 1 "CNES" -> 2 its expansion; 3 "Martin" -> 4 "Philippe Martin" and 5 "Sophie Martin"
    grouped = groups({(1, 2), (3, 4), (3, 5)})
    assert grouped[1] == grouped[2] == 1
    assert len({grouped[3], grouped[4], grouped[5]}) == 3


def test_the_chart_has_a_bar_for_every_month_in_range():
    bars = month_bars({"2024-11": 2, "2025-02": 4})
    assert [(b.month, b.count) for b in bars] == [
        ("2024-11", 2),
        ("2024-12", 0),
        ("2025-01", 0),
        ("2025-02", 4),
    ]
    assert bars[3].height == 2 * bars[0].height


def _brute_force(stored: list[tuple[int, ...]], batch: list[tuple[int, ...]]) -> set[tuple[int, int]]:
    return {
        (row, slot)
        for row, keys in enumerate(batch)
        for slot, own in enumerate(stored)
        if set(keys) & set(own)
    }


def test_the_band_index_finds_every_stored_release_sharing_a_key_across_its_merges(monkeypatch):
    import numpy as np

    from pressflow_store.linking import bands

    # 96 keys a batch: the newest merged into the recent every second batch, those into the big
    # array every third time; the last batches wait in the smaller arrays
    monkeypatch.setattr(bands, "NEWEST", 100)
    monkeypatch.setattr(bands, "RECENT", 400)
    texts = [BODY, "Dépêche reprise\n\n" + BODY, BODY.replace("3,2", "3,8")]
    texts += [
        f"Release {i} of the plant at Lyon, {i} jobs and a budget of {i * 7} euros this year."
        for i in range(40)
    ]
    prints = fingerprints(texts)
    index = bands.BandIndex()
    for start in range(0, len(prints), 4):  # as batches commit, in order
        chunk = prints[start : start + 4]
        index.add(list(range(100 + start, 100 + start + len(chunk))), b"".join(p.signature for p in chunk))
    assert index.size == len(prints) and index.pks[: index.size].tolist() == list(
        range(100, 100 + len(prints))
    )
    batch = [fingerprint("Repris par une agence\n\n" + BODY), fingerprint(texts[10])]
    rows, slots = index.matches(np.array([p.bands for p in batch], dtype=np.int64))
    found = set(zip(rows.tolist(), slots.tolist(), strict=True))
    assert found == _brute_force([p.bands for p in prints], [p.bands for p in batch])
    assert {(0, 0), (0, 1), (1, 10)} <= found  # the copies of BODY, and the same text again
    assert np.array_equal(index.signatures[10], np.frombuffer(prints[10].signature, dtype=np.uint32))


def test_pairs_within_a_batch_are_each_later_release_with_the_earlier_ones_sharing_a_key():
    import numpy as np

    from pressflow_store.linking.bands import pairs_within

    keys = np.array([[1, 2, 3], [4, 5, 6], [7, 2, 8], [9, 2, 3], [10, 11, 12]], dtype=np.int64)
    later, earlier = pairs_within(keys)
    assert sorted(zip(later.tolist(), earlier.tolist(), strict=True)) == [(2, 0), (3, 0), (3, 2)]
    assert [len(found) for found in pairs_within(keys[[0, 1, 4]])] == [0, 0]


def test_the_header_enrich_sends_carries_the_signature_and_anything_unusable_is_none():
    [(name, value)] = signature_headers([BODY])
    assert name == FINGERPRINT_HEADER and value.startswith(b"minhash-v1:")
    assert header_signature(value) == fingerprint(BODY).signature
    [(_, empty)] = signature_headers(["Contact : presse@example.fr"])  # no body: no shingles
    assert header_signature(empty) == b""
    payload = value.partition(b":")[2]
    for unusable in (
        None,
        b"minhash-v2:" + payload,  # another scheme
        payload,  # no scheme
        b"minhash-v1:" + payload[:-8],  # cut short
        b"minhash-v1:" + payload[:-4] + b"!!!!",  # not base64
        b"minhash-v1:" + fingerprint_header(b"\0" * 12).partition(b":")[2],  # the wrong length
    ):
        assert header_signature(unusable) is None, unusable


def test_the_store_reads_the_signature_of_a_record_and_ignores_what_it_cannot_use():
    def record(headers):
        return ConsumerRecord("releases.enriched", 0, 1, 0, 0, b"k", b"{}", None, 1, 2, headers)

    [(name, value)] = signature_headers([BODY])
    assert sent_signature(record([("other", b"x"), (name, value)])) == fingerprint(BODY).signature
    assert sent_signature(record([])) is None
    assert sent_signature(record([(name, b"minhash-v0:AAAA")])) is None
