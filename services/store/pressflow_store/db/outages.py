"""A database that is away (down, restarting, busy) told apart from one that refuses what it is given."""

from sqlalchemy.exc import DBAPIError, OperationalError


def is_database_away(error: BaseException) -> bool:
    """Worth retrying the same work later: the consumer re-reads its batch, the API answers 503."""
    return isinstance(error, OperationalError) or (
        isinstance(error, DBAPIError) and bool(error.connection_invalidated)
    )
