"""Amounts of money, and the counts and percentages that are not money."""

from __future__ import annotations

from pressflow_schemas import Amount, Quantity


def find_amounts(text: str, lang: str) -> tuple[list[Amount], list[Quantity]]:
    """Every sum of money (value in whole units, ISO 4217 currency) and other quantities."""
    return [], []
