"""The wire contracts of pressflow: event models, topic names, and what their values mean."""

from pressflow_schemas.events import (
    SCHEMA_VERSION,
    Amount,
    Contact,
    DateMention,
    DeadLetter,
    EnrichedRelease,
    Entity,
    Mention,
    Quantity,
    RawRelease,
    Source,
)
from pressflow_schemas.links import ArchiveLink, EntityMerge, ReleaseLink
from pressflow_schemas.topics import Topics

__all__ = [
    "SCHEMA_VERSION",
    "Amount",
    "ArchiveLink",
    "Contact",
    "DateMention",
    "DeadLetter",
    "EnrichedRelease",
    "Entity",
    "EntityMerge",
    "Mention",
    "Quantity",
    "RawRelease",
    "ReleaseLink",
    "Source",
    "Topics",
]
