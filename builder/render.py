"""Turns the Digest into Markdown pages (path -> text). Writes nothing: publish does."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Sequence
from typing import Any

import frontmatter
import jinja2

from builder.dates import format_date
from builder.feed import atom_feed
from builder.group import date_range, quotes_by_speaker
from builder.model import Actor, Briefing, DateStamp, Digest, Dossier

KIND_LABELS = {"person": "orang", "organization": "organisasi", "country": "negara", "place": "tempat"}
NEWEST_ON_HOME = 10

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}#|])")
_LINE_START_SPECIAL = re.compile(r"^(\s*)([-+>=]|\d+)([.)]?)(?=\s|$)")


def render(digest: Digest) -> dict[str, str]:
    """Every page of the site's content/ tree, keyed by path relative to content/."""
    dossier_of = {b.source: d for d in digest.dossiers for b in (*d.briefings, *d.undated)}
    pages = {f"briefings/{b.slug}.md": render_briefing(b, dossier_of.get(b.source)) for b in digest.briefings}
    pages.update({f"dossiers/{d.slug}.md": render_dossier(d) for d in digest.dossiers})
    pages["dossiers/index.md"] = _page("dossiers_index.md.j2", dossiers=[_dossier_view(d) for d in digest.dossiers])
    pages["index.md"] = _page("index.md.j2", **_home_view(digest))
    pages["actors/index.md"] = _page("actors_index.md.j2", groups=_actor_groups(digest.actors))
    pages["about.md"] = _page("about.md.j2")
    pages["report.md"] = _page("report.md.j2", **_report_view(digest))
    pages["feed.xml"] = atom_feed(digest)
    return dict(sorted(pages.items()))


def render_briefing(briefing: Briefing, dossier: Dossier | None) -> str:
    """A briefing page: YAML front matter for tools, Markdown for readers."""
    body = _page("briefing.md.j2", b=_briefing_view(briefing), dossier=_dossier_link(dossier))
    post = frontmatter.Post(body, **_front_matter(briefing))
    return frontmatter.dumps(post, sort_keys=False) + "\n"


def render_dossier(dossier: Dossier) -> str:
    """A dossier page: timeline, undated briefings, actors and key quotes by speaker."""
    view = _dossier_view(dossier)
    body = _page("dossier.md.j2", d=view)
    post = frontmatter.Post(body, title=dossier.title, dossier=dossier.slug, briefings=view["count"])
    return frontmatter.dumps(post, sort_keys=False) + "\n"


# -- views: plain data for templates -------------------------------------


def _front_matter(briefing: Briefing) -> dict[str, Any]:
    stamp = briefing.date
    return {
        "title": briefing.headline,
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
        "warnings": list(briefing.warnings),
    }


def _briefing_view(briefing: Briefing) -> dict[str, Any]:
    return {
        "headline": escape(briefing.headline),
        "derived": briefing.headline_derived,
        "dates": _date_view(briefing.date),
        "outlet": escape(briefing.outlet or ""),
        "author": escape(briefing.author or ""),
        "dateline": escape(briefing.dateline or ""),
        "lead": escape(briefing.lead),
        "body": [(block.kind, escape(block.text)) for block in briefing.body[1:]],
        "actors": [_actor_view(actor) for actor in briefing.actors],
        "quotes": [_quote_view(q.text, q.speaker) for q in briefing.quotes if q.key],
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


def _actor_view(actor: Actor) -> dict[str, Any]:
    return {
        "name": escape(actor.name),
        "kind": KIND_LABELS[actor.kind],
        "mentions": actor.mentions,
        "forms": [escape(form) for form in actor.forms if form != actor.name],
    }


def _quote_view(text: str, speaker: str | None) -> dict[str, str]:
    return {"text": escape(text), "speaker": escape(speaker or "tanpa atribusi")}


def _dossier_link(dossier: Dossier | None) -> dict[str, str] | None:
    return {"title": escape(dossier.title), "slug": dossier.slug} if dossier else None


def _dossier_view(dossier: Dossier) -> dict[str, Any]:
    span = date_range(dossier)
    members = (*dossier.briefings, *dossier.undated)
    return {
        "title": escape(dossier.title),
        "slug": dossier.slug,
        "count": len(members),
        "outlets": sorted({b.outlet for b in members if b.outlet}),
        "span": {"id": [format_date(day, "id") for day in span], "en": [format_date(day, "en") for day in span]}
        if span
        else None,
        "timeline": [_timeline_entry(b) for b in dossier.briefings],
        "undated": [_timeline_entry(b) for b in dossier.undated],
        "actors": [_actor_view(actor) for actor in dossier.actors],
        "speakers": [
            (escape(speaker), [(_quote_view(q.text, speaker), _timeline_entry(b)) for q, b in quotes])
            for speaker, quotes in quotes_by_speaker(dossier)
        ],
    }


def _timeline_entry(briefing: Briefing) -> dict[str, Any]:
    return {
        "headline": escape(briefing.headline),
        "slug": briefing.slug,
        "outlet": escape(briefing.outlet or ""),
        "dates": _date_view(briefing.date),
        "derived": briefing.headline_derived,
    }


def _home_view(digest: Digest) -> dict[str, Any]:
    dated = sorted((b for b in digest.briefings if b.date), key=lambda b: (b.date.date, b.source), reverse=True)  # type: ignore[union-attr]
    return {
        "dossiers": [_dossier_view(d) for d in digest.dossiers],
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


def _actor_groups(actors: Sequence[Actor]) -> list[tuple[str, list[dict[str, Any]]]]:
    groups = []
    for kind, label in KIND_LABELS.items():
        members = [_actor_view(actor) for actor in actors if actor.kind == kind]
        if members:
            groups.append((label, members))
    return groups


# -- Markdown -------------------------------------------------------------


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
