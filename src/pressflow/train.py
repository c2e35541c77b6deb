"""`make train-ner`: fine-tune the installed spaCy NER components on releases annotated by the guide.

The gold files give each release's entities as names (canonical and aliases), not offsets; the
projection below finds every occurrence of those names in the text, line by line as enrich runs
NER, and marks everything else that the base model calls a person, organisation or place as "not
an entity" (the guide's judgement: "Company", "GLOBE NEWSWIRE", a minister's portfolio). The base
model's other labels (dates, products, events, ...) stay as it predicts them, so fine-tuning teaches
the guide without erasing what the model knew. Only the `ner` component is trained and saved; it
loads on top of the installed pipeline (`pressflow_enrich.ner`).

The annotated releases are ../shared/gold and tests/fixtures/gold (never tests/fixtures/heldout).

    python -m pressflow.train                  # train on every annotated release, save the weights
    python -m pressflow.train --folds 5        # k-fold: each release analysed by NER models and a
                                               # judge that never saw it, beside the installed NER
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pressflow.gold_texts import write_texts

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "gold"
# The annotated releases: the team's gold and the ones we wrote (never tests/fixtures/heldout).
GOLD_FOLDERS = (GOLD, ROOT / "tests" / "fixtures" / "gold")
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
# Where `make train-ner` writes: outside what enrich loads (its package's `weights/`), so that a
# run to measure never changes what `pressflow analyze` does; try them with
# PRESSFLOW_NER_WEIGHTS=.pressflow/ner-weights.
WEIGHTS = ROOT / ".pressflow" / "ner-weights"

# The guide's types in each base pipeline's own label set: the English pipeline speaks OntoNotes.
TARGET_LABELS = {
    "fr": {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
    "en": {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"},
}
# Base-model labels that mean person, organisation or place: where the gold names none, "not an entity".
NAME_LABELS = {"PER", "PERSON", "ORG", "LOC", "GPE", "FAC"}


@dataclass(frozen=True)
class Release:
    """A gold release: its text, language, and (label, name) pairs."""

    doc_id: str
    lang: str
    text: str
    received_at: str
    names: tuple[tuple[str, str], ...]


def load_releases(*folders: Path) -> list[Release]:
    releases = []
    for path in sorted(p for folder in folders for p in folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        names = tuple(
            (entity["type"], name)
            for entity in doc["gold"]["entities"]
            for name in [entity["name"], *entity.get("aliases", [])]
        )
        releases.append(Release(doc["id"], doc["lang"], doc["text"], doc["received_at"], names))
    return releases


def _pattern(name: str) -> re.Pattern[str]:
    body = re.escape(name.strip()).replace("’", "'").replace("'", "['’]")
    body = re.sub(r"(\\ )+", r"[ \\t\\u00a0]+", body)  # a name never runs across a line break
    return re.compile(rf"(?<![\w]){body}(?![\w])")


def project(
    text: str, names: Iterable[tuple[str, str]]
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Every occurrence of a gold name as (start, end, type), longest first, and the ambiguous spans.

    A surface the gold gives two types (a region as a place and as a body) is left unlabelled
    where it stands alone: the model is told nothing about it rather than something wrong.
    """
    types: dict[str, set[str]] = {}
    for label, name in names:
        if len(name.strip()) > 1:
            types.setdefault(name.strip(), set()).add(label)
    found: list[tuple[int, int, str | None]] = []
    for name, labels in types.items():
        single = next(iter(labels)) if len(labels) == 1 else None
        found += [(m.start(), m.end(), single) for m in _pattern(name).finditer(text)]
    found.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    taken: list[tuple[int, int, str]] = []
    unknown: list[tuple[int, int]] = []
    for start, end, kind in found:
        if any(start < e and s < end for s, e, _ in taken) or any(start < e and s < end for s, e in unknown):
            continue
        if kind is None:
            unknown.append((start, end))
        else:
            taken.append((start, end, kind))
    return sorted(taken), unknown


def _lines(text: str) -> Iterable[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            yield offset, line
        offset += len(line) + 1


def examples(nlp, releases: Sequence[Release], unlisted: str = "none") -> list:
    """spaCy Examples, one per non-empty line, in the base pipeline's label set.

    A name the base model finds where the gold lists none is "not an entity" (`unlisted`
    "none"), or left unlabelled ("unknown"): the guide leaves out names it judges incidental
    in one release that it lists in another.
    """
    import warnings

    from spacy.training import Example, offsets_to_biluo_tags

    warnings.filterwarnings("ignore", message=r"\[W030\]")  # a name cut mid-token is left unlabelled

    out = []
    for release in releases:
        labels = TARGET_LABELS[release.lang]
        spans, unknown = project(release.text, release.names)
        for offset, line in _lines(release.text):
            end = offset + len(line)
            doc = nlp.make_doc(line)
            gold = [(s - offset, e - offset, labels[t]) for s, e, t in spans if s >= offset and e <= end]
            blind = [(s - offset, e - offset) for s, e in unknown if s >= offset and e <= end]
            predicted = nlp(line)  # the base model's view, for the labels the guide does not cover
            covered = gold + [(s, e, "-") for s, e in blind]
            for ent in predicted.ents:
                if not _overlaps(ent.start_char, ent.end_char, covered):
                    if ent.label_ not in NAME_LABELS:
                        covered.append((ent.start_char, ent.end_char, ent.label_))
                    elif unlisted == "unknown":
                        blind.append((ent.start_char, ent.end_char))
            tags = offsets_to_biluo_tags(doc, [(s, e, label) for s, e, label in covered if label != "-"])
            for s, e in blind:
                for token in doc:
                    if token.idx < e and s < token.idx + len(token):
                        tags[token.i] = "-"
            out.append(Example.from_dict(doc, {"entities": tags}))
    return out


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int, str]]) -> bool:
    return any(start < e and s < end for s, e, _ in spans)


def base_pipeline(lang: str):
    import spacy

    from pressflow_enrich.settings import EnrichSettings

    name = EnrichSettings().spacy_models[lang]
    nlp = spacy.load(name)
    return spacy.load(name, exclude=[p for p in nlp.pipe_names if p != "ner"])


def train(
    lang: str,
    releases: Sequence[Release],
    epochs: int,
    unlisted: str = "none",
    seed: int = 0,
    rate: float = 0.001,
):
    """The base pipeline's `ner` fine-tuned on these releases."""
    from spacy.util import compounding, fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = base_pipeline(lang)
    data = examples(nlp, [r for r in releases if r.lang == lang], unlisted)
    optimizer = nlp.resume_training()
    optimizer.learn_rate = rate
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(data)
        losses: dict[str, float] = {}
        for batch in minibatch(data, size=compounding(4.0, 32.0, 1.5)):
            nlp.update(batch, drop=0.25, sgd=optimizer, losses=losses)
        print(f"  {lang} epoch {epoch + 1}/{epochs}: loss {losses.get('ner', 0):.1f}", file=sys.stderr)
    return nlp


def save(nlp, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(folder / "ner", exclude=["vocab"])


def fold_models(
    releases: Sequence[Release], folds: int, epochs: int, cache: Path, unlisted: str = "none"
) -> Path:
    """`cache`/fold<k>/<lang>/ner: models trained without the releases of fold k.

    The folds are the judge's (`train_judge.fold_of`, by id), so that a judge stacked on these
    models is fitted, for each release, on spans from a model that never saw it. A fold's models
    are kept and reused while its releases and the epochs are the same.
    """
    from pressflow.train_judge import fold_of

    for k in range(folds):
        started = time.monotonic()
        held_out = [r.doc_id for r in releases if fold_of(r.doc_id, folds) == k]
        weights = cache / f"fold{k}"
        key = json.dumps({"held_out": held_out, "epochs": epochs, "unlisted": unlisted})
        if (weights / "key.json").is_file() and (weights / "key.json").read_text() == key:
            continue
        seen = [r for r in releases if r.doc_id not in held_out]
        for lang in ("fr", "en"):
            save(train(lang, seen, epochs, unlisted), weights / lang)
        (weights / "key.json").write_text(key)
        print(
            f"fold {k + 1}/{folds}: {len(held_out)} held out, {time.monotonic() - started:.0f} s",
            file=sys.stderr,
        )
    return cache


def _events(releases: Sequence[Release], folds: int, ner_folds: Path | None) -> str:
    """The cross-validated events of `train_judge --folds`, with fold NER models or the installed one."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_texts(((r.doc_id, r.text, r.received_at) for r in releases), Path(tmp))
        stacked = ["--ner-folds", str(ner_folds)] if ner_folds else []
        # the installed NER: a weights folder that holds none, whatever ships in the package
        env = dict(os.environ, PRESSFLOW_NER_WEIGHTS=str(Path(tmp) / "none"))
        command = [sys.executable, "-m", "pressflow.train_judge", "--folds", str(folds), *stacked, *paths]
        return subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout


def _score(events: Path, gold: Sequence[Path]) -> dict[str, dict]:
    """score.py's F1 per field over these gold files only."""
    with tempfile.TemporaryDirectory() as tmp:
        for path in gold:
            (Path(tmp) / path.name).symlink_to(path.resolve())
        command = [sys.executable, str(SCORER), "--gold", tmp, "--events", str(events), "--json"]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        return json.JSONDecoder().raw_decode(out)[0]  # the JSON, then a line of summary


def cross_validate(
    releases: Sequence[Release], folds: int, epochs: int, cache: Path, unlisted: str = "none"
) -> str:
    """Each release analysed by NER models and a judge that never saw it, beside the installed NER.

    Both rows run the judge cross-validated over the same folds (`train_judge --folds`): with
    the installed NER, the judge fitted on its spans; with the fold models, on the spans of
    the model that did not see each release (stacked). Scores on the team's gold (and each
    language of it) and on our own releases.
    """
    ner_folds = fold_models(releases, folds, epochs, cache, unlisted)
    sets = {
        "gold": sorted(GOLD.glob("*.json")),
        "gold fr": [p for p in sorted(GOLD.glob("*.json")) if json.loads(p.read_text())["lang"] == "fr"],
        "gold en": [p for p in sorted(GOLD.glob("*.json")) if json.loads(p.read_text())["lang"] == "en"],
        "own": sorted(GOLD_FOLDERS[1].glob("*.json")),
    }
    lines = [f"{'':<28}{'set':<9}{'entities':>9}{'dates':>7}{'amounts':>8}"]
    for name, models in (("installed NER", None), (f"fine-tuned {epochs} ep {unlisted}", ner_folds)):
        events = cache / f"events-{'fine' if models else 'installed'}.jsonl"
        events.write_text(_events(releases, folds, models), encoding="utf-8")
        for label, gold in sets.items():
            scores = _score(events, gold)
            figures = "".join(
                f"{_f1(scores, field):>{w}.3f}"
                for field, w in (("entities", 9), ("dates", 7), ("amounts", 8))
            )
            lines.append(f"{name:<28}{label:<9}{figures}")
    return "\n".join(lines)


def _f1(scores: dict, field: str) -> float:
    return float(scores[field]["f1"])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pressflow.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, nargs="+", default=list(GOLD_FOLDERS))
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--folds", type=int, default=0, help="cross-validate over this many folds instead")
    parser.add_argument("--out", type=Path, default=WEIGHTS, help="where the weights go")
    parser.add_argument(
        "--unlisted",
        choices=("none", "unknown"),
        default="none",
        help="a base-model name the gold does not list: not an entity, or left unlabelled",
    )
    args = parser.parse_args(argv)
    missing = [folder for folder in args.gold if not folder.is_dir()]
    if missing:
        print(f"no annotated releases at {missing[0]}: training needs them", file=sys.stderr)
        return 2
    releases = load_releases(*args.gold)
    if args.folds:
        cache = ROOT / ".pressflow" / f"cv-{args.epochs}-{args.unlisted}"
        print(cross_validate(releases, args.folds, args.epochs, cache, args.unlisted))
        return 0
    for lang in ("fr", "en"):
        save(train(lang, releases, args.epochs, args.unlisted), args.out / lang)
        print(f"saved {args.out / lang}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
