"""The rules compiled to C, used only while they are the code in the source files.

`make install` compiles the modules below with mypyc (`python -m pressflow.native`): the same
Python, type-checked, turned into a C extension beside each source file, which Python imports
in its place. The output is the same event for every release (the build is checked on every
annotated text); it costs less: the rules are many small functions and regular expressions,
and the interpreter's share of them is what compiling removes.

A compiled copy that no longer matches its source would run old rules silently, so the build
writes `native.json`, the hash of each source it compiled, and `use_compiled_if_current` checks
it when the package is imported: if one source has changed since (an edit, a checkout), every
module of the list is imported from its source instead, with a warning in the log naming the
first one changed, until the next `make install`. All or none: the compiled modules call each
other directly, so one module from source among compiled ones would still be reached through
the old copy.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import logging
import sys
from pathlib import Path
from types import ModuleType

PACKAGE = Path(__file__).parent
STAMP = PACKAGE / "native.json"

# The rules, and what they read, that a release's enrichment spends its time in (pipeline.py
# and the service stay interpreted). release.contacts is left out: its tests replace one of its
# functions, which the compiled module's own calls would not see.
MODULES = (
    "pressflow_enrich.amounts.mentions",
    "pressflow_enrich.amounts.world",
    "pressflow_enrich.dates.grammar",
    "pressflow_enrich.dates.mentions",
    "pressflow_enrich.dates.published",
    "pressflow_enrich.dates.relative",
    "pressflow_enrich.dates.tense",
    "pressflow_enrich.entities.judge",
    "pressflow_enrich.entities.mentions",
    "pressflow_enrich.entities.spans",
    "pressflow_enrich.openings",
    "pressflow_enrich.places",
    "pressflow_enrich.release.title",
    "pressflow_enrich.tables",
    "pressflow_enrich.words.calendar",
    "pressflow_enrich.words.initials",
    "pressflow_enrich.words.numbers",
)


def source_of(module: str) -> Path:
    return PACKAGE.joinpath(*module.split(".")[1:]).with_suffix(".py")


def source_hashes() -> dict[str, str]:
    return {m: hashlib.sha256(source_of(m).read_bytes()).hexdigest() for m in MODULES}


def compiled_copy(module: str) -> Path | None:
    source = source_of(module)
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        if (copy := source.with_suffix(suffix)).exists():
            return copy
    return None


def stale_source() -> str | None:
    """The first module whose source differs from what was compiled (None when all match)."""
    try:
        compiled = json.loads(STAMP.read_text())["sources"]
    except (OSError, ValueError, KeyError):
        compiled = {}
    now = source_hashes()
    return next((m for m in MODULES if compiled.get(m) != now[m]), None)


class _FromSource(importlib.abc.MetaPathFinder):
    """Imports the listed modules from their .py files, ahead of any compiled copy."""

    def find_spec(
        self, fullname: str, path: object = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, source_of(fullname))


def use_compiled_if_current() -> bool:
    """True when the compiled rules will be imported; else makes sure the sources are.
    PRESSFLOW_ENRICH_INTERPRETED=1 asks for the sources (to step through a rule in a debugger)."""
    if not any(compiled_copy(m) for m in MODULES):
        return False
    from pressflow_enrich.settings import EnrichSettings

    if EnrichSettings().enrich_interpreted:
        sys.meta_path.insert(0, _FromSource())
        return False
    if (changed := stale_source()) is None and all(compiled_copy(m) for m in MODULES):
        return True
    logging.getLogger("pressflow.enrich").warning(
        "the compiled rules are older than %s: every rule runs from its source (slower) until"
        " `make install` compiles them again",
        changed or "their sources",
    )
    sys.meta_path.insert(0, _FromSource())
    return False
