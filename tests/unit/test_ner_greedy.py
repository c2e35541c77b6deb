"""The moves spaCy's BILUO scheme allows, as ner_greedy decides them for many docs at once."""

from __future__ import annotations

import numpy as np

from pressflow_enrich import ner_greedy

# Two labels, as a recogniser's output classes are laid out: B, I, L, U of each, U- (no label), O.
CLASSES = ["B-ORG", "B-PER", "I-ORG", "I-PER", "L-ORG", "L-PER", "U-ORG", "U-PER", "U-", "O"]


class _Moves:
    n_moves = len(CLASSES)

    def get_class_name(self, i: int) -> str:
        return CLASSES[i]


class _Recogniser:
    moves = _Moves()


MOVES = ner_greedy._moves(_Recogniser())
ORG, PER = MOVES.names.index("ORG"), MOVES.names.index("PER")


def allowed(
    is_open: bool, label: int = 0, left: int = 5, space: bool = False, next_starts: bool = False
) -> set[str]:
    """The class names one doc may take now."""
    row = ner_greedy._allowed(
        MOVES,
        np.array([is_open]),
        np.array([label]),
        np.array([left]),
        np.array([space]),
        np.array([next_starts]),
    )[0]
    return {name for name, ok in zip(CLASSES, row, strict=True) if ok}


def test_outside_an_entity_a_name_opens_or_is_one_token_or_the_token_is_outside() -> None:
    assert allowed(is_open=False) == {"B-ORG", "B-PER", "U-ORG", "U-PER", "O"}


def test_inside_an_entity_it_goes_on_or_ends_under_its_own_label() -> None:
    assert allowed(is_open=True, label=ORG) == {"I-ORG", "L-ORG"}
    assert allowed(is_open=True, label=PER) == {"I-PER", "L-PER"}


def test_on_the_last_token_an_entity_can_only_end_and_none_can_open_for_more() -> None:
    assert allowed(is_open=True, label=ORG, left=1) == {"L-ORG"}
    assert allowed(is_open=False, left=1) == {"U-ORG", "U-PER", "O"}


def test_no_entity_opens_on_a_blank() -> None:
    assert allowed(is_open=False, space=True) == {"O"}
    assert allowed(is_open=True, label=PER, space=True) == {"I-PER", "L-PER"}  # a blank inside a name


def test_an_entity_neither_runs_nor_opens_into_the_next_sentence() -> None:
    assert allowed(is_open=True, label=ORG, next_starts=True) == {"L-ORG"}
    assert allowed(is_open=False, next_starts=True) == {"U-ORG", "U-PER", "O"}


def test_many_docs_at_once_each_get_their_own_moves() -> None:
    rows = ner_greedy._allowed(
        MOVES,
        np.array([False, True, True]),
        np.array([0, PER, ORG]),
        np.array([4, 4, 1]),
        np.array([True, False, False]),
        np.array([False, False, False]),
    )
    names = [{c for c, ok in zip(CLASSES, row, strict=True) if ok} for row in rows]
    assert names == [{"O"}, {"I-PER", "L-PER"}, {"L-ORG"}]


def test_each_doc_takes_its_move_on_its_token() -> None:
    spans: list[list[tuple[int, int, int]]] = [[], [], []]
    opened, label = np.array([-1, 2, -1]), np.array([0, PER, 0])
    best = np.array([CLASSES.index("B-ORG"), CLASSES.index("L-PER"), CLASSES.index("U-ORG")])
    ner_greedy._take(MOVES, best, np.array([0, 1, 2]), 4, opened, label, spans)
    assert spans == [[], [(2, 5, PER)], [(4, 5, ORG)]]
    assert opened.tolist() == [4, -1, -1] and label[0] == ORG


class BiluoPushDown(_Moves):  # named as spaCy's NER transition system is
    def __init__(self, names: list[str]) -> None:
        self.names, self.n_moves = names, len(names)

    def get_class_name(self, i: int) -> str:
        return self.names[i]


class _Layer:
    def get_dim(self, name: str) -> int:
        return {"nF": 3, "nP": 2}[name]


class _Model:
    attrs = {"has_upper": True}

    def get_ref(self, name: str) -> _Layer:
        return _Layer()


class _Ner:
    cfg = {"beam_width": 1}
    model = _Model()

    def __init__(self, names: list[str]) -> None:
        self.moves = BiluoPushDown(names)


class _Pipeline:
    pipe_names = ["ner"]

    def __init__(self, names: list[str]) -> None:
        self.ner = _Ner(names)

    def get_pipe(self, name: str) -> _Ner:
        return self.ner


def test_only_a_recogniser_of_biluo_moves_is_decoded_here() -> None:
    assert ner_greedy.decodable(_Pipeline(CLASSES))
    assert not ner_greedy.decodable(_Pipeline([*CLASSES, "X-ORG"]))  # a move this decoder does not know
