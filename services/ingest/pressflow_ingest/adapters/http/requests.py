"""HTTP requests made into submissions: one release per body or file, many per batch."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from starlette.requests import Request

from pressflow_ingest.core.formats import CONTENT_TYPES
from pressflow_ingest.core.submission import Submission
from pressflow_runtime.problems import Problem

BATCH_TYPES = ("application/json", "application/x-ndjson", "application/jsonl")
_GENERIC = "application/octet-stream"
_PLAIN_TYPES = ("text/plain", "text/markdown", "text/x-markdown")


def media_type(request: Request) -> tuple[str, str | None]:
    """The media type of the body, lower-case, and its charset parameter."""
    header = request.headers.get("content-type", "")
    mime, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip('"')
    return mime.strip().lower(), charset


def check_media_type(mime: str, accepted: tuple[str, ...]) -> None:
    """415 before the body is read when the declared type is not one this route takes."""
    if mime not in accepted:
        raise Problem(
            415,
            "unsupported_media_type",
            f"content type {mime or '(none)'!r} is not supported here; send one of " + ", ".join(accepted),
        )


SINGLE_TYPES = (*CONTENT_TYPES, "multipart/form-data", _GENERIC)


async def read_limited(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it grows past `limit` bytes (or says it will)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise Problem(413, "too_large", f"the body is {declared} bytes; the limit is {limit}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Problem(413, "too_large", f"the body is over the {limit}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


async def single_submission(request: Request, body: bytes) -> Submission:
    """The release in a POST /releases body: JSON, a raw document with its type, or multipart."""
    mime, charset = media_type(request)
    now = datetime.now(UTC)
    if mime == "multipart/form-data":
        return await _multipart_submission(request, body, now)
    if charset is None and mime in _PLAIN_TYPES:
        charset = "utf-8"  # HTTP text without a charset is UTF-8 (RFC 6838); HTML may say in a <meta>
    return Submission(
        data=body,
        kind="http",
        received_at=now,
        content_type=None if mime == _GENERIC else request.headers.get("content-type"),
        filename=request.headers.get("x-filename"),
        charset=charset,
    )


async def _multipart_submission(request: Request, body: bytes, now: datetime) -> Submission:
    request._body = body  # the form parser reads the body we already size-checked
    form = await request.form(max_files=1, max_fields=10)
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise Problem(422, "missing_file", "multipart submissions need a 'file' field with the release")
    data = await upload.read()
    title = form.get("title")
    content_type = upload.content_type if upload.content_type != _GENERIC else None
    return Submission(
        data=data,
        kind="http",
        received_at=now,
        filename=upload.filename,
        content_type=content_type,
        title=title if isinstance(title, str) and title.strip() else None,
    )


def batch_items(mime: str, body: bytes) -> list[bytes]:
    """The items of a batch, each a JSON release object: a JSON array, or one object per line."""
    if mime == "application/json":
        try:
            items = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise Problem(400, "invalid_json", f"the body is not valid JSON: {exc}"[:300]) from exc
        if not isinstance(items, list):
            raise Problem(422, "not_a_batch", "a JSON batch is an array of release objects")
        return [json.dumps(item, ensure_ascii=False).encode("utf-8") for item in items]
    return [line.strip() for line in body.splitlines() if line.strip()]


def batch_submission(item: bytes) -> Submission:
    return Submission(data=item, kind="http", received_at=datetime.now(UTC), fmt="json")
