"""HTTP errors as RFC 9457 problem details (application/problem+json), the same on every service."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

log = logging.getLogger("pressflow.http")

MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://pressflow.dev/problems/"


class InvalidField(BaseModel):
    """One field a request got wrong."""

    field: str = Field(examples=["text"])
    message: str = Field(examples=["Field required"])


class ProblemBody(BaseModel):
    """RFC 9457 problem details: `type` names the problem, `detail` says what to do about it."""

    type: str = Field(examples=[TYPE_BASE + "invalid_release"])
    title: str = Field(examples=["Unprocessable Content"])
    status: int = Field(ge=400, le=599, examples=[422])
    detail: str = Field(examples=["the JSON is not a valid release (text); see errors"])
    errors: list[InvalidField] | None = Field(None, description="the invalid fields, when there are some")


class Problem(Exception):
    """An HTTP error answer: a status, a problem code and a detail that says what to fix."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail, self.errors = status, code, detail, errors
        self.headers = headers

    def body(self) -> dict[str, Any]:
        content: dict[str, Any] = {
            "type": TYPE_BASE + self.code,
            "title": HTTPStatus(self.status).phrase,
            "status": self.status,
            "detail": self.detail,
        }
        if self.errors:
            content["errors"] = self.errors
        return content

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), self.status, headers=self.headers, media_type=MEDIA_TYPE)


def code_of(body: dict[str, Any]) -> str:
    """The problem code of a problem body: the last part of its type."""
    return str(body.get("type", "")).removeprefix(TYPE_BASE)


def responses(described: dict[int, str]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries for error statuses, each a problem+json body."""
    return {
        status: {"description": text, "content": {MEDIA_TYPE: {"schema": ProblemBody.model_json_schema()}}}
        for status, text in described.items()
    }


def install(app: FastAPI) -> None:
    """Every error `app` answers becomes a problem: its own, FastAPI's and an unexpected one."""
    app.add_exception_handler(Problem, _problem)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(Exception, _unexpected)


async def _problem(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, Problem)
    return exc.response()


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    code = HTTPStatus(exc.status_code).phrase.lower().replace(" ", "_").replace("-", "_")
    headers = dict(exc.headers) if exc.headers else None
    return Problem(exc.status_code, code, str(exc.detail), headers=headers).response()


async def _invalid_request(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {
            "field": ".".join(str(p) for p in error["loc"] if p not in ("query", "path", "body")),
            "message": str(error["msg"]).removeprefix("Value error, "),
        }
        for error in exc.errors()
    ]
    fields = ", ".join(sorted({e["field"] for e in errors}))
    return Problem(
        422, "invalid_request", f"the request is not valid ({fields}); see errors", errors
    ).response()


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error", exc_info=exc)
    return Problem(500, "internal_error", f"the request failed: {type(exc).__name__}").response()
