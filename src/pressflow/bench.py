"""`make bench-enrich`: enrichment speed on one core, beside spaCy's own time on the same texts."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "gold"


def development_texts() -> tuple[str, list[str]]:
    """The team's development texts when ../shared is here, else our own examples."""
    if GOLD.is_dir():
        docs = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(GOLD.glob("*.json"))]
        return f"{len(docs)} development releases from ../shared/gold", docs
    from pressflow_ingest.core.formats import extract

    docs = [extract(p.read_bytes(), p.name).text for p in sorted((ROOT / "examples").iterdir())]
    return f"{len(docs)} releases from examples/ (../shared is absent)", docs


def timed(steps: list[Callable[[str], object]], texts: list[str]) -> list[float]:
    """Seconds spent in each step over all texts, interleaved text by text so that load
    from other processes falls on every step alike."""
    totals = [0.0] * len(steps)
    for text in texts:
        for i, step in enumerate(steps):
            start = time.perf_counter()
            step(text)
            totals[i] += time.perf_counter() - start
    return totals


def _rates(seconds: float, releases: int, words: int) -> dict[str, float]:
    return {"seconds": seconds, "releases_per_s": releases / seconds, "words_per_s": words / seconds}


def bench_enrich(minimum: int) -> dict[str, Any]:
    from pressflow_enrich.language import detect_language
    from pressflow_enrich.ner import SpacyNer
    from pressflow_enrich.pipeline import enrich
    from pressflow_enrich.settings import EnrichSettings
    from pressflow_ingest.core.plan import releases_of
    from pressflow_ingest.core.submission import Submission

    label, docs = development_texts()
    texts = (docs * (minimum // len(docs) + 1))[: max(minimum, len(docs))]
    words = sum(len(t.split()) for t in texts)
    models = EnrichSettings().spacy_models
    ner = SpacyNer(models)
    raws = {
        t: asyncio.run(releases_of(Submission(t.encode(), "http", datetime.now(UTC), fmt="txt")))[0]
        for t in docs
    }
    langs = {t: detect_language(t) for t in docs}
    for t in docs:  # load the models and warm the caches before timing anything
        enrich(raws[t], ner, datetime.now(UTC))

    import spacy

    full = {lang: spacy.load(name) for lang, name in models.items()}
    pipeline_s, ner_s, full_s = timed(
        [
            lambda t: enrich(raws[t], ner, datetime.now(UTC)),
            lambda t: ner(t, langs[t]),
            lambda t: full[langs[t]](t),
        ],
        texts,
    )
    return {
        "texts": label,
        "releases": len(texts),
        "words": words,
        "pressflow_enrich": _rates(pipeline_s, len(texts), words),
        "spacy_ner_as_used": _rates(ner_s, len(texts), words),
        "spacy_full_pipeline": _rates(full_s, len(texts), words),
        "our_rules_share_of_spacy": (pipeline_s - ner_s) / ner_s,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pressflow.bench", description=__doc__)
    parser.add_argument("what", choices=["enrich"])
    parser.add_argument("--releases", type=int, default=200)
    args = parser.parse_args(argv)
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the issue asks
    result = bench_enrich(args.releases)
    print(json.dumps(result, indent=2))
    lines = [f"{result['releases']} releases, {result['words']} words ({result['texts']}), one core:"]
    for key, label in (
        ("pressflow_enrich", "pressflow enrich (spaCy ner + our rules)"),
        ("spacy_ner_as_used", "spaCy ner alone, as enrich runs it"),
        ("spacy_full_pipeline", "spaCy full pipeline on whole texts"),
    ):
        row = result[key]
        rate = f"{row['releases_per_s']:6.1f} releases/s {row['words_per_s']:8.0f} words/s"
        lines.append(f"  {label:42} {rate}")
    lines.append(
        f"  our rules cost {result['our_rules_share_of_spacy']:.0%} of spaCy's own time; "
        f"peak RSS {result['peak_rss_mib']:.0f} MiB"
    )
    print("\n".join(lines), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
