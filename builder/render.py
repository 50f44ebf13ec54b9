"""Turns the Digest into Markdown pages (path -> text). Writes nothing: publish does.

The Indonesian site is the whole tree; an English tree under en/ repeats the
pages an English reader navigates (home, dossiers, the list of actors, about)
with English labels and dates, and links to the briefings and actor pages of
the Indonesian tree.

`render_sources` gives each page as a Source: a function that makes the text
and a key, a digest of everything the text is made from. Publish makes only
the pages whose key differs from the one recorded with the previous content/,
so a rebuild after one new article renders a few dozen pages, not thousands.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import frontmatter
import jinja2
import yaml
from babel.numbers import format_decimal

from builder import lexicon
from builder.dates import format_date
from builder.feed import atom_feed
from builder.gazetteer import aliases, lookup
from builder.group import date_range, quotes_by_speaker
from builder.model import DATED_FROM_TEXT, Actor, Briefing, DateStamp, Digest, Dossier
from builder.pdf import dossier_pdf
from builder.slug import RESERVED, slugify
from builder.timeline import timeline_svg

LANGUAGES = ("id", "en")
INDONESIAN_ONLY = ("briefings", "actors")  # sections the English tree links to in the Indonesian one
ENGLISH_ROOT = "en"  # the English tree's folder in content/ (and in the site)
NEWEST_ON_HOME = 10
PDF_MIN_BRIEFINGS = 2
# A dossier page above this many briefings is summarized: each speaker's quotes and the actor
# table are cut (the actor pages list more), so the page stays readable and quick to build.
BIG_DOSSIER = 150
NEWEST_ON_ACTOR_PAGE = 50  # briefings and quotes an actor page lists; older ones are found through dossiers
QUOTES_PER_SPEAKER_IN_BIG = 3
ACTORS_IN_BIG = 40
MAX_NAME_WORDS = 4  # longer forms are a title and a name ("Menteri Luar Negeri Jepang Haruto Sasaki")

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}#|])")
_LINE_START_SPECIAL = re.compile(r"^(\s*)([-+>=]|\d+)([.)]?)(?=\s|$)")
# "!!! danger", "??? note", "/// tab": a block of the site's Markdown extensions (admonitions, details, blocks)
_BLOCK_START = re.compile(r"^(\s*)([!?/])(?=\2\2)", re.MULTILINE)


@dataclass(frozen=True)
class Links:
    """Where pages are: actor name -> page slug, briefing source -> its dossier, actor name -> briefings."""

    actors: dict[str, str] = field(default_factory=dict)
    dossier_of: dict[str, Dossier] = field(default_factory=dict)
    mentioned_in: dict[str, list[Briefing]] = field(default_factory=dict)


@dataclass(frozen=True)
class Page:
    """What a template needs to know about the page it writes: its language and how deep it sits."""

    lang: str = "id"
    depth: int = 0  # folders below the language root: 0 for index.md, 1 for dossiers/x.md

    def href(self, section: str, slug: str) -> str:
        """A link to another page; briefings and actors exist only in the Indonesian tree, as built HTML."""
        up = "../" * self.depth
        if section in INDONESIAN_ONLY and self.lang != "id":
            return f"{up}../{section}/{slug}.html"
        return f"{up}{section}/{slug}.md"


@dataclass(frozen=True)
class Source:
    """A page of content/: `make()` gives its text; `key` changes whenever the text can (None: made every time)."""

    make: Callable[[], str]
    key: str | None = None


def render(digest: Digest) -> dict[str, str]:
    """Every page of the site's content/ tree, keyed by path relative to content/."""
    return {path: source.make() for path, source in render_sources(digest).items()}


def render_sources(digest: Digest) -> dict[str, Source]:
    """Every page of content/, each made on demand and keyed by what it is made from."""
    links = _links(digest)
    keys = _Keys(links)
    pages = {
        f"briefings/{b.slug}.md": Source(functools.partial(render_briefing, b, links), keys.briefing_page(b))
        for b in digest.briefings
    }
    timelines = {
        f"dossiers/{d.slug}-linimasa.svg": Source(functools.partial(timeline_svg, d), keys.of("svg", keys.dossier(d)))
        for d in digest.dossiers
        if d.briefings
    }
    for lang in LANGUAGES:
        prefix = "" if lang == "id" else f"{ENGLISH_ROOT}/"
        tree = {**_navigable_pages(digest, links, lang, keys), **timelines}
        pages.update({f"{prefix}{path}": source for path, source in tree.items()})
    pages["report.md"] = Source(lambda: _page("report.md.j2", Page(), **_report_view(digest)))
    pages["feed.xml"] = Source(functools.partial(atom_feed, digest))
    return dict(sorted(pages.items()))


def _navigable_pages(digest: Digest, links: Links, lang: str, keys: _Keys) -> dict[str, Source]:
    top, inner = Page(lang, 0), Page(lang, 1)
    pages = {
        f"dossiers/{d.slug}.md": Source(functools.partial(render_dossier, d, links, inner), keys.dossier_page(d, lang))
        for d in digest.dossiers
    }
    if lang == "id":
        pages.update(
            {
                f"actors/{links.actors[a.name]}.md": Source(
                    functools.partial(render_actor, a, links, inner), keys.actor_page(a, lang)
                )
                for a in digest.actors
            }
        )
    summaries = functools.cache(lambda: [_dossier_summary(d, inner) for d in digest.dossiers])
    pages["dossiers/index.md"] = Source(lambda: _page("dossiers_index.md.j2", inner, dossiers=summaries()))
    pages["index.md"] = Source(lambda: _page("index.md.j2", top, **_home_view(digest, top, summaries())))
    pages["actors/index.md"] = Source(
        lambda: _page("actors_index.md.j2", inner, groups=_actor_groups(digest.actors, links, inner))
    )
    pages["about.md"] = Source(functools.partial(_page, f"about.{lang}.md.j2", top))
    return pages


class _Keys:
    """Keys of pages: digests of the builder's version and of everything a page shows or links to."""

    def __init__(self, links: Links) -> None:
        from builder.cache import builder_version

        self.links = links
        self.version = builder_version()
        self._briefings: dict[str, str] = {}
        self._dossiers: dict[str, str] = {}

    def of(self, *parts: object) -> str:
        return hashlib.blake2b(repr((self.version, parts)).encode(), digest_size=16).hexdigest()

    def briefing(self, briefing: Briefing) -> str:
        known = self._briefings.get(briefing.source)
        if known is None:  # a briefing as extracted is known by its origin (and the slug it was given)
            made = self.of(briefing.origin, briefing.slug) if briefing.origin else self.of(briefing)
            known = self._briefings[briefing.source] = made
        return known

    def dossier(self, dossier: Dossier) -> str:
        known = self._dossiers.get(dossier.slug)
        if known is None:
            # Its actors are merged from its members alone, whose keys stand for all they hold.
            members = [self.briefing(b) for b in (*dossier.briefings, *dossier.undated)]
            known = self._dossiers[dossier.slug] = self.of(
                dossier.slug, dossier.title, dossier.title_en, members, dossier.same_event
            )
        return known

    def briefing_page(self, briefing: Briefing) -> str:
        dossier = self.links.dossier_of.get(briefing.source)
        where = (dossier.slug, dossier.title) if dossier else None
        return self.of("briefing", self.briefing(briefing), where, self._slugs(briefing.actors, briefing.quotes))

    def dossier_page(self, dossier: Dossier, lang: str) -> str:
        quotes = [q for b in (*dossier.briefings, *dossier.undated) for q in b.quotes]
        return self.of("dossier", lang, self.dossier(dossier), self._slugs(dossier.actors, quotes))

    def actor_page(self, actor: Actor, lang: str) -> str:
        """An actor of the digest is merged from the briefings that name it, whose keys stand for all they hold."""
        briefings = self.links.mentioned_in.get(actor.name, [])
        mentioned = [self.briefing(b) for b in briefings]
        held = sorted({self.dossier(d) for b in briefings if (d := self.links.dossier_of.get(b.source))})
        return self.of("actor", lang, actor.name, self.links.actors.get(actor.name), mentioned, held)

    def _slugs(self, actors: Sequence[Actor], quotes: Sequence[Any]) -> tuple[str | None, ...]:
        names = [a.name for a in actors] + [q.speaker for q in quotes if q.speaker]
        return tuple(self.links.actors.get(name) for name in names)


def _links(digest: Digest) -> Links:
    mentioned: dict[str, list[Briefing]] = defaultdict(list)
    for briefing in sorted(digest.briefings, key=_by_date):
        for actor in briefing.actors:
            mentioned[actor.name].append(briefing)
    dossier_of = {b.source: d for d in digest.dossiers for b in (*d.briefings, *d.undated)}
    return Links(actor_slugs(digest.actors), dossier_of, dict(mentioned))


def render_briefing(briefing: Briefing, links: Links | None = None) -> str:
    """A briefing page: YAML front matter for tools, Markdown for readers."""
    links = links or Links()
    page = Page("id", 1)
    body = _page("briefing.md.j2", page, b=_briefing_view(briefing, links, page))
    post = frontmatter.Post(body, **_front_matter(briefing, links.dossier_of.get(briefing.source)))
    return _dumps(post)


def render_dossier(dossier: Dossier, links: Links | None = None, page: Page = Page("id", 1)) -> str:
    """A dossier page: timeline, undated briefings, actors and key quotes by speaker."""
    view = _dossier_view(dossier, links or Links(), page)
    title = dossier.title_en or dossier.title if page.lang == "en" else dossier.title
    post = frontmatter.Post(
        _page("dossier.md.j2", page, d=view), title=page_title(title), dossier=dossier.slug, briefings=view["count"]
    )
    return _dumps(post)


def render_actor(actor: Actor, links: Links, page: Page = Page("id", 1)) -> str:
    """An actor page: names and aliases, roles, the briefings that mention them and their quotes.

    Past NEWEST_ON_ACTOR_PAGE, the newest briefings and quotes are listed, and the dossiers that hold
    the older briefings (a country named in thousands of articles keeps a page one can read).
    """
    mentioned = links.mentioned_in.get(actor.name, [])
    quotes = [(q, b) for b in mentioned for q in b.quotes if q.speaker == actor.name]
    dated = [b.date.date for b in mentioned if b.date]
    shown = mentioned[-NEWEST_ON_ACTOR_PAGE:]
    view = {
        **_actor_view(actor, links, page),
        "known_as": [
            escape(alias)
            for alias in aliases(actor.name)
            if alias not in {*actor.forms, actor.english, _display_name(actor, page.lang)}
        ],
        "english": escape(actor.english),
        "roles": [escape(role) for role in actor.roles],
        "seen": [format_date(day, page.lang) for day in (min(dated), max(dated))] if dated else None,
        "count": len(mentioned),
        "briefings": [_timeline_entry(b) for b in shown],
        "older": len(mentioned) - len(shown),
        "dossiers": _dossiers_of(mentioned[: -len(shown)], links, page) if len(shown) < len(mentioned) else [],
        "quotes": [
            (_quote_view(q.text, None, links, page), _timeline_entry(b)) for q, b in quotes[-NEWEST_ON_ACTOR_PAGE:]
        ],
        "older_quotes": max(0, len(quotes) - NEWEST_ON_ACTOR_PAGE),
    }
    post = frontmatter.Post(
        _page("actor.md.j2", page, a=view),
        title=page_title(_display_name(actor, page.lang)),
        english=actor.english,
        kind=actor.kind,
        aliases=list(actor.forms),
    )
    return _dumps(post)


def _dossiers_of(briefings: Sequence[Briefing], links: Links, page: Page) -> list[dict[str, Any]]:
    """The dossiers holding these briefings, with how many of them each holds; most first."""
    counts: dict[str, int] = defaultdict(int)
    dossiers: dict[str, Dossier] = {}
    for briefing in briefings:
        dossier = links.dossier_of.get(briefing.source)
        if dossier is not None:
            counts[dossier.slug] += 1
            dossiers[dossier.slug] = dossier
    ranked = sorted(counts, key=lambda slug: (-counts[slug], slug))
    return [{**_dossier_summary(dossiers[slug], page), "count": counts[slug]} for slug in ranked]


def actor_slugs(actors: Sequence[Actor]) -> dict[str, str]:
    """A unique, stable page slug for every actor name."""
    slugs: dict[str, str] = {}
    taken: set[str] = set(RESERVED)
    for actor in sorted(actors, key=lambda a: a.name):
        base = slugify(actor.name) or "aktor"
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        taken.add(slug)
        slugs[actor.name] = slug
    return slugs


def has_pdf(dossier: Dossier) -> bool:
    """Dossiers of several briefings are printed; a one-briefing dossier is its briefing."""
    return len(dossier.briefings) + len(dossier.undated) >= PDF_MIN_BRIEFINGS


def dossier_pdfs(
    digest: Digest, built: dt.date, unchanged: Callable[[str], bool] = lambda path: False
) -> dict[str, bytes | None]:
    """The PDF of every dossier that has one, keyed by its path in the site (pdf/<slug>.pdf).

    None for a dossier whose page and briefing pages are all `unchanged`: the previous PDF stays.
    """
    return {
        f"pdf/{d.slug}.pdf": None if all(map(unchanged, _pdf_sources(d))) else dossier_pdf(d, built)
        for d in digest.dossiers
        if has_pdf(d)
    }


def _pdf_sources(dossier: Dossier) -> list[str]:
    """The content/ pages a dossier's PDF says nothing beyond."""
    members = (*dossier.briefings, *dossier.undated)
    return [f"dossiers/{dossier.slug}.md", *(f"briefings/{b.slug}.md" for b in members)]


def _by_date(briefing: Briefing) -> tuple[str, str]:
    return (briefing.date.date.isoformat() if briefing.date else "9999", briefing.source)


# -- views: plain data for templates -------------------------------------


def _front_matter(briefing: Briefing, dossier: Dossier | None) -> dict[str, Any]:
    stamp = briefing.date
    return {
        "title": page_title(briefing.headline),
        "headline": briefing.headline,
        "headline_derived": briefing.headline_derived,
        "date": stamp.date.isoformat() if stamp else None,
        "date_id": format_date(stamp.date, "id") if stamp else None,
        "date_en": format_date(stamp.date, "en") if stamp else None,
        "time": stamp.time if stamp else None,
        "zone": stamp.zone if stamp else None,
        "undated": stamp is None,
        "outlet": briefing.outlet,
        "author": briefing.author,
        "dateline": briefing.dateline,
        "actors": [
            {"name": a.name, "kind": a.kind, "english": a.english, "forms": list(a.forms)} for a in briefing.actors
        ],
        "key_quotes": [{"text": q.text, "speaker": q.speaker} for q in briefing.quotes if q.key],
        "lead": briefing.lead,
        "source": briefing.source,
        "dossier": dossier.slug if dossier else None,
        "dossier_title": dossier.title if dossier else None,
        "warnings": list(briefing.warnings),
    }


def _briefing_view(briefing: Briefing, links: Links, page: Page) -> dict[str, Any]:
    return {
        "headline": escape(briefing.headline),
        "lead": escape(briefing.lead),
        "body": [(block.kind, escape(block.text)) for block in briefing.body[1:]],
        "actors": [_actor_view(actor, links, page) for actor in briefing.actors],
        "quotes": [_quote_view(q.text, q.speaker, links, page) for q in briefing.quotes if q.key],
        "source": escape(briefing.source),
    }


def _date_view(stamp: DateStamp | None) -> dict[str, str] | None:
    if stamp is None:
        return None
    clock = " ".join(part for part in (stamp.time, stamp.zone) if part)
    return {
        "iso": stamp.date.isoformat(),
        "id": format_date(stamp.date, "id"),
        "en": format_date(stamp.date, "en"),
        "time": clock,
    }


def _actor_view(actor: Actor, links: Links, page: Page) -> dict[str, Any]:
    name = _display_name(actor, page.lang)
    return {
        "name": escape(name),
        "slug": links.actors.get(actor.name),
        "kind": _labels(page.lang)["kinds"][actor.kind],
        "mentions": actor.mentions,
        "forms": [escape(form) for form in _other_names(actor, name)],
    }


def _other_names(actor: Actor, shown: str) -> list[str]:
    """Names the text used, and the English name, so that a search for either finds the page.

    Forms that are a title plus the name ("Menteri Luar Negeri Jepang X") are left out: the
    name is there already, and the search index stays small.
    """
    names = dict.fromkeys([*actor.forms, actor.english])
    return [form for form in names if form != shown and len(form.split()) <= MAX_NAME_WORDS]


@functools.lru_cache(maxsize=16384)
def _display_name(actor: Actor, lang: str) -> str:
    """English readers get the English name; Indonesian readers the gazetteer's Indonesian one, if any."""
    if lang != "id":
        return actor.english
    names = (*actor.forms, actor.name)  # a form, or the canonical name ("Kemlu" is the home country's ministry)
    entity = next((e for e in map(lookup, names) if e is not None and e.name == actor.name), None)
    return entity.indonesian if entity else actor.name


def _quote_view(text: str, speaker: str | None, links: Links, page: Page) -> dict[str, str | None]:
    return {
        "text": escape(text),
        "speaker": escape(speaker or _labels(page.lang)["no_attribution"]),
        "slug": links.actors.get(speaker) if speaker else None,
    }


def _dossier_view(dossier: Dossier, links: Links, page: Page) -> dict[str, Any]:
    members = (*dossier.briefings, *dossier.undated)
    big = len(members) > BIG_DOSSIER
    return {
        **_dossier_summary(dossier, page),
        "pdf": has_pdf(dossier),
        "outlets": [escape(outlet) for outlet in sorted({b.outlet for b in members if b.outlet})],
        "timeline": _timeline(dossier),
        "undated": [_timeline_entry(b) for b in dossier.undated],
        "actors": [_actor_view(actor, links, page) for actor in dossier.actors[: ACTORS_IN_BIG if big else None]],
        "more_actors": max(0, len(dossier.actors) - ACTORS_IN_BIG) if big else 0,
        "speakers": [
            (
                {
                    **_quote_view("", speaker, links, page),
                    "more": len(quotes) - QUOTES_PER_SPEAKER_IN_BIG if big else 0,
                },
                [
                    (_quote_view(q.text, speaker, links, page), _timeline_entry(b))
                    for q, b in quotes[: QUOTES_PER_SPEAKER_IN_BIG if big else None]
                ],
            )
            for speaker, quotes in quotes_by_speaker(dossier)
        ],
    }


def _timeline(dossier: Dossier) -> list[dict[str, Any]]:
    """Dated briefings in order; other outlets' reports of the same event ride along with the first."""
    first_of = {source: group[0] for group in dossier.same_event for source in group}
    by_source = {b.source: b for b in dossier.briefings}
    entries = []
    for briefing in dossier.briefings:
        if first_of.get(briefing.source, briefing.source) != briefing.source:
            continue
        group = next((g for g in dossier.same_event if g[0] == briefing.source), ())
        also = [_timeline_entry(by_source[s]) for s in group[1:] if s in by_source]
        entries.append({**_timeline_entry(briefing), "also": also})
    return entries


def _timeline_entry(briefing: Briefing) -> dict[str, Any]:
    return {
        "headline": escape(briefing.headline),
        "slug": briefing.slug,
        "outlet": escape(briefing.outlet or ""),
        "dates": _date_view(briefing.date),
        "derived": briefing.headline_derived,
    }


def _dossier_summary(dossier: Dossier, page: Page) -> dict[str, Any]:
    """What the lists of dossiers show: title, size and dates."""
    span = date_range(dossier)
    return {
        "title": escape(dossier.title_en or dossier.title if page.lang == "en" else dossier.title),
        "slug": dossier.slug,
        "count": len(dossier.briefings) + len(dossier.undated),
        "span": {lang: [format_date(day, lang) for day in span] for lang in LANGUAGES} if span else None,
    }


def _home_view(digest: Digest, page: Page, dossiers: list[dict[str, Any]]) -> dict[str, Any]:
    dated = sorted((b for b in digest.briefings if b.date), key=_by_date, reverse=True)
    return {
        "dossiers": dossiers,
        "newest": [_timeline_entry(b) for b in dated[:NEWEST_ON_HOME]],
        "counts": {"briefings": len(digest.briefings), "dossiers": len(digest.dossiers)},
    }


def _report_view(digest: Digest) -> dict[str, Any]:
    """Every article with its status and warnings, for the build report page."""
    rows = [
        {"source": escape(b.source), "status": "diterbitkan", "slug": b.slug, "notes": [escape(w) for w in b.warnings]}
        for b in digest.briefings
    ]
    rows += [
        {"source": escape(p.source), "status": _problem_status(p.reason), "slug": None, "notes": [escape(p.reason)]}
        for p in digest.problems
    ]
    statuses = [row["status"] for row in rows]
    counts = {status: statuses.count(status) for status in ("diterbitkan", "duplikat", "dilewati")}
    warned = {
        "undated": sum(1 for b in digest.briefings if b.date is None),
        "from_text": sum(1 for b in digest.briefings if DATED_FROM_TEXT in b.warnings),
        "derived": sum(1 for b in digest.briefings if b.headline_derived),
        "unattributed": sum(1 for b in digest.briefings if any(q.key and not q.speaker for q in b.quotes)),
    }
    return {"rows": sorted(rows, key=lambda row: row["source"]), "counts": counts, "warned": warned, "total": len(rows)}


def _problem_status(reason: str) -> str:
    return "duplikat" if reason.startswith("duplicate of") else "dilewati"


def _actor_groups(actors: Sequence[Actor], links: Links, page: Page) -> list[tuple[str, list[dict[str, Any]]]]:
    groups = []
    for kind, label in _labels(page.lang)["kinds"].items():
        members = [_actor_view(actor, links, page) for actor in actors if actor.kind == kind]
        if members:
            groups.append((label, members))
    return groups


# -- Markdown -------------------------------------------------------------


def _dumps(post: frontmatter.Post) -> str:
    """A page with YAML front matter; libyaml's emitter when PyYAML has it (same output, much faster)."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return frontmatter.dumps(post, sort_keys=False, Dumper=dumper, allow_unicode=True) + "\n"


def page_title(text: str) -> str:
    """The front matter title MkDocs puts, unescaped, into <title>, the nav and search: HTML-escaped here."""
    return html.escape(text, quote=True)


def escape(text: str) -> str:
    """Article text shown as text: HTML, Markdown and template syntax never take effect."""
    escaped = html.escape(text, quote=False)
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", escaped)
    escaped = _BLOCK_START.sub(lambda match: f"{match.group(1)}&#{ord(match.group(2))};", escaped)
    return _LINE_START_SPECIAL.sub(_escape_line_start, escaped)


def _escape_line_start(match: re.Match[str]) -> str:
    """'- x' and '> x' lose their meaning as '\\- x'; '1. x' as '1\\. x'."""
    indent, mark, punct = match.groups()
    if mark.isdigit():
        return f"{indent}{mark}\\{punct}" if punct else match.group(0)
    return f"{indent}\\{mark}{punct}"


@functools.cache
def _labels(lang: str) -> dict[str, Any]:
    return dict(lexicon.load("labels")[lang])


@functools.cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("builder", "templates"),
        autoescape=False,  # Markdown output: every value is escaped by escape() before it gets here
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["number"] = format_number
    return environment


@functools.lru_cache(maxsize=4096)
def format_number(value: int, lang: str) -> str:
    """A count as the language writes it (Babel): 2.270 in Indonesian, 2,270 in English."""
    return format_decimal(value, locale=lang)


def _page(template: str, page: Page, **context: Any) -> str:
    href: Callable[[str, str], str] = page.href
    return _environment().get_template(template).render(t=_labels(page.lang), lang=page.lang, href=href, **context)
