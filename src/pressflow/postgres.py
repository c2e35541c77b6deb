"""A throwaway PostgreSQL server started from Debian's binaries, for the tests and the store benchmark."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise PostgresUnavailable(
            "PostgreSQL server binaries not found: apt-get install postgresql "
            "(or set PRESSFLOW_TEST_DATABASE_URL to a server of your own)"
        )
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _parent_of(proc_entry: Path) -> int | None:
    try:
        # the command name in parentheses may hold spaces: the fields after it are fixed
        return int((proc_entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


class PostgresServer:
    """initdb + pg_ctl in a temp dir; as root, the server runs as the `postgres` user.

    Given a `directory`, the server lives there and outlives stop(): a second server on the
    same directory starts on the data the first one left (the store benchmark's --keep/--reuse).
    """

    def __init__(self, directory: Path | None = None) -> None:
        self.bin = _bin_dir()
        self.port = _free_port()
        self.keep = directory is not None
        if directory is None:
            self.dir = Path(tempfile.mkdtemp(prefix="pressflow-pg-"))
        else:
            self.dir = Path(directory).resolve()
            self.dir.mkdir(parents=True, exist_ok=True)
        self.data = self.dir / "data"
        self._user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    @property
    def url(self) -> str:
        return f"postgresql://{self._user}@127.0.0.1:{self.port}/postgres"

    def start(self) -> PostgresServer:
        if os.geteuid() == 0:
            shutil.chown(self.dir, user="postgres")
        if not (self.data / "PG_VERSION").exists():
            self._run(
                "initdb", "-D", str(self.data), "-A", "trust", "-U", self._user, "-E", "UTF8", "--no-sync"
            )
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.dir / "server.log"), "-w", "start"
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return self
            time.sleep(0.2)
        raise PostgresUnavailable(f"PostgreSQL did not start; see {self.dir / 'server.log'}")

    def kill(self) -> None:
        """SIGKILL the server and every process it started, as a crash would: no checkpoint, and
        the next start() recovers from the WAL."""
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        children = [
            int(entry.name)
            for entry in Path("/proc").iterdir()
            if entry.name.isdigit() and _parent_of(entry) == postmaster
        ]
        for pid in (postmaster, *children):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while any(Path(f"/proc/{pid}").exists() for pid in (postmaster, *children)):
            if time.monotonic() > deadline:
                raise PostgresUnavailable(f"PostgreSQL (pid {postmaster}) outlived SIGKILL")
            time.sleep(0.05)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            if not self.keep:
                shutil.rmtree(self.dir, ignore_errors=True)
