"""The `pressflow` command: analyze files offline, run the stack, submit releases."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path


def _analyze(args: argparse.Namespace) -> int:
    from pressflow_enrich.ner import SpacyNer
    from pressflow_enrich.pipeline import enrich
    from pressflow_enrich.settings import EnrichSettings
    from pressflow_ingest.releases import make_raw_release

    ner = SpacyNer(EnrichSettings().spacy_models)
    failures = 0
    for name in args.files:
        path = Path(name)
        try:
            data = path.read_bytes()
            received_at = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).astimezone()
            raw = make_raw_release(data, kind="file", received_at=received_at, filename=path.name)
        except (OSError, ValueError) as exc:
            print(f"pressflow analyze: {path}: {exc}", file=sys.stderr)
            failures += 1
            continue
        event = enrich(raw, ner, processed_at=datetime.now(UTC))
        sys.stdout.write(event.model_dump_json() + "\n")
        sys.stdout.flush()
    return 1 if failures else 0


def _up(_: argparse.Namespace) -> int:
    from pressflow.launcher import up

    return up()


def _create_topics(_: argparse.Namespace) -> int:
    import asyncio

    from pressflow.broker import create_topics
    from pressflow_schemas.settings import KafkaSettings

    settings = KafkaSettings()
    partitions = int(os.environ.get("PRESSFLOW_PARTITIONS", "4"))
    asyncio.run(create_topics(settings.kafka_bootstrap_servers, settings.topics.all(), partitions))
    print("topics ready: " + ", ".join(settings.topics.all()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pressflow", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser(
        "analyze", help="enrich files offline and print one enriched event per file (JSON lines)"
    )
    analyze.add_argument("files", nargs="+", metavar="FILE")
    analyze.set_defaults(run=_analyze)
    up = commands.add_parser(
        "up", help="run the broker (unless KAFKA_BOOTSTRAP_SERVERS is set) and the services"
    )
    up.set_defaults(run=_up)
    topics = commands.add_parser(
        "create-topics", help="create the three topics (faust ignores a source topic created after it starts)"
    )
    topics.set_defaults(run=_create_topics)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
