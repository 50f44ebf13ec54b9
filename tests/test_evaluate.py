"""Tests for the evaluation command: the scorer itself, then the seed floors."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from builder.errors import ReadError
from builder.evaluate import (
    SEED_ARTICLES,
    SEED_GOLD,
    below_floors,
    default_articles_dir,
    evaluate,
    format_table,
    gold_body_lines,
    load_gold,
    pairwise_f1,
    predicted_groups,
)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "seeds.yaml"
SEEDS = ROOT / "seeds"
FLOORS = ROOT / "tests" / "floors.yaml"

UNDATED = "001_cdf93036c7722ca2.txt"  # gold date null
NO_HEADLINE = "000_194dfaba7863c989.txt"  # gold headline null
TIMED = "002_bd5ee1f73a80690b.txt"  # gold has a time


# ---------------------------------------------------------------- helpers


def _perfect_record(name: str, entry: dict[str, Any]) -> dict[str, Any]:
    """A record that says exactly what the gold entry says."""
    lines = gold_body_lines(entry, (SEEDS / name).read_text(encoding="utf-8"))
    derived = entry["headline"] is None
    date = entry["date"]
    return {
        "source": name,
        "headline": " ".join(lines[0].split()[:8]) if derived else entry["headline"],
        "headline_derived": derived,
        "outlet": entry["outlet"],
        "author": entry.get("author"),
        "dateline": entry.get("dateline"),
        "date": date.isoformat() if date else None,
        "time": entry["time"][:5] if entry.get("time") else None,
        "lead": lines[0],
        "body": lines,
        "actors": [
            {"name": a["name"], "kind": a["kind"], "forms": list(a["forms"]), "mentions": 1} for a in entry["actors"]
        ],
        "quotes": [{"text": q["text"], "speaker": q["speaker"], "key": q["key"]} for q in entry["quotes"]],
        "warnings": [],
    }


def _perfect_records() -> dict[str, dict[str, Any]]:
    return {name: _perfect_record(name, entry) for name, entry in load_gold(GOLD).articles.items()}


def _extractor(records: dict[str, dict[str, Any]]) -> Callable[[Path], dict]:
    return lambda path: copy.deepcopy(records[path.name])


def _score(change: Callable[[dict[str, dict[str, Any]]], None] | None = None):
    records = _perfect_records()
    if change:
        change(records)
    return evaluate(GOLD, SEEDS, _extractor(records))


def _changed(scores) -> dict[str, tuple[float | None, float | None]]:
    """Metrics whose value differs from the perfect record's."""
    perfect = _score().values()
    return {name: (perfect[name], value) for name, value in scores.values().items() if value != perfect[name]}


def _key_quote(records, name: str) -> dict[str, Any]:
    return next(q for q in records[name]["quotes"] if q["key"])


def _write_case(tmp_path: Path, entry: dict[str, Any], article: str, name: str = "a.txt") -> Path:
    """Write a one-article gold file and its article; return the gold path."""
    (tmp_path / name).write_text(article, encoding="utf-8")
    gold = tmp_path / "gold.yaml"
    gold.write_text(yaml.safe_dump({name: entry}, allow_unicode=True), encoding="utf-8")
    return gold


_ARTICLE = (
    "Judul Berita\nKota, Kabar - Menteri tiba di ibu kota.\nIklan di sini\nIa bertemu mitranya.\nBaca juga lainnya\n"
)
_ENTRY: dict[str, Any] = {
    "outlet": "Kabar",
    "headline": "Judul Berita",
    "date": None,
    "body": [2, 4],
    "noise_inside": [3],
    "not_in_briefing": ["Iklan", "Baca juga"],
    "actors": [
        {"name": "Adi Wirawan", "kind": "person", "key": True, "forms": ["Menteri Adi Wirawan", "Adi"]},
        {"name": "Kingdom of Examplia", "kind": "country", "key": False, "forms": ["Examplia"]},
    ],
    "quotes": [
        {"text": "Kami siap bekerja sama,", "speaker": "Adi Wirawan", "key": True},
        {
            "text": "Kerja sama ini penting bagi kawasan,",
            "speaker": "Examplia, Adi Wirawan (joint statement)",
            "also": ["Kingdom of Examplia"],
            "key": True,
        },
        {"text": "tanpa syarat", "speaker": None, "key": False},
    ],
}


def _record(**changes: Any) -> dict[str, Any]:
    record = {
        "source": "a.txt",
        "headline": "Judul Berita",
        "headline_derived": False,
        "outlet": "Kabar",
        "author": None,
        "dateline": "Kota",
        "date": None,
        "time": None,
        "lead": "Menteri tiba di ibu kota.",
        "body": ["Menteri tiba di ibu kota.", "Ia bertemu mitranya."],
        "actors": [{"name": "Adi Wirawan", "kind": "person", "forms": ["Adi"], "mentions": 2}],
        "quotes": [
            {"text": "Kami siap bekerja sama,", "speaker": "Adi Wirawan", "key": True},
            {"text": "Kerja sama ini penting bagi kawasan,", "speaker": "Examplia, Adi Wirawan", "key": True},
            {"text": "tanpa syarat", "speaker": None, "key": False},
        ],
        "warnings": [],
    }
    record.update(changes)
    return record


def _case(tmp_path: Path, record: dict[str, Any], entry: dict[str, Any] | None = None):
    gold = _write_case(tmp_path, entry or _ENTRY, _ARTICLE)
    return evaluate(gold, tmp_path, lambda path: copy.deepcopy(record))


# ---------------------------------------------------------------- the perfect record


def test_perfect_records_score_full_marks():
    scores = _score()
    values = scores.values()
    for name in (
        "headline",
        "headline_derived",
        "date",
        "time",
        "outlet",
        "author",
        "dateline",
        "body_precision",
        "body_recall",
        "body_f1",
        "key_actor_recall",
        "actor_precision",
        "key_quote_recall",
        "speaker_accuracy",
        "key_speaker_accuracy",
    ):
        assert values[name] == 1.0, name
    assert values["invented_dates"] == 0
    assert values["furniture_leaked"] == 0
    assert values["grouping_f1"] is None  # no predicted groups passed
    assert all(report.failed == () for report in scores.files)


def test_seed_gold_counts_every_article_and_applicable_item():
    scores = _score()
    assert [r.name for r in scores.files] == sorted(load_gold(GOLD).articles)
    assert scores.metric("headline").total == 4
    assert scores.metric("headline_derived").total == 1
    assert scores.metric("date").total == 5
    assert scores.metric("invented_dates").total == 1
    assert scores.metric("time").total == 2
    assert scores.metric("author").total == 2
    assert scores.metric("dateline").total == 1
    assert scores.metric("key_quote_recall").total == 11


# ---------------------------------------------------------------- each fault lowers its metric


def test_wrong_date_lowers_only_date():
    def change(records):
        records[TIMED]["date"] = "2024-06-19"

    scores = _score(change)
    assert _changed(scores) == {"date": (1.0, 0.8)}
    check = next(c for c in scores.files[2].checks if c.metric == "date")
    assert (check.expected, check.got) == ("2024-06-18", "2024-06-19")


def test_invented_date_is_counted():
    def change(records):
        records[UNDATED]["date"] = "2024-06-21"

    scores = _score(change)
    assert _changed(scores) == {"date": (1.0, 0.8), "invented_dates": (0, 1.0)}
    assert scores.metric("invented_dates").hits == 1
    assert {"date", "invented_dates"} == set(next(r for r in scores.files if r.name == UNDATED).failed)


def test_leaked_furniture_in_lead_is_counted_and_located():
    def change(records):
        records[NO_HEADLINE]["lead"] += " Berita Terkait"

    scores = _score(change)
    assert _changed(scores) == {"furniture_leaked": (0, 1.0)}
    report = next(r for r in scores.files if r.name == NO_HEADLINE)
    assert [(leak.text, leak.where) for leak in report.leaked] == [("Berita Terkait", ("lead",))]


def test_furniture_match_is_case_sensitive():
    def change(records):
        records[NO_HEADLINE]["lead"] += " sebagai pilihan terakhir"  # gold furniture: "Pilihan"

    assert _changed(_score(change)) == {}


def test_leaked_furniture_in_a_quote_is_counted():
    def change(records):
        records[TIMED]["quotes"].append({"text": "Baca Juga: lainnya", "speaker": None, "key": False})

    scores = _score(change)
    assert _changed(scores) == {"furniture_leaked": (0, 1.0)}
    assert scores.files[2].leaked[0].where == ("quote[7]",)


def test_missing_key_quote_lowers_only_key_quote_recall():
    def change(records):
        quotes = records[TIMED]["quotes"]
        quotes.remove(_key_quote(records, TIMED))

    scores = _score(change)
    assert _changed(scores) == {"key_quote_recall": (1.0, 10 / 11)}
    assert len(scores.files[2].missed_quotes) == 1


def test_wrong_key_speaker_lowers_both_speaker_metrics():
    def change(records):
        _key_quote(records, TIMED)["speaker"] = "Someone Else"

    scores = _score(change)
    assert set(_changed(scores)) == {"speaker_accuracy", "key_speaker_accuracy"}
    miss = scores.files[2].wrong_speakers[0]
    assert miss.got == "Someone Else" and miss.key


def test_wrong_minor_speaker_lowers_only_speaker_accuracy():
    def change(records):
        minor = next(q for q in records[TIMED]["quotes"] if not q["key"])
        minor["speaker"] = "Someone Else"

    assert set(_changed(_score(change))) == {"speaker_accuracy"}


def test_missing_key_actor_lowers_only_key_actor_recall():
    def change(records):
        records[TIMED]["actors"] = [a for a in records[TIMED]["actors"] if a["name"] != "Kim Jong Un"]

    scores = _score(change)
    assert set(_changed(scores)) == {"key_actor_recall"}
    assert scores.files[2].missed_actors == ("Kim Jong Un",)


def test_stray_actor_lowers_only_actor_precision():
    def change(records):
        records[TIMED]["actors"].append({"name": "Nobody Here", "kind": "person", "forms": ["Nobody"], "mentions": 1})

    scores = _score(change)
    assert set(_changed(scores)) == {"actor_precision"}
    assert scores.files[2].stray_actors == ("Nobody Here",)


def test_wrong_headline_and_derived_flag_lower_headline():
    def change(records):
        records[TIMED]["headline_derived"] = True

    assert _changed(_score(change)) == {"headline": (1.0, 0.75)}


def test_long_or_furniture_derived_headline_fails():
    def long_headline(records):
        records[NO_HEADLINE]["headline"] = " ".join(["kata"] * 16)

    def furniture(records):
        records[NO_HEADLINE]["headline"] = "Terpopuler hari ini"

    def not_flagged(records):
        records[NO_HEADLINE]["headline_derived"] = False

    for change in (long_headline, furniture, not_flagged):
        assert set(_changed(_score(change))) >= {"headline_derived"}, change.__name__
        assert "headline" not in _changed(_score(change))


def test_body_noise_lowers_precision_and_missing_paragraph_lowers_recall():
    def noise(records):
        records[TIMED]["body"].append("ADVERTISEMENT SCROLL TO RESUME CONTENT")

    def short(records):
        records[TIMED]["body"].pop()

    noisy = _changed(_score(noise))
    assert set(noisy) == {"body_precision", "body_f1", "furniture_leaked"}
    assert set(_changed(_score(short))) == {"body_recall", "body_f1"}


def test_wrong_time_outlet_author_dateline_each_lower_their_metric():
    cases = {
        "time": (TIMED, "time", "20:43"),
        "outlet": (TIMED, "outlet", "Other.com"),
        "author": ("003_1742510e8f838e75.txt", "author", "Someone"),
        "dateline": (UNDATED, "dateline", None),
    }
    for metric, (name, key, value) in cases.items():

        def change(records, name=name, key=key, value=value):
            records[name][key] = value

        assert set(_changed(_score(change))) == {metric}, metric


# ---------------------------------------------------------------- matching rules (own synthetic article)


def test_synthetic_case_scores_full_marks(tmp_path):
    scores = _case(tmp_path, _record())
    values = scores.values()
    assert values["headline"] == values["date"] == values["outlet"] == 1.0
    assert values["key_quote_recall"] == values["speaker_accuracy"] == 1.0
    assert values["body_f1"] < 1.0  # gold line keeps "Kota, Kabar -"; the record cut it
    assert values["body_precision"] == 1.0
    assert scores.metric("body_recall").hits == 8 and scores.metric("body_recall").total == 10


def test_outlet_and_dateline_compare_case_insensitively(tmp_path):
    scores = _case(tmp_path, _record(outlet="KABAR", dateline="KOTA"), dict(_ENTRY, dateline="Kota"))
    assert scores.values()["outlet"] == 1.0
    assert scores.values()["dateline"] == 1.0


def test_a_time_written_with_pm_compares_as_the_hour_of_the_day(tmp_path):
    assert _case(tmp_path, _record(time="21:02"), dict(_ENTRY, time="9:02 pm")).values()["time"] == 1.0
    assert _case(tmp_path, _record(time="09:02"), dict(_ENTRY, time="9:02 pm")).values()["time"] == 0.0


def test_metrics_without_gold_items_are_na(tmp_path):
    scores = _case(tmp_path, _record())
    values = scores.values()
    for name in ("time", "author", "dateline", "headline_derived", "grouping_f1"):
        assert values[name] is None, name
    assert "n/a" in format_table(scores)


def test_quote_match_tolerates_outer_punctuation_and_whitespace_only(tmp_path):
    loose = _record(
        quotes=[
            {"text": " Kami  siap bekerja sama.”", "speaker": "Adi Wirawan", "key": True},
            {"text": "Kerja sama ini sangat penting bagi kawasan,", "speaker": "Adi Wirawan", "key": True},
        ]
    )
    report = _case(tmp_path, loose).files[0]
    assert report.missed_quotes == ("Kerja sama ini penting bagi kawasan,",)
    assert report.tallies["key_quote_recall"] == (1, 2)


def test_speaker_may_be_a_form_or_an_actor_sharing_a_form(tmp_path):
    as_form = _record(quotes=[{"text": "Kami siap bekerja sama,", "speaker": "Adi", "key": True}])
    assert _case(tmp_path, as_form).values()["speaker_accuracy"] == 1.0
    via_actor = _record(
        actors=[{"name": "A. Wirawan", "kind": "person", "forms": ["Menteri Adi Wirawan"], "mentions": 1}],
        quotes=[{"text": "Kami siap bekerja sama,", "speaker": "A. Wirawan", "key": True}],
    )
    assert _case(tmp_path, via_actor).values()["speaker_accuracy"] == 1.0
    stranger = _record(quotes=[{"text": "Kami siap bekerja sama,", "speaker": "A. Wirawan", "key": True}])
    assert _case(tmp_path, stranger).values()["speaker_accuracy"] == 0.0


def test_speaker_also_and_remark_are_accepted(tmp_path):
    for speaker in ("Kingdom of Examplia", "Examplia", "Examplia, Adi Wirawan (joint statement)"):
        record = _record(quotes=[{"text": "Kerja sama ini penting bagi kawasan,", "speaker": speaker, "key": True}])
        assert _case(tmp_path, record).values()["key_speaker_accuracy"] == 1.0, speaker
    wrong = _record(quotes=[{"text": "Kerja sama ini penting bagi kawasan,", "speaker": "Adi Wirawan", "key": True}])
    assert _case(tmp_path, wrong).values()["key_speaker_accuracy"] == 0.0


def test_null_gold_speaker_wants_null(tmp_path):
    record = _record(quotes=[{"text": "tanpa syarat", "speaker": "Adi Wirawan", "key": False}])
    scores = _case(tmp_path, record)
    assert scores.values()["speaker_accuracy"] == 0.0
    assert scores.values()["key_speaker_accuracy"] is None
    assert scores.files[0].wrong_speakers[0].expected == (None,)


def test_unflagged_key_quote_is_reported(tmp_path):
    record = _record(quotes=[{"text": "Kami siap bekerja sama,", "speaker": "Adi Wirawan", "key": False}])
    assert _case(tmp_path, record).files[0].unflagged_quotes == ("Kami siap bekerja sama,",)


def test_actor_matches_by_name_or_shared_form(tmp_path):
    by_form = _record(actors=[{"name": "Wirawan", "kind": "person", "forms": ["Adi"], "mentions": 1}])
    assert _case(tmp_path, by_form).values()["key_actor_recall"] == 1.0
    unrelated = _record(actors=[{"name": "Wirawan", "kind": "person", "forms": ["Pak Menteri"], "mentions": 1}])
    scores = _case(tmp_path, unrelated)
    assert scores.values()["key_actor_recall"] == 0.0
    assert scores.values()["actor_precision"] == 0.0


def test_extract_errors_and_missing_articles_are_reported(tmp_path):
    gold = _write_case(tmp_path, _ENTRY, _ARTICLE)

    def refused(path):
        raise ReadError(path.name, "empty file")

    scores = evaluate(gold, tmp_path, refused)
    assert scores.files[0].error == "ReadError: a.txt: empty file"
    assert scores.values()["headline"] == 0.0
    assert "error: ReadError: a.txt: empty file" in format_table(scores)

    def buggy(path):
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        evaluate(gold, tmp_path, buggy)
    missing = evaluate(gold, tmp_path / "nowhere", buggy)
    assert missing.files[0].error.startswith("article not found")


# ---------------------------------------------------------------- output


def test_format_table_has_one_row_per_metric_with_counts():
    def change(records):
        records[TIMED]["date"] = None

    scores = _score(change)
    table = format_table(scores)
    rows = table.splitlines()
    assert any(row.startswith("headline ") and "4/4" in row and "100.0%" in row for row in rows)
    assert any(row.startswith("date ") and "4/5" in row and "80.0%" in row for row in rows)
    assert f"{TIMED}\n  date: expected '2024-06-18', got None" in table


def test_as_dict_is_json_ready_with_file_details():
    def change(records):
        _key_quote(records, TIMED)["speaker"] = None

    data = json.loads(json.dumps(_score(change).as_dict()))
    assert data["metrics"]["date"]["value"] == 1.0
    assert data["metrics"]["invented_dates"]["better"] == "lower"
    details = data["files"][TIMED]
    assert set(details["failed"]) == {"speaker_accuracy", "key_speaker_accuracy"}
    assert details["wrong_speakers"][0]["got"] is None


def test_default_articles_dir():
    assert default_articles_dir(GOLD) == SEED_ARTICLES == SEEDS
    assert SEED_GOLD == GOLD
    assert default_articles_dir(Path("/data/other/gold.yaml")) == Path("/data/other")


# ---------------------------------------------------------------- grouping


def test_pairwise_f1_counts_pairs():
    gold = [["a", "b", "c"], ["d", "e"]]  # pairs ab ac bc de
    predicted = {"a": "x", "b": "x", "c": "y", "d": "y", "e": None}  # pairs ab cd
    score = pairwise_f1(gold, predicted)
    assert (score.shared, score.gold_pairs, score.predicted_pairs) == (1, 4, 2)
    assert score.precision == 0.5 and score.recall == 0.25
    assert score.f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)
    assert pairwise_f1(gold, gold).f1 == 1.0
    assert pairwise_f1([["a"]], {"a": "x"}).f1 is None


def test_grouping_metric_uses_gold_dossiers():
    records = _perfect_records()
    together = evaluate(GOLD, SEEDS, _extractor(records), groups={name: "one" for name in records})
    assert together.values()["grouping_f1"] == 1.0
    apart = evaluate(GOLD, SEEDS, _extractor(records), groups={name: name for name in records})
    assert apart.values()["grouping_f1"] == 0.0


# ---------------------------------------------------------------- floors


def test_below_floors_reports_each_breach():
    scores = _score(lambda records: records[UNDATED].update(date="2024-06-21"))
    messages = below_floors(scores, {"min": {"date": 1.0, "time": 1.0}, "max": {"invented_dates": 0}})
    assert [m.split(":")[0] for m in messages] == ["date", "invented_dates"]
    floors = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))["seeds"]
    floors["min"].pop("grouping_f1")  # synthetic records carry no grouping
    assert below_floors(_score(), floors) == []


@pytest.mark.parametrize(
    ("name", "gold", "articles"),
    [
        ("seeds", GOLD, SEEDS),
        ("fixtures", ROOT / "tests" / "gold" / "fixtures.yaml", ROOT / "tests" / "fixtures" / "articles"),
    ],
)
def test_scores_meet_floors(name: str, gold: Path, articles: Path):
    """FLOORS: the real extractor on annotated articles must stay at or above tests/floors.yaml."""
    from builder.extract import extract_file

    scores = evaluate(gold, articles, extract_file, predicted_groups(articles))
    floors = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))[name]
    breaches = below_floors(scores, floors)
    assert not breaches, "\n".join(breaches) + "\n\n" + format_table(scores)
