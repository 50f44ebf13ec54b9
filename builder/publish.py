"""The only stage that writes: content/ from rendered pages, then site/ through MkDocs.

Both trees are built beside the old one and swapped in only when complete, so
a failed or killed build leaves the previous content/ and site/ as they were.
The trees a build replaces are kept (content.previous/, site.previous/) and are
where the next build starts: it brings them up to date (pages whose key
changed since are written again, pages no longer made are removed) instead
of copying the live trees and deleting the old ones.

The site is built incrementally when it can be: the previous site is copied
beside it, pages whose content/ file did not change keep their HTML (MkDocs'
dirty build: only sources newer than their output are rendered), outputs of
removed pages are deleted, and the search index keeps the previous entries of
the pages not rendered again. A stamp in the site (`.ikhtisar-site`) records
what every page depends on besides its own source (MkDocs and theme versions,
site configurations, theme files, the builder, the nav pages present) and which
content/ it was built from (a digest of its manifest of page keys); when either
differs, or the previous site is missing, the site is built from scratch.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builder.read import files_under
from builder.render import Source

STAGING_SUFFIX = ".building"
RETIRED_SUFFIX = ".previous"
STAMP = ".ikhtisar-site"
# Keys of the pages in content/ (see render.Source); a dot file, which MkDocs leaves out of the site.
MANIFEST = ".ikhtisar-pages.json"
SEARCH_INDEX = "search/search_index.json"
SEARCH_SCRIPT = "search/search_index.js"  # Material's offline plugin: the index as a script


@dataclass(frozen=True)
class Written:
    """What a publish did: content/ files written (the rest were unchanged) and how the site was built."""

    written: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()
    site: str = "none"  # "none", "full" or "incremental"
    rendered: int = 0  # site pages MkDocs rendered


def publish(
    pages: Mapping[str, str | Source], content_dir: Path, site: SiteBuild | None = None, *, clean: bool = False
) -> Written:
    """Write content/ (and build site/ from it); both are swapped in only when everything succeeded.

    `clean`: make every page and build the whole site, whatever the previous build left.
    """
    staging = _sibling(content_dir, STAGING_SUFFIX)
    previous, live_digest = _read_manifest(content_dir)  # the previous tree's pages (none: every file in it)
    spare = None if clean else _take_spare(content_dir, staging)
    written, changed = write_tree(pages, staging, content_dir, {} if clean else previous, spare)
    removed = frozenset((set(previous) or _files(content_dir)) - set(pages) - {MANIFEST})
    if site is None:
        swap_in(staging, content_dir)
        return Written(written, removed)
    site_staging = _sibling(site.site_dir, STAGING_SUFFIX)
    since_spare = None if spare is None else _Changes(changed, frozenset(set(spare.keys) - set(pages)), spare.digest)
    since_live = _Changes(written, removed, live_digest)
    how, rendered = _build_site(site, site_staging, staging, since_live, since_spare, clean)
    swap_in(staging, content_dir)
    swap_in(site_staging, site.site_dir)
    return Written(written, removed, how, rendered)


@dataclass(frozen=True)
class _Spare:
    """The tree the last build retired, moved to the staging place to be brought up to date: its page keys
    (path -> [key, size]) and the digest of its manifest (which content a retired site was built from)."""

    keys: Mapping[str, list[Any]]
    digest: str


@dataclass(frozen=True)
class _Changes:
    """How the new content/ differs from an earlier tree: pages written or removed since, and which tree."""

    written: frozenset[str]
    removed: frozenset[str]
    digest: str  # the earlier tree's manifest digest


def _take_spare(target: Path, staging: Path) -> _Spare | None:
    """Move the tree the last build retired to the staging place, its manifest removed first (a build
    killed while updating it leaves no tree that claims to be whole); None when there is none that a
    manifest describes (staging is then empty)."""
    _remove(staging)  # what a killed build left
    retired = _sibling(target, RETIRED_SUFFIX)
    keys, digest = _read_manifest(retired)
    if not keys:
        return None
    spare = _Spare(keys, digest)
    (retired / MANIFEST).unlink()
    retired.rename(staging)
    return spare


def _build_site(
    site: SiteBuild,
    site_staging: Path,
    docs: Path,
    since_live: _Changes,
    since_spare: _Changes | None,
    clean: bool,
) -> tuple[str, int]:
    """Build the site from docs into site_staging, on top of an earlier site when it can; ("full" or
    "incremental", pages rendered). The earlier site is the one the last build retired when it was built
    from the retired content/ that docs started from, else the live one when built from the live content/."""
    sites = [(site.config_file, docs, site_staging)]
    sites += [(config, docs / subtree, site_staging / subtree) for config, subtree in site.subsites]
    stamp = site_stamp([_load_config(*where) for where in sites])
    _remove(site_staging)  # what a killed build left
    since = None if clean else _earlier_site(site.site_dir, site_staging, stamp, since_live, since_spare)
    incremental = since is not None
    written = since.written if since is not None else frozenset()
    # Each configuration is loaded again right before its build: MkDocs keeps one instance of a plugin
    # with start-up hooks (Material's search) for every configuration, set by the one loaded last.
    rendered = sum(_run_mkdocs(_load_config(*where), incremental) for where in sites)
    extras = site.extra_files(lambda relative: incremental and relative not in written)
    _remove_unlisted(site_staging, site.extra_folders, extras)
    _write_files(extras, site_staging)
    (site_staging / STAMP).write_text(f"{stamp}\n{_manifest_digest(docs)}", "utf-8")
    return ("incremental" if incremental else "full"), rendered


def _earlier_site(
    site_dir: Path, staging: Path, stamp: str, since_live: _Changes, since_spare: _Changes | None
) -> _Changes | None:
    """Put the site this build starts from at staging, and return how content/ changed since it was built:
    the retired site when it was built from the retired content/ the new one started from, else the live
    site when it was built from the live content/; None (nothing put there): the site is built in full."""
    retired = _sibling(site_dir, RETIRED_SUFFIX)
    if since_spare is not None and _previous_stamp(retired) == f"{stamp}\n{since_spare.digest}":
        (retired / STAMP).unlink()
        retired.rename(staging)
        _remove_outputs(staging, since_spare.removed)
        return since_spare
    if _previous_stamp(site_dir) == f"{stamp}\n{since_live.digest}":
        _copy_site(site_dir, staging, since_live.removed)
        return since_live
    return None


def write_tree(
    pages: Mapping[str, str | Source],
    staging: Path,
    previous: Path,
    known: Mapping[str, list[Any]],
    spare: _Spare | None = None,
) -> tuple[frozenset[str], frozenset[str]]:
    """Write pages under staging; files equal to the previous tree's are hard-linked, not rewritten.

    A Source whose key is the one the previous tree's manifest (`known`) records for its path is not even
    made: the previous file is linked, if it still has the size the manifest records (a file edited by
    hand is made again). With a spare (an older tree already at staging), a page whose key its manifest
    records is kept as it is, on the same condition; its other files are removed. Returns the paths
    whose bytes differ from the previous tree's, and those not kept from the spare.
    """
    if spare is None:
        _remove(staging)
    else:
        _remove_unlisted_pages(staging, pages)
    keys: dict[str, list[Any]] = {}
    written, changed = set(), set()
    folders: set[str] = set()
    kept = spare.keys if spare is not None else {}
    # Plain string paths: this loop runs for every page of the site, and most pages are only kept or linked.
    new_root, old_root = os.fspath(staging), os.fspath(previous)
    for relative, page in pages.items():
        target = os.path.join(new_root, relative)
        key = page.key if isinstance(page, Source) else None
        recorded, spared = known.get(relative), kept.get(relative)
        if key is not None and spared and spared[0] == key and _has_size(target, spared[1]):
            keys[relative] = spared
            if not recorded or recorded[0] != key:  # not the live tree's page: newer than any site made of it
                os.utime(target)
                written.add(relative)
            continue
        changed.add(relative)
        folder = os.path.dirname(target)
        if folder not in folders:
            os.makedirs(folder, exist_ok=True)
            folders.add(folder)
        if spared:
            os.unlink(target)  # the spare's file may be the live tree's too (a hard link): never written into
        old = os.path.join(old_root, relative)
        if key is not None and recorded and recorded[0] == key and _reuse(old, target, recorded[1]):
            keys[relative] = recorded
            continue
        data = (page.make() if isinstance(page, Source) else page).encode("utf-8")
        keys[relative] = [key, len(data)]  # every page is listed (a page made on each build has no key)
        if not _reuse(old, target, len(data), data):
            with open(target, "wb") as file:
                file.write(data)
            written.add(relative)
    (staging / MANIFEST).write_text(json.dumps(keys, sort_keys=True, indent=0), "utf-8")
    return frozenset(written), frozenset(changed)


def _has_size(path: str, size: int) -> bool:
    try:
        return os.stat(path).st_size == size
    except OSError:
        return False


def _remove_unlisted_pages(root: Path, pages: Mapping[str, Any]) -> None:
    """Remove the files of a tree that are not among its pages (those no longer made, and any other)."""
    start = len(os.fspath(root)) + 1
    for path in files_under(root, everything=True):
        if os.fspath(path)[start:] not in pages:
            path.unlink()


def _manifest_digest(tree: Path) -> str:
    """A digest of a content/ tree's manifest of page keys: which content a site was built from."""
    return _read_manifest(tree)[1]


def _manifest(tree: Path) -> dict[str, list[Any]]:
    """The previous tree's page keys: path -> [key, size in bytes]."""
    return _read_manifest(tree)[0]


def _read_manifest(tree: Path) -> tuple[dict[str, list[Any]], str]:
    """A tree's page keys and the digest of its manifest, from one read ({} and "-" when there is none)."""
    try:
        data = (tree / MANIFEST).read_bytes()
    except OSError:
        return {}, "-"
    digest = hashlib.sha256(data).hexdigest()
    try:
        keys = json.loads(data.decode("utf-8"))
    except ValueError:
        return {}, digest
    if not isinstance(keys, dict):
        return {}, digest
    return {path: entry for path, entry in keys.items() if isinstance(entry, list) and len(entry) == 2}, digest


def _reuse(old: str, target: str, size: int, data: bytes | None = None) -> bool:
    """Hard-link the previous file as target when it has this size (and, if given, these bytes)."""
    try:
        if not _has_size(old, size) or (data is not None and Path(old).read_bytes() != data):
            return False
        os.link(old, target)
    except OSError:
        return False
    return True


def _no_extra_files(unchanged: Callable[[str], bool]) -> Mapping[str, bytes | None]:
    return {}


@dataclass(frozen=True)
class SiteBuild:
    """Where MkDocs reads its configuration and writes the site, and files to add to it (PDFs).

    `extra_files(unchanged)` is called once MkDocs has succeeded; it returns site path -> bytes, or
    None to keep the previous site's file, which it may do for a file that depends only on content/
    files for which `unchanged(path)` is true. Files in `extra_folders` it does not name are removed.
    """

    config_file: Path
    site_dir: Path
    extra_files: Callable[[Callable[[str], bool]], Mapping[str, bytes | None]] = _no_extra_files
    subsites: tuple[tuple[Path, str], ...] = ()  # (config, folder): built from content/<folder> into site/<folder>
    extra_folders: tuple[str, ...] = ()


def site_stamp(configs: Iterable[Any]) -> str:
    """What every page of the sites depends on besides its own source, as a digest: the versions of
    MkDocs and the theme, the builder, each site's configuration file, theme folder and hooks, and
    which of its nav pages exist (the theme's hooks leave the missing ones out of every page's nav)."""
    from builder.cache import builder_version

    digest = hashlib.sha256()
    for name in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2"):
        digest.update(f"{name}={_installed(name)};".encode())
    digest.update(builder_version().encode())
    for config in configs:
        for path in _config_files(config):
            digest.update(str(path).encode() + b"\0" + path.read_bytes())
        for target in _nav_targets(config.nav):
            digest.update(f"{target}={(Path(config.docs_dir) / target).is_file()};".encode())
    return digest.hexdigest()


def _installed(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:  # a package that is not installed is part of the stamp too
        return "-"


def _config_files(config: Any) -> list[Path]:
    """A site's configuration file, the files of its theme folder and its hooks."""
    found = {Path(config.config_file_path), *(Path(hook.__file__) for hook in config.hooks.values())}
    if config.theme.custom_dir:
        theme = Path(config.theme.custom_dir)
        found.update(path for path in theme.rglob("*") if path.is_file() and "__pycache__" not in path.parts)
    return sorted(found)


def _nav_targets(nav: Any) -> list[str]:
    """The Markdown pages a nav configuration names."""
    if isinstance(nav, str):
        return [nav] if nav.endswith(".md") else []
    items = nav.values() if isinstance(nav, dict) else nav or []
    return [target for item in items for target in _nav_targets(item)]


def _previous_stamp(site_dir: Path) -> str | None:
    try:
        return (site_dir / STAMP).read_text("utf-8")
    except OSError:
        return None


def _copy_site(previous: Path, staging: Path, removed: Iterable[str]) -> None:
    """The previous site as hard links (times kept: MkDocs compares them), less the outputs of removed sources.

    Every file the build then writes is unlinked from the staging tree first (`_DirtyPages`,
    `_write_files`), so nothing is ever written into a file the live site shares.
    """
    shutil.copytree(previous, staging, symlinks=True, copy_function=os.link)
    (staging / STAMP).unlink(missing_ok=True)
    _remove_outputs(staging, removed)


def _remove_outputs(staging: Path, removed: Iterable[str]) -> None:
    """Remove the outputs of sources no longer in content/ from a site."""
    for relative in removed:
        output = staging / (relative[: -len(".md")] + ".html" if relative.endswith(".md") else relative)
        output.unlink(missing_ok=True)


def _remove_unlisted(site_dir: Path, folders: Iterable[str], listed: Mapping[str, Any]) -> None:
    for folder in folders:
        for path in (site_dir / folder).glob("*"):
            if path.is_file() and str(path.relative_to(site_dir)) not in listed:
                path.unlink()
        with contextlib.suppress(OSError):
            (site_dir / folder).rmdir()  # only when empty


def _files(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in files_under(root)}


def add_to_site(files: Mapping[str, bytes], site_dir: Path) -> None:
    """Add or replace single files in a built site, each through a temporary name (PDFs on demand)."""
    for relative, data in files.items():
        target = site_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = _sibling(target, STAGING_SUFFIX)
        temporary.write_bytes(data)
        temporary.replace(target)


def _write_files(files: Mapping[str, bytes | None], root: Path) -> None:
    for relative, data in files.items():
        target = root / relative
        if data is None and target.is_file():
            continue
        if data is None:
            raise ValueError(f"{relative}: no previous file to keep")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)  # it may be the live site's file, linked
        target.write_bytes(data)


def _load_config(config_file: Path, docs_dir: Path, site_dir: Path) -> Any:
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    return load_config(config_file=str(config_file), docs_dir=str(docs_dir.resolve()), site_dir=str(site_dir.resolve()))


def _run_mkdocs(config: Any, incremental: bool = False) -> int:
    """Build one site; returns the number of pages rendered."""
    from mkdocs.commands.build import build
    from mkdocs.structure.files import get_files

    site_dir = Path(config.site_dir)
    if not incremental:
        _remove(site_dir)
        build(config)
        return len(_pages(get_files(config)))
    before = _search_docs(site_dir)
    dirty = _DirtyPages()
    config.plugins[_DirtyPages.NAME] = dirty  # sees the build's own list of files, before anything is written
    with _quiet_dirty_warning():
        build(config, dirty=True)
    _merge_search_index(site_dir, dirty.pages, dirty.stale, before)
    return len(dirty.stale)


class _DirtyPages:
    """A plugin for one dirty build: when MkDocs has listed the files, notes the pages it will render
    again (their source is newer than their output) and unlinks every output it will write, which may be
    shared with the live site (MkDocs opens existing files to write them)."""

    NAME = "ikhtisar-dirty-pages"

    def __init__(self) -> None:
        self.pages: list[str] = []  # in the order MkDocs builds them (the order of a full build's search index)
        self.stale: set[str] = set()

    def on_files(self, files: Any, config: Any) -> Any:
        modified = [file for file in files if file.is_modified()]
        pages = _pages(files)
        self.pages = [file.url for file in pages]
        written = {id(file) for file in modified}
        self.stale = {file.url for file in pages if id(file) in written}
        site_dir = Path(config.site_dir)
        templates = [*config.theme.static_templates, *config.extra_templates, "sitemap.xml.gz"]
        outputs = [Path(file.abs_dest_path) for file in modified]
        outputs += [site_dir / name for name in (*templates, SEARCH_INDEX, SEARCH_SCRIPT)]
        for output in outputs:
            output.unlink(missing_ok=True)
        return files


def _pages(files: Any) -> list[Any]:
    """The site's pages, in the order MkDocs builds them (the order of a full build's search index)."""
    from mkdocs.structure.files import InclusionLevel

    return list(files.documentation_pages(inclusion=InclusionLevel.is_included))


def _search_docs(site_dir: Path) -> list[dict[str, Any]]:
    try:
        return json.loads((site_dir / SEARCH_INDEX).read_text("utf-8"))["docs"]
    except (OSError, ValueError, KeyError):
        return []


def _merge_search_index(site_dir: Path, pages: Sequence[str], stale: set[str], before: list[Any]) -> None:
    """The search index of a full build: new entries for the pages rendered, the previous ones for the rest."""
    path = site_dir / SEARCH_INDEX
    if not path.is_file():
        return
    index = json.loads(path.read_text("utf-8"))
    old, new = _by_page(before), _by_page(index["docs"])
    index["docs"] = [entry for url in pages for entry in (new if url in stale else old).get(url, [])]
    data = json.dumps(index, separators=(",", ":"), default=str)  # as Material's search plugin writes it
    path.write_text(data, "utf-8")  # both files were written anew by this build: not shared
    script = site_dir / SEARCH_SCRIPT
    if script.is_file():
        script.write_text(f"var __index = {data}", "utf-8")


def _by_page(entries: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    pages: dict[str, list[dict[str, Any]]] = {}
    for entry in entries:
        pages.setdefault(entry["location"].split("#")[0], []).append(entry)
    return pages


class _DirtyWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build" not in record.getMessage()


@contextlib.contextmanager
def _quiet_dirty_warning() -> Iterator[None]:
    """MkDocs warns that a dirty build may leave navigation stale; the stamp makes sure it does not."""
    logger = logging.getLogger("mkdocs.commands.build")
    quiet = _DirtyWarning()
    logger.addFilter(quiet)
    try:
        yield
    finally:
        logger.removeFilter(quiet)


def swap_in(staging: Path, target: Path) -> None:
    """Move a finished tree into place; the one it replaces is kept beside it (the next build's start)."""
    retired = _sibling(target, RETIRED_SUFFIX)
    _remove(retired)  # a retired tree this build did not start from
    if target.exists():
        target.rename(retired)
    staging.rename(target)


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
