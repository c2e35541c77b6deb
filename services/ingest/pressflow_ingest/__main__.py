"""`python -m pressflow_ingest` runs the ingest service."""

from pressflow_ingest.service import main

main()
