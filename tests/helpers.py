"""What the tests share: running the builder, reading the trees it writes, loading bench/ and theme/ scripts."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Collection, Mapping
from functools import cache
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent


def build_command(articles: Path, content: Path, site: Path | None = None, *extra: str) -> list[str]:
    """`python -m builder build` from articles into content (and site; --no-site without one)."""
    where = ["--site", str(site)] if site is not None else ["--no-site"]
    return [sys.executable, "-m", "builder", "build", "--articles", str(articles), "--content", str(content),
            *where, *extra]  # fmt: skip


def run_build(
    articles: Path, content: Path, site: Path | None = None, *extra: str, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a build to its end in the repository; output captured as text."""
    command = build_command(articles, content, site, *extra)
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600, env=env, check=False)


def tree(folder: Path, leave_out: Collection[str] = ()) -> list[str]:
    """The files under a folder, as sorted relative paths; file names in leave_out are left out."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and p.name not in leave_out)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder and its bytes, by relative path."""
    return {name: (folder / name).read_bytes() for name in tree(folder)}


@cache
def load_script(relative: str) -> ModuleType:
    """A script of the repository that is not in a package (bench/search.py, theme/hooks.py), as a module."""
    name = "script_" + relative.removesuffix(".py").replace("/", "_")
    spec = importlib.util.spec_from_file_location(name, REPO / relative)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module
