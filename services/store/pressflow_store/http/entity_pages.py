"""The web page of one entity: its names, releases per month as an SVG chart, its releases and company."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from pressflow_store.http.deps import Conn
from pressflow_store.http.mentions_chart import HEIGHT, WIDTH, month_bars
from pressflow_store.http.pages import TEMPLATES
from pressflow_store.read.entity_profile import profile
from pressflow_store.read.queries import ReleaseFilter, list_releases

router = APIRouter(include_in_schema=False)


@router.get("/entity/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, conn: Conn, entity_id: int) -> HTMLResponse:
    found = profile(conn, entity_id, top=10)
    if found is None:
        context: dict[str, Any] = {"release_id": f"entity {entity_id}"}
        return TEMPLATES.TemplateResponse(request, "missing.html", context, status_code=404)
    where = ReleaseFilter(entity=[found["name"]], entity_type=found["type"])
    page = list_releases(conn, where, limit=50)
    context = {
        "entity": found,
        "bars": month_bars({m["month"]: m["releases"] for m in found["months"]}),
        "chart": {"width": WIDTH, "height": HEIGHT},
        "releases": page.items,
        "more": page.next_cursor is not None,
    }
    return TEMPLATES.TemplateResponse(request, "entity.html", context)
