"""`python -m pressflow_store` runs the store service."""

from pressflow_store.service import main

main()
