"""Every service makes the folders it needs: none has to exist before the service starts."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from pressflow.broker import free_port
from pressflow.stack import service_env

pytestmark = pytest.mark.kafka


def test_enrich_starts_with_a_data_folder_that_does_not_exist_yet(kafka_bootstrap, tmp_path):
    data = tmp_path / "not" / "yet" / "data"
    env = service_env(
        kafka_bootstrap,
        {
            "PRESSFLOW_DATA_DIR": str(data),
            "PRESSFLOW_ENRICH_GROUP": f"folders{time.time_ns()}",
            "PRESSFLOW_ENRICH_PORT": str(free_port()),
        },
    )
    log = tmp_path / "enrich.log"
    with log.open("wb") as out:  # a file, not a pipe: nobody reads the log while the worker runs
        process = subprocess.Popen(
            [sys.executable, "-m", "pressflow_enrich"], env=env, stdout=out, stderr=out
        )
    try:
        deadline = time.monotonic() + 120
        while not (data / "faust").exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(2)  # the worker is past the point where a missing folder stopped it
        assert process.poll() is None, log.read_text(errors="replace")[-2000:]
        assert (data / "faust").is_dir()
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
