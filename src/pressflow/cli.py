"""The `pressflow` command: analyze files offline, run the stack, submit releases."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path


def _analyze(args: argparse.Namespace) -> int:
    from pressflow_enrich.ner import SpacyNer
    from pressflow_enrich.pipeline import enrich
    from pressflow_enrich.settings import EnrichSettings
    from pressflow_ingest.intake import Submission, releases_of

    ner = SpacyNer(EnrichSettings().spacy_models)
    failures = 0
    for name in args.files:
        path = Path(name)
        try:
            received_at = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).astimezone()
            submission = Submission(path.read_bytes(), "file", received_at, filename=path.name)
            # the same extraction ingest runs, attachments of an e-mail included
            raws = asyncio.run(releases_of(submission))
        except (OSError, ValueError) as exc:
            print(f"pressflow analyze: {path}: {exc}", file=sys.stderr)
            failures += 1
            continue
        for raw in raws:
            event = enrich(raw, ner, processed_at=datetime.now(UTC))
            sys.stdout.write(event.model_dump_json() + "\n")
        sys.stdout.flush()
    return 1 if failures else 0


def _up(_: argparse.Namespace) -> int:
    from pressflow.launcher import up

    return up()


def _create_topics(_: argparse.Namespace) -> int:
    from pressflow.broker import BrokerError, configured_replication, create_topics
    from pressflow_schemas.settings import KafkaSettings

    settings = KafkaSettings()
    try:
        replicas = asyncio.run(
            create_topics(
                settings.kafka_bootstrap_servers,
                settings.topics.all(),
                settings.pressflow_partitions,
                configured_replication(os.environ),
            )
        )
    except BrokerError as exc:
        print(f"pressflow create-topics: {exc}", file=sys.stderr)
        return 2
    print(f"topics ready ({replicas} copies of each partition): " + ", ".join(settings.topics.all()))
    return 0


def _submit(args: argparse.Namespace) -> int:
    from pressflow_ingest.client import submit_files

    outcomes = asyncio.run(submit_files([Path(f) for f in args.files], args.url, args.token))
    return 0 if all(o.ok for o in outcomes) else 1


def _replay_dead_letters(args: argparse.Namespace) -> int:
    return asyncio.run(_replay(args))


async def _replay(args: argparse.Namespace) -> int:
    import httpx

    from pressflow_ingest.replay import Replayer
    from pressflow_ingest.settings import IngestSettings
    from pressflow_schemas.publishing import KafkaPublisher

    settings = IngestSettings()
    publisher = KafkaPublisher(settings.kafka_bootstrap_servers, client_id="pressflow-replay")
    headers = {"Authorization": f"Bearer {args.token}"} if args.token else {}
    await publisher.start()
    try:
        async with httpx.AsyncClient(base_url=args.url, headers=headers, timeout=120) as ingest:
            replayer = Replayer(
                settings.kafka_bootstrap_servers,
                settings.topics,
                args.group,
                ingest,
                publisher,
                dry_run=args.dry_run,
            )
            summary = await replayer.run()
    finally:
        await publisher.stop()
    verb = "would replay" if args.dry_run else "replayed"
    print(f"{verb} {summary.replayed}, skipped {summary.skipped}, failed {summary.failed}", file=sys.stderr)
    return 1 if summary.failed else 0


def _add_ingest_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--url",
        default=os.environ.get("PRESSFLOW_INGEST_URL", "http://127.0.0.1:8001"),
        help="the ingest API (default: $PRESSFLOW_INGEST_URL or http://127.0.0.1:8001)",
    )
    parser.add_argument(
        "--token",
        default=os.environ.get("PRESSFLOW_INGEST_TOKEN"),
        help="bearer token of the ingest API (default: $PRESSFLOW_INGEST_TOKEN)",
    )


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
    submit = commands.add_parser(
        "submit",
        help="post files to the ingest API; prints each release id (or error), non-zero if any failed",
    )
    submit.add_argument("files", nargs="+", metavar="FILE")
    _add_ingest_options(submit)
    submit.set_defaults(run=_submit)
    replay = commands.add_parser(
        "replay-dead-letters",
        help="re-submit ingest dead letters to the ingest API and put enrich ones back on releases.raw",
    )
    replay.add_argument("--dry-run", action="store_true", help="say what would be replayed; change nothing")
    replay.add_argument(
        "--group", default="pressflow-replay", help="consumer group that remembers what was replayed"
    )
    _add_ingest_options(replay)
    replay.set_defaults(run=_replay_dead_letters)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
