"""Reading a restarted service's phases from its own log lines."""

from datetime import datetime

from pressflow.restart_phases import log_times, phases_of

LOG = """\
2026-12-01 06:00:00,000 INFO pressflow.enrich enriched 3 of 3 releases in 0.10 s
2026-12-01 06:00:12,500 INFO pressflow.enrich enrich starting: KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092
Traceback lines have no time stamp
2026-12-01 06:00:15,000 INFO aiokafka.consumer.group_coordinator Setting newly assigned partitions {0}
2026-12-01 06:00:19,250 INFO pressflow.enrich models loaded in 6.7 s
2026-12-01 06:00:19,400 INFO pressflow.enrich enriched 12 of 12 releases in 4.10 s
"""


def test_each_phase_is_timed_from_the_restart_to_its_first_line_after_it(tmp_path):
    log = tmp_path / "enrich.log"
    log.write_text(LOG, encoding="utf-8")
    restarted_at = datetime(2026, 12, 1, 6, 0, 10).astimezone().timestamp()
    lines = log_times(log)
    assert len(lines) == 5
    found = phases_of("enrich", lines, restarted_at)
    assert {phase: round(s, 2) for phase, s in found.items() if s is not None} == {
        "imports": 2.5,
        "group joined": 5.0,
        "models loaded": 9.25,
        "first output": 9.4,
    }
    assert phases_of("store", lines, restarted_at)["first commit"] is None  # never seen: not guessed
