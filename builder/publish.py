"""The only stage that writes: content/ from rendered pages, then site/ through MkDocs.

Both trees are built beside the old one and swapped in only when complete, so
a failed or killed build leaves the previous content/ and site/ as they were.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Mapping
from pathlib import Path

STAGING_SUFFIX = ".building"
RETIRED_SUFFIX = ".previous"


def write_content(pages: Mapping[str, str], content_dir: Path) -> None:
    """Replace content_dir with exactly these pages (relative path -> Markdown)."""
    staging = _sibling(content_dir, STAGING_SUFFIX)
    _remove(staging)
    for relative, text in pages.items():
        target = staging / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
    swap_in(staging, content_dir)


def build_site(config_file: Path, content_dir: Path, site_dir: Path, strict: bool = False) -> None:
    """Run MkDocs on content_dir and swap the result into site_dir."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    staging = _sibling(site_dir, STAGING_SUFFIX)
    _remove(staging)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    config = load_config(
        config_file=str(config_file), docs_dir=str(content_dir.resolve()), site_dir=str(staging.resolve()), strict=strict
    )
    build(config)
    swap_in(staging, site_dir)


def swap_in(staging: Path, target: Path) -> None:
    """Move a finished tree into place; the old one is removed only after the move."""
    retired = _sibling(target, RETIRED_SUFFIX)
    _remove(retired)
    if target.exists():
        target.rename(retired)
    staging.rename(target)
    _remove(retired)


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
