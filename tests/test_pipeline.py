"""A folder of articles with bad files among them: the good ones publish, each bad one is reported once."""

import shutil
from pathlib import Path

from builder.pipeline import extract_folder

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "tests" / "fixtures" / "articles" / "agency_label_then_headline.txt"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(GOOD, folder / "good.txt")
    return folder


def test_bad_files_are_reported_by_name_and_the_rest_publish(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n\n  ")
    (folder / "photo.txt").write_bytes(bytes(range(256)) * 16)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "only furniture.txt").write_text("ADVERTISEMENT\nBerita Terkait\n- Harga emas naik\n")
    result = extract_folder(folder)
    assert [b.source for b in result.briefings] == ["articles/good.txt"]
    reasons = {problem.source: problem.reason for problem in result.problems}
    assert reasons == {
        "articles/blank.txt": "empty file (white space only)",
        "articles/empty.txt": "empty file",
        "articles/notes.pdf": "unsupported file type '.pdf' (use .txt, .html, .htm or .md)",
        "articles/only furniture.txt": "no article text left after removing page furniture",
        "articles/photo.txt": "binary file, not text",
    }
    assert result.articles == 6


def test_the_same_article_twice_is_published_once(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    shutil.copy(GOOD, folder / "ÿ copy, again.txt")
    result = extract_folder(folder)
    assert len(result.briefings) == 1
    assert [(p.source, p.reason) for p in result.problems] == [
        ("articles/ÿ copy, again.txt", "duplicate of articles/good.txt (published once)")
    ]


def test_headlines_with_the_same_slug_get_distinct_slugs(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    text = GOOD.read_text(encoding="utf-8")
    (folder / "other.txt").write_text(text.replace("Para menteri luar negeri ASEAN", "Para diplomat ASEAN"))
    slugs = [b.slug for b in extract_folder(folder).briefings]
    assert slugs == [
        "asean-desak-gencatan-senjata-segera-di-myanmar",
        "asean-desak-gencatan-senjata-segera-di-myanmar-2",
    ]


def test_duplicates_are_told_by_their_words_not_by_spacing_or_case() -> None:
    from builder.model import Block, Briefing
    from builder.pipeline import _drop_duplicates

    def briefing(source: str, *texts: str) -> Briefing:
        blocks = tuple(Block("paragraph", text) for text in texts)
        return Briefing(source, source, "Judul", False, None, None, None, None, texts[0], blocks, (), ())

    ending = " ".join(["Kedua negara sepakat bertemu lagi bulan depan."] * 8)
    same = briefing("b.txt", "Pembukaan  yang sama.", ending.upper().replace(" ", "\n  "))
    other_start = briefing("c.txt", "Pembukaan lain sama sekali.", ending)
    spaces_at_end = briefing("d.txt", "Pembukaan yang sama. " + ending + " " * 1000)
    kept, problems = _drop_duplicates(
        [other_start, spaces_at_end, same, briefing("a.txt", "Pembukaan yang sama.", ending)]
    )
    assert [b.source for b in kept] == ["a.txt", "c.txt"]
    assert [(p.source, p.reason) for p in problems] == [
        ("b.txt", "duplicate of a.txt (published once)"),
        ("d.txt", "duplicate of a.txt (published once)"),
    ]


def test_a_page_a_rule_fails_on_is_reported_and_the_rest_publish(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Whatever a rule raises on one odd page, that page is reported in one line and the others publish."""
    import builder.pipeline

    folder = _folder(tmp_path)
    shutil.copy(GOOD, folder / "odd.txt")
    real = builder.pipeline.clean

    def failing(source):  # type: ignore[no-untyped-def]
        if source.name.endswith("odd.txt"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(source)

    monkeypatch.setattr(builder.pipeline, "clean", failing)
    result = extract_folder(folder)
    assert [b.source for b in result.briefings] == ["articles/good.txt"]
    [problem] = result.problems
    assert problem.source == "articles/odd.txt"
    assert "RecursionError" in problem.reason and "\n" not in problem.reason


def test_front_matter_nested_thousands_deep_is_not_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    text = (GOOD.parent / "byline_date_cnn_style.txt").read_text(encoding="utf-8")
    deep = "[" * 3000 + "]" * 3000
    (folder / "deep.md").write_text(f"---\ntitle: {deep}\nauthor: {deep}\n---\n{text}", encoding="utf-8")
    result = extract_folder(folder)
    assert sorted(b.source for b in result.briefings) == ["articles/deep.md", "articles/good.txt"]


def test_yaml_values_their_tags_cannot_make_are_reported_as_the_file_s_yaml(tmp_path: Path) -> None:
    """A 31 February read as a date by YAML, an '!!int' tag on letters: the file's YAML is reported, not a crash."""
    folder = _folder(tmp_path)
    text = (GOOD.parent / "byline_date_cnn_style.txt").read_text(encoding="utf-8")
    (folder / "clip.md").write_text(f"---\ntitle: Uji\ndate: 2024-02-31\n---\n{text}", encoding="utf-8")
    other = (GOOD.parent / "caption_twice_liputan6_style.txt").read_text(encoding="utf-8")
    (folder / "tagged.txt").write_text(other, encoding="utf-8")
    (folder / "tagged.yml").write_text("time: !!int 12x\n", encoding="utf-8")
    result = extract_folder(folder)
    assert [b.source for b in result.briefings] == ["articles/good.txt"]
    reasons = {problem.source: problem.reason for problem in result.problems}
    assert reasons["articles/clip.md"] == "front matter is not valid YAML (day is out of range for month)"
    assert reasons["articles/tagged.txt"].startswith("articles/tagged.yml: not valid YAML (")


def test_yaml_aliases_and_linked_sidecars_are_reported_not_read(tmp_path: Path) -> None:
    """A 'billion laughs' of nested aliases in a sidecar, and a sidecar that is a link to a file outside the
    folder: each is one line naming the sidecar; the link's target is never read."""
    folder = _folder(tmp_path)
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [*{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}]\n" for n in range(8)
    )
    (folder / "bomb.txt").write_text((GOOD.parent / "byline_date_cnn_style.txt").read_text(encoding="utf-8"))
    (folder / "bomb.yml").write_text(laughs + "date: *i\n", encoding="utf-8")
    (folder / "linked.txt").write_text((GOOD.parent / "caption_twice_liputan6_style.txt").read_text(encoding="utf-8"))
    secret = tmp_path / "secret.yml"
    secret.write_text("headline: RAHASIA DARI LUAR\n", encoding="utf-8")
    (folder / "linked.yml").symlink_to(secret)
    result = extract_folder(folder)
    assert [b.source for b in result.briefings] == ["articles/good.txt"]
    reasons = {problem.source: problem.reason for problem in result.problems}
    assert reasons["articles/bomb.txt"] == "articles/bomb.yml: not valid YAML (aliases (*name) are not allowed)"
    assert reasons["articles/linked.txt"].startswith("articles/linked.yml: a link (not read)")


def test_a_linked_dossiers_file_is_reported_not_read(tmp_path: Path) -> None:
    import pytest

    from builder.errors import IkhtisarError
    from builder.read import read_dossier_rules

    folder = _folder(tmp_path)
    outside = tmp_path / "rules.yml"
    outside.write_text("- split: [good.txt]\n  title: RAHASIA\n", encoding="utf-8")
    (folder / "dossiers.yml").symlink_to(outside)
    with pytest.raises(IkhtisarError, match="a link"):
        read_dossier_rules(folder)
