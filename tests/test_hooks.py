"""Theme hooks: Material's search reads only the part of a page it indexes, and the index stays the same."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from helpers import REPO, load_script, run_build


def _hooks() -> Any:
    return load_script("theme/hooks.py")


PAGE = (
    '<h1 id="judul">Judul</h1><h2 id="ringkasan">Ringkasan</h2><p>Lead</p>'
    '<h2 data-search-exclude id="teks">Teks</h2><p>Panjang</p><h3 data-search-exclude id="sub">Sub</h3><p>Lagi</p>'
)


def test_the_part_after_the_last_searchable_heading_is_cut() -> None:
    part = _hooks().searchable_part(PAGE)
    assert part == '<h1 id="judul">Judul</h1><h2 id="ringkasan">Ringkasan</h2><p>Lead</p>'


def test_an_excluded_section_followed_by_a_searchable_one_is_kept_whole() -> None:
    page = PAGE + '<h2 id="sumber">Sumber</h2><p>x</p>'
    assert _hooks().searchable_part(page) == page
    assert _hooks().searchable_part("") == "" and _hooks().searchable_part(None) is None


def test_the_search_plugin_gets_the_lean_page_and_the_page_keeps_its_content() -> None:
    seen: list[str] = []
    index = SimpleNamespace(add_entry_from_context=lambda page: seen.append(page.content))
    config = SimpleNamespace(plugins={"material/search": SimpleNamespace(search_index=index)})
    hooks = _hooks()
    hooks.on_pre_build(config)
    hooks.on_pre_build(config)  # a second build in the same process does not wrap twice
    page = SimpleNamespace(content=PAGE)
    index.add_entry_from_context(page)
    assert seen == [hooks.searchable_part(PAGE)]
    assert page.content == PAGE


def test_the_index_is_the_one_material_makes_from_whole_pages(tmp_path: Path) -> None:
    """Built with the hook and with a copy of the theme whose hook is switched off: the same index."""
    theme = tmp_path / "theme"
    shutil.copytree(REPO / "theme", theme)
    hooks = theme / "hooks.py"
    hooks.write_text(hooks.read_text("utf-8").replace("def on_pre_build(", "def _unused_pre_build("), "utf-8")
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        shutil.copy(REPO / name, tmp_path / name)
    indexes = []
    for config in (REPO / "mkdocs.yml", tmp_path / "mkdocs.yml"):
        site = tmp_path / f"site-{len(indexes)}"
        content = tmp_path / f"content-{len(indexes)}"
        done = run_build(REPO / "seeds", content, site, "--config", str(config), "--no-pdf", "--no-cache")
        assert done.returncode == 0, done.stderr
        indexes.append(json.loads((site / "search" / "search_index.json").read_text("utf-8")))
    assert indexes[0] == indexes[1]
    assert any(entry["location"].startswith("briefings/") for entry in indexes[0]["docs"])
