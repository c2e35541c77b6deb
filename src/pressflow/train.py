"""`make train-ner`: fine-tune the installed spaCy NER components on releases annotated by the guide.

The gold files give each release's entities as names (canonical and aliases), not offsets; the
projection below finds every occurrence of those names in the text, line by line as enrich runs
NER, and marks everything else that the base model calls a person, organisation or place as "not
an entity" (the guide's judgement: "Company", "GLOBE NEWSWIRE", a minister's portfolio). The base
model's other labels (dates, products, events, ...) stay as it predicts them, so fine-tuning teaches
the guide without erasing what the model knew. Only the `ner` component is trained and saved; it
loads on top of the installed pipeline (`pressflow_enrich.ner`).

    python -m pressflow.train                  # train on every gold release, save the weights
    python -m pressflow.train --folds 5        # k-fold: score each release with a model that never saw it
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
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "gold"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
WEIGHTS = ROOT / "services" / "enrich" / "pressflow_enrich" / "weights"

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


def load_releases(folder: Path) -> list[Release]:
    releases = []
    for path in sorted(folder.glob("*.json")):
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


def examples(nlp, releases: Sequence[Release]) -> list:
    """spaCy Examples, one per non-empty line, in the base pipeline's label set."""
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
                if ent.label_ not in NAME_LABELS and not _overlaps(ent.start_char, ent.end_char, covered):
                    covered.append((ent.start_char, ent.end_char, ent.label_))
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


def train(lang: str, releases: Sequence[Release], epochs: int, seed: int = 0, rate: float = 0.001):
    """The base pipeline's `ner` fine-tuned on these releases."""
    from spacy.util import compounding, fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = base_pipeline(lang)
    data = examples(nlp, [r for r in releases if r.lang == lang])
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


def _analyze(releases: Sequence[Release], weights: Path, out: Path) -> None:
    """`pressflow analyze` on these releases with these weights, its events appended to `out`."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for release in releases:
            path = Path(tmp) / f"{release.doc_id}.txt"
            path.write_text(release.text, encoding="utf-8")
            stamp = datetime.fromisoformat(release.received_at).timestamp()
            os.utime(path, (stamp, stamp))
            paths.append(str(path))
        env = dict(os.environ, PRESSFLOW_NER_WEIGHTS=str(weights))
        proc = subprocess.run(
            [str(Path(sys.executable).parent / "pressflow"), "analyze", *paths],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        with out.open("a", encoding="utf-8") as sink:
            sink.write(proc.stdout)


def cross_validate(releases: Sequence[Release], folds: int, epochs: int, cache: Path | None = None) -> str:
    """Each release analysed by models trained on the other folds; score.py's verdict over all.

    With `cache`, each fold's models are kept there and reused while the folds and epochs are
    the same, so that a change to the rules after NER is measured in a minute.
    """
    order = sorted(releases, key=lambda r: (r.lang, r.doc_id))
    parts = [order[i::folds] for i in range(folds)]
    with tempfile.TemporaryDirectory() as tmp:
        events = Path(tmp) / "events.jsonl"
        for k, held_out in enumerate(parts):
            started = time.monotonic()
            weights = (cache or Path(tmp)) / f"fold{k}"
            key = json.dumps({"held_out": [r.doc_id for r in held_out], "epochs": epochs})
            if not (weights / "key.json").is_file() or (weights / "key.json").read_text() != key:
                seen = [r for r in releases if r not in held_out]
                for lang in ("fr", "en"):
                    save(train(lang, seen, epochs), weights / lang)
                (weights / "key.json").write_text(key)
            _analyze(held_out, weights, events)
            print(
                f"fold {k + 1}/{folds}: {len(held_out)} held out, {time.monotonic() - started:.0f} s",
                file=sys.stderr,
            )
        kept = (cache or ROOT / ".pressflow") / "events.jsonl"
        kept.parent.mkdir(parents=True, exist_ok=True)
        kept.write_text(events.read_text(encoding="utf-8"), encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, str(SCORER), "--gold", str(GOLD), "--events", str(events), "-v"],
            capture_output=True,
            text=True,
            check=False,
        )
        return proc.stdout


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pressflow.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--folds", type=int, default=0, help="cross-validate over this many folds instead")
    args = parser.parse_args(argv)
    if not args.gold.is_dir():
        print(
            f"no gold releases at {args.gold}: training needs the team's annotated releases", file=sys.stderr
        )
        return 2
    releases = load_releases(args.gold)
    if args.folds:
        print(cross_validate(releases, args.folds, args.epochs, ROOT / ".pressflow" / f"cv-{args.epochs}"))
        return 0
    for lang in ("fr", "en"):
        save(train(lang, releases, args.epochs), WEIGHTS / lang)
        print(f"saved {WEIGHTS / lang}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
