"""The ingest service: bytes from the inbox or HTTP turned into raw releases on Kafka."""
