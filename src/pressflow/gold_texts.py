"""The annotated releases' texts as `../shared/eval/score.py --run` hands them to an analyzer."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path


def write_texts(releases: Iterable[tuple[str, str, str]], folder: Path) -> list[str]:
    """Each release, (id, text, arrival as ISO 8601), written as `<id>.txt` in `folder` and dated
    by its arrival (the file's time is what `pressflow analyze` reads as `received_at`): the
    paths, in the order given."""
    paths = []
    for doc_id, text, received_at in releases:
        path = folder / f"{doc_id}.txt"
        path.write_text(text, encoding="utf-8")
        stamp = datetime.fromisoformat(received_at).timestamp()
        os.utime(path, (stamp, stamp))
        paths.append(str(path))
    return paths
