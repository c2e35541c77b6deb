"""The release's title."""


def find_title(text: str) -> str | None:
    """The line a reader would call the release's title."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return None
