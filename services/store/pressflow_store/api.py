"""The store's query API: `GET /releases` (newest first, paged) and `GET /releases/{id}`."""

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import Connection, Engine

from pressflow_store.repository import InvalidCursor, get_release, list_releases


class ReleaseSummary(BaseModel):
    release_id: str
    title: str | None
    language: str
    published_on: date | None
    dated_on: date
    received_at: datetime
    source_kind: str
    source_filename: str | None
    enricher_version: str


class ReleasePage(BaseModel):
    items: list[ReleaseSummary]
    next_cursor: str | None


def create_app(engine: Engine, lifespan: Any = None) -> FastAPI:
    """The query API over `engine`; `lifespan` runs the consumer beside it."""
    app = FastAPI(
        title="pressflow store",
        description="Query enriched press releases.",
        lifespan=lifespan,
    )

    def connection() -> Any:
        with engine.connect() as conn:
            yield conn

    Conn = Annotated[Connection, Depends(connection)]

    @app.exception_handler(InvalidCursor)
    async def _bad_cursor(_: Request, exc: InvalidCursor) -> JSONResponse:
        return JSONResponse({"error": "invalid_cursor", "message": str(exc)}, status_code=422)

    @app.get("/healthz")
    def healthz(conn: Conn) -> dict[str, str]:
        conn.exec_driver_sql("SELECT 1")
        return {"status": "ok"}

    @app.get("/releases", response_model=ReleasePage)
    def releases(
        conn: Conn,
        limit: Annotated[int, Query(ge=1, le=200)] = 20,
        cursor: Annotated[str | None, Query(description="next_cursor of the previous page")] = None,
    ) -> ReleasePage:
        """Releases, newest first by their own date (else the day received)."""
        page = list_releases(conn, limit=limit, cursor=cursor)
        items = [ReleaseSummary(**item) for item in page.items]
        return ReleasePage(items=items, next_cursor=page.next_cursor)

    @app.get("/releases/{release_id}")
    def release(conn: Conn, release_id: str) -> dict[str, Any]:
        """The full enriched event, as published on releases.enriched."""
        event = get_release(conn, release_id)
        if event is None:
            raise HTTPException(404, f"no release {release_id!r}")
        return event

    return app
