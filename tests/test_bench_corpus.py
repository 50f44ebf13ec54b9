"""The synthetic benchmark corpus (bench/corpus.py): deterministic, varied, and read correctly by the builder.

The spot checks run ~50 generated pages through `extract_file` and compare
with what the generator knows it wrote. The last tests pick generated pages
with layouts the builder once got wrong (a lead ending with a date, a "CITY -"
dateline of any capital, a "Tags:" line right after the text, a share row
right under the headline, a lead without dateline prefix ending
", Kamis (10/10/2024).") and check them specifically.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from helpers import load_script

from builder.dates import find_dates
from builder.extract import extract_file

REPO = Path(__file__).resolve().parent.parent
SPOT_CHECKS = range(0, 2000, 40)  # 50 articles spread over the first 2,000


def _corpus() -> ModuleType:
    return load_script("bench/corpus.py")


def _extracted(article: Any, folder: Path) -> dict[str, Any]:
    path = folder / article.name
    path.write_text(article.text, encoding="utf-8")
    return extract_file(path)


def _leaks(article: Any, body: list[str]) -> list[str]:
    """Furniture found in the body: long lines or sign-offs inside any paragraph, short ones as a whole paragraph."""
    return [
        line
        for line in article.furniture
        if any(line in paragraph if len(line.split()) >= 3 or line.startswith("(") else paragraph == line
               for paragraph in body)
    ]  # fmt: skip


def _ends_with_date(text: str) -> bool:
    hits = find_dates(text)
    return bool(hits) and hits[-1].end >= len(text.rstrip(". ")) - 1


# -- determinism and shape ----------------------------------------------------


def test_same_seed_gives_the_same_pages_and_another_seed_others() -> None:
    corpus = _corpus()
    first = list(corpus.generate(40, seed=7))
    assert first == list(corpus.generate(40, seed=7))
    assert [text for _, text in first] != [text for _, text in corpus.generate(40, seed=8)]
    assert len({name for name, _ in first}) == 40


def test_article_does_not_depend_on_corpus_size() -> None:
    corpus = _corpus()
    assert list(corpus.generate(30, seed=3)) == list(corpus.generate(60, seed=3))[:30]
    assert next(corpus.generate_articles(1, seed=3, start=59)).text == list(corpus.generate(60, seed=3))[59][1]


def test_written_files_are_byte_identical(tmp_path: Path) -> None:
    corpus = _corpus()
    corpus.write_corpus(25, tmp_path / "a", seed=5)
    corpus.write_corpus(25, tmp_path / "b", seed=5)
    names = sorted(path.name for path in (tmp_path / "a").iterdir())
    assert len(names) == 25
    assert all((tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes() for name in names)


def test_command_line_writes_n_files(tmp_path: Path) -> None:
    assert _corpus().main(["12", str(tmp_path / "out"), "--seed", "2"]) == 0
    assert len(list((tmp_path / "out").glob("*.txt"))) == 12


def test_corpus_is_varied() -> None:
    articles = list(_corpus().generate_articles(3000, seed=0))
    dates = [a.date for a in articles if a.date]
    assert len({a.topic for a in articles}) >= 200
    assert 0.04 <= sum(a.headline is None for a in articles) / len(articles) <= 0.12
    assert 0.03 <= sum(a.date is None for a in articles) / len(articles) <= 0.12
    assert (max(dates) - min(dates)).days >= 600
    assert len({a.prefix.split(",")[0] for a in articles}) >= 30  # many outlets and datelines
    assert len({p for a in articles for p in a.paragraphs if p.startswith(("“", '"'))}) >= 500  # many quotes
    assert sum(any("Baca" in line or "Lihat" in line for line in a.furniture) for a in articles) >= 300


# -- what the builder extracts from it ------------------------------------------


@pytest.fixture(scope="module")
def spot_checks(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Any, dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("corpus")
    corpus = _corpus()
    return [(article, _extracted(article, folder)) for article in (corpus.make_article(i, 0) for i in SPOT_CHECKS)]


def test_spot_checks_cover_headless_and_undated_pages(spot_checks: list[tuple[Any, dict[str, Any]]]) -> None:
    assert len(spot_checks) == 50
    assert any(article.headline is None for article, _ in spot_checks)
    assert any(article.date is None for article, _ in spot_checks)


def test_every_article_has_its_headline_or_a_derived_one(spot_checks: list[tuple[Any, dict[str, Any]]]) -> None:
    for article, record in spot_checks:
        if article.headline:
            assert (record["headline"], record["headline_derived"]) == (article.headline, False), article.name
        else:
            assert record["headline_derived"] and len(record["headline"].split()) >= 3, article.name


def test_every_article_has_the_date_it_was_given(spot_checks: list[tuple[Any, dict[str, Any]]]) -> None:
    for article, record in spot_checks:
        assert record["date"] == (article.date.isoformat() if article.date else None), article.name


def test_no_furniture_line_leaks_into_the_body(spot_checks: list[tuple[Any, dict[str, Any]]]) -> None:
    for article, record in spot_checks:
        assert record["body"], article.name
        assert _leaks(article, record["body"]) == [], article.name
        if article.headline:
            assert article.headline not in record["body"], article.name


def test_no_article_text_is_lost(spot_checks: list[tuple[Any, dict[str, Any]]]) -> None:
    for article, record in spot_checks:
        assert [p for p in article.paragraphs[1:] if p not in record["body"]] == [], article.name
        assert record["body"][0] == article.lead, article.name


def test_the_leak_check_can_fail() -> None:
    article = _corpus().make_article(0, 0)
    assert _leaks(article, [*article.paragraphs, article.furniture[-1]])


# -- layouts the builder once got wrong ----------------------------------------------


def _comma_date_lead(article: Any) -> bool:
    """A lead with no dateline prefix that ends like many Indonesian leads: "..., Kamis (10/10/2024)."."""
    return not article.prefix and bool(re.search(r", [A-Z][a-z]+ \(\d{1,2}/\d{1,2}/\d{2,4}\)\.$", article.lead))


def _right_after_the_text(article: Any, line: str) -> bool:
    last = article.paragraphs[-1]
    return f"{last}\n{line}\n" in article.text or f"{last}\n\n{line}\n" in article.text


def _first(condition: Any, count: int = 4, limit: int = 6000) -> list[Any]:
    corpus = _corpus()
    found = []
    for index in range(limit):
        article = corpus.make_article(index, 0)
        if condition(article):
            found.append(article)
            if len(found) == count:
                break
    return found


def test_lead_ending_with_a_date_is_kept(tmp_path: Path) -> None:
    articles = _first(lambda a: not a.prefix and _ends_with_date(a.lead) and not _comma_date_lead(a))
    assert articles
    for article in articles:
        assert _extracted(article, tmp_path)["body"][0] == article.lead, article.name


def test_lead_ending_with_comma_weekday_and_date_is_kept(tmp_path: Path) -> None:
    articles = _first(_comma_date_lead)
    assert articles
    for article in articles:
        assert _extracted(article, tmp_path)["body"][0] == article.lead, article.name


def test_city_dateline_of_any_capital_is_cut(tmp_path: Path) -> None:
    articles = _first(lambda a: re.fullmatch(r"[A-Z][A-Za-z ]+ - ", a.prefix) and a.prefix != "Jakarta - ", 24)
    assert articles
    for article in articles:
        assert _extracted(article, tmp_path)["body"][0] == article.lead, article.name


def test_tags_line_right_after_the_text_is_not_article_text(tmp_path: Path) -> None:
    articles = _first(lambda a: a.furniture[-1].startswith("Tags:") and _right_after_the_text(a, a.furniture[-1]))
    assert articles
    for article in articles:
        assert article.furniture[-1] not in _extracted(article, tmp_path)["body"], article.name


def test_share_row_right_under_the_headline_is_not_part_of_it(tmp_path: Path) -> None:
    articles = _first(lambda a: a.headline is not None and f"{a.headline}\nfacebook " in a.text, 3, 6000)
    assert articles
    for article in articles:
        assert _extracted(article, tmp_path)["headline"] == article.headline, article.name
