"""The ingest HTTP API: `POST /releases` (JSON, raw text/markdown/html, or multipart) and health."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import AwareDatetime, BaseModel, Field, ValidationError

from pressflow_ingest.formats import UnreadableContent, UnsupportedFormat
from pressflow_ingest.intake import Intake, Submission

_RAW_TYPES = {"text/plain", "text/markdown", "text/x-markdown", "text/html"}


class SubmitRelease(BaseModel):
    """A release submitted as JSON."""

    text: Annotated[str, Field(min_length=1, description="the release text (or HTML, with a .html filename)")]
    filename: str | None = None
    title: str | None = None
    received_at: AwareDatetime | None = Field(
        None, description="when the release was received, if the submitter knows better than us"
    )
    metadata: dict[str, str] = Field(default_factory=dict)


class Accepted(BaseModel):
    release_id: str
    status: str = "accepted"
    title: str | None = None
    format: str


class ApiError(Exception):
    """An answer with a status and a message that says what to fix."""

    def __init__(self, status: int, code: str, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.detail = status, code, message, detail


async def read_limited(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it grows past `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "too_large", f"the body is {declared} bytes; the limit is {limit}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "too_large", f"the body is over the {limit}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def _media_type(request: Request) -> tuple[str, str | None]:
    header = request.headers.get("content-type", "")
    mime, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip('"')
    return mime.strip().lower(), charset


async def _submission(request: Request, body: bytes) -> Submission:
    mime, charset = _media_type(request)
    now = datetime.now(UTC)
    if mime == "application/json":
        return _json_submission(body, now)
    if mime in _RAW_TYPES:
        return Submission(
            data=body,
            kind="http",
            received_at=now,
            content_type=request.headers.get("content-type"),
            filename=request.headers.get("x-filename"),
            charset=charset or "utf-8",  # HTTP text without a charset must be UTF-8
        )
    if mime == "multipart/form-data":
        return await _multipart_submission(request, body, now)
    raise ApiError(
        415,
        "unsupported_media_type",
        f"content type {mime or '(none)'!r} is not supported; send application/json, "
        "text/plain, text/markdown, text/html or multipart/form-data with a 'file' field",
    )


def _json_submission(body: bytes, now: datetime) -> Submission:
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ApiError(400, "invalid_json", f"the body is not valid JSON: {exc}") from exc
    try:
        release = SubmitRelease.model_validate(payload)
    except ValidationError as exc:
        errors = [
            {"field": ".".join(str(p) for p in e["loc"]) or "(body)", "message": e["msg"]}
            for e in exc.errors(include_url=False, include_context=False, include_input=False)
        ]
        raise ApiError(
            422, "invalid_release", "the JSON body is not a valid release; see detail", errors
        ) from exc
    return Submission(
        data=release.text.encode("utf-8"),
        kind="http",
        received_at=release.received_at or now,
        filename=release.filename,
        fmt=None if release.filename else "txt",
        title=release.title,
        metadata=release.metadata,
    )


async def _multipart_submission(request: Request, body: bytes, now: datetime) -> Submission:
    request._body = body  # the form parser reads the body we already size-checked
    form = await request.form()
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise ApiError(422, "missing_file", "multipart submissions need a 'file' field with the release")
    data = await upload.read()
    title = form.get("title")
    return Submission(
        data=data,
        kind="http",
        received_at=now,
        filename=upload.filename,
        content_type=upload.content_type if upload.content_type != "application/octet-stream" else None,
        title=title if isinstance(title, str) else None,
    )


def create_app(intake: Intake, max_body_bytes: int, lifespan: Any = None) -> FastAPI:
    """The ingest API around an `Intake`; `lifespan` starts and stops what the app depends on."""
    app = FastAPI(
        title="pressflow ingest",
        description="Submit press releases; each accepted one is on releases.raw when you get 202.",
        lifespan=lifespan,
    )

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        content = {"error": exc.code, "message": exc.message}
        if exc.detail is not None:
            content["detail"] = exc.detail
        return JSONResponse(content, status_code=exc.status)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.post(
        "/releases",
        status_code=202,
        response_model=Accepted,
        openapi_extra={
            "requestBody": {
                "content": {
                    "application/json": {"schema": SubmitRelease.model_json_schema()},
                    "text/plain": {"schema": {"type": "string"}},
                    "text/html": {"schema": {"type": "string"}},
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {"file": {"type": "string", "format": "binary"}},
                            "required": ["file"],
                        }
                    },
                },
                "required": True,
            }
        },
    )
    async def submit(request: Request) -> Accepted:
        """Accept one release; 202 once Kafka has acknowledged it."""
        body = await read_limited(request, max_body_bytes)
        submission = await _submission(request, body)
        try:
            release = await intake.accept(submission)
        except UnsupportedFormat as exc:
            raise ApiError(415, "unsupported_format", str(exc)) from exc
        except UnreadableContent as exc:
            raise ApiError(422, "unreadable", str(exc)) from exc
        return Accepted(release_id=release.release_id, title=release.title, format=release.source.format)

    return app
