"""MkDocs hooks for the Ikhtisar theme: a nav that fits the content, and escaped <meta> values."""

from __future__ import annotations

import os
from typing import Any

from markupsafe import Markup, escape

# Front matter values that Material writes into the page head unescaped.
_RAW_IN_HEAD = ("author", "description")


def on_config(config: Any) -> Any:
    """Drop nav entries whose Markdown page is not in the docs dir (e.g. no actors index yet)."""
    if config.nav:
        config.nav = _present_entries(config.nav, config.docs_dir)
    return config


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    """HTML-escape the front matter values Material puts unescaped into <meta> tags."""
    for key in _RAW_IN_HEAD:
        value = page.meta.get(key)
        if isinstance(value, str) and not isinstance(value, Markup):
            page.meta[key] = escape(value)
    return context


def _present_entries(nav: list[Any], docs_dir: str) -> list[Any]:
    kept: list[Any] = []
    for entry in nav:
        if isinstance(entry, dict):
            ((title, target),) = entry.items()
            if isinstance(target, list):
                children = _present_entries(target, docs_dir)
                if children:
                    kept.append({title: children})
                continue
            if _is_missing_page(target, docs_dir):
                continue
        elif _is_missing_page(entry, docs_dir):
            continue
        kept.append(entry)
    return kept


def _is_missing_page(target: Any, docs_dir: str) -> bool:
    if not isinstance(target, str) or "://" in target or not target.endswith(".md"):
        return False
    return not os.path.isfile(os.path.join(docs_dir, target))
