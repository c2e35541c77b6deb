"""Submitting files to the ingest API over HTTP: what `pressflow submit` does."""

from __future__ import annotations

import asyncio
import hashlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import httpx

from pressflow_ingest.core.formats import CONTENT_TYPES, SUFFIXES
from pressflow_runtime.problems import code_of

_TYPE_OF_FORMAT = {fmt: mime for mime, fmt in reversed(CONTENT_TYPES.items())}
_RETRIES = 4


@dataclass(frozen=True)
class Outcome:
    path: Path
    release_id: str | None
    status: str  # "accepted", "duplicate", or the error code
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.release_id is not None


def content_type_of(path: Path) -> str:
    fmt = SUFFIXES.get(path.suffix.lower())
    return _TYPE_OF_FORMAT.get(fmt or "", "application/octet-stream")


async def submit_file(client: httpx.AsyncClient, path: Path) -> Outcome:
    """Post one file; retried on 429 and 503 (honouring Retry-After) under one Idempotency-Key."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Outcome(path, None, "unreadable", str(exc))
    # the key is the content: a retry, or the same file submitted again, is never published twice
    headers = {"Idempotency-Key": "submit-" + hashlib.sha256(data).hexdigest()}
    files = {"file": (path.name, data, content_type_of(path))}
    attempt = 0
    while True:
        try:
            response = await client.post("/releases", files=files, headers=headers)
        except httpx.TransportError as exc:
            if attempt == _RETRIES:
                return Outcome(path, None, "unreachable", f"{type(exc).__name__}: {exc}")
            delay = 2.0**attempt
        else:
            if response.status_code not in (429, 503) or attempt == _RETRIES:
                return _outcome(path, response)
            delay = _retry_after(response, 2.0**attempt)
        attempt += 1
        await asyncio.sleep(delay)


def _retry_after(response: httpx.Response, default: float) -> float:
    value = response.headers.get("retry-after", "")
    return float(value) if value.isdigit() else default


def _outcome(path: Path, response: httpx.Response) -> Outcome:
    try:
        body = response.json()
    except ValueError:
        body = {}
    if response.status_code in (200, 202) and isinstance(body, dict) and body.get("release_id"):
        return Outcome(path, body["release_id"], body.get("status", "accepted"))
    problem = body if isinstance(body, dict) else {}
    code = code_of(problem) or f"http_{response.status_code}"
    message = str(problem.get("detail", response.text[:200]))
    return Outcome(path, None, f"{response.status_code} {code}", message)


async def submit_files(
    paths: Sequence[Path],
    url: str,
    token: str | None,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[Outcome]:
    """Submit each file in turn; one line per file on `out`, progress and errors on `err`."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    outcomes = []
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=120, transport=transport) as client:
        for number, path in enumerate(paths, 1):
            if len(paths) > 1:
                err.write(f"[{number}/{len(paths)}] {path}\n")
                err.flush()
            outcome = await submit_file(client, path)
            outcomes.append(outcome)
            if outcome.ok:
                out.write(f"{outcome.release_id}\t{outcome.status}\t{path}\n")
                out.flush()
            else:
                err.write(f"pressflow submit: {path}: {outcome.status}: {outcome.message}\n")
    failed = sum(not o.ok for o in outcomes)
    if len(paths) > 1:
        err.write(f"{len(paths) - failed} of {len(paths)} submitted, {failed} failed\n")
    return outcomes
