"""spaCy's greedy NER decoding, run as array operations: the same entities, in less time.

spaCy's `ner` scores one move per token: features of the state (the next token, the open entity's
first token, the token before) summed from a table computed once per batch, a maxout layer, an
output layer, then the best move the BILUO scheme allows. spaCy 3.8's wheels run that loop in
Cython that takes and releases the GIL inside its per-state loops (`PyGILState_Ensure` calls in
`predict_states`; mutex calls were a sixth of a one-off profile of the recogniser). Here the same
arithmetic runs as numpy operations over many lines at once (`entities`), one step per token
position, with spaCy's own weights and its rules of which move is allowed. The entities are spaCy's
(tests/integration/test_ner_loading.py compares them); bench-enrich times this code as "enrich's
own NER" beside the anchor, spaCy's own `nlp.pipe`.

Only the shape every pipeline enrich runs has is decoded here (a `ner` with its own tok2vec,
greedy, an output layer, three state features, no entity preset on the docs); any other pipeline
is left to spaCy (`decodable`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

# The BILUO moves by the first letter of their class name ("B-ORG", "U-", "O").
_BEGIN, _IN, _LAST, _UNIT, _OUT = range(1, 6)
_KINDS = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT, "O": _OUT}


@dataclass(frozen=True)
class _Moves:
    """Each output class's move kind and label (its index into `names`, 0 for none)."""

    kinds: np.ndarray
    labels: np.ndarray
    names: tuple[str, ...]


def decodable(nlp: Any) -> bool:
    """Whether `nlp`'s `ner` has the shape decoded here; else spaCy runs it."""
    if nlp.pipe_names != ["ner"]:
        return False  # a ner listening to a shared tok2vec reads what that component computed
    ner = nlp.get_pipe("ner")
    model = ner.model
    return (
        type(ner.moves).__name__ == "BiluoPushDown"
        and all(kind in _KINDS for kind, _ in _classes(ner))  # every output class a BILUO move
        and ner.cfg.get("beam_width", 1) == 1
        and bool(model.attrs.get("has_upper"))
        and model.get_ref("lower").get_dim("nF") == 3
        and model.get_ref("lower").get_dim("nP") >= 2
    )


def _classes(ner: Any) -> list[tuple[str, str]]:
    """Each output class's move letter and label: "B-ORG" -> ("B", "ORG"), "O" -> ("O", "")."""
    names = (ner.moves.get_class_name(i).partition("-") for i in range(ner.moves.n_moves))
    return [(kind, label) for kind, _, label in names]


def _moves(ner: Any) -> _Moves:
    names = [""]
    kinds, labels = [], []
    for kind, label in _classes(ner):
        kinds.append(_KINDS[kind])
        if label and label not in names:
            names.append(label)
        labels.append(names.index(label) if label else 0)
    return _Moves(np.array(kinds), np.array(labels), tuple(names))


def entities(nlp: Any, docs: list[Any], together: int = 64) -> list[list[tuple[int, int, str]]]:
    """Each doc's entities as (first character, end character, label): what spaCy's `ner` would
    set on it. The docs are fresh from the tokenizer (`nlp.make_doc`) and `decodable(nlp)`. As
    spaCy's `pipe` does, the docs are decoded `together` at a time in order of length: the model's
    arrays stay a quarter of a 256-line batch's, and docs of like length end their steps alike."""
    moves = _moves(nlp.get_pipe("ner"))
    found: list[list[tuple[int, int, str]]] = [[] for _ in docs]
    by_length = sorted(range(len(docs)), key=lambda i: len(docs[i]))
    for at in range(0, len(by_length), together):
        group = by_length[at : at + together]
        for i, ents in zip(group, _entities(nlp, [docs[i] for i in group], moves), strict=True):
            found[i] = ents
    return found


def _entities(nlp: Any, docs: list[Any], moves: _Moves) -> list[list[tuple[int, int, str]]]:
    from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START

    lengths = np.array([len(doc) for doc in docs], dtype=np.int64)
    if not lengths.sum():
        return [[] for _ in docs]
    tokens = np.concatenate([doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START]) for doc in docs])
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])  # each doc's first token among all
    spans: list[list[tuple[int, int, int]]] = [[] for _ in docs]
    _decode(
        nlp.get_pipe("ner").model, docs, lengths, offsets, tokens[:, 2] != 0, tokens[:, 3] == 1, moves, spans
    )
    starts, ends = tokens[:, 0], tokens[:, 0] + tokens[:, 1]
    return [
        [
            (int(starts[at + first]), int(ends[at + end - 1]), moves.names[label])
            for first, end, label in found
        ]
        for at, found in zip(offsets, spans, strict=True)
    ]


def _decode(
    model: Any,
    docs: list[Any],
    lengths: np.ndarray,
    offsets: np.ndarray,
    space: np.ndarray,
    sent_start: np.ndarray,
    moves: _Moves,
    spans: list[list[tuple[int, int, int]]],
) -> None:
    """spaCy's greedy parse of every doc at once: at step t each doc longer than t takes its best
    allowed move on its token t (every NER move consumes one token). Appends (first token, end
    token, label) to each doc's `spans`."""
    lower, upper = model.get_ref("lower"), model.get_ref("upper")
    table = lower.predict(model.get_ref("tok2vec").predict(docs))  # (tokens + 1, 3, H, P); row 0 pads
    bias, weights, out_bias = lower.get_param("b"), upper.get_param("W"), upper.get_param("b")
    unseen = sorted(model.attrs.get("unseen_classes", ()))
    space, sent_start = np.append(space, False), np.append(sent_start, False)
    opened = np.full(len(docs), -1)  # the open entity's first token, -1 when none is open
    label = np.zeros(len(docs), dtype=np.int64)
    for t in range(int(lengths.max())):
        docs_at = np.nonzero(lengths > t)[0]
        at = offsets[docs_at] + t
        is_open = opened[docs_at] >= 0
        # the features: this token, the open entity's first, the one before this (row 0 for none)
        first = np.where(is_open, offsets[docs_at] + opened[docs_at] + 1, 0)
        before = np.where(is_open, at, 0)
        hidden = (table[at + 1, 0] + table[first, 1] + table[before, 2] + bias).max(axis=-1)
        scores = model.ops.gemm(hidden, weights, trans2=True)  # the gemm spaCy calls (blis): the same sums
        scores += out_bias
        if unseen:
            scores[:, unseen] = scores.min()
        allowed = _allowed(
            moves, is_open, label[docs_at], lengths[docs_at] - t, space[at], sent_start[at + 1]
        )
        best = np.where(allowed, scores, -np.inf).argmax(axis=1)
        _take(moves, best, docs_at, t, opened, label, spans)


def _allowed(
    moves: _Moves,
    is_open: np.ndarray,
    label: np.ndarray,
    left: np.ndarray,
    space: np.ndarray,
    next_starts: np.ndarray,
) -> np.ndarray:
    """(docs, classes): the moves spaCy's BILUO scheme allows each doc now (no entity preset): an
    entity opens (B, U) only on a token that is no blank, and B, I only before the text's last
    token and not before a sentence's start; I and L continue the open entity's label; U and O
    need none open."""
    kinds, labelled = moves.kinds[None, :], moves.labels[None, :] != 0
    same = moves.labels[None, :] == label[:, None]
    can_go_on = (left >= 2) & ~next_starts
    closed, is_open = ~is_open[:, None], is_open[:, None]
    return (
        (kinds == _BEGIN) & labelled & closed & (can_go_on & ~space)[:, None]
        | (kinds == _IN) & is_open & can_go_on[:, None] & same
        | (kinds == _LAST) & is_open & same
        | (kinds == _UNIT) & labelled & closed & ~space[:, None]
        | (kinds == _OUT) & closed
    )


def _take(
    moves: _Moves,
    best: np.ndarray,
    docs_at: np.ndarray,
    t: int,
    opened: np.ndarray,
    label: np.ndarray,
    spans: list[list[tuple[int, int, int]]],
) -> None:
    """Apply each doc's move at token t: B opens an entity, L closes it, U is one token's."""
    kinds, labels = moves.kinds[best], moves.labels[best]
    for j in np.nonzero(kinds == _BEGIN)[0]:
        opened[docs_at[j]], label[docs_at[j]] = t, labels[j]
    for j in np.nonzero(kinds == _LAST)[0]:
        spans[docs_at[j]].append((int(opened[docs_at[j]]), t + 1, int(labels[j])))
        opened[docs_at[j]] = -1
    for j in np.nonzero(kinds == _UNIT)[0]:
        spans[docs_at[j]].append((t, t + 1, int(labels[j])))
