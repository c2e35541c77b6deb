"""A service whose background work dies ends with its own exit status and says why on stderr."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pressflow.broker import free_port
from pressflow_runtime.lifecycle import CRASHED

pytestmark = pytest.mark.kafka


def test_a_dead_inbox_watcher_ends_ingest_with_a_crash_status_not_a_stop(kafka_bootstrap, tmp_path):
    blocked = tmp_path / "inbox"
    blocked.write_text("a file where the inbox folder should be", encoding="utf-8")
    env = {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "PRESSFLOW_INBOX": str(blocked),
        "PRESSFLOW_INGEST_STATE_FILE": str(tmp_path / "state" / "ingest.sqlite3"),
        "PRESSFLOW_INGEST_PORT": str(free_port()),
    }
    done = subprocess.run(
        [sys.executable, "-m", "pressflow_ingest"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == CRASHED != 143
    assert "stopped because inbox-watcher failed" in done.stderr
    assert "FileExistsError" in done.stderr
