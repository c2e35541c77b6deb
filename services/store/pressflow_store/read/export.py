"""Exports of a filtered set, streamed: NDJSON of the full events or CSV of one row per release."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine

from pressflow_store.read.parameters import ReleaseExport
from pressflow_store.read.queries import list_releases

CSV_COLUMNS = (
    "release_id",
    "published_on",
    "dated_on",
    "language",
    "source_kind",
    "source_filename",
    "title",
    "entities",
    "amounts",
)
_CHUNK = 500


def export_lines(engine: Engine, request: ReleaseExport) -> Iterator[str]:
    """The matching releases, page after page, each page read in a short transaction of its own."""
    if request.format == "csv":
        yield _csv_line(CSV_COLUMNS)
    cursor = None
    while True:
        with engine.connect() as conn:
            page = list_releases(conn, request.filter(), request.sort, _CHUNK, cursor, with_events=True)
        for item in page.items:
            if request.format == "ndjson":
                yield json.dumps(item["event"], ensure_ascii=False) + "\n"
            else:
                yield _csv_row(item)
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def _csv_row(item: dict[str, Any]) -> str:
    event = item["event"]
    return _csv_line(
        (
            item["release_id"],
            item["published_on"] or "",
            item["dated_on"],
            item["language"],
            item["source_kind"],
            item["source_filename"] or "",
            item["title"] or "",
            "; ".join(f"{e['type']}:{e['name']}" for e in event["entities"]),
            "; ".join(f"{_number(a['value'])} {a['currency']}" for a in event["amounts"]),
        )
    )


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)


def _csv_line(values: tuple[Any, ...]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)
    return buffer.getvalue()
