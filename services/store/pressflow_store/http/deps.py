"""Dependencies of the HTTP routes: the app's database engine and a connection from it."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Connection, Engine


def engine(request: Request) -> Engine:
    return request.app.state.engine


def connection(request: Request) -> Iterator[Connection]:
    with request.app.state.engine.connect() as conn:
        yield conn


DatabaseEngine = Annotated[Engine, Depends(engine)]
Conn = Annotated[Connection, Depends(connection)]
