"""The map holds: services meet only through contracts, contracts are plain, cores import no adapter
library, and no function is longer than a screen."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("pressflow_ingest", "pressflow_enrich", "pressflow_store")
ADAPTER_LIBRARIES = ("fastapi", "starlette", "uvicorn", "aiokafka", "faust", "sqlalchemy", "httpx")
RUNTIME_LIBRARIES = (*ADAPTER_LIBRARIES, "pydantic_settings", "pressflow_runtime", "psycopg")
PACKAGES = {
    "pressflow_schemas": ROOT / "schemas" / "pressflow_schemas",
    "pressflow_runtime": ROOT / "runtime" / "pressflow_runtime",
    **{name: ROOT / "services" / name.removeprefix("pressflow_") / name for name in SERVICES},
}
# enrich's pure core: the step folders, the pipeline, and spaCy and the geodata behind their ports
ENRICH_CORE = [
    "amounts",
    "dates",
    "entities",
    "release",
    "words",
    "ner.py",
    "ner_greedy.py",
    "pipeline.py",
    "places.py",
    "tables.py",
]
LONG_FUNCTIONS_ALLOWED: set[tuple[str, str]] = set()


# The store's folders by role: each may import only the roles listed (and itself). The read side
# and the write side never meet; the HTTP adapter serves the read side; linking is the write
# side's engine; `service.py` (the bootstrap) alone wires HTTP and the consumer together.
STORE_ROLES = {
    "db": set(),
    "read": {"db"},
    "linking": {"db"},
    "write": {"db", "linking"},
    "http": {"db", "read"},
}


def imports(path: Path) -> set[str]:
    """Top-level names of every module `path` imports."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def dotted_imports(path: Path) -> set[str]:
    """Full dotted names of every absolute module `path` imports (`from a import b` gives a.b too)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
    return names


def modules(package: str, under: str = "") -> list[Path]:
    return sorted((PACKAGES[package] / under).rglob("*.py"))


@pytest.mark.parametrize("service", SERVICES)
def test_no_service_imports_another(service):
    others = set(SERVICES) - {service}
    for path in modules(service):
        assert not imports(path) & others, f"{path.relative_to(ROOT)} imports {imports(path) & others}"


def test_contracts_import_no_runtime_library():
    for path in modules("pressflow_schemas"):
        found = imports(path) & {*RUNTIME_LIBRARIES, *SERVICES}
        assert not found, f"{path.relative_to(ROOT)} imports {found}"


def test_the_runtime_knows_no_service():
    for path in modules("pressflow_runtime"):
        assert not imports(path) & set(SERVICES), path.relative_to(ROOT)


def test_ingest_core_imports_no_adapter_library_and_no_adapter():
    for path in modules("pressflow_ingest", "core"):
        found = imports(path) & set(ADAPTER_LIBRARIES)
        assert not found, f"{path.relative_to(ROOT)} imports {found}"
        source = path.read_text(encoding="utf-8")
        assert "pressflow_ingest.adapters" not in source and "pressflow_ingest.intake" not in source


@pytest.mark.parametrize("role", STORE_ROLES)
def test_store_roles_import_only_what_they_serve(role):
    allowed = {role, *STORE_ROLES[role]}
    for path in modules("pressflow_store", role):
        store = {n.split(".")[1] for n in dotted_imports(path) if n.startswith("pressflow_store.")}
        # `from pressflow_store import x` names a top-level module or role; only roles are checked
        found = (store & set(STORE_ROLES)) - allowed
        assert not found, f"{path.relative_to(ROOT)} imports the store's {found}"
        assert not store - set(STORE_ROLES), f"{path.relative_to(ROOT)} imports the bootstrap or settings"


def test_every_store_module_has_a_role():
    top = {p.stem for p in PACKAGES["pressflow_store"].glob("*.py")}
    assert top == {"__init__", "__main__", "service", "settings"}, "put these in a role folder: " + str(
        top - {"__init__", "__main__", "service", "settings"}
    )


@pytest.mark.parametrize("part", ENRICH_CORE)
def test_enrich_core_imports_no_adapter_library(part):
    root = PACKAGES["pressflow_enrich"] / part
    paths = sorted(root.rglob("*.py")) if root.is_dir() else [root]
    assert paths, f"{part} is gone: update ENRICH_CORE"
    for path in paths:
        assert not imports(path) & set(ADAPTER_LIBRARIES), path.relative_to(ROOT)


def test_no_function_is_over_fifty_lines_outside_migrations():
    long = []
    for top in ("schemas", "runtime", "services", "src"):
        for path in (ROOT / top).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            relative = str(path.relative_to(ROOT))
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno:
                    lines = node.end_lineno - node.lineno + 1
                    if lines > 50 and (relative, node.name) not in LONG_FUNCTIONS_ALLOWED:
                        long.append(f"{relative}:{node.lineno} {node.name} ({lines} lines)")
    assert not long, "split these: " + ", ".join(long)


def test_no_module_binds_a_top_level_name_twice():
    """A second `_CONNECTORS = ...` further down a module silently replaces the first for every
    function that reads it at run time: each module-level name is bound once."""
    twice = []
    for top in ("schemas", "runtime", "services", "src"):
        for path in (ROOT / top).rglob("*.py"):
            seen: set[str] = set()
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                targets = node.targets if isinstance(node, ast.Assign) else []
                names = [t.id for t in targets if isinstance(t, ast.Name)]
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                    names = [node.name]
                twice += [f"{path.relative_to(ROOT)}:{node.lineno} {n}" for n in names if n in seen]
                seen.update(names)
    assert not twice, "bound twice: " + ", ".join(twice)


def test_the_environment_is_read_through_settings_only():
    """Configuration comes from pydantic-settings classes; a child process may be handed the
    environment whole (`dict(os.environ)`), nothing else reads it."""
    readers = []
    for top in ("schemas", "runtime", "services", "src"):
        for path in (ROOT / top).rglob("*.py"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if ("os.environ" in line or "os.getenv" in line) and "dict(os.environ" not in line:
                    readers.append(f"{path.relative_to(ROOT)}:{number}")
    assert not readers, "read these through a settings class: " + ", ".join(readers)
