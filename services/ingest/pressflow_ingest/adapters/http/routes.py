"""The ingest routes: one release, a batch, health; each outcome answered by the outcome table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from fastapi.types import DecoratedCallable
from pydantic import BaseModel, Field

from pressflow_ingest.adapters.http.deps import IdempotencyDep, IntakeDep, SettingsDep, guard
from pressflow_ingest.adapters.http.openapi import BATCH_BODY, ERRORS, SINGLE_BODY
from pressflow_ingest.adapters.http.requests import (
    BATCH_TYPES,
    SINGLE_TYPES,
    batch_items,
    batch_submission,
    check_media_type,
    media_type,
    read_limited,
    single_submission,
)
from pressflow_ingest.core.outcomes import Outcome
from pressflow_ingest.core.submission import Receipt, Submission
from pressflow_ingest.idempotency import KeyRefused, Respond
from pressflow_ingest.intake import Intake
from pressflow_runtime.problems import Problem, ProblemBody

# Seconds a client should wait before retrying, by status.
_RETRY_AFTER = {503: "5", 409: "1"}
_KEY_STATUS = {"idempotency_key_in_use": 409}


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

    @classmethod
    def of(cls, receipt: Receipt) -> ReleaseReceipt:
        return cls(
            release_id=receipt.release_id,
            status="duplicate" if receipt.duplicate else "accepted",
            title=receipt.title,
            format=receipt.format,
            first_filename=receipt.first_filename,
            attachments=[cls.of(a) for a in receipt.attachments],
            refused_attachments=list(receipt.refused_attachments),
        )


class BatchItem(BaseModel):
    """The outcome of one item of a batch: its receipt, or its problem."""

    index: int
    status: int = Field(description="the HTTP status this item would have had on its own", examples=[202])
    release_id: str | None = None
    outcome: Literal["accepted", "duplicate"] | None = None
    title: str | None = None
    problem: ProblemBody | None = Field(None, description="why the item was not accepted")


class BatchResult(BaseModel):
    accepted: int
    duplicates: int
    failed: int
    items: list[BatchItem]


router = APIRouter()


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


def problem_of(outcome: Outcome) -> Problem:
    """The HTTP problem of an outcome that is not a receipt, its status from the outcome table."""
    status = outcome.handling.status
    detail = outcome.reason
    if outcome.kind == "failed":  # the cause is for the log, not for the client
        detail = f"the release could not be taken: {type(outcome.error).__name__}"
    retry = _RETRY_AFTER.get(status)
    return Problem(status, outcome.kind, detail, outcome.errors, {"Retry-After": retry} if retry else None)


async def _receipt(intake: Intake, submission: Submission) -> Receipt:
    outcome = await intake.accept(submission)
    if outcome.receipt is None:
        raise problem_of(outcome)
    return outcome.receipt


def _submit_route(
    path: str, model: type[BaseModel], other: int, description: str, body: dict[str, Any]
) -> Callable[[DecoratedCallable], DecoratedCallable]:
    """A submission route: 202 once Kafka has acknowledged, `other` as said, the errors of both."""
    return router.post(
        path,
        status_code=202,
        response_model=model,
        dependencies=[Depends(guard)],
        responses={other: {"model": model, "description": description}, **ERRORS},
        openapi_extra={"requestBody": {"content": body, "required": True}},
    )


async def _body(request: Request, types: tuple[str, ...], limit: int) -> tuple[str, bytes]:
    """The media type and body of a submission, refused early if either is not acceptable."""
    mime, _ = media_type(request)
    check_media_type(mime, types)
    return mime, await read_limited(request, limit)


@_submit_route("/releases", ReleaseReceipt, 200, "already published: same id, not republished", SINGLE_BODY)
async def submit(
    request: Request, intake: IntakeDep, settings: SettingsDep, idempotency: IdempotencyDep
) -> JSONResponse:
    """Publish one release; 202 once Kafka has acknowledged it."""
    _, body = await _body(request, SINGLE_TYPES, settings.max_body_bytes)
    submission = await single_submission(request, body)

    async def respond() -> tuple[int, dict[str, Any]]:
        receipt = await _receipt(intake, submission)
        return (200 if receipt.duplicate else 202), ReleaseReceipt.of(receipt).model_dump()

    return await _idempotent(request, idempotency, submission.fingerprint(), respond)


@_submit_route(
    "/releases/batch", BatchResult, 207, "at least one item failed; see items[].status", BATCH_BODY
)
async def submit_batch(
    request: Request, intake: IntakeDep, settings: SettingsDep, idempotency: IdempotencyDep
) -> JSONResponse:
    """Publish many releases; each item answered on its own, 207 when any failed."""
    mime, body = await _body(request, BATCH_TYPES, settings.max_batch_bytes)

    async def respond() -> tuple[int, dict[str, Any]]:
        items = batch_items(mime, body)
        limit = settings.max_batch_items
        if len(items) > limit:
            raise Problem(413, "too_many_items", f"the batch has {len(items)} items; the limit is {limit}")
        if not items:
            raise Problem(422, "empty_batch", "the batch has no items")
        results = [
            _item(index, await intake.accept(batch_submission(item))) for index, item in enumerate(items)
        ]
        result = BatchResult(
            accepted=sum(r.outcome == "accepted" for r in results),
            duplicates=sum(r.outcome == "duplicate" for r in results),
            failed=sum(r.outcome is None for r in results),
            items=results,
        )
        # 503 when Kafka missed any item: a retry is then worth it (and not remembered under its
        # Idempotency-Key); items accepted this time come back as duplicates.
        unavailable = any(r.status >= 500 for r in results)
        return (503 if unavailable else 207 if result.failed else 202), result.model_dump(exclude_none=True)

    return await _idempotent(request, idempotency, mime.encode() + b"\0" + body, respond)


def _item(index: int, outcome: Outcome) -> BatchItem:
    receipt = outcome.receipt
    if receipt is None:
        problem = problem_of(outcome)
        return BatchItem(index=index, status=problem.status, problem=ProblemBody(**problem.body()))
    return BatchItem(
        index=index,
        status=200 if receipt.duplicate else 202,
        release_id=receipt.release_id,
        outcome="duplicate" if receipt.duplicate else "accepted",
        title=receipt.title,
    )


async def _idempotent(
    request: Request, idempotency: IdempotencyDep, fingerprint: bytes, respond: Respond
) -> JSONResponse:
    async def answered() -> tuple[int, dict[str, Any]]:
        try:
            return await respond()
        except Problem as problem:
            return problem.status, problem.body()

    key = request.headers.get("idempotency-key")
    try:
        reply = await idempotency.reply(key, request.url.path, fingerprint, answered)
    except KeyRefused as refused:
        status = _KEY_STATUS.get(refused.code, 422)
        retry = _RETRY_AFTER.get(status)
        raise Problem(
            status, refused.code, str(refused), headers={"Retry-After": retry} if retry else None
        ) from None
    headers = {"Idempotent-Replayed": "true"} if reply.replayed else {}
    if reply.status == 503:
        headers["Retry-After"] = _RETRY_AFTER[503]
    if reply.status >= 400:
        return JSONResponse(reply.body, reply.status, headers=headers, media_type="application/problem+json")
    return JSONResponse(reply.body, reply.status, headers=headers)
