"""pressflow: the command line, the local launcher and the local Kafka broker."""
