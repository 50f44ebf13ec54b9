"""The only stage that writes: content/ from rendered pages, then site/ through MkDocs.

Both trees are built beside the old one and swapped in only when complete, so
a failed or killed build leaves the previous content/ and site/ as they were.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

STAGING_SUFFIX = ".building"
RETIRED_SUFFIX = ".previous"


def publish(pages: Mapping[str, str], content_dir: Path, site: SiteBuild | None = None) -> None:
    """Write content/ (and build site/ from it); both are swapped in only when everything succeeded."""
    staging = _sibling(content_dir, STAGING_SUFFIX)
    write_tree(pages, staging, content_dir)
    if site is not None:
        site_staging = _sibling(site.site_dir, STAGING_SUFFIX)
        _run_mkdocs(site.config_file, staging, site_staging)
        for config_file, subtree in site.subsites:
            _run_mkdocs(config_file, staging / subtree, site_staging / subtree)
        _write_files(site.extra_files(), site_staging)
        swap_in(staging, content_dir)
        swap_in(site_staging, site.site_dir)
    else:
        swap_in(staging, content_dir)


def write_tree(pages: Mapping[str, str], staging: Path, previous: Path) -> int:
    """Write pages under staging; files equal to the previous tree's are hard-linked, not rewritten.

    Returns the number of files actually written.
    """
    _remove(staging)
    written = 0
    for relative, text in pages.items():
        target = staging / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        if not _reuse(previous / relative, target, data):
            target.write_bytes(data)
            written += 1
    return written


def _reuse(old: Path, target: Path, data: bytes) -> bool:
    try:
        if old.stat().st_size != len(data) or old.read_bytes() != data:
            return False
        os.link(old, target)
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class SiteBuild:
    """Where MkDocs reads its configuration and writes the site, and files to add to it (PDFs)."""

    config_file: Path
    site_dir: Path
    extra_files: Callable[[], Mapping[str, bytes]] = dict  # made only once MkDocs has succeeded
    subsites: tuple[tuple[Path, str], ...] = ()  # (config, folder): built from content/<folder> into site/<folder>


def add_to_site(files: Mapping[str, bytes], site_dir: Path) -> None:
    """Add or replace single files in a built site, each through a temporary name (PDFs on demand)."""
    for relative, data in files.items():
        target = site_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = _sibling(target, STAGING_SUFFIX)
        temporary.write_bytes(data)
        temporary.replace(target)


def _write_files(files: Mapping[str, bytes], root: Path) -> None:
    for relative, data in files.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def _run_mkdocs(config_file: Path, docs_dir: Path, site_dir: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    _remove(site_dir)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    config = load_config(
        config_file=str(config_file), docs_dir=str(docs_dir.resolve()), site_dir=str(site_dir.resolve())
    )
    build(config)


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
