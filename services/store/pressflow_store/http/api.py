"""The store's HTTP app: the query API under /releases and /entities, the web page at /."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from pressflow_runtime import problems
from pressflow_runtime.metrics import metrics_endpoint
from pressflow_runtime.problems import Problem
from pressflow_runtime.readiness import Readiness
from pressflow_store.db.outages import is_database_away
from pressflow_store.http import entity_pages, pages
from pressflow_store.http.deps import Conn, DatabaseEngine
from pressflow_store.http.responses import (
    EntityDetail,
    EntityList,
    EntityProfile,
    EntitySummary,
    Facets,
    ReleasePage,
    ReleaseSummary,
)
from pressflow_store.read.entity_profile import profile
from pressflow_store.read.entity_search import describe_entity, search_entities
from pressflow_store.read.export import export_lines
from pressflow_store.read.facets import facets
from pressflow_store.read.parameters import ReleaseExport, ReleaseSearch
from pressflow_store.read.queries import EntityType, InvalidCursor, ReleaseFilter, get_release, list_releases
from pressflow_store.read.related import copy_counts, related

_MEDIA_TYPES = {"ndjson": "application/x-ndjson", "csv": "text/csv; charset=utf-8"}


# Every route may find the request invalid or the database away; some find nothing.
_ERRORS = problems.responses(
    {
        422: "a parameter is not valid; `errors` names it",
        503: "the database is not reachable right now; see Retry-After",
    }
)
_NOT_FOUND = problems.responses({404: "nothing by that name"})
_DESCRIPTION = (
    "Search and browse enriched press releases. Errors are RFC 9457 problem details "
    "(`application/problem+json`): `type`, `title`, `status`, `detail`, and `errors` naming "
    "the invalid parameters."
)

router = APIRouter(responses=_ERRORS)


@router.get("/healthz")
def healthz(conn: Conn) -> dict[str, str]:
    conn.exec_driver_sql("SELECT 1")
    return {"status": "ok"}


@router.get("/releases", response_model=ReleasePage)
def releases(conn: Conn, search: Annotated[ReleaseSearch, Query()]) -> ReleasePage:
    """Releases matching every filter given, a page at a time; facets on request."""
    where = search.filter()
    page = list_releases(conn, where, search.sort, search.limit, search.cursor)
    if where.collapse:
        counts = copy_counts(conn, [item["release_id"] for item in page.items])
        page.items[:] = [{**item, "copies": counts[item["release_id"]]} for item in page.items]
    return ReleasePage(
        items=[ReleaseSummary(**item) for item in page.items],
        next_cursor=page.next_cursor,
        facets=Facets(**facets(conn, where)) if search.facets else None,
    )


@router.get("/releases/export", response_class=StreamingResponse)
def export(engine: DatabaseEngine, export: Annotated[ReleaseExport, Query()]) -> StreamingResponse:
    """Every release matching the filters, streamed: NDJSON events or CSV rows."""
    headers = {"content-disposition": f'attachment; filename="releases.{export.format}"'}
    return StreamingResponse(
        export_lines(engine, export), media_type=_MEDIA_TYPES[export.format], headers=headers
    )


@router.get("/releases/{release_id}", responses=_NOT_FOUND)
def release(conn: Conn, release_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    """The full enriched event, as published on releases.enriched, and under `related` its
    links across the archive: what it copies or revises, its other copies, its revisions."""
    event = get_release(conn, release_id)
    if event is None:
        raise HTTPException(404, f"no release {release_id!r}")
    return {**event, "related": related(conn, release_id)}


@router.get("/entities", response_model=EntityList)
def entities(
    conn: Conn,
    q: Annotated[str | None, Query(max_length=200, description="part of a name or alias")] = None,
    type: Annotated[EntityType | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> EntityList:
    """Entities whose name or an alias contains q, most often mentioned first."""
    return EntityList(items=[EntitySummary(**e) for e in search_entities(conn, q, type, limit)])


@router.get("/entities/{entity_id}", response_model=EntityProfile, responses=_NOT_FOUND)
def entity_by_id(
    conn: Conn,
    entity_id: Annotated[int, Path(ge=1, description="an entity id, or the id of any of its names")],
    top: Annotated[int, Query(ge=1, le=100, description="how many people and organisations")] = 10,
    limit: Annotated[int, Query(ge=1, le=200, description="how many releases")] = 20,
) -> EntityProfile:
    """An entity of the registry: its canonical name (the form used most), every alias, how many
    releases mention it, first and last seen, and the people and organisations seen with it."""
    found = profile(conn, entity_id, top)
    if found is None:
        raise HTTPException(404, f"no entity {entity_id}")
    where = ReleaseFilter(entity=[found["name"]], entity_type=found["type"])
    page = list_releases(conn, where, limit=limit)
    mentioned_in = ReleasePage(
        items=[ReleaseSummary(**item) for item in page.items], next_cursor=page.next_cursor
    )
    return EntityProfile(**found, mentioned_in=mentioned_in)


@router.get("/entities/{entity_type}/{name}", response_model=EntityDetail, responses=_NOT_FOUND)
def entity(
    conn: Conn,
    entity_type: EntityType,
    name: Annotated[str, Path(min_length=1, max_length=200)],
    with_type: Annotated[
        EntityType | None, Query(description="only co-occurring entities of this type")
    ] = None,
    top: Annotated[int, Query(ge=1, le=100, description="how many co-occurring entities")] = 20,
    limit: Annotated[int, Query(ge=1, le=200, description="how many releases")] = 20,
) -> EntityDetail:
    """An entity by canonical name or alias: its aliases, who appears with it, where it is mentioned."""
    found = describe_entity(conn, entity_type, name, with_type, top)
    if found is None:
        raise HTTPException(404, f"no {entity_type} entity named {name!r}")
    page = list_releases(conn, ReleaseFilter(entity=[name], entity_type=entity_type), limit=limit)
    mentioned_in = ReleasePage(
        items=[ReleaseSummary(**item) for item in page.items], next_cursor=page.next_cursor
    )
    return EntityDetail(**found, mentioned_in=mentioned_in)


def create_app(engine: Engine, lifespan: Any = None, readiness: Readiness | None = None) -> FastAPI:
    """The query API and the page over `engine`; `lifespan` runs the consumer beside them."""
    app = FastAPI(title="pressflow store", description=_DESCRIPTION, lifespan=lifespan)
    app.state.engine = engine
    problems.install(app)
    app.add_exception_handler(InvalidCursor, _bad_cursor)
    app.add_exception_handler(DBAPIError, _database_error)
    app.include_router(router)
    app.include_router(pages.router)
    app.include_router(entity_pages.router)
    app.add_route("/readyz", (readiness or Readiness()).endpoint, include_in_schema=False)
    app.add_route("/metrics", metrics_endpoint, include_in_schema=False)
    return app


async def _bad_cursor(_: Request, exc: Exception) -> JSONResponse:
    errors = [{"field": "cursor", "message": str(exc)}]
    return Problem(422, "invalid_cursor", f"the cursor is not valid: {exc}", errors).response()


async def _database_error(request: Request, exc: Exception) -> JSONResponse:
    if not is_database_away(exc):
        raise exc
    return Problem(
        503,
        "database_unavailable",
        "the database is not reachable; retry shortly",
        headers={"Retry-After": "5"},
    ).response()
