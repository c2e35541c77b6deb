"""The web page: a search with filters and facets, results and a release view, rendered on the server."""

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from pressflow_schemas.date_values import date_bounds
from pressflow_schemas.keys import entity_key
from pressflow_store.http.deps import Conn
from pressflow_store.read.entity_profile import registry_ids
from pressflow_store.read.facets import facets
from pressflow_store.read.highlights import segments, snippet_end
from pressflow_store.read.parameters import ReleaseSearch
from pressflow_store.read.queries import InvalidCursor, get_release, list_releases
from pressflow_store.read.related import copy_counts, related

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
Params = list[tuple[str, str]]


def form_values(params: Params) -> dict[str, Any]:
    """What the search form sent, blanks left out (an unused field of a GET form comes empty)."""
    values: dict[str, Any] = {}
    for key, value in params:
        if value.strip():
            if key == "entity":
                values.setdefault("entity", []).append(value.strip())
            else:
                values[key] = value.strip()
    return values


def href(params: Params, drop: tuple[str, ...] = (), **changes: str) -> str:
    """The page URL with `changes` set and `drop` removed; a new filter starts from the first page."""
    kept = [
        (k, v)
        for k, v in params
        if v.strip() and k not in drop and k != "cursor" and (k == "entity" or k not in changes)
    ]
    for key, value in changes.items():
        if (key, value) not in kept:
            kept.append((key, value))
    return "/?" + urlencode(kept)


def without(params: Params, key: str, value: str) -> str:
    """The page URL without one filter value."""
    return "/?" + urlencode([(k, v) for k, v in params if (k, v) != (key, value) and k != "cursor"])


def month_range(month: str) -> dict[str, str]:
    first, last = date_bounds(month)
    return {"published_from": first.isoformat(), "published_to": last.isoformat()}


router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, conn: Conn) -> HTMLResponse:
    params = [(k, v) for k, v in request.query_params.multi_items()]
    context: dict[str, Any] = {
        "params": params,
        "form": form_values(params),
        "href": lambda **c: href(params, **c),
        "without": lambda k, v: without(params, k, v),
        "month_range": month_range,
        "errors": [],
    }
    try:
        search = ReleaseSearch.model_validate(context["form"])
        where = search.filter()
        page = list_releases(conn, where, search.sort, search.limit, search.cursor, with_events=True)
    except ValidationError as exc:
        context["errors"] = [_message(e) for e in exc.errors()]
    except InvalidCursor as exc:
        context["errors"] = [str(exc)]
    if context["errors"]:
        return TEMPLATES.TemplateResponse(request, "search.html", context, status_code=422)
    context["results"] = [_result(item) for item in page.items]
    context["copies"] = copy_counts(conn, [i["release_id"] for i in page.items]) if where.collapse else {}
    context["next_page"] = href(params, cursor=page.next_cursor) if page.next_cursor else None
    context["facets"] = facets(conn, where)
    context["total"] = sum(c["count"] for c in context["facets"]["languages"])
    return TEMPLATES.TemplateResponse(request, "search.html", context)


@router.get("/view/{release_id}", response_class=HTMLResponse)
def release_page(request: Request, conn: Conn, release_id: str) -> HTMLResponse:
    event = get_release(conn, release_id)
    if event is None:
        missing = {"release_id": release_id}
        return TEMPLATES.TemplateResponse(request, "missing.html", missing, status_code=404)
    keys = [(e["type"], entity_key(e["name"])) for e in event["entities"]]
    context: dict[str, Any] = {
        "event": event,
        "segments": segments(event),
        "entity_href": _entity_href,
        "related": related(conn, release_id),
        "entity_ids": {
            (e["type"], e["name"]): i for e, i in zip(event["entities"], _ids(conn, keys), strict=True)
        },
    }
    return TEMPLATES.TemplateResponse(request, "release.html", context)


def _ids(conn: Any, keys: list[tuple[str, str]]) -> list[int | None]:
    found = registry_ids(conn, keys)
    return [found.get(key) for key in keys]


def _result(item: dict[str, Any]) -> dict[str, Any]:
    text = item["event"]["text"]
    end = snippet_end(text)
    return {**item, "segments": segments(item["event"], 0, end), "more": end < len(text)}


def _entity_href(entity_type: str, name: str) -> str:
    return "/?" + urlencode({"entity": name, "entity_type": entity_type})


def _message(error: Any) -> str:
    where = ".".join(str(part) for part in error["loc"] if part not in ("query",))
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message
