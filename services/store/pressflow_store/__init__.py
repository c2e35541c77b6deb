"""pressflow package."""
