"""Incremental site builds: only pages whose source changed are rendered, and the site equals a clean build's."""

from __future__ import annotations

import filecmp
import json
import os
import shutil
from pathlib import Path

import pytest
from helpers import REPO, run_build, snapshot, tree

FIXTURES = REPO / "tests" / "fixtures" / "articles"
ENVIRONMENT = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600"}  # the date printed on PDFs


def _build(work: Path, name: str, *extra: str) -> str:
    cache = ("--cache", str(work / "cache"), "--config", str(REPO / "mkdocs.yml"))
    done = run_build(
        work / "articles", work / f"content-{name}", work / f"site-{name}", *cache, *extra, env=ENVIRONMENT
    )
    assert done.returncode == 0, done.stderr
    return done.stderr.strip().splitlines()[-1]


def _assert_same_tree(one: Path, two: Path) -> None:
    assert tree(one) == tree(two)
    _match, mismatch, errors = filecmp.cmpfiles(one, two, tree(one), shallow=False)
    assert mismatch == [] and errors == []


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    for path in sorted((REPO / "seeds").iterdir()):
        shutil.copy(path, tmp_path / "articles")
    return tmp_path


def _clean_build_matches(work: Path) -> None:
    """A build without cache or previous site, of the same articles, gives the same content/ and site/."""
    _build(work, "clean", "--no-cache")
    _assert_same_tree(work / "content-live", work / "content-clean")
    _assert_same_tree(work / "site-live", work / "site-clean")
    shutil.rmtree(work / "content-clean")
    shutil.rmtree(work / "site-clean")


def test_an_added_then_removed_article_renders_few_pages_and_gives_a_clean_builds_site(work: Path) -> None:
    first = _build(work, "live")
    assert "(full:" in first
    assert "(incremental: 0 pages rendered)" in _build(work, "live")

    shutil.copy(FIXTURES / "followup_gaza_aid_detik_style.txt", work / "articles")
    added = _build(work, "live")
    rendered = int(added.split("(incremental: ")[1].split()[0])
    full = int(first.split("(full: ")[1].split()[0])
    assert 0 < rendered < full / 2, added
    _clean_build_matches(work)

    (work / "articles" / "followup_gaza_aid_detik_style.txt").unlink()
    removed = _build(work, "live")
    assert "(incremental:" in removed and "removed)" in removed
    _clean_build_matches(work)


def test_a_build_starts_from_the_live_site_when_the_retired_one_is_gone(work: Path) -> None:
    """content/ starts from the tree the last build retired, whose pages may differ from the live ones the
    site is then copied from: those must be rendered again."""
    _build(work, "live")
    shutil.copy(FIXTURES / "followup_gaza_aid_detik_style.txt", work / "articles")
    _build(work, "live")
    assert (work / "content-live.previous").is_dir() and (work / "site-live.previous").is_dir()
    shutil.rmtree(work / "site-live.previous")
    (work / "articles" / "followup_gaza_aid_detik_style.txt").unlink()
    assert "(incremental:" in _build(work, "live")
    _clean_build_matches(work)


def test_the_search_index_keeps_entries_of_pages_not_rendered_again(work: Path) -> None:
    _build(work, "live")
    before = json.loads((work / "site-live" / "search" / "search_index.json").read_text("utf-8"))["docs"]
    shutil.copy(FIXTURES / "two_digit_year_kompas_style.txt", work / "articles")
    _build(work, "live")
    after = json.loads((work / "site-live" / "search" / "search_index.json").read_text("utf-8"))["docs"]
    seed_pages = {entry["location"].split("#")[0] for entry in before if entry["location"].startswith("briefings/")}
    assert seed_pages <= {entry["location"].split("#")[0] for entry in after}
    assert len(after) > len(before)
    script = (work / "site-live" / "search" / "search_index.js").read_text("utf-8")
    assert json.loads(script.removeprefix("var __index = "))["docs"] == after


def test_unchanged_dossiers_keep_their_pdf(work: Path) -> None:
    _build(work, "live")
    pdfs = sorted((work / "site-live" / "pdf").glob("*.pdf"))
    assert pdfs
    stamps = {path.name: path.stat().st_mtime_ns for path in pdfs}
    shutil.copy(FIXTURES / "no_full_date_blog.txt", work / "articles")  # a story of its own
    _build(work, "live")
    kept = {path.name: path.stat().st_mtime_ns for path in (work / "site-live" / "pdf").glob("*.pdf")}
    assert {name: kept.get(name) for name in stamps} == stamps


def test_a_changed_site_configuration_rebuilds_every_page(work: Path) -> None:
    _build(work, "live")
    config = work / "mkdocs.yml"
    config.write_text((REPO / "mkdocs.yml").read_text("utf-8").replace("site_name: Ikhtisar", "site_name: Meja Asia"))
    shutil.copy(REPO / "mkdocs.en.yml", work / "mkdocs.en.yml")
    (work / "theme").symlink_to(REPO / "theme")
    again = _build(work, "live", "--config", str(config))
    assert "(full:" in again
    assert "Meja Asia" in (work / "site-live" / "briefings" / next(iter(_briefings(work)))).read_text("utf-8")


def _briefings(work: Path) -> list[str]:
    return sorted(path.name for path in (work / "site-live" / "briefings").glob("*.html"))


def test_a_page_edited_by_hand_in_content_is_made_again(work: Path) -> None:
    _build(work, "live", "--no-site")
    page = sorted((work / "content-live" / "briefings").glob("*.md"))[0]
    made = page.read_text("utf-8")
    page.write_text(made + "\nDitambahkan dengan tangan.\n", "utf-8")
    _build(work, "live", "--no-site")
    assert page.read_text("utf-8") == made


def test_an_incremental_build_never_writes_into_the_live_sites_files(work: Path) -> None:
    """The staging site shares files with the live one (hard links): a write into one would show in both."""
    _build(work, "live")
    shutil.copytree(work / "site-live", work / "shared", copy_function=os.link)  # more names for the same files
    before = snapshot(work / "shared")
    seeds = sorted((work / "articles").iterdir())
    seeds[0].unlink()  # its dossier, its PDF and the lists change
    shutil.copy(FIXTURES / "saved_page_detik_style.html", work / "articles")
    assert "(incremental:" in _build(work, "live")
    assert snapshot(work / "shared") == before
    _clean_build_matches(work)


def test_a_site_built_from_another_content_folder_is_built_in_full(work: Path) -> None:
    _build(work, "live")
    shutil.copy(FIXTURES / "two_digit_year_kompas_style.txt", work / "articles")
    _build(work, "other", "--site", str(work / "site-live"))  # same site, content written elsewhere
    assert "(full:" in _build(work, "live")


def test_clean_makes_every_page_and_the_whole_site(work: Path) -> None:
    first = _build(work, "live")
    again = _build(work, "live", "--clean")
    assert again.split("(full: ")[1] == first.split("(full: ")[1]
    assert "(0 files changed" in again  # pages made again equal the ones on disk (that they were made is not seen here)
