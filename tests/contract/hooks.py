"""schemathesis hooks for pressflow's APIs: NDJSON bodies are sent as the text they are."""

import schemathesis

schemathesis.serializer.alias("application/x-ndjson", "text/plain")
