"""Events of `releases.linked`: copies and revisions found across the archive, entity names merged."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator


class _Event(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ReleaseLink(_Event):
    """`release_id` is a copy (`duplicate_of`, of the earliest copy) or a revision of `target_id`."""

    release_id: str
    kind: Literal["duplicate_of", "revision_of"]
    target_id: str
    similarity: float = Field(ge=0, le=1, description="Jaccard similarity of the two bodies' word shingles")


class EntityMerge(_Event):
    """The name `name_id` belongs to the entity `entity_id` (GET /entities/{entity_id})."""

    entity_id: int = Field(description="the registry entity: the smallest id of its names")
    name_id: int = Field(description="the id of the name that joined (or left) it")
    type: Literal["PER", "ORG", "LOC"]
    name: str
    evidence: list[str] = Field(
        default_factory=list, description="ids of releases that tie the name to the entity"
    )


class ArchiveLink(_Event):
    """One change to the links of the archive; `retracted` undoes an earlier `added` that later
    evidence contradicts. A subscriber applies them in order, keyed by `event_id`."""

    schema_version: Literal[1] = 1
    event_id: str = Field(description="unique per change, the same when it is delivered again: drop repeats")
    action: Literal["added", "retracted"]
    release_link: ReleaseLink | None = None
    entity_merge: EntityMerge | None = None
    decided_at: AwareDatetime

    @model_validator(mode="after")
    def _one_change(self) -> ArchiveLink:
        if (self.release_link is None) == (self.entity_merge is None):
            raise ValueError("an ArchiveLink carries exactly one of release_link and entity_merge")
        return self

    @property
    def key(self) -> str:
        """The Kafka key: a release's links stay in order, as do an entity's merges."""
        if self.release_link is not None:
            return self.release_link.release_id
        assert self.entity_merge is not None
        return f"entity:{self.entity_merge.name_id}"
