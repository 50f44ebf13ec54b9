"""MkDocs hooks for the Ikhtisar theme: a nav that fits the content, escaped <meta> values, lean search reading."""

from __future__ import annotations

import os
import re
from typing import Any

from markupsafe import Markup, escape

# Front matter values that Material writes into the page head unescaped.
_RAW_IN_HEAD = ("author", "description")
_HEADING = re.compile(r"<h[1-6]\b[^>]*>")


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


def on_pre_build(config: Any) -> None:
    """Material's search parses every page's HTML: it is given the page without the part that is
    excluded from search anyway (article text, lists of briefings), which makes the same index faster."""
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    index = getattr(plugin, "search_index", None)
    if index is None or getattr(index.add_entry_from_context, "lean", False):
        return
    add = index.add_entry_from_context

    def add_lean(page: Any) -> None:
        whole = page.content
        page.content = searchable_part(whole)
        try:
            add(page)
        finally:
            page.content = whole

    add_lean.lean = True  # type: ignore[attr-defined]
    index.add_entry_from_context = add_lean


def searchable_part(html: str | None) -> str | None:
    """The HTML up to the first heading from which every heading carries data-search-exclude.

    Material's search ends a section at the next heading, so what follows such a heading is never
    indexed; cutting it off changes nothing in the index.
    """
    if not html:
        return html
    cut = None
    for match in _HEADING.finditer(html):
        if "data-search-exclude" not in match.group(0):
            cut = None
        elif cut is None:
            cut = match.start()
    return html if cut is None else html[:cut]


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
