"""What every pressflow service runs on: settings base, Kafka publisher, process lifecycle, HTTP problems."""
