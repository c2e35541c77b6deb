"""The ingest HTTP API: `POST /releases`, `POST /releases/batch`, health, and their guards."""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Annotated, Any, Literal

from aiokafka.errors import MessageSizeTooLargeError
from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from pressflow_ingest.errors import ApiError
from pressflow_ingest.formats import InvalidRelease, UnreadableContent, UnsupportedFormat
from pressflow_ingest.formats.json import EXAMPLE, NotJson, ReleaseObject
from pressflow_ingest.guards import Guards
from pressflow_ingest.intake import Intake, Receipt, Submission, is_unavailable
from pressflow_ingest.ledger import Answer, Ledger
from pressflow_ingest.settings import IngestSettings
from pressflow_ingest.submissions import (
    BATCH_TYPES,
    SINGLE_TYPES,
    batch_items,
    batch_submission,
    check_media_type,
    media_type,
    read_limited,
    single_submission,
)

log = logging.getLogger("pressflow.ingest.api")

DESCRIPTION = """
Submit press releases. A release is on `releases.raw` when you get its answer.

* `POST /releases` takes one release: a JSON release object, the raw document with its
  content type (text/plain, text/markdown, text/html, application/pdf, a .docx, message/rfc822;
  or application/octet-stream with an `X-Filename` header), or multipart/form-data with a `file`.
  **202** with the release id when it was published; **200** when the same content was
  published before (same id, not republished).
* `POST /releases/batch` takes many JSON release objects (a JSON array, or NDJSON) and
  answers each one. **202** when every item was accepted (or already known);
  **207 Multi-Status** as soon as one item failed: read `items[].status` for each.
* An `Idempotency-Key` header makes a retry safe: the same key with the same body gets the
  first answer again (marked `Idempotent-Replayed: true`) without republishing; the same key
  with another body is refused with 422.
* Limits: body size (413), content type (415), validation (422, naming the field), requests
  per client (429 with `Retry-After`). With `PRESSFLOW_INGEST_TOKEN` set, every POST needs
  `Authorization: Bearer <token>` (401 otherwise).
"""


class ReleaseReceipt(BaseModel):
    """What became of one submitted release."""

    release_id: str = Field(examples=["5d41402abc4b2a76b971"])
    status: Literal["accepted", "duplicate"]
    title: str | None = None
    format: str | None = Field(None, examples=["pdf"])
    first_filename: str | None = Field(None, description="for a duplicate: the name it first came under")
    attachments: list[ReleaseReceipt] = Field(
        default_factory=list, description="e-mail attachments published as their own releases"
    )
    refused_attachments: list[str] = Field(default_factory=list, description="attachments not read, with why")


class BatchItem(BaseModel):
    """The outcome of one item of a batch: its receipt, or its error."""

    index: int
    status: int = Field(description="the HTTP status this item would have had on its own", examples=[202])
    release_id: str | None = None
    outcome: Literal["accepted", "duplicate"] | None = None
    title: str | None = None
    error: str | None = Field(None, examples=["invalid_release"])
    message: str | None = None
    detail: Any = None


class BatchResult(BaseModel):
    accepted: int
    duplicates: int
    failed: int
    items: list[BatchItem]


class ErrorBody(BaseModel):
    error: str = Field(examples=["invalid_release"])
    message: str = Field(examples=["the JSON is not a valid release (text); see detail"])
    detail: Any = Field(None, examples=[[{"field": "text", "message": "Field required"}]])


# Module-level: FastAPI resolves the dependency annotations against the module's globals.
_BEARER = HTTPBearer(auto_error=False, description="PRESSFLOW_INGEST_TOKEN, when the service has one")
_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in {
        400: "the body is not JSON",
        401: "a bearer token is required and was missing or wrong",
        409: "a request with this Idempotency-Key is still being processed",
        413: "the body is over the size limit",
        415: "the content type or the document's format is not supported",
        422: "the release is not valid or not readable; `detail` names the fields",
        429: "too many requests from this client; see Retry-After",
        503: "Kafka did not acknowledge; retry later",
    }.items()
}
_SINGLE_BODY = {
    "application/json": {"schema": ReleaseObject.model_json_schema(), "example": EXAMPLE},
    "text/plain": {"schema": {"type": "string"}, "example": EXAMPLE["text"]},
    "text/markdown": {"schema": {"type": "string"}},
    "text/html": {"schema": {"type": "string"}, "example": "<html><head><title>Appel</title></head>..."},
    "application/pdf": {"schema": {"type": "string", "format": "binary"}},
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
        "schema": {"type": "string", "format": "binary"}
    },
    "message/rfc822": {"schema": {"type": "string", "format": "binary"}},
    "multipart/form-data": {
        "schema": {
            "type": "object",
            "properties": {"file": {"type": "string", "format": "binary"}, "title": {"type": "string"}},
            "required": ["file"],
        }
    },
}
_BATCH_BODY = {
    "application/json": {
        "schema": {"type": "array", "items": ReleaseObject.model_json_schema()},
        "example": [EXAMPLE, {"text": "Brest, le 4 juillet 2025\n\nLa Ville accorde 50 000 €."}],
    },
    "application/x-ndjson": {
        "schema": {"type": "string"},
        "example": '{"text": "Premier communiqué."}\n{"text": "Second communiqué."}\n',
    },
}


def create_app(intake: Intake, settings: IngestSettings, ledger: Ledger, lifespan: Any = None) -> FastAPI:
    """The ingest API around an `Intake`; `lifespan` starts and stops what the app depends on."""
    app = FastAPI(title="pressflow ingest", description=DESCRIPTION, lifespan=lifespan)
    guards = Guards(settings)
    in_flight: set[str] = set()

    async def guard(
        request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_BEARER)]
    ) -> None:
        guards.check(request, credentials)

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    async def accept(submission: Submission) -> Receipt:
        try:
            return await intake.accept(submission)
        except UnsupportedFormat as exc:
            raise ApiError(415, "unsupported_format", str(exc)) from exc
        except InvalidRelease as exc:
            raise ApiError(422, "invalid_release", str(exc), exc.errors) from exc
        except NotJson as exc:
            raise ApiError(400, "invalid_json", str(exc)) from exc
        except UnreadableContent as exc:
            raise ApiError(422, "unreadable", str(exc)) from exc
        except ValueError as exc:
            raise ApiError(422, "unreadable", str(exc)) from exc
        except MessageSizeTooLargeError as exc:
            raise ApiError(
                413, "too_large", "the extracted release is over Kafka's message size limit"
            ) from exc
        except Exception as exc:
            if not is_unavailable(exc):
                log.exception("could not take a submission")
                raise ApiError(
                    500, "internal_error", f"the release could not be taken: {type(exc).__name__}"
                ) from exc
            # the broker did not acknowledge: nothing was accepted
            log.warning("could not publish a submission: %s", exc)
            raise ApiError(
                503, "unavailable", "the release could not be published; retry", None, {"Retry-After": "5"}
            ) from exc

    async def idempotent(request: Request, fingerprint: bytes, answer: Any) -> JSONResponse:
        """The answer of `answer()`, or, for a repeated Idempotency-Key, the first answer again.

        `fingerprint` is what makes two requests the same: not the raw body, whose multipart
        boundary changes with every retry, but what was submitted.
        """
        key = request.headers.get("idempotency-key")
        if key is None:
            return await _respond(answer)
        if not 1 <= len(key) <= 255:
            raise ApiError(422, "invalid_idempotency_key", "Idempotency-Key must be 1 to 255 characters")
        digest = hashlib.sha256(request.url.path.encode() + b"\0" + fingerprint).hexdigest()
        ttl = settings.idempotency_ttl
        stored = ledger.answer(key, ttl)
        if stored is not None:
            if stored.request_sha256 != digest:
                raise ApiError(
                    422,
                    "idempotency_key_reused",
                    "this Idempotency-Key was used with a different request; use a new key for a new body",
                )
            return JSONResponse(
                json.loads(stored.body), stored.status, headers={"Idempotent-Replayed": "true"}
            )
        if key in in_flight:
            raise ApiError(
                409,
                "idempotency_key_in_use",
                "a request with this Idempotency-Key is still being processed; retry shortly",
                None,
                {"Retry-After": "1"},
            )
        in_flight.add(key)
        try:
            response = await _respond(answer)
        finally:
            in_flight.discard(key)
        if response.status_code < 500:
            ledger.remember_answer(
                key, Answer(digest, response.status_code, bytes(response.body).decode()), ttl
            )
        return response

    @app.post(
        "/releases",
        status_code=202,
        response_model=ReleaseReceipt,
        dependencies=[Depends(guard)],
        responses={
            200: {"model": ReleaseReceipt, "description": "already published: same id, not republished"},
            **_ERRORS,
        },
        openapi_extra={"requestBody": {"content": _SINGLE_BODY, "required": True}},
    )
    async def submit(request: Request) -> JSONResponse:
        """Publish one release; 202 once Kafka has acknowledged it."""
        mime, _ = media_type(request)
        check_media_type(mime, SINGLE_TYPES)
        body = await read_limited(request, settings.pressflow_max_body_bytes)
        submission = await single_submission(request, body)

        async def answer() -> tuple[int, dict[str, Any]]:
            receipt = await accept(submission)
            return (200 if receipt.duplicate else 202), _receipt(receipt).model_dump()

        return await idempotent(request, submission.fingerprint(), answer)

    @app.post(
        "/releases/batch",
        status_code=202,
        response_model=BatchResult,
        dependencies=[Depends(guard)],
        responses={
            207: {"model": BatchResult, "description": "at least one item failed; see items[].status"},
            **_ERRORS,
        },
        openapi_extra={"requestBody": {"content": _BATCH_BODY, "required": True}},
    )
    async def submit_batch(request: Request) -> JSONResponse:
        """Publish many releases; each item answered on its own, 207 when any failed."""
        mime, _ = media_type(request)
        check_media_type(mime, BATCH_TYPES)
        body = await read_limited(request, settings.pressflow_max_batch_bytes)

        async def answer() -> tuple[int, dict[str, Any]]:
            items = batch_items(mime, body)
            if len(items) > settings.pressflow_max_batch_items:
                raise ApiError(
                    413,
                    "too_many_items",
                    f"the batch has {len(items)} items; the limit is {settings.pressflow_max_batch_items}",
                )
            if not items:
                raise ApiError(422, "empty_batch", "the batch has no items")
            results = [await _item(index, item) for index, item in enumerate(items)]
            result = BatchResult(
                accepted=sum(r.outcome == "accepted" for r in results),
                duplicates=sum(r.outcome == "duplicate" for r in results),
                failed=sum(r.outcome is None for r in results),
                items=results,
            )
            # 503 when Kafka missed any item: a retry is then worth it (and not remembered under its
            # Idempotency-Key); items accepted this time come back as duplicates.
            unavailable = any(r.status >= 500 for r in results)
            return (503 if unavailable else 207 if result.failed else 202), result.model_dump()

        return await idempotent(request, mime.encode() + b"\0" + body, answer)

    async def _item(index: int, item: bytes) -> BatchItem:
        try:
            receipt = await accept(batch_submission(item))
        except ApiError as exc:
            return BatchItem(
                index=index, status=exc.status, error=exc.code, message=exc.message, detail=exc.detail
            )
        return BatchItem(
            index=index,
            status=200 if receipt.duplicate else 202,
            release_id=receipt.release_id,
            outcome="duplicate" if receipt.duplicate else "accepted",
            title=receipt.title,
        )

    return app


async def _respond(answer: Any) -> JSONResponse:
    try:
        status, content = await answer()
    except ApiError as exc:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)
    return JSONResponse(content, status_code=status)


def _receipt(receipt: Receipt) -> ReleaseReceipt:
    return ReleaseReceipt(
        release_id=receipt.release_id,
        status="duplicate" if receipt.duplicate else "accepted",
        title=receipt.title,
        format=receipt.format,
        first_filename=receipt.first_filename,
        attachments=[_receipt(a) for a in receipt.attachments],
        refused_attachments=list(receipt.refused_attachments),
    )
