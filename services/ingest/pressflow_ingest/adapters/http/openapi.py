"""What the ingest API tells its clients in OpenAPI: the description, the bodies and the errors."""

from __future__ import annotations

from typing import Any

from pressflow_ingest.core.formats.json import EXAMPLE, ReleaseObject
from pressflow_runtime import problems

DESCRIPTION = """
Submit press releases. A release is on `releases.raw` when you get its answer.

* `POST /releases` takes one release: a JSON release object, the raw document with its
  content type (text/plain, text/markdown, text/html, application/pdf, a .docx, message/rfc822;
  or application/octet-stream with an `X-Filename` header), or multipart/form-data with a `file`.
  **202** with the release id when it was published; **200** when the same content was
  published before (same id, not republished).
* `POST /releases/batch` takes many JSON release objects (a JSON array, or NDJSON) and
  answers each one. **202** when every item was accepted (or already known);
  **207 Multi-Status** as soon as one item failed: read `items[].status` for each.
* An `Idempotency-Key` header makes a retry safe: the same key with the same body gets the
  first answer again (marked `Idempotent-Replayed: true`) without republishing; the same key
  with another body is refused with 422.
* Errors are RFC 9457 problem details (`application/problem+json`): `type`, `title`,
  `status`, `detail`, and `errors` naming the invalid fields.
* Limits: body size (413), content type (415), validation (422, naming the field), requests
  per client (429 with `Retry-After`). With `PRESSFLOW_INGEST_TOKEN` set, every POST needs
  `Authorization: Bearer <token>` (401 otherwise). When Kafka does not acknowledge in time,
  or ingest's disk is full: 503 with `Retry-After`, and nothing was accepted.
"""

ERRORS = problems.responses(
    {
        400: "the body is not JSON",
        401: "a bearer token is required and was missing or wrong",
        409: "a request with this Idempotency-Key is still being processed; see Retry-After",
        413: "the body, the batch or the extracted release is over a size limit",
        415: "the content type or the document's format is not supported",
        422: "the release is not valid or not readable; `errors` names the fields",
        429: "too many requests from this client; see Retry-After",
        500: "the release could not be taken, and a retry would fail the same way",
        503: "Kafka did not acknowledge in time, or ingest's disk is full: nothing was accepted; Retry-After",
    }
)

# Any text is a text body: no JSON type describes it better, and an empty one is refused (422).
_TEXT: dict[str, Any] = {"description": "the document's text, in the charset the content type names"}

SINGLE_BODY: dict[str, Any] = {
    "application/json": {"schema": ReleaseObject.model_json_schema(), "example": EXAMPLE},
    "text/plain": {"schema": _TEXT, "example": EXAMPLE["text"]},
    "text/markdown": {"schema": _TEXT},
    "text/html": {"schema": _TEXT, "example": "<html><head><title>Appel</title></head>..."},
    "application/pdf": {"schema": {"type": "string", "format": "binary"}},
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
        "schema": {"type": "string", "format": "binary"}
    },
    "message/rfc822": {"schema": {"type": "string", "format": "binary"}},
    "multipart/form-data": {
        "schema": {
            "type": "object",
            "properties": {"file": {"type": "string", "format": "binary"}, "title": {"type": "string"}},
            "required": ["file"],
        }
    },
}

BATCH_BODY: dict[str, Any] = {
    "application/json": {
        "schema": {
            "type": "array",
            "minItems": 1,
            "items": {
                "description": "a release object (as POST /releases takes it); an item that is not "
                "one is answered 422 in its place in items[], and the others are taken",
            },
        },
        "example": [EXAMPLE, {"text": "Brest, le 4 juillet 2025\n\nLa Ville accorde 50 000 €."}],
    },
    "application/x-ndjson": {
        "schema": {"description": "one release object per line; each line answered in items[]"},
        "example": '{"text": "Premier communiqué."}\n{"text": "Second communiqué."}\n',
    },
}
