"""Contacts: e-mail addresses, phone numbers, URLs and social handles."""

from __future__ import annotations

from pressflow_schemas import Contact, Entity


def find_contacts(text: str, entities: list[Entity]) -> list[Contact]:
    """Every contact in the text, tied to the person or office named next to it."""
    return []
