"""Broken and hostile inputs beside the real articles: every real one publishes, every bad one is
named in one line, nothing from an input runs in a page, and two builds match byte for byte."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import run_build, snapshot

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"

EXPECTED_LINES = {
    "articles/binary.txt: binary file, not text",
    "articles/catatan.docx: unsupported file type '.docx' (use .txt, .html, .htm or .md)",
    "articles/empty.txt: empty file",
    "articles/whitespace.txt: empty file (white space only)",
    "articles/only furniture.txt: no article text left after removing page furniture",
    "articles/raksasa.txt: file too large (20.0 MB; an article is at most 5 MB)",
    "articles/norwegia-sudan.txt: duplicate of articles/norwegia-sudan (salinan).txt (published once)",
    "articles/tautan-keluar.txt: a link to a file outside the articles folder (not read)",
    "articles/pipa.txt: not a regular file (a pipe, socket or device; not read)",
}
SECRET = "RAHASIA7F3A"
ARTICLE = (
    "Pemerintah Fiji dan Selandia Baru menandatangani perjanjian kerja sama keamanan maritim di Suva pada "
    "Kamis, 4 April 2024, kata pejabat kedua negara kepada wartawan."
)


def _build(articles: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_build(articles, out / "content", out / "site", "--no-pdf", "--no-cache", *extra)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    root = tmp_path_factory.mktemp("hostile")
    articles = root / "articles"
    shutil.copytree(ROOT / "seeds", articles)
    shutil.copytree(HOSTILE, articles, dirs_exist_ok=True)
    (articles / "raksasa.txt").write_bytes(b"Teks panjang. " * (20 * 1024 * 1024 // 14 + 1))
    (articles / "dossiers.yml").write_text("- artikel: 000.txt\n", encoding="utf-8")
    # What a checkout can hold besides files: a link out of the folder, a pipe (opening it would wait
    # forever), names that are not UTF-8 or hold a line break.
    (root / "secret.txt").write_text(f"Kunci {SECRET}\n\n{ARTICLE}\n", encoding="utf-8")
    (articles / "tautan-keluar.txt").symlink_to(root / "secret.txt")
    os.mkfifo(articles / "pipa.txt")
    odd_name = os.fsdecode(b"nama-\xff.txt")
    (articles / odd_name).write_text(f"Fiji dan Selandia Baru Teken Pakta\n\n{ARTICLE}\n", encoding="utf-8")
    (articles / "baris\nbaru.txt").write_text(f"Pakta Keamanan Maritim di Suva\n\n{ARTICLE} Lagi.\n", encoding="utf-8")
    return root, _build(articles, root / "one")


def test_every_real_article_publishes_and_each_bad_file_is_one_line(built) -> None:  # type: ignore[no-untyped-def]
    root, done = built
    assert done.returncode == 0, done.stderr
    skipped = {line.removeprefix("skipped: ") for line in done.stderr.splitlines() if line.startswith("skipped: ")}
    assert skipped >= EXPECTED_LINES
    assert any(
        line.startswith("articles/sidecar-rusak.txt: articles/sidecar-rusak.yml: unknown field 'tanggal'")
        for line in skipped
    )
    assert any(line.startswith(str(root / "articles" / "dossiers.yml")) for line in skipped)
    assert "Traceback" not in done.stderr
    briefings = sorted(p.name for p in (root / "one" / "content" / "briefings").glob("*.md"))
    assert len(briefings) == 5 + 10  # the seeds and the ten hostile files that are real articles
    published = (root / "one" / "content" / "report.md").read_text(encoding="utf-8")
    assert "nama-\\\\xff.txt" in published and "baris\\\\nbaru.txt" in published  # escaped, on one line
    outputs = [*(root / "one" / "content").rglob("*"), *(root / "one" / "site").rglob("*")]
    assert not any(SECRET in path.read_text("utf-8", "replace") for path in outputs if path.is_file())
    assert (
        "kenya-dan-ethiopia-bahas-bendungan.md" in briefings and "kenya-dan-ethiopia-bahas-bendungan-2.md" in briefings
    )


def test_nothing_from_an_input_becomes_markup_in_any_page(built) -> None:  # type: ignore[no-untyped-def]
    root, _done = built
    pages = "\n".join(p.read_text(encoding="utf-8") for p in (root / "one" / "site").rglob("*.html"))
    for injected in (
        "<script>alert",
        "<script>document.title",
        "<img src=x",
        "<iframe",
        "<b>mundur",
        'href="javascript:',
    ):
        assert injected not in pages
    assert "{{ 7*7 }}" in pages and "49" not in re.findall(r"Ngata\. (\S+)", pages)  # templates are never run


def test_two_builds_are_byte_identical_and_strict_fails(built) -> None:  # type: ignore[no-untyped-def]
    root, _done = built
    assert _build(root / "articles", root / "two").returncode == 0
    assert snapshot(root / "one" / "content") == snapshot(root / "two" / "content")
    assert _build(root / "articles", root / "three", "--strict").returncode == 1
