"""Shared fixtures: the seed articles built into a site once per session, and that site served."""

from __future__ import annotations

import functools
import http.server
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

REPO = Path(__file__).resolve().parent.parent
# Debian's Chromium, never a browser downloaded by Playwright; the flags keep it
# from contacting any outside host (this machine has no network but localhost).
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class BuiltSite(NamedTuple):
    """Where a test build wrote its Markdown (content) and its HTML (site)."""

    content: Path
    site: Path


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """Run `python -m builder build` on seeds/ into a temp dir once per session."""
    root = tmp_path_factory.mktemp("built")
    paths = BuiltSite(content=root / "content", site=root / "site")
    command = [
        sys.executable,
        "-m",
        "builder",
        "build",
        "--articles",
        str(REPO / "seeds"),
        "--content",
        str(paths.content),
        "--site",
        str(paths.site),
    ]
    done = subprocess.run(command, cwd=REPO, check=False, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        pytest.fail(f"builder build exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return paths


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def served_site(built_site: BuiltSite) -> Iterator[str]:
    """Serve the built site on 127.0.0.1 (a free port) and yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(built_site.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


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
