"""The query parameters of the API and the web page, validated once for both."""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import Field, model_validator

from pressflow_store.read.queries import ReleaseFilter, Sort

ExportFormat = Literal["ndjson", "csv"]


class SortedFilter(ReleaseFilter):
    """A filter and the order to list what it finds in."""

    sort: Annotated[Sort | None, Field(description="default: relevance with q, else newest")] = None

    @model_validator(mode="after")
    def _relevance_needs_a_search(self) -> Self:
        if self.sort == "relevance" and not self.q:
            raise ValueError("sort=relevance needs q: relevance is to a search")
        return self

    def filter(self) -> ReleaseFilter:
        return ReleaseFilter(**self.model_dump(include=set(ReleaseFilter.model_fields)))


class ReleaseSearch(SortedFilter):
    """One page of a sorted filter, with facet counts on request."""

    limit: Annotated[int, Field(ge=1, le=200)] = 20
    cursor: Annotated[str | None, Field(max_length=500, description="next_cursor of the previous page")] = (
        None
    )
    facets: Annotated[bool, Field(description="add counts by language, month, entity and currency")] = False


class ReleaseExport(SortedFilter):
    """A whole filtered set, to download."""

    format: Annotated[ExportFormat, Field(description="ndjson: full events; csv: one row per release")] = (
        "ndjson"
    )
