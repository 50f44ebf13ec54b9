"""A build killed at any moment leaves the previous content/ and site/ whole, or the new ones whole."""

import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from helpers import REPO, build_command, snapshot

EXTRA = REPO / "tests" / "fixtures" / "articles" / "agency_label_then_headline.txt"


def _build(articles: Path, out: Path) -> subprocess.Popen[bytes]:
    command = build_command(articles, out / "content", out / "site", "--no-cache")
    return subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict, dict]:
    root = tmp_path_factory.mktemp("atomic")
    old_articles, new_articles = root / "old", root / "new"
    shutil.copytree(REPO / "seeds", old_articles)
    shutil.copytree(REPO / "seeds", new_articles)
    shutil.copy(EXTRA, new_articles / "extra.txt")
    snapshots = []
    for articles in (old_articles, new_articles):
        out = root / f"built-{articles.name}"
        assert _build(articles, out).wait(timeout=300) == 0
        snapshots.append({tree: snapshot(out / tree) for tree in ("content", "site")})
    return old_articles, new_articles, snapshots[0], snapshots[1]


@pytest.mark.parametrize("delay", [0.05, 0.3, 0.6, 0.9, 1.2, 1.5])
def test_killed_build_leaves_a_whole_site(
    tmp_path: Path, versions: tuple[Path, Path, dict, dict], delay: float
) -> None:
    old_articles, new_articles, old, new = versions
    assert _build(old_articles, tmp_path).wait(timeout=300) == 0
    process = _build(new_articles, tmp_path)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    for tree in ("content", "site"):
        now = snapshot(tmp_path / tree)
        differs = sorted(set(now) ^ set(old[tree]) | {k for k in now if k in old[tree] and now[k] != old[tree][k]})
        assert now in (old[tree], new[tree]), f"{tree}/ is neither old nor new after a kill at {delay}s: {differs[:5]}"
    assert _build(new_articles, tmp_path).wait(timeout=300) == 0  # leftovers of the killed build do not get in the way
    assert snapshot(tmp_path / "content") == new["content"]
