"""The fault suite: services, the broker and PostgreSQL killed under load, audited from outside.

Every release acknowledged (a file moved to .processed, a 202 or a duplicate answer) must be stored
exactly once with its enrichment, nothing may stay in the inbox or reach the dead letters, hostile
inputs get their answer while the load runs, and each part makes progress again after its restart.
`make test` runs the short version; `make chaos` the long ones (marked `chaos`), which print the figures
the README shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_documents import hostile_corpus

from pressflow.broker import TopicTooWeak, create_topics
from pressflow.chaos import Audit, ChaosRun, Fault, FaultOutcome, summary_table

pytestmark = pytest.mark.kafka

# A clear answer, not a hang: the extraction timeout bounds the slowest refusal.
HOSTILE_ANSWER_S = 30.0


def assert_nothing_lost(audit: Audit, outcomes: list[FaultOutcome], logs: Path) -> None:
    assert audit.problems() == [], f"logs in {logs}"
    assert audit.acknowledged_files > 5 and audit.acknowledged_posts > 5, audit
    slow = {name: s for name, (_, s) in audit.hostile_answers.items() if s > HOSTILE_ANSWER_S}
    assert not slow, slow
    stuck = [o.fault.kind for o in outcomes if o.recovery_seconds is None]
    assert not stuck, f"no progress after the restart of {stuck}; logs in {logs}"


async def test_nothing_acknowledged_is_lost_or_doubled_while_each_part_is_killed(tmp_path):
    faults = [
        Fault("enrich", "SIGKILL"),
        Fault("store", "SIGTERM"),
        Fault("broker", "SIGKILL", down_seconds=2),
        Fault("ingest", "SIGKILL"),
    ]
    async with ChaosRun(tmp_path, hostile=hostile_corpus()) as run:
        outcomes = await run.run(faults)
        audit = await run.audit()
    print("\n" + summary_table([("short, SQLite", outcomes, audit)]))
    assert_nothing_lost(audit, outcomes, tmp_path / "logs")
    store_stop = next(o for o in outcomes if o.fault.signal == "SIGTERM")
    # SIGTERM: the batch in hand is finished and committed, and the process ends on its own, 0
    assert store_stop.exit_status == 0, "the store outlived its grace period or did not exit 0"


@pytest.mark.chaos
async def test_a_three_broker_cluster_loses_nothing_when_two_brokers_die_in_turn(tmp_path):
    faults = [Fault("broker-1", "SIGKILL", down_seconds=3), Fault("broker-2", "SIGKILL", down_seconds=3)]
    async with ChaosRun(tmp_path, brokers=3) as run:
        # the topics keep three copies, and an existing topic with fewer is refused at start
        await create_topics(run.bootstrap, ["weak"], 4, replication_factor=1)
        with pytest.raises(TopicTooWeak, match="weak has 1 copies"):
            await create_topics(run.bootstrap, [*run.topics.all(), "weak"], 4)
        outcomes = await run.run(faults)
        audit = await run.audit()
    print("\n" + summary_table([("three brokers", outcomes, audit)]))
    assert_nothing_lost(audit, outcomes, tmp_path / "logs")


def every_kind(rounds: int, services_twice: bool) -> list[Fault]:
    """Each service and the broker killed and stopped `rounds` times; with two copies, each
    second copy too, and one of each killed while its group rebalances."""
    faults = []
    for _ in range(rounds):
        faults += [
            Fault("ingest", "SIGKILL"),
            Fault("enrich", "SIGKILL"),
            Fault("store", "SIGKILL"),
            Fault("broker", "SIGKILL", down_seconds=3),
            Fault("ingest", "SIGTERM"),
            Fault("enrich", "SIGTERM"),
            Fault("store", "SIGTERM"),
            Fault("broker", "SIGTERM", down_seconds=3),
        ]
    if services_twice:
        faults += [
            Fault("enrich-2", "SIGKILL"),
            Fault("store-2", "SIGKILL"),
            Fault("enrich", "SIGKILL", during_rebalance=True),
            Fault("store", "SIGKILL", during_rebalance=True),
            Fault("enrich-2", "SIGTERM"),
            Fault("store-2", "SIGTERM"),
        ]
    return faults


# (name, database, copies of enrich and of store, faults): 50 faults in all.
LONG_RUNS = [
    ("SQLite, one copy of each service", "sqlite", 1, every_kind(2, services_twice=False)),
    (
        "PostgreSQL, two enrich + two store",
        "postgresql",
        2,
        [
            *every_kind(3, services_twice=True),
            Fault("postgres", "SIGKILL", down_seconds=3),
            Fault("postgres", "SIGKILL", down_seconds=10),
            Fault("postgres", "SIGKILL", down_seconds=3),
            # the store down for two minutes: ingest and enrich go on, the store catches up
            Fault("store", "SIGTERM", down_seconds=120),
        ],
    ),
]


@pytest.mark.chaos
@pytest.mark.timeout(3600)
async def test_long_run_over_every_fault_and_both_databases(tmp_path):
    runs = []
    for name, database, copies, faults in LONG_RUNS:
        root = tmp_path / f"run{len(runs) + 1}"
        async with ChaosRun(
            root, database=database, enrich_workers=copies, store_workers=copies, hostile=hostile_corpus()
        ) as run:
            outcomes = await run.run(faults)
            audit = await run.audit(drain_timeout=300)
        runs.append((name, outcomes, audit, root))
        table = summary_table([(name, outcomes, audit)])
        print(f"\n{name}: problems: {audit.problems()}\n{table}", flush=True)
    table = summary_table([(name, outcomes, audit) for name, outcomes, audit, _ in runs])
    print("\n" + table)
    assert sum(len(outcomes) for _, outcomes, _, _ in runs) >= 50
    for _, outcomes, audit, root in runs:
        assert_nothing_lost(audit, outcomes, root / "logs")
