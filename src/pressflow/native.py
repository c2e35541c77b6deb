"""`python -m pressflow.native [--clean]`: compile enrich's rules with mypyc (`make install` runs it).

Compiles the modules `pressflow_enrich.native.MODULES` names, in place (a C extension beside
each source, and one shared library in services/enrich), then writes the stamp that tells the
package the copies match their sources. Does nothing when they already do. Where compiling
fails (no C compiler, a mypyc error) it says why and leaves the rules to run from their
sources: the same events, at the interpreter's speed. `--clean` removes every compiled copy.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pressflow_enrich import native

ENRICH = native.PACKAGE.parent  # services/enrich: the directory the package is imported from
REPO = ENRICH.parent.parent


def compiled_files() -> list[Path]:
    """Every compiled copy and the shared library the last build left."""
    return sorted(
        {*native.PACKAGE.rglob("*.so"), *ENRICH.glob("*__mypyc*.so"), *native.PACKAGE.rglob("*.pyd")}
    )


def clean() -> None:
    for path in compiled_files():
        path.unlink()
    native.STAMP.unlink(missing_ok=True)


def build() -> bool:
    """Compile the rules; False (with the reason on stderr) where that failed."""
    clean()
    # The lint's type settings, with the repository's other packages found by path
    config = (
        "[mypy]\npython_version = 3.11\nexplicit_package_bases = True\ncheck_untyped_defs = True\n"
        "ignore_missing_imports = True\nplugins = pydantic.mypy\n"
        f"mypy_path = {REPO / 'schemas'}:{REPO / 'runtime'}\n"
    )
    sources = [str(native.source_of(m).relative_to(ENRICH)) for m in native.MODULES]
    with tempfile.TemporaryDirectory(prefix="pressflow-native-") as scratch:
        ini = Path(scratch) / "mypy.ini"
        ini.write_text(config)
        done = subprocess.run(
            [sys.executable, "-m", "mypyc", "--config-file", str(ini), *sources],
            cwd=ENRICH,
            env=dict(os.environ, MYPY_CACHE_DIR=str(Path(scratch) / "cache")),
            capture_output=True,
            text=True,
        )
    shutil.rmtree(ENRICH / "build", ignore_errors=True)  # the generated C and objects
    if done.returncode != 0:
        clean()
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        print(f"compiling the rules failed; they run from their sources (slower):\n{tail}", file=sys.stderr)
        return False
    native.STAMP.write_text(json.dumps({"sources": native.source_hashes()}, indent=1, sort_keys=True))
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pressflow.native", description=__doc__)
    parser.add_argument("--clean", action="store_true", help="remove the compiled rules")
    parser.add_argument("--force", action="store_true", help="compile even when the copies are current")
    args = parser.parse_args(argv)
    if args.clean:
        clean()
        print("compiled rules removed: the rules run from their sources")
        return 0
    if not args.force and native.stale_source() is None and all(map(native.compiled_copy, native.MODULES)):
        print("compiled rules current")
        return 0
    if build():
        print(f"rules compiled: {len(native.MODULES)} modules ({len(compiled_files())} files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
