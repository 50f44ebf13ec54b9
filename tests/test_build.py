"""The whole build from seeds/: a reviewed golden content/ tree, byte-identical rebuilds, --strict."""

import filecmp
import subprocess
from pathlib import Path

import frontmatter
from helpers import run_build, tree

from builder.publish import MANIFEST

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "content"


def _build(articles: Path, content: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_build(articles, content, None, *extra)


def _tree(folder: Path) -> list[str]:
    """Files of a content/ tree, less the manifest of page keys (it changes with the builder's own code)."""
    return tree(folder, leave_out={MANIFEST})


def test_fresh_build_matches_the_golden_tree(tmp_path: Path) -> None:
    """Any change in output shows here; after review, `make golden` records the new tree."""
    done = _build(ROOT / "seeds", tmp_path / "content")
    assert done.returncode == 0, done.stderr
    assert _tree(tmp_path / "content") == _tree(GOLDEN)
    _match, mismatch, errors = filecmp.cmpfiles(GOLDEN, tmp_path / "content", _tree(GOLDEN), shallow=False)
    assert mismatch == [] and errors == []


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    for name in ("one", "two"):
        assert _build(ROOT / "seeds", tmp_path / name).returncode == 0
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")
    _match, mismatch, errors = filecmp.cmpfiles(
        tmp_path / "one", tmp_path / "two", _tree(tmp_path / "one"), shallow=False
    )
    assert mismatch == [] and errors == []


def test_seeds_make_five_briefings_and_one_dossier(tmp_path: Path) -> None:
    assert _build(ROOT / "seeds", tmp_path / "content").returncode == 0
    assert len(list((tmp_path / "content" / "briefings").glob("*.md"))) == 5
    dossiers = [p for p in (tmp_path / "content" / "dossiers").glob("*.md") if p.name != "index.md"]
    assert len(dossiers) == 1
    page = dossiers[0].read_text(encoding="utf-8")
    timeline = page.split("## Linimasa")[1].split("## Tanpa tanggal")[0]
    dates = [
        line.split(" | ")[0].strip("| ") for line in timeline.splitlines() if line.startswith("| ") and "2024" in line
    ]
    assert dates == ["Kamis, 18 Januari 2024", "Selasa, 18 Juni 2024", "Kamis, 20 Juni 2024", "Selasa, 25 Juni 2024"]
    undated = page.split("## Tanpa tanggal")[1].split("## Aktor")[0]
    assert "Amerika Kecam Persahabatan" in undated


def test_bad_file_is_one_line_and_fails_only_under_strict(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for seed in (ROOT / "seeds").glob("*.txt"):
        (articles / seed.name).write_bytes(seed.read_bytes())
    (articles / "kosong.txt").write_text("")
    relaxed = _build(articles, tmp_path / "relaxed")
    assert relaxed.returncode == 0
    assert "skipped: articles/kosong.txt: empty file" in relaxed.stderr.splitlines()
    assert "Traceback" not in relaxed.stderr
    assert len(list((tmp_path / "relaxed" / "briefings").glob("*.md"))) == 5
    assert _build(articles, tmp_path / "strict", "--strict").returncode == 1


def test_briefing_front_matter_has_what_a_reader_needs(tmp_path: Path) -> None:
    assert _build(ROOT / "seeds", tmp_path / "content").returncode == 0
    metas = [frontmatter.load(path).metadata for path in sorted((tmp_path / "content" / "briefings").glob("*.md"))]
    for meta in metas:
        assert {
            "headline",
            "headline_derived",
            "date",
            "date_id",
            "date_en",
            "outlet",
            "author",
            "dateline",
            "actors",
            "key_quotes",
            "lead",
            "source",
            "undated",
        } <= set(meta)
    assert sum(meta["undated"] for meta in metas) == 1
    assert sum(meta["headline_derived"] for meta in metas) == 1


def test_mkdocs_strict_passes_for_both_languages(tmp_path: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    assert _build(ROOT / "seeds", tmp_path / "content").returncode == 0
    for config, docs in (("mkdocs.yml", tmp_path / "content"), ("mkdocs.en.yml", tmp_path / "content" / "en")):
        site = tmp_path / config
        build(load_config(config_file=str(ROOT / config), docs_dir=str(docs), site_dir=str(site), strict=True))
        assert (tmp_path / config / "index.html").is_file()
