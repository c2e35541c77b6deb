"""The `pressflow` command: analyze files offline, run the stack, submit releases."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def _analyze(args: argparse.Namespace) -> int:
    from pressflow_enrich.ner import SpacyNer
    from pressflow_enrich.pipeline import enrich
    from pressflow_enrich.settings import EnrichSettings
    from pressflow_ingest.core.plan import releases_of
    from pressflow_ingest.core.submission import Submission

    settings = EnrichSettings()
    ner = SpacyNer(settings.spacy_models, settings.ner_weights)
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
    from pressflow.broker import BrokerError, create_topics
    from pressflow_runtime.settings import KafkaSettings

    settings = KafkaSettings()
    try:
        replicas = asyncio.run(
            create_topics(
                settings.kafka_bootstrap_servers,
                settings.topics.all(),
                settings.partitions,
                settings.replication_factor,
            )
        )
    except BrokerError as exc:
        print(f"pressflow create-topics: {exc}", file=sys.stderr)
        return 2
    print(f"topics ready ({replicas} copies of each partition): " + ", ".join(settings.topics.all()))
    return 0


def _submit(args: argparse.Namespace) -> int:
    from pressflow.ops.submit import submit_files

    outcomes = asyncio.run(submit_files([Path(f) for f in args.files], args.url, args.token))
    return 0 if all(o.ok for o in outcomes) else 1


def _dead_letters(args: argparse.Namespace) -> int:
    return asyncio.run(_list(args) if args.action == "list" else _replay(args))


async def _list(args: argparse.Namespace) -> int:
    from pressflow.ops.dead_letters import STAGES, list_letters
    from pressflow.ops.settings import OpsSettings

    settings = OpsSettings()
    count = await list_letters(settings.kafka_bootstrap_servers, settings.topics, args.stages or STAGES)
    print(f"{count} dead letters", file=sys.stderr)
    return 0


async def _replay(args: argparse.Namespace) -> int:
    import httpx

    from pressflow.ops.dead_letters import STAGES, Replayer
    from pressflow.ops.settings import OpsSettings
    from pressflow_runtime.kafka_publisher import KafkaPublisher

    settings = OpsSettings()
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
                stages=args.stages or STAGES,
            )
            summary = await replayer.run()
    finally:
        await publisher.stop()
    verb = "would replay" if args.dry_run else "replayed"
    print(f"{verb} {summary.replayed}, skipped {summary.skipped}, failed {summary.failed}", file=sys.stderr)
    return 1 if summary.failed else 0


def _status(args: argparse.Namespace) -> int:
    from pressflow.ops.settings import OpsSettings
    from pressflow.ops.status import gather, report

    settings = OpsSettings()
    urls = {"ingest": args.ingest_url, "enrich": args.enrich_url, "store": args.store_url}
    groups = {"enrich": settings.enrich_group, "store": settings.store_group}
    status = asyncio.run(gather(settings.kafka_bootstrap_servers, settings.topics, urls, groups))
    return report(status, args.json, sys.stdout)


def _tail(args: argparse.Namespace) -> int:
    from pressflow.ops.settings import OpsSettings
    from pressflow.ops.tail import tail

    settings = OpsSettings()
    run = tail(
        settings.kafka_bootstrap_servers,
        settings.topics,
        args.feed,
        from_beginning=args.from_beginning,
        group=args.group,
        as_json=args.json,
        limit=args.max,
    )
    try:
        invalid = asyncio.run(run)
    except KeyboardInterrupt:
        return 0
    return 1 if invalid else 0


def _add_tail_command(commands: Any) -> None:
    from pressflow.ops.tail import FEEDS

    tail = commands.add_parser("tail", help="follow a topic and print each event, validated by its schema")
    tail.add_argument("feed", nargs="?", default="enriched", choices=sorted(FEEDS))
    tail.add_argument("--from-beginning", action="store_true", help="start at the oldest event kept")
    tail.add_argument("--group", help="a consumer group: the next run continues where this one stopped")
    tail.add_argument("--json", action="store_true", help="print each event as its JSON")
    tail.add_argument("--max", type=int, help="stop after this many events")
    tail.set_defaults(run=_tail)


def _add_status_command(commands: Any) -> None:
    from pressflow.ops.settings import OpsSettings

    settings = OpsSettings()
    status = commands.add_parser(
        "status", help="each service up and ready, releases per stage, lag; non-zero when not ready"
    )
    status.add_argument("--json", action="store_true", help="the same as one JSON document, for scripts")
    for service in ("ingest", "enrich", "store"):
        status.add_argument(
            f"--{service}-url",
            default=getattr(settings, f"{service}_url"),
            help=f"the {service} service (default: $PRESSFLOW_{service.upper()}_URL)",
        )
    status.set_defaults(run=_status)


def _add_ingest_options(parser: argparse.ArgumentParser) -> None:
    from pressflow.ops.settings import OpsSettings

    settings = OpsSettings()
    parser.add_argument(
        "--url",
        default=settings.ingest_url,
        help="the ingest API (default: $PRESSFLOW_INGEST_URL or http://127.0.0.1:8001)",
    )
    parser.add_argument(
        "--token",
        default=settings.token,
        help="bearer token of the ingest API (default: $PRESSFLOW_INGEST_TOKEN)",
    )


def _add_replay_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dry-run", action="store_true", help="say what would be replayed; change nothing")
    parser.add_argument(
        "--group", default="pressflow-replay", help="consumer group that remembers what was replayed"
    )
    _add_ingest_options(parser)


def _add_dead_letter_commands(commands: Any) -> None:
    from pressflow.ops.dead_letters import STAGES

    letters = commands.add_parser("dead-letters", help="list or replay the dead letters of every stage")
    actions = letters.add_subparsers(dest="action", required=True)
    listed = actions.add_parser("list", help="one line per letter: where, stage, when, what, why")
    replay = actions.add_parser(
        "replay",
        help="ingest letters re-submitted to the ingest API, enrich ones back on releases.raw, "
        "store ones back on releases.enriched",
    )
    for action in (listed, replay):
        action.add_argument(
            "--stage", dest="stages", action="append", choices=STAGES, help="only this stage (repeatable)"
        )
        action.set_defaults(run=_dead_letters, stages=None)
    _add_replay_options(replay)
    alias = commands.add_parser("replay-dead-letters", help="the same as `dead-letters replay`")
    _add_replay_options(alias)
    alias.set_defaults(run=_dead_letters, action="replay", stages=None)


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
    _add_dead_letter_commands(commands)
    _add_status_command(commands)
    _add_tail_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from pydantic import ValidationError

    try:
        args = build_parser().parse_args(argv)
        return int(args.run(args))
    except ValidationError as exc:  # a setting from the environment that cannot be used
        for error in exc.errors():
            print(f"pressflow: {_setting_problem(error)}", file=sys.stderr)
        return 2


def _setting_problem(error: Any) -> str:
    """ "PRESSFLOW_REPLICATION_FACTOR must be a whole number, not 'three'" from pydantic's error."""
    variable = "PRESSFLOW_" + "_".join(str(part) for part in error["loc"]).upper()
    if error["type"] in ("int_parsing", "int_type"):
        return f"{variable} must be a whole number, not {error['input']!r}"
    return f"{variable}: {error['msg']}"


if __name__ == "__main__":
    sys.exit(main())
