"""The extraction cache: a hit gives the same briefing; a changed article or sidecar is extracted again."""

import os
import shutil
from pathlib import Path

import pytest

from builder import cache as cache_module
from builder import pipeline
from builder.cache import BriefingCache
from builder.pipeline import extract_folder

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def test_cached_briefings_equal_fresh_ones(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(FIXTURES, folder)
    cache = BriefingCache(tmp_path / "cache")
    fresh = extract_folder(folder)
    first = extract_folder(folder, cache=cache)
    second = extract_folder(folder, cache=cache)
    assert fresh.briefings == first.briefings == second.briefings
    assert len(list((tmp_path / "cache").glob("*.msgpack"))) == len(fresh.briefings)


def test_a_changed_sidecar_is_not_served_from_the_cache(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(FIXTURES / "no_full_date_blog.txt", folder / "a.txt")
    cache = BriefingCache(tmp_path / "cache")
    assert extract_folder(folder, cache=cache).briefings[0].date is None
    (folder / "a.yml").write_text("date: 2023-03-14\n")
    assert str(extract_folder(folder, cache=cache).briefings[0].date.date) == "2023-03-14"


def test_a_torn_cache_entry_is_a_miss(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(FIXTURES / "no_full_date_blog.txt", folder / "a.txt")
    cache = BriefingCache(tmp_path / "cache")
    extract_folder(folder, cache=cache)
    for entry in (tmp_path / "cache").glob("*.msgpack"):
        entry.write_bytes(entry.read_bytes()[:40])
    assert len(extract_folder(folder, cache=cache).briefings) == 1


def _folder_of_three(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in sorted(path.name for path in FIXTURES.glob("*.txt"))[:3]:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The article files a build reads to work out their keys."""
    reads: list[Path] = []
    real = pipeline.raw_contents
    monkeypatch.setattr(pipeline, "raw_contents", lambda path: reads.append(path) or real(path))
    return reads


def test_a_rebuild_does_not_read_articles_the_file_system_reports_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder_of_three(tmp_path)
    monkeypatch.setattr(cache_module, "RACY_NS", 0)  # the files were written just now: trust them at once
    first = extract_folder(folder, cache=BriefingCache(tmp_path / "cache"))
    reads = _counting_reads(monkeypatch)
    assert extract_folder(folder, cache=BriefingCache(tmp_path / "cache")).briefings == first.briefings
    assert reads == []

    # The same size and modification time, other bytes: the change time moved, so it is read again.
    changed = sorted(folder.iterdir())[0]
    before = changed.stat()
    text = changed.read_text("utf-8")
    word = next(word for word in first.briefings[0].body[-1].text.split() if len(word) > 5 and word.isascii())
    changed.write_text(text.replace(word, word[::-1]), "utf-8")
    os.utime(changed, ns=(before.st_atime_ns, before.st_mtime_ns))
    again = extract_folder(folder, cache=BriefingCache(tmp_path / "cache"))
    assert reads == [changed]
    assert word[::-1] in again.briefings[0].body[-1].text
    assert again.briefings[1:] == first.briefings[1:]


def test_files_changed_just_before_a_build_are_read_again_by_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Within one tick of the file system's clock a change leaves a file's times as they were: a file changed
    less than RACY_NS before the build that indexed it is not trusted."""
    folder = _folder_of_three(tmp_path)
    first = extract_folder(folder, cache=BriefingCache(tmp_path / "cache"))
    reads = _counting_reads(monkeypatch)
    assert extract_folder(folder, cache=BriefingCache(tmp_path / "cache")).briefings == first.briefings
    assert sorted(reads) == sorted(folder.iterdir())


def test_a_torn_index_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder_of_three(tmp_path)
    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    first = extract_folder(folder, cache=BriefingCache(tmp_path / "cache"))
    (index,) = (tmp_path / "cache").glob("articles-*.index")
    index.write_bytes(index.read_bytes()[:100])
    reads = _counting_reads(monkeypatch)
    assert extract_folder(folder, cache=BriefingCache(tmp_path / "cache")).briefings == first.briefings
    assert len(reads) == 3


def test_an_index_that_cannot_be_written_does_not_stop_the_build(tmp_path: Path) -> None:
    folder = _folder_of_three(tmp_path)
    cache = BriefingCache(tmp_path / "cache")
    blocked = cache._index_path()
    (blocked / "in-the-way").mkdir(parents=True)  # a folder where the index goes: it cannot be replaced
    assert len(extract_folder(folder, cache=cache).briefings) == 3
    assert blocked.is_dir() and not list((tmp_path / "cache").glob("*.tmp"))
