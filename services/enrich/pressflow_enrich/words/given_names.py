"""Given names, as data: the first names Faker's person providers list for the locales written in
Latin script (some 20,000: the US, the UK, Ireland, India, Kenya, Nigeria, Ghana, New Zealand,
France, Belgium, Switzerland, Québec and more). Faker is a maintained package from PyPI (MIT); the
names are read from it when first asked, never copied here.

A given name alone proves nothing ("Victoria", "Jordan", "Grace" are places and words too): the
entity rules ask it only of a name already shaped like a person's (two or three capitalised words,
none a body's word) whose words the text never writes in lower case.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

_FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def _latin(name: str) -> bool:
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in name)


def _provider_names(module: str) -> set[str]:
    provider = importlib.import_module(f"faker.providers.person.{module}").Provider
    names: set[str] = set()
    for field in _FIELDS:
        found = next((k.__dict__[field] for k in provider.__mro__ if field in k.__dict__), None)
        if isinstance(found, (list, tuple, dict, set, frozenset)):
            names.update(found)
    return names


@cache
def given_names() -> frozenset[str]:
    """Every given name of a locale whose names are written in Latin script."""
    import faker.providers.person as person

    found: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        names = _provider_names(module.name)
        latin = {n for n in names if _latin(n)}
        if names and len(latin) >= 0.8 * len(names):  # "ja_JP" lists its names in kana too
            found |= latin
    return frozenset(n for n in found if len(n) > 2 and n[0].isupper())


def is_given_name(word: str) -> bool:
    return word in given_names()
