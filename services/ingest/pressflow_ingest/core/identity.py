"""Release ids derived from content, so a repeat is recognisable everywhere downstream."""

import hashlib
import re
import unicodedata


def release_id(text: str) -> str:
    """20 hex digits of sha256 over the text with case-preserving whitespace normalised."""
    canonical = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:20]
