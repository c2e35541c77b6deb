"""`make bench-enrich`: enrichment's cost per release on one core, beside bare spaCy NER on the same texts."""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

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


def stack_parser(prog: str, description: str | None, releases: int) -> argparse.ArgumentParser:
    """The options every benchmark of running services has: how many releases, and --keep."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument(
        "--releases", type=int, default=releases, help="dropped into the inbox, and as many POSTed"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the working folder (logs, inbox, databases)"
    )
    return parser


def in_scratch(prefix: str, keep: bool, run: Callable[[Path], dict[str, object]]) -> dict[str, object]:
    """`run` in a fresh working folder, removed afterwards unless `keep`."""
    root = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        return run(root)
    finally:
        if not keep:
            shutil.rmtree(root, ignore_errors=True)


def report(result: dict[str, object], lines: list[str]) -> int:
    """The whole result as JSON on stdout, the lines a person reads on stderr; the exit code."""
    print(json.dumps(result, indent=2))
    print("\n".join(lines), file=sys.stderr)
    return 0


def peak_rss_mib() -> float:
    """This process's peak resident memory so far (VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def timed(steps: Sequence[Callable[[list[str]], object]], batches: list[list[str]]) -> list[float]:
    """Seconds spent in each step over all batches, interleaved batch by batch so that load
    from other processes falls on every step alike."""
    totals = [0.0] * len(steps)
    for batch in batches:
        for i, step in enumerate(steps):
            start = time.perf_counter()
            step(batch)
            totals[i] += time.perf_counter() - start
    return totals


def bench_enrich(releases: int, batch_size: int) -> dict[str, object]:
    from pressflow_enrich.ner import SpacyNer
    from pressflow_enrich.pipeline import enrich_many
    from pressflow_enrich.release.language import detect_language
    from pressflow_enrich.settings import EnrichSettings
    from pressflow_schemas import RawRelease, Source

    label, docs = development_texts()
    models = EnrichSettings().spacy_models
    ner = SpacyNer(models)
    now = datetime.now(UTC)

    def raw(text: str) -> RawRelease:
        return RawRelease(
            release_id="bench",
            received_at=now,
            source=Source(kind="http", format="txt", size=len(text), sha256="0" * 64),
            text=text,
        )

    by_lang: dict[str, list[str]] = {lang: [] for lang in models}
    for text in docs:
        by_lang[detect_language(text)].append(text)
    raws = {text: raw(text) for text in docs}
    # Load both languages and run every text once: what the service holds in memory.
    enrich_many(list(raws.values()), ner, now)
    enrich_rss = peak_rss_mib()

    import spacy
    from spacy.util import get_model_meta, get_package_path, is_package

    def bare(model: str):
        """The anchor, loaded independently of our code: the pipeline with its `ner` alone."""
        root = get_package_path(model) if is_package(model) else Path(model)
        return spacy.load(model, exclude=[c for c in get_model_meta(root)["components"] if c != "ner"])

    from pressflow_enrich import COMPILED

    result: dict[str, object] = {"texts": label, "batch_releases": batch_size, "rules_compiled": COMPILED}
    for lang, texts in by_lang.items():
        if texts:
            repeated = (texts * (releases // len(texts) + 1))[: max(releases, len(texts))]
            batches = [repeated[i : i + batch_size] for i in range(0, len(repeated), batch_size)]
            result[lang] = _bench_language(lang, models[lang], batches, ner, raws, now)
            result[lang]["distinct_texts"] = len(texts)  # type: ignore[index]
    result["enrich_peak_rss_mib"] = enrich_rss
    return result


def _bench_language(lang, model, batches, ner, raws, now) -> dict[str, object]:
    """Enrich, enrich's own NER and the bare anchor on the same batches of one language."""
    import spacy
    from spacy.util import get_model_meta, get_package_path, is_package

    from pressflow_enrich.pipeline import enrich_many
    from pressflow_schemas import EnrichedRelease
    from pressflow_schemas.fingerprints import signature_headers

    # The anchor is loaded independently of our code: the pipeline with its `ner` alone.
    root = get_package_path(model) if is_package(model) else Path(model)
    nlp = spacy.load(model, exclude=[c for c in get_model_meta(root)["components"] if c != "ner"])
    gc.freeze()  # every model loaded kept out of the collector's walks, as the service's warm-up does

    def signed(texts: list[str]) -> object:
        # as the service does: each batch's signatures, for the store, beside the events
        done = [o for o in enrich_many([raws[t] for t in texts], ner, now) if isinstance(o, EnrichedRelease)]
        return signature_headers([o.text for o in done])

    steps = [
        signed,
        lambda b: ner.many([(t, lang) for t in b]),
        lambda b: list(nlp.pipe(p for t in b for p in paragraphs(t))),
        lambda b: signature_headers(list(b)),  # the signatures alone, to say what they cost
    ]
    timed(steps, batches[:2])  # warm every step on this language's texts before timing
    enrich_s, ours_s, bare_s, signing_s = timed(steps, batches)
    n = sum(map(len, batches))
    return {
        "model": model,
        "releases": n,
        "words_per_release": sum(len(t.split()) for b in batches for t in b) / n,
        "enrich_ms_per_release": 1000 * enrich_s / n,
        "enrich_ner_ms_per_release": 1000 * ours_s / n,
        "bare_ner_ms_per_release": 1000 * bare_s / n,
        "fingerprint_ms_per_release": 1000 * signing_s / n,
        "ratio": enrich_s / bare_s,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pressflow.bench", description=__doc__)
    parser.add_argument("what", choices=["enrich"])
    parser.add_argument("--releases", type=int, default=200, help="releases timed per language")
    parser.add_argument("--batch", type=int, default=None, help="releases per batch (default: the service's)")
    args = parser.parse_args(argv)
    from pressflow_enrich.app import BATCH_RELEASES

    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the service runs
    result = bench_enrich(args.releases, args.batch or BATCH_RELEASES)
    rules = "compiled" if result["rules_compiled"] else "run from their sources (not compiled)"
    lines = [f"{result['texts']}, batches of {result['batch_releases']} releases, one core, rules {rules}:"]
    lines.append(
        f"  {'':4} {'enrich ms':>10} {'bare ner ms':>12} {'ratio':>6}   (per release, target <= 1.25)"
    )
    for lang in ("fr", "en"):
        row = result.get(lang)
        if isinstance(row, dict):
            lines.append(
                f"  {lang:4} {row['enrich_ms_per_release']:10.1f} {row['bare_ner_ms_per_release']:12.1f}"
                f" {row['ratio']:6.2f}   ({row['releases']} releases,"
                f" {row['words_per_release']:.0f} words each;"
                f" enrich's own NER {row['enrich_ner_ms_per_release']:.1f} ms;"
                f" the store's fingerprint {row['fingerprint_ms_per_release']:.2f} ms of enrich)"
            )
    lines.append(
        f"  enrich peak RSS, both languages loaded: {result['enrich_peak_rss_mib']:.0f} MiB (target <= 600)"
    )
    return report(result, lines)


if __name__ == "__main__":
    sys.exit(main())
