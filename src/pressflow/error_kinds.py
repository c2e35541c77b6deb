"""What kind of error each entity and sum error is, counted without showing a single name.

    python -m pressflow.error_kinds --gold tests/fixtures/heldout
    python -m pressflow.error_kinds --gold tests/fixtures/heldout --events held.events

`--gold` is the annotated releases (one folder or more). Without `--events`, the shipped analyzer
(`pressflow analyze`) reads their texts as score.py's `--run` hands them; with it, the events
given, one JSON per line (what `pressflow analyze` prints: a cross-validated run, another version).
The held-out releases are read only as counts (README, "How enrichment is measured"):
`score.py -v` prints the names it missed, this prints how many of each kind, by language, and
never a name.

An entity of the gold is matched as `../shared/eval/score.py` matches it: to an entity of the
event with its type that shares any name, alias or mention with it, each entity at most once.
What stays unmatched is sorted, in this order, into
- a wrong type: an entity of the event names it, with another type;
- a wrong cut: an entity of the event holds one of its names, or is held in one, word for word
  ("Ali Free Zone" for "Jebel Ali Free Zone");
- missed: nothing of the event names it;
and each entity of the event left after that is an extra. Sums are the guide's (value and
currency, as score.py compares them): missed and extra, and how many releases hold them, since a
few releases with one wrong decision each (a currency, a scale) read very differently from many
shapes missed. A missed sum and an extra one of the same release are paired, once each, as a
wrong currency (the same value in another currency) or a wrong scale (the same currency, the value
off by a power of ten: thousands read as units, cents as dollars); the rest are missed or extra
outright.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pressflow.gold_texts import write_texts
from pressflow_schemas.keys import entity_key as norm  # score.py's comparison form

_TYPES = ("PER", "ORG", "LOC")
KINDS = ("wrong type", "wrong cut", "missed", "extra")
SUM_KINDS = ("wrong currency", "wrong scale", "missed", "extra")


@dataclass
class Tally:
    """One language's counts."""

    releases: int = 0
    gold_entities: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    gold_sums: int = 0
    sums_missed: int = 0
    sums_extra: int = 0
    sum_errors_by_release: list[int] = field(default_factory=list)
    sums: Counter[str] = field(default_factory=Counter)


def _names(entity: dict) -> set[str]:
    names = {norm(entity.get("name") or ""), *(norm(a) for a in entity.get("aliases") or [])}
    names |= {norm(m.get("text") or "") for m in entity.get("mentions") or []}
    names.discard("")
    return names


def _holds(a: str, b: str) -> bool:
    """One name inside the other, on word boundaries."""
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _relates(kind: str, theirs: set[str], names: set[str]) -> bool:
    """Whether an entity of the event with these names is a gold entity's `kind` of error."""
    if kind == "wrong type":
        return bool(theirs & names)
    return any(_holds(a, b) for a in theirs for b in names)


def entity_errors(gold: Sequence[dict], found: Sequence[dict]) -> Counter[str]:
    """How many of each kind (`KINDS`) the entities `found` for one release make against `gold`."""
    found = [e for e in found if e.get("type") in _TYPES]
    free = list(range(len(found)))
    unmatched = []
    for g in gold:
        names = {norm(g["name"]), *(norm(a) for a in g.get("aliases", []))}
        hit = next((i for i in free if found[i].get("type") == g["type"] and _names(found[i]) & names), None)
        if hit is None:
            unmatched.append(names)
        else:
            free.remove(hit)
    errors: Counter[str] = Counter()
    for names in unmatched:
        kind = "missed"
        for label in ("wrong type", "wrong cut"):
            hit = next((i for i in free if _relates(label, _names(found[i]), names)), None)
            if hit is not None:
                free.remove(hit)
                kind = label
                break
        errors[kind] += 1
    errors["extra"] += len(free)
    return errors


def _sum_keys(items: Iterable[dict]) -> set[tuple[float, str]]:
    return {
        (round(float(a["value"]), 4), str(a.get("currency") or "").upper())
        for a in items
        if a.get("currency")
    }


def _off_by_ten(a: float, b: float) -> bool:
    """Whether `a` is `b` times a power of ten other than one."""
    if a <= 0 or b <= 0 or a == b:
        return False
    exponent = math.log10(a / b)
    return abs(exponent - round(exponent)) < 1e-6


def sum_errors(gold: set[tuple[float, str]], found: set[tuple[float, str]]) -> Counter[str]:
    """How many of each kind (`SUM_KINDS`) the sums `found` for one release make against `gold`."""
    missed, extra = sorted(gold - found), sorted(found - gold)
    errors: Counter[str] = Counter()
    for kind, pairs in (
        ("wrong currency", lambda g, f: g[0] == f[0]),
        ("wrong scale", lambda g, f: g[1] == f[1] and _off_by_ten(abs(g[0]), abs(f[0]))),
    ):
        for g in list(missed):
            hit = next((f for f in extra if pairs(g, f)), None)
            if hit is not None:
                missed.remove(g)
                extra.remove(hit)
                errors[kind] += 1
    errors["missed"] += len(missed)
    errors["extra"] += len(extra)
    return +errors  # the kinds that occur


def tally(gold_docs: Sequence[dict], events: Sequence[dict]) -> dict[str, Tally]:
    """Each language's counts over the gold releases (a release with no event misses everything)."""
    by_id: dict[str, dict] = {}
    for event in events:
        by_id.setdefault(Path((event.get("source") or {}).get("filename") or "").stem, event)
    tallies: dict[str, Tally] = {}
    for doc in gold_docs:
        event = by_id.get(doc["id"], {})
        counts = tallies.setdefault(doc.get("lang") or event.get("language") or "?", Tally())
        counts.releases += 1
        counts.gold_entities += len(doc["gold"]["entities"])
        counts.entities += entity_errors(doc["gold"]["entities"], event.get("entities") or [])
        gold_sums, found_sums = _sum_keys(doc["gold"]["amounts"]), _sum_keys(event.get("amounts") or [])
        counts.gold_sums += len(gold_sums)
        counts.sums_missed += len(gold_sums - found_sums)
        counts.sums_extra += len(found_sums - gold_sums)
        counts.sum_errors_by_release.append(len(gold_sums ^ found_sums))
        counts.sums += sum_errors(gold_sums, found_sums)
    return tallies


def report(tallies: dict[str, Tally]) -> str:
    lines = []
    for lang, t in sorted(tallies.items()):
        n = max(t.releases, 1)
        kinds = ", ".join(f"{kind} {t.entities[kind]} ({t.entities[kind] / n:.2f})" for kind in KINDS)
        lines.append(f"{lang}: {t.releases} releases, {t.gold_entities} gold entities")
        lines.append(f"  entities, each kind (per release): {kinds}")
        by_release = sorted((e for e in t.sum_errors_by_release if e), reverse=True)
        top_two = sum(by_release[:2])
        lines.append(
            f"  sums: {t.gold_sums} in the gold, missed {t.sums_missed}, extra {t.sums_extra};"
            f" in {len(by_release)} releases, the two with most holding {top_two} of"
            f" {t.sums_missed + t.sums_extra} errors"
        )
        paired = ", ".join(f"{kind} {t.sums[kind]}" for kind in SUM_KINDS)
        lines.append(f"  sums, each kind (a pair counts once): {paired}")
    return "\n".join(lines)


def _analyze(docs: Sequence[dict]) -> str:
    """What the shipped analyzer prints for the releases' texts."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_texts(((d["id"], d["text"], d["received_at"]) for d in docs), Path(tmp))
        command = [str(Path(sys.executable).with_name("pressflow")), "analyze", *paths]
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pressflow.error_kinds", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--gold", type=Path, nargs="+", required=True, help="folders of annotated releases")
    parser.add_argument(
        "--events", type=Path, help="enriched events, one JSON per line (default: run `pressflow analyze`)"
    )
    args = parser.parse_args(argv)
    docs = [
        json.loads(p.read_text(encoding="utf-8"))
        for folder in args.gold
        for p in sorted(folder.glob("*.json"))
    ]
    if not docs:
        print(
            f"error_kinds: no annotated releases (*.json) in {', '.join(map(str, args.gold))}",
            file=sys.stderr,
        )
        return 2
    lines = args.events.read_text(encoding="utf-8") if args.events else _analyze(docs)
    events = [json.loads(line) for line in lines.splitlines() if line.startswith("{")]
    print(report(tally(docs, events)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
