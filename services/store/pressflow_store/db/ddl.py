"""The column shapes the migrations repeat, named as tables.py's naming convention names them."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa


def cascade(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    """`table.column` refers to `target.id`, and its row goes when the target's does."""
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}", ondelete="CASCADE"
    )


def integers(*names: str) -> list[sa.Column]:
    """Required integer columns: the keys the link and child tables are made of."""
    return [sa.Column(name, sa.Integer(), nullable=False) for name in names]


def child_key(name: str, target: str, **options: Any) -> sa.Column:
    """A column of tables.py referring to `target.id`, its row gone when the target's is."""
    return sa.Column(name, sa.ForeignKey(f"{target}.id", ondelete="CASCADE"), **options)
