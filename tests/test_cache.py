"""The extraction cache: a hit gives the same briefing; a changed article or sidecar is extracted again."""

import shutil
from pathlib import Path

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
