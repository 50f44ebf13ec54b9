"""Turns the Digest into Markdown pages (path -> text). Writes nothing: publish does."""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import frontmatter
import jinja2

from builder.dates import format_date
from builder.feed import atom_feed
from builder.group import date_range, quotes_by_speaker
from builder.model import Actor, Briefing, DateStamp, Digest, Dossier
from builder.pdf import dossier_pdf
from builder.slug import slugify
from builder.timeline import timeline_svg

KIND_LABELS = {"person": "orang", "organization": "organisasi", "country": "negara", "place": "tempat"}
NEWEST_ON_HOME = 10
PDF_MIN_BRIEFINGS = 2

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}#|])")
_LINE_START_SPECIAL = re.compile(r"^(\s*)([-+>=]|\d+)([.)]?)(?=\s|$)")


@dataclass(frozen=True)
class Links:
    """Where pages are: actor name -> actor page slug, briefing source -> its dossier."""

    actors: dict[str, str] = field(default_factory=dict)
    dossier_of: dict[str, Dossier] = field(default_factory=dict)


def render(digest: Digest) -> dict[str, str]:
    """Every page of the site's content/ tree, keyed by path relative to content/."""
    links = Links(
        actor_slugs(digest.actors), {b.source: d for d in digest.dossiers for b in (*d.briefings, *d.undated)}
    )
    pages = {f"briefings/{b.slug}.md": render_briefing(b, links) for b in digest.briefings}
    pages.update({f"dossiers/{d.slug}.md": render_dossier(d, links) for d in digest.dossiers})
    pages.update({f"dossiers/{d.slug}-linimasa.svg": timeline_svg(d) for d in digest.dossiers if d.briefings})
    pages.update({f"actors/{links.actors[a.name]}.md": render_actor(a, digest, links) for a in digest.actors})
    pages["dossiers/index.md"] = _page(
        "dossiers_index.md.j2", dossiers=[_dossier_view(d, links) for d in digest.dossiers]
    )
    pages["index.md"] = _page("index.md.j2", **_home_view(digest, links))
    pages["actors/index.md"] = _page("actors_index.md.j2", groups=_actor_groups(digest.actors, links))
    pages["about.md"] = _page("about.md.j2")
    pages["report.md"] = _page("report.md.j2", **_report_view(digest))
    pages["feed.xml"] = atom_feed(digest)
    return dict(sorted(pages.items()))


def render_briefing(briefing: Briefing, links: Links | None = None) -> str:
    """A briefing page: YAML front matter for tools, Markdown for readers."""
    links = links or Links()
    dossier = links.dossier_of.get(briefing.source)
    body = _page("briefing.md.j2", b=_briefing_view(briefing, links))
    post = frontmatter.Post(body, **_front_matter(briefing, dossier))
    return frontmatter.dumps(post, sort_keys=False) + "\n"


def render_dossier(dossier: Dossier, links: Links | None = None) -> str:
    """A dossier page: timeline, undated briefings, actors and key quotes by speaker."""
    view = _dossier_view(dossier, links or Links())
    body = _page("dossier.md.j2", d=view)
    post = frontmatter.Post(body, title=page_title(dossier.title), dossier=dossier.slug, briefings=view["count"])
    return frontmatter.dumps(post, sort_keys=False) + "\n"


def render_actor(actor: Actor, digest: Digest, links: Links) -> str:
    """An actor page: names and aliases, roles, every briefing that mentions them, every quote by them."""
    mentioned = sorted((b for b in digest.briefings if any(a.name == actor.name for a in b.actors)), key=_by_date)
    quotes = [(q, b) for b in mentioned for q in b.quotes if q.speaker == actor.name]
    dated = [b.date.date for b in mentioned if b.date]
    view = {
        **_actor_view(actor, links),
        "english": escape(actor.english),
        "roles": [escape(role) for role in actor.roles],
        "seen": [format_date(day, "id") for day in (min(dated), max(dated))] if dated else None,
        "briefings": [_timeline_entry(b) for b in mentioned],
        "quotes": [(_quote_view(q.text, None, links), _timeline_entry(b)) for q, b in quotes],
    }
    post = frontmatter.Post(
        _page("actor.md.j2", a=view),
        title=page_title(actor.name),
        english=actor.english,
        kind=actor.kind,
        aliases=list(actor.forms),
    )
    return frontmatter.dumps(post, sort_keys=False) + "\n"


def actor_slugs(actors: Sequence[Actor]) -> dict[str, str]:
    """A unique, stable page slug for every actor name."""
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for actor in sorted(actors, key=lambda a: a.name):
        base = slugify(actor.name) or "aktor"
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        taken.add(slug)
        slugs[actor.name] = slug
    return slugs


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


def _briefing_view(briefing: Briefing, links: Links) -> dict[str, Any]:
    return {
        "headline": escape(briefing.headline),
        "derived": briefing.headline_derived,
        "dates": _date_view(briefing.date),
        "outlet": escape(briefing.outlet or ""),
        "author": escape(briefing.author or ""),
        "dateline": escape(briefing.dateline or ""),
        "lead": escape(briefing.lead),
        "body": [(block.kind, escape(block.text)) for block in briefing.body[1:]],
        "actors": [_actor_view(actor, links) for actor in briefing.actors],
        "quotes": [_quote_view(q.text, q.speaker, links) for q in briefing.quotes if q.key],
        "source": escape(briefing.source),
        "slug": briefing.slug,
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


def _actor_view(actor: Actor, links: Links) -> dict[str, Any]:
    return {
        "name": escape(actor.name),
        "slug": links.actors.get(actor.name),
        "kind": KIND_LABELS[actor.kind],
        "mentions": actor.mentions,
        "forms": [escape(form) for form in actor.forms if form != actor.name],
    }


def _quote_view(text: str, speaker: str | None, links: Links) -> dict[str, str | None]:
    return {
        "text": escape(text),
        "speaker": escape(speaker or "tanpa atribusi"),
        "slug": links.actors.get(speaker) if speaker else None,
    }


def _dossier_view(dossier: Dossier, links: Links) -> dict[str, Any]:
    span = date_range(dossier)
    members = (*dossier.briefings, *dossier.undated)
    return {
        "title": escape(dossier.title),
        "slug": dossier.slug,
        "pdf": has_pdf(dossier),
        "count": len(members),
        "outlets": sorted({b.outlet for b in members if b.outlet}),
        "span": {"id": [format_date(day, "id") for day in span], "en": [format_date(day, "en") for day in span]}
        if span
        else None,
        "timeline": _timeline(dossier),
        "undated": [_timeline_entry(b) for b in dossier.undated],
        "actors": [_actor_view(actor, links) for actor in dossier.actors],
        "speakers": [
            (
                _quote_view("", speaker, links),
                [(_quote_view(q.text, speaker, links), _timeline_entry(b)) for q, b in quotes],
            )
            for speaker, quotes in quotes_by_speaker(dossier)
        ],
    }


def has_pdf(dossier: Dossier) -> bool:
    """Dossiers of several briefings are printed; a one-briefing dossier is its briefing."""
    return len(dossier.briefings) + len(dossier.undated) >= PDF_MIN_BRIEFINGS


def dossier_pdfs(digest: Digest, built: dt.date) -> dict[str, bytes]:
    """The PDF of every dossier that has one, keyed by its path in the site (pdf/<slug>.pdf)."""
    return {f"pdf/{d.slug}.pdf": dossier_pdf(d, built) for d in digest.dossiers if has_pdf(d)}


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


def _home_view(digest: Digest, links: Links) -> dict[str, Any]:
    dated = sorted((b for b in digest.briefings if b.date), key=lambda b: (b.date.date, b.source), reverse=True)  # type: ignore[union-attr]
    return {
        "dossiers": [_dossier_view(d, links) for d in digest.dossiers],
        "newest": [_timeline_entry(b) for b in dated[:NEWEST_ON_HOME]],
        "counts": {
            "briefings": len(digest.briefings),
            "dossiers": len(digest.dossiers),
            "problems": len(digest.problems),
        },
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
        "derived": sum(1 for b in digest.briefings if b.headline_derived),
        "unattributed": sum(1 for b in digest.briefings if any(q.key and not q.speaker for q in b.quotes)),
    }
    return {"rows": sorted(rows, key=lambda row: row["source"]), "counts": counts, "warned": warned, "total": len(rows)}


def _problem_status(reason: str) -> str:
    return "duplikat" if reason.startswith("duplicate of") else "dilewati"


def _actor_groups(actors: Sequence[Actor], links: Links) -> list[tuple[str, list[dict[str, Any]]]]:
    groups = []
    for kind, label in KIND_LABELS.items():
        members = [_actor_view(actor, links) for actor in actors if actor.kind == kind]
        if members:
            groups.append((label, members))
    return groups


# -- Markdown -------------------------------------------------------------


def page_title(text: str) -> str:
    """The front matter title MkDocs puts, unescaped, into <title>, the nav and search: HTML-escaped here."""
    return html.escape(text, quote=True)


def escape(text: str) -> str:
    """Article text shown as text: HTML, Markdown and template syntax never take effect."""
    escaped = html.escape(text, quote=False)
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", escaped)
    return _LINE_START_SPECIAL.sub(_escape_line_start, escaped)


def _escape_line_start(match: re.Match[str]) -> str:
    """'- x' and '> x' lose their meaning as '\\- x'; '1. x' as '1\\. x'."""
    indent, mark, punct = match.groups()
    if mark.isdigit():
        return f"{indent}{mark}\\{punct}" if punct else match.group(0)
    return f"{indent}\\{mark}{punct}"


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("builder", "templates"),
        autoescape=False,  # Markdown output: every value is escaped by escape() before it gets here
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _page(template: str, **context: Any) -> str:
    return _environment().get_template(template).render(**context)
