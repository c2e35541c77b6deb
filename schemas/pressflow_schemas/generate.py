"""Writes the checked-in JSON Schemas and AsyncAPI document from the models; `--check` finds drift."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml
from pydantic import BaseModel

from pressflow_schemas.events import SCHEMA_VERSION, DeadLetter, EnrichedRelease, RawRelease
from pressflow_schemas.fingerprints import FINGERPRINT_HEADER, FINGERPRINT_SCHEME, PERMUTATIONS
from pressflow_schemas.links import ArchiveLink
from pressflow_schemas.topics import Topics

SCHEMAS_DIR = Path(__file__).resolve().parent.parent

# topic attribute, message name, model, what a consumer should know
_CHANNELS: list[tuple[str, str, type[BaseModel], str]] = [
    (
        "raw",
        "RawRelease",
        RawRelease,
        "Releases as ingest accepted them: text extracted from the file or request, nothing "
        "interpreted. Keyed by release id; a repeat of the same content has the same id.",
    ),
    (
        "enriched",
        "EnrichedRelease",
        EnrichedRelease,
        "Releases with language, title, published_on, dates, amounts, entities, contacts and "
        "quantities. Carries the text, so consumers need nothing else. Keyed by release id; "
        "at-least-once, so a consumer may see an event twice (identical apart from processed_at).",
    ),
    (
        "dead_letter",
        "DeadLetter",
        DeadLetter,
        "What a stage could not handle, with the stage, the error and the original payload, "
        "so it can be replayed after a fix.",
    ),
    (
        "linked",
        "ArchiveLink",
        ArchiveLink,
        "What the store learns across the archive: a release that copies (duplicate_of the "
        "earliest copy) or revises another, and a name merged into an entity, each published "
        "after the store's commit; `retracted` undoes an earlier change that later evidence "
        "contradicts. Keyed by release id, or `entity:<name id>`; at-least-once, so drop "
        "repeats by event_id. Replaying releases.enriched publishes nothing new.",
    ),
]

# Kafka key of each topic's messages
_KEYS = {"linked": "release id, or entity:<name id> for an entity merge"}

# Kafka headers of each topic's messages: outside the event, so that no consumer validating its
# schema sees a field it does not know; one that ignores them loses nothing
_HEADERS = {
    "enriched": {
        "type": "object",
        "properties": {
            FINGERPRINT_HEADER: {
                "type": "string",
                "pattern": r"^[a-z0-9-]+:[A-Za-z0-9+/]*={0,2}$",
                "description": (
                    f"The release's MinHash signature, computed by enrich so that the store need "
                    f"not: `{FINGERPRINT_SCHEME}:` then the base64 of its {PERMUTATIONS} 32-bit "
                    "values, little-endian (nothing after the colon: a text without shingles), as "
                    "pressflow_schemas.fingerprints defines them. Optional: a consumer computes it "
                    "when it is missing, malformed or of a scheme it does not know."
                ),
            }
        },
    }
}


def schema_filename(model: type[BaseModel]) -> str:
    kebab = "".join(f"-{c.lower()}" if c.isupper() else c for c in model.__name__).lstrip("-")
    version = model.model_fields["schema_version"].default
    return f"{kebab}.v{version}.json"


def json_schemas() -> dict[str, str]:
    """File name (under schemas/json/) to JSON text for each event model."""
    files = {}
    for _, _, model, _ in _CHANNELS:
        schema = model.model_json_schema(mode="serialization")
        schema["$id"] = f"https://pressflow.dev/schemas/{schema_filename(model)}"
        files[schema_filename(model)] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return files


def asyncapi() -> str:
    """An AsyncAPI 3 document describing every topic (default, unprefixed names)."""
    topics = Topics()
    channels, operations, messages = {}, {}, {}
    for attr, name, model, description in _CHANNELS:
        address = getattr(topics, attr)
        channel_id = address.replace(".", "_").replace("-", "_")
        messages[name] = {
            "name": name,
            "contentType": "application/json",
            "payload": {"$ref": f"./json/{schema_filename(model)}"},
            "bindings": {"kafka": {"key": {"type": "string", "description": _KEYS.get(attr, "release id")}}},
        }
        if attr in _HEADERS:
            messages[name]["headers"] = _HEADERS[attr]
        channels[channel_id] = {
            "address": address,
            "description": description + " Deployments may prefix the name (PRESSFLOW_TOPIC_PREFIX).",
            "messages": {name: {"$ref": f"#/components/messages/{name}"}},
        }
        operations[f"receive_{channel_id}"] = {
            "action": "receive",
            "channel": {"$ref": f"#/channels/{channel_id}"},
            "summary": f"Subscribe to {address}.",
        }
    doc = {
        "asyncapi": "3.0.0",
        "info": {
            "title": "pressflow topics",
            "version": f"{SCHEMA_VERSION}.0.0",
            "description": "Press releases in, structured events out. Every event carries "
            "schema_version; a breaking change is a new version, never an edit.",
        },
        "defaultContentType": "application/json",
        "servers": {"local": {"host": "127.0.0.1:9092", "protocol": "kafka", "description": "make up"}},
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages},
    }
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def generated_files() -> dict[Path, str]:
    files = {SCHEMAS_DIR / "json" / name: text for name, text in json_schemas().items()}
    files[SCHEMAS_DIR / "asyncapi.yaml"] = asyncapi()
    return files


def drift() -> list[Path]:
    """The checked-in files that differ from what the models generate."""
    return [
        path
        for path, text in generated_files().items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 when files drifted")
    args = parser.parse_args()
    if args.check:
        stale = drift()
        for path in stale:
            print(f"{path} is out of date: run `make schemas`", file=sys.stderr)
        return 1 if stale else 0
    for path, text in generated_files().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
