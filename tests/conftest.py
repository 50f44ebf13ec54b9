"""Shared fixtures: the seed articles built into a site once per session, and that site served."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from helpers import REPO, load_script, run_build

# Debian's Chromium, never a browser downloaded by Playwright, with the flags that keep it from
# contacting any outside host: the ones bench/search.py launches it with.
CHROMIUM = Path(load_script("bench/search.py").CHROMIUM)
CHROMIUM_ARGS = load_script("bench/search.py").CHROMIUM_ARGS


class BuiltSite(NamedTuple):
    """Where a test build wrote its Markdown (content) and its HTML (site)."""

    content: Path
    site: Path


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """Run `python -m builder build` on seeds/ into a temp dir once per session."""
    root = tmp_path_factory.mktemp("built")
    paths = BuiltSite(content=root / "content", site=root / "site")
    done = run_build(REPO / "seeds", paths.content, paths.site)
    if done.returncode != 0:
        pytest.fail(f"builder build exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return paths


@pytest.fixture(scope="session")
def served_site(built_site: BuiltSite) -> Iterator[str]:
    """Serve the built site on 127.0.0.1 (a free port) and yield its base URL."""
    with load_script("bench/search.py").serve(built_site.site) as base:
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Chromium for the whole run; skips the test when Debian's chromium is absent."""
    if not CHROMIUM.exists():
        pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
