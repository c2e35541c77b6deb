"""Alembic's entry point for the store: migrations run on the connection the store hands over."""

from alembic import context

from pressflow_store.db.tables import metadata

# The store runs migrations itself (pressflow_store.db.schema); there is no alembic.ini.
connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
