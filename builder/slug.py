"""Stable, readable URL slugs."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG_LENGTH = 80
# Page names a section folder already uses: a briefing, dossier or actor slug never takes them.
RESERVED = frozenset({"index"})


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens, cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_SLUG_LENGTH:
            break
        slug = candidate
    return slug
