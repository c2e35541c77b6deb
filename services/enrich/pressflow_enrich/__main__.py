"""`python -m pressflow_enrich` runs the enrich service."""

from pressflow_enrich.service import main

main()
