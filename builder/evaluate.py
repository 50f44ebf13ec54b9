"""Scores extraction records against a gold annotation file (the `evaluate` command).

The gold format is the one of tests/gold/seeds.yaml: one entry per article file
name, plus an optional `dossiers:` list. Each record is the extract JSON shape
(headline, date, body, actors, quotes...). Every metric is counted over the gold
items it applies to; a metric with none is reported as n/a (value None), never
as a perfect score. Counts are micro-averaged: summed over all files first.

This is a developer tool, not a pipeline stage: it reads the gold file and the
gold article lines itself.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from builder.dates import hour_of_day
from builder.errors import IkhtisarError

Record = Mapping[str, Any]
Extract = Callable[[Path], dict]
Groups = Mapping[str, "str | None"] | Iterable[Iterable[str]]

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_GOLD = REPO_ROOT / "tests" / "gold" / "seeds.yaml"
SEED_ARTICLES = REPO_ROOT / "seeds"

# A derived headline longer than this is a paragraph, not a headline.
DERIVED_HEADLINE_MAX_WORDS = 15

# (name, label, lower_is_better) in report order.
METRICS: tuple[tuple[str, str, bool], ...] = (
    ("headline", "headline", False),
    ("headline_derived", "derived headline", False),
    ("date", "date", False),
    ("invented_dates", "invented dates (count)", True),
    ("time", "time", False),
    ("outlet", "outlet", False),
    ("author", "author", False),
    ("dateline", "dateline", False),
    ("body_precision", "body precision (words)", False),
    ("body_recall", "body recall (words)", False),
    ("body_f1", "body F1 (words)", False),
    ("furniture_leaked", "furniture leaked (count)", True),
    ("key_actor_recall", "key-actor recall", False),
    ("actor_precision", "actor precision", False),
    ("key_quote_recall", "key-quote recall", False),
    ("speaker_accuracy", "speaker accuracy", False),
    ("key_speaker_accuracy", "key-quote speaker accuracy", False),
    ("grouping_f1", "grouping pairwise F1", False),
)
_LOWER_IS_BETTER = {name for name, _, lower in METRICS if lower}
_FIELD_METRICS = ("headline", "headline_derived", "date", "invented_dates", "time", "outlet", "author", "dateline")
_BODY_METRICS = ("body_precision", "body_recall")
_WORD = re.compile(r"[^\W_]+")  # words; underscores (chat apps' italic marks) are not part of one
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})")
_REMARK = re.compile(r"\s*\([^()]*\)\s*$")


@dataclass(frozen=True)
class Metric:
    """One score: hits out of total (or a count, for lower-is-better metrics); value None = n/a."""

    name: str
    label: str
    value: float | None
    hits: int | None = None
    total: int | None = None
    lower_is_better: bool = False


@dataclass(frozen=True)
class Check:
    """One field of one record compared with the gold value."""

    metric: str
    ok: bool
    expected: str | None
    got: str | None


@dataclass(frozen=True)
class Leak:
    """A furniture string found in a record, and the record fields it was found in."""

    text: str
    where: tuple[str, ...]


@dataclass(frozen=True)
class SpeakerMiss:
    """A gold quote the record found, attributed to the wrong speaker."""

    quote: str
    expected: tuple[str | None, ...]
    got: str | None
    key: bool


@dataclass(frozen=True)
class FileReport:
    """What one article's record got right and wrong.

    `tallies` maps a metric name to (hits, total) for this file; for the
    lower-is-better metrics hits is the count of faults.
    """

    name: str
    tallies: dict[str, tuple[int, int]] = field(default_factory=dict)
    checks: tuple[Check, ...] = ()
    leaked: tuple[Leak, ...] = ()
    missed_actors: tuple[str, ...] = ()
    stray_actors: tuple[str, ...] = ()
    missed_quotes: tuple[str, ...] = ()
    unflagged_quotes: tuple[str, ...] = ()
    wrong_speakers: tuple[SpeakerMiss, ...] = ()
    error: str | None = None

    @property
    def failed(self) -> tuple[str, ...]:
        """Names of the metrics this file loses points on (body overlap aside)."""
        return tuple(
            name
            for name, (hits, total) in self.tallies.items()
            if name not in _BODY_METRICS and (hits > 0 if name in _LOWER_IS_BETTER else hits < total)
        )


@dataclass(frozen=True)
class PairScore:
    """Pairwise precision, recall and F1 of a grouping against the gold grouping."""

    precision: float | None
    recall: float | None
    f1: float | None
    shared: int
    gold_pairs: int
    predicted_pairs: int


@dataclass(frozen=True)
class Scores:
    """All metrics for one gold file, with a report per article."""

    gold: str
    metrics: tuple[Metric, ...]
    files: tuple[FileReport, ...]
    grouping: PairScore | None = None

    def metric(self, name: str) -> Metric:
        """Return the metric called `name`."""
        for metric in self.metrics:
            if metric.name == name:
                return metric
        raise KeyError(name)

    def values(self) -> dict[str, float | None]:
        """Return every metric's value by name (None = n/a)."""
        return {metric.name: metric.value for metric in self.metrics}

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict: metrics by name, then per-file details."""
        return {
            "gold": self.gold,
            "metrics": {m.name: _metric_dict(m) for m in self.metrics},
            "grouping": None if self.grouping is None else vars(self.grouping).copy(),
            "files": {report.name: _report_dict(report) for report in self.files},
        }


@dataclass(frozen=True)
class Gold:
    """A parsed gold file: one annotation per article file name, and the gold dossiers."""

    articles: dict[str, dict[str, Any]]
    dossiers: tuple[tuple[str, ...], ...] = ()


# ---------------------------------------------------------------- public API


def load_gold(gold_path: Path) -> Gold:
    """Parse a gold annotation file."""
    data = yaml.safe_load(Path(gold_path).read_text(encoding="utf-8")) or {}
    articles = {str(name): entry for name, entry in data.items() if isinstance(entry, dict)}
    dossiers = tuple(tuple(d.get("members") or ()) for d in data.get("dossiers") or ())
    return Gold(articles=articles, dossiers=dossiers)


def default_articles_dir(gold_path: Path) -> Path:
    """Return where a gold file's articles live: seeds/ for the seed gold, else the gold's folder."""
    if Path(gold_path).resolve() == SEED_GOLD:
        return SEED_ARTICLES
    return Path(gold_path).resolve().parent


def gold_body_lines(entry: Mapping[str, Any], article_text: str) -> list[str]:
    """Return the gold article lines: `body` first..last (1-based, inclusive) minus `noise_inside`.

    The first line keeps its "Outlet -" / "Outlet, CITY -" prefix, which records
    cut from the lead: a perfect record therefore loses a few words of recall.
    """
    if not entry.get("body"):
        return []
    first, last = entry["body"]
    noise = set(entry.get("noise_inside") or ())
    lines = article_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [lines[n - 1] for n in range(first, last + 1) if n not in noise and n <= len(lines) and lines[n - 1].strip()]


def evaluate(
    gold_path: Path,
    articles_dir: Path,
    extract: Extract,
    groups: Mapping[str, str | None] | None = None,
) -> Scores:
    """Run `extract` on every article of the gold file and score the records.

    `groups` optionally maps file names to predicted dossier slugs; with the
    gold's `dossiers:` it gives the grouping pairwise F1.
    """
    gold = load_gold(gold_path)
    reports = tuple(
        _score_article(name, entry, Path(articles_dir) / name, extract) for name, entry in gold.articles.items()
    )
    grouping = _score_grouping(gold, groups)
    return Scores(gold=str(gold_path), metrics=_aggregate(reports, grouping), files=reports, grouping=grouping)


def predicted_groups(articles_dir: Path) -> dict[str, str]:
    """File name -> dossier slug, as the builder groups the folder (dossiers.yml included)."""
    from builder.group import group
    from builder.pipeline import extract_folder
    from builder.read import read_dossier_rules

    digest = group(extract_folder(articles_dir).briefings, (), read_dossier_rules(articles_dir))
    return {Path(b.source).name: d.slug for d in digest.dossiers for b in (*d.briefings, *d.undated)}


def pairwise_f1(gold_groups: Groups, predicted_groups: Groups) -> PairScore:
    """Compare two groupings by the pairs of items they put together.

    Either grouping is a mapping item -> group label (None = in no group) or a
    list of member lists. Precision = shared pairs / predicted pairs, recall =
    shared pairs / gold pairs; a ratio with no pairs to count is None.
    """
    gold_pairs = _pairs(gold_groups)
    predicted = _pairs(predicted_groups)
    shared = len(gold_pairs & predicted)
    denominator = len(gold_pairs) + len(predicted)
    return PairScore(
        precision=_ratio(shared, len(predicted)),
        recall=_ratio(shared, len(gold_pairs)),
        f1=_ratio(2 * shared, denominator),
        shared=shared,
        gold_pairs=len(gold_pairs),
        predicted_pairs=len(predicted),
    )


def below_floors(scores: Scores, floors: Mapping[str, Mapping[str, float]]) -> list[str]:
    """Return one message per metric outside its floor; floors = {"min": {...}, "max": {...}}.

    A metric that is n/a fails its floor: the gold has items for every floor set.
    """
    messages = []
    for bound, limits in floors.items():
        for name, limit in (limits or {}).items():
            value = scores.metric(name).value
            if value is None:
                messages.append(f"{name}: n/a, floor {bound} {limit}")
            elif (bound == "min" and value < limit) or (bound == "max" and value > limit):
                messages.append(f"{name}: {value:.4g}, floor {bound} {limit}")
    return messages


def format_table(scores: Scores) -> str:
    """Return a fixed-width table, one metric a row with its counts, then the failures by file."""
    title = f"Evaluation against {scores.gold} ({len(scores.files)} articles)"
    rows = [title, "", f"{'metric':<28}{'count':>14}{'score':>10}"]
    rows += [_table_row(metric) for metric in scores.metrics]
    details = [line for report in scores.files for line in _report_lines(report)]
    if details:
        rows += ["", "Details by file:", *details]
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- per article


def _score_article(name: str, entry: dict[str, Any], path: Path, extract: Extract) -> FileReport:
    """Extract one article and compare the record with its gold entry."""
    if not path.is_file():
        return _score_record(name, entry, {}, None, error=f"article not found: {path}")
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        record = extract(path)
    except IkhtisarError as exc:  # an article the builder refuses is scored as empty; bugs propagate
        return _score_record(name, entry, {}, text, error=f"{type(exc).__name__}: {exc}")
    if not isinstance(record, Mapping):
        raise TypeError(f"extract returned {type(record).__name__} for {name}, not a dict")
    return _score_record(name, entry, record, text)


def _score_record(
    name: str, entry: dict[str, Any], record: Record, article_text: str | None, error: str | None = None
) -> FileReport:
    """Compare a record with a gold entry; article_text None = body not scorable."""
    tallies: dict[str, tuple[int, int]] = {}
    checks = _field_checks(entry, record)
    for check in checks:
        tallies[check.metric] = (int(not check.ok if check.metric == "invented_dates" else check.ok), 1)
    if article_text is not None and entry.get("body"):
        overlap, predicted, expected = _bag_overlap(_record_body(record), gold_body_lines(entry, article_text))
        tallies["body_precision"] = (overlap, predicted)
        tallies["body_recall"] = (overlap, expected)
    leaked = _leaks(entry, record)
    furniture = entry.get("not_in_briefing") or ()
    tallies["furniture_leaked"] = (len(leaked), len(furniture))
    actors = _score_actors(entry, record)
    quotes = _score_quotes(entry, record)
    tallies.update(actors.tallies)
    tallies.update(quotes.tallies)
    return FileReport(
        name=name,
        tallies=tallies,
        checks=checks,
        leaked=leaked,
        missed_actors=actors.missed,
        stray_actors=actors.stray,
        missed_quotes=quotes.missed,
        unflagged_quotes=quotes.unflagged,
        wrong_speakers=quotes.wrong,
        error=error,
    )


def _field_checks(entry: Mapping[str, Any], record: Record) -> tuple[Check, ...]:
    """Compare headline, date, time, outlet, author and dateline with the gold entry."""
    checks = [_headline_check(entry, record)]
    gold_date, got_date = _iso(entry.get("date")), _iso(record.get("date"))
    checks.append(Check("date", gold_date == got_date, gold_date, got_date))
    if gold_date is None:
        checks.append(Check("invented_dates", got_date is None, None, got_date))
    if entry.get("time"):
        gold_time, got_time = _hhmm(entry["time"]), _hhmm(record.get("time"))
        checks.append(Check("time", gold_time == got_time, gold_time, got_time))
    if "outlet" in entry:
        checks.append(_text_check("outlet", entry["outlet"], record.get("outlet")))
    for key in ("author", "dateline"):
        if entry.get(key):
            checks.append(_text_check(key, entry[key], record.get(key)))
    return tuple(checks)


def _headline_check(entry: Mapping[str, Any], record: Record) -> Check:
    """Check the page's own headline, or when the page has none, the derived one."""
    got = _norm(record.get("headline"))
    derived = bool(record.get("headline_derived"))
    if entry.get("headline") is not None:
        expected = _norm(entry["headline"])
        return Check("headline", got == expected and not derived, expected, _flagged(got, derived))
    furniture = entry.get("not_in_briefing") or ()
    ok = (
        derived
        and bool(got)
        and len(got.split()) <= DERIVED_HEADLINE_MAX_WORDS
        and not any(item in got for item in furniture)
    )
    expected = f"derived, 1-{DERIVED_HEADLINE_MAX_WORDS} words, no furniture"
    return Check("headline_derived", ok, expected, _flagged(got, derived))


def _flagged(headline: str, derived: bool) -> str:
    """Show a headline with its derived flag."""
    return f"{headline} [derived]" if derived else headline


def _text_check(metric: str, expected: Any, got: Any) -> Check:
    """Compare two short strings case-insensitively, whitespace normalized; None matches None."""
    want = _norm(expected) or None
    have = _norm(got) or None
    return Check(metric, (want or "").casefold() == (have or "").casefold(), want, have)


# ---------------------------------------------------------------- body and furniture


def _record_body(record: Record) -> list[str]:
    """Return the record's body paragraphs as strings."""
    return [str(item) for item in record.get("body") or ()]


def _bag_overlap(predicted: Sequence[str], gold: Sequence[str]) -> tuple[int, int, int]:
    """Return (shared, predicted, gold) counts of lowercased word tokens, as multisets."""
    got, want = _bag(predicted), _bag(gold)
    return sum((got & want).values()), sum(got.values()), sum(want.values())


def _bag(texts: Iterable[str]) -> Counter[str]:
    """Count the lowercased word tokens of some texts."""
    return Counter(word for text in texts for word in _WORD.findall(text.lower()))


def _leaks(entry: Mapping[str, Any], record: Record) -> tuple[Leak, ...]:
    """Find the gold furniture strings (case-sensitive) in headline, lead, body and quotes."""
    fields = [("headline", str(record.get("headline") or "")), ("lead", str(record.get("lead") or ""))]
    fields += [(f"body[{i}]", text) for i, text in enumerate(_record_body(record))]
    fields += [(f"quote[{i}]", str(q.get("text") or "")) for i, q in enumerate(_record_quotes(record))]
    leaks = []
    for item in entry.get("not_in_briefing") or ():
        where = tuple(label for label, text in fields if item in text)
        if where:
            leaks.append(Leak(item, where))
    return tuple(leaks)


# ---------------------------------------------------------------- actors


@dataclass(frozen=True)
class _ActorResult:
    """Actor tallies of one record and what went wrong."""

    tallies: dict[str, tuple[int, int]]
    missed: tuple[str, ...]
    stray: tuple[str, ...]


def _score_actors(entry: Mapping[str, Any], record: Record) -> _ActorResult:
    """Key-actor recall and actor precision for one record."""
    gold_actors = list(entry.get("actors") or ())
    found = list(record.get("actors") or ())
    key_actors = [a for a in gold_actors if a.get("key")]
    missed = tuple(a["name"] for a in key_actors if not any(_actor_matches(r, a) for r in found))
    stray = tuple(str(r.get("name")) for r in found if not any(_actor_matches(r, a) for a in gold_actors))
    tallies = {
        "key_actor_recall": (len(key_actors) - len(missed), len(key_actors)),
        "actor_precision": (len(found) - len(stray), len(found)),
    }
    return _ActorResult(tallies, missed, stray)


def _actor_matches(found: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """True when the record actor's name or a form is the gold actor's name or one of its forms."""
    return bool(_actor_names(found) & _actor_names(gold))


def _actor_names(actor: Mapping[str, Any]) -> set[str]:
    """The actor's name and surface forms, whitespace normalized."""
    names = {_norm(actor.get("name"))} | {_norm(form) for form in actor.get("forms") or ()}
    return {name for name in names if name}


# ---------------------------------------------------------------- quotes


@dataclass(frozen=True)
class _QuoteResult:
    """Quote tallies of one record and what went wrong."""

    tallies: dict[str, tuple[int, int]]
    missed: tuple[str, ...]
    unflagged: tuple[str, ...]
    wrong: tuple[SpeakerMiss, ...]


def _score_quotes(entry: Mapping[str, Any], record: Record) -> _QuoteResult:
    """Key-quote recall and speaker accuracy for one record."""
    by_text: dict[str, Mapping[str, Any]] = {}
    for quote in _record_quotes(record):
        by_text.setdefault(_quote_key(quote.get("text")), quote)
    gold_actors = list(entry.get("actors") or ())
    record_actors = list(record.get("actors") or ())
    missed, unflagged, wrong = [], [], []
    speakers = {"all": [0, 0], "key": [0, 0]}
    for gold in entry.get("quotes") or ():
        found = by_text.get(_quote_key(gold["text"]))
        key = bool(gold.get("key"))
        if found is None:
            if key:
                missed.append(gold["text"])
            continue
        if key and not found.get("key"):
            unflagged.append(gold["text"])
        ok = _speaker_ok(found.get("speaker"), gold, gold_actors, record_actors)
        for bucket in ("all", "key") if key else ("all",):
            speakers[bucket][0] += ok
            speakers[bucket][1] += 1
        if not ok:
            expected = (gold.get("speaker"), *(gold.get("also") or ()))
            wrong.append(SpeakerMiss(gold["text"], expected, found.get("speaker"), key))
    key_total = sum(1 for q in entry.get("quotes") or () if q.get("key"))
    tallies = {
        "key_quote_recall": (key_total - len(missed), key_total),
        "speaker_accuracy": tuple(speakers["all"]),
        "key_speaker_accuracy": tuple(speakers["key"]),
    }
    return _QuoteResult(tallies, tuple(missed), tuple(unflagged), tuple(wrong))


def _record_quotes(record: Record) -> list[Mapping[str, Any]]:
    """Return the record's quotes that are mappings."""
    return [q for q in record.get("quotes") or () if isinstance(q, Mapping)]


def _quote_key(text: Any) -> str:
    """Normalize a quote for matching: collapse whitespace, strip outer punctuation and spaces."""
    text = _norm(text)
    start, end = 0, len(text)
    while start < end and _is_edge(text[start]):
        start += 1
    while end > start and _is_edge(text[end - 1]):
        end -= 1
    return text[start:end]


def _is_edge(char: str) -> bool:
    """True for punctuation and spaces, which may differ at a quote's ends."""
    return char.isspace() or unicodedata.category(char).startswith("P")


def _speaker_ok(
    got: Any,
    gold: Mapping[str, Any],
    gold_actors: Sequence[Mapping[str, Any]],
    record_actors: Sequence[Mapping[str, Any]],
) -> bool:
    """True when the record's speaker is the gold speaker or one of `also`; a null gold wants null."""
    got_name = _speaker_name(got)
    if gold.get("speaker") is None:
        return got_name is None
    if got_name is None:
        return False
    candidates = [gold["speaker"], *(gold.get("also") or ())]
    return any(_same_speaker(got_name, str(c), gold_actors, record_actors) for c in candidates if c)


def _same_speaker(
    got: str, expected: str, gold_actors: Sequence[Mapping[str, Any]], record_actors: Sequence[Mapping[str, Any]]
) -> bool:
    """Equal names, or the record's name is a form of the gold actor, or their actors share a form."""
    expected = _speaker_name(expected) or ""
    if got == expected:
        return True
    gold_actor = next((a for a in gold_actors if _norm(a.get("name")) == expected), None)
    if gold_actor is None:
        return False
    gold_names = _actor_names(gold_actor)
    if got in gold_names:
        return True
    record_actor = next((a for a in record_actors if _norm(a.get("name")) == got), None)
    return record_actor is not None and bool(_actor_names(record_actor) & gold_names)


def _speaker_name(value: Any) -> str | None:
    """Normalize a speaker: whitespace collapsed, a trailing "(remark)" dropped; empty = None."""
    if value is None:
        return None
    return _REMARK.sub("", _norm(value)) or None


# ---------------------------------------------------------------- grouping


def _score_grouping(gold: Gold, groups: Mapping[str, str | None] | None) -> PairScore | None:
    """Pairwise F1 of the predicted dossiers over the gold's files, when both exist."""
    if groups is None or not gold.dossiers:
        return None
    universe = set(gold.articles) | {name for members in gold.dossiers for name in members}
    return pairwise_f1(gold.dossiers, {name: label for name, label in groups.items() if name in universe})


def _pairs(groups: Groups) -> set[frozenset[str]]:
    """Unordered pairs of items that share a group."""
    if isinstance(groups, Mapping):
        members: dict[str, list[str]] = {}
        for item, label in groups.items():
            if label is not None:
                members.setdefault(str(label), []).append(item)
        groups = members.values()
    return {frozenset(pair) for group in groups for pair in combinations(sorted(set(group)), 2)}


# ---------------------------------------------------------------- aggregation and output


def _aggregate(reports: Sequence[FileReport], grouping: PairScore | None) -> tuple[Metric, ...]:
    """Sum the per-file tallies into one metric per name."""
    totals: dict[str, list[int]] = {}
    for report in reports:
        for name, (hits, total) in report.tallies.items():
            bucket = totals.setdefault(name, [0, 0])
            bucket[0] += hits
            bucket[1] += total
    metrics = []
    for name, label, lower in METRICS:
        if name == "body_f1":
            metrics.append(_body_f1(totals, label))
        elif name == "grouping_f1":
            metrics.append(Metric(name, label, grouping.f1 if grouping else None))
        else:
            hits, total = totals.get(name, (0, 0))
            value = (float(hits) if total else None) if lower else _ratio(hits, total)
            metrics.append(Metric(name, label, value, hits, total, lower))
    return tuple(metrics)


def _body_f1(totals: Mapping[str, Sequence[int]], label: str) -> Metric:
    """Micro F1 of the body word bags: 2 * shared / (record words + gold words)."""
    shared, predicted = totals.get("body_precision", (0, 0))
    _, expected = totals.get("body_recall", (0, 0))
    return Metric("body_f1", label, _ratio(2 * shared, predicted + expected))


def _table_row(metric: Metric) -> str:
    """One fixed-width row: label, hits/total, score."""
    count = "" if metric.total is None else f"{metric.hits}/{metric.total}"
    if metric.value is None:
        score = "n/a"
    elif metric.lower_is_better:
        score = f"{metric.value:g}"
    else:
        score = f"{100 * metric.value:.1f}%"
    return f"{metric.label:<28}{count:>14}{score:>10}"


def _report_lines(report: FileReport) -> list[str]:
    """Lines describing what one file got wrong; none when it is perfect."""
    lines = [f"  error: {report.error}"] if report.error else []
    lines += [f"  {c.metric}: expected {c.expected!r}, got {c.got!r}" for c in report.checks if not c.ok]
    lines += [f"  furniture: {leak.text!r} in {', '.join(leak.where)}" for leak in report.leaked]
    lines += [f"  missed key actor: {name}" for name in report.missed_actors]
    lines += [f"  actor not in gold: {name}" for name in report.stray_actors]
    lines += [f"  missed key quote: {_short(text)!r}" for text in report.missed_quotes]
    lines += [f"  key quote not marked key: {_short(text)!r}" for text in report.unflagged_quotes]
    lines += [
        f"  speaker of {_short(miss.quote)!r}: expected {' / '.join(map(str, miss.expected))}, got {miss.got}"
        for miss in report.wrong_speakers
    ]
    body = _body_line(report)
    if lines or body:
        return [report.name, *lines, *([body] if body else [])]
    return []


def _body_line(report: FileReport) -> str:
    """Body precision and recall of one file, shown when either is below 100%."""
    if "body_precision" not in report.tallies:
        return ""
    shared, predicted = report.tallies["body_precision"]
    _, expected = report.tallies["body_recall"]
    if shared == predicted == expected:
        return ""
    precision, recall = _ratio(shared, predicted), _ratio(shared, expected)
    counts = f"{shared} shared, {predicted} record, {expected} gold words"
    return f"  body: precision {_pct(precision)}, recall {_pct(recall)} ({counts})"


def _metric_dict(metric: Metric) -> dict[str, Any]:
    """A metric as plain data."""
    return {
        "label": metric.label,
        "value": metric.value,
        "hits": metric.hits,
        "total": metric.total,
        "better": "lower" if metric.lower_is_better else "higher",
    }


def _report_dict(report: FileReport) -> dict[str, Any]:
    """A file report as plain data."""
    return {
        "failed": list(report.failed),
        "error": report.error,
        "tallies": {name: list(pair) for name, pair in report.tallies.items()},
        "checks": [vars(c).copy() for c in report.checks],
        "leaked": [{"text": leak.text, "where": list(leak.where)} for leak in report.leaked],
        "missed_actors": list(report.missed_actors),
        "stray_actors": list(report.stray_actors),
        "missed_quotes": list(report.missed_quotes),
        "unflagged_quotes": list(report.unflagged_quotes),
        "wrong_speakers": [
            {"quote": m.quote, "expected": list(m.expected), "got": m.got, "key": m.key} for m in report.wrong_speakers
        ],
    }


# ---------------------------------------------------------------- small helpers


def _norm(value: Any) -> str:
    """Collapse runs of whitespace; None becomes ""."""
    return " ".join(str(value).split()) if value is not None else ""


def _iso(value: Any) -> str | None:
    """A date as YYYY-MM-DD (YAML gives date objects, records give strings); empty = None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip() or None


def _hhmm(value: Any) -> str | None:
    """A time as HH:MM, dropping any zone ("20:42 WIB" -> "20:42"); unreadable = the text itself."""
    if value is None or value == "":
        return None
    match = _TIME.search(str(value))
    if not match:
        return _norm(value)
    half = re.search(r"\b([ap])\.?m\b", str(value)[match.end() :], re.IGNORECASE)
    return f"{hour_of_day(int(match.group(1)), half.group(1) if half else None):02d}:{match.group(2)}"


def _ratio(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to count."""
    return part / whole if whole else None


def _pct(value: float | None) -> str:
    """A ratio as a percentage, or n/a."""
    return "n/a" if value is None else f"{100 * value:.1f}%"


def _short(text: str, width: int = 60) -> str:
    """Shorten a quote for one report line."""
    text = _norm(text)
    return text if len(text) <= width else text[: width - 1] + "…"
