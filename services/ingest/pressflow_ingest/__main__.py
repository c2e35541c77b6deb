"""`python -m pressflow_ingest` runs the ingest service."""

from pressflow_ingest.bootstrap import main

if __name__ == "__main__":  # extraction workers re-import this module; they must not start a service
    main()
