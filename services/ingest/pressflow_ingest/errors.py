"""The one shape of an HTTP error ingest answers: a status, a code, a message that says what to fix."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An answer with a status and a message that says what to fix."""

    def __init__(
        self, status: int, code: str, message: str, detail: Any = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.detail = status, code, message, detail
        self.headers = headers

    def body(self) -> dict[str, Any]:
        content: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.detail is not None:
            content["detail"] = self.detail
        return content
