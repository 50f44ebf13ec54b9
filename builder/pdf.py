"""Prints a dossier as PDF: print HTML from builder/templates/pdf/, laid out by WeasyPrint.

The build date is passed in (never read from the clock), so a dossier and a
build date always give the same HTML; WeasyPrint fetches nothing (no network,
no files) and fonts come from the system (Debian's fonts-dejavu-core).
"""

from __future__ import annotations

import datetime as dt
import functools
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from builder.dates import format_date
from builder.group import date_range, quotes_by_speaker
from builder.model import Actor, Briefing, DateStamp, Dossier
from builder.timeline import timeline_svg

RUNNING_TITLE_CHARS = 80  # longer dossier titles are cut in the page header
SHORT_DATE_PATTERN = "d MMM y"  # Babel pattern for dates in the table of contents


class PdfUnavailable(RuntimeError):
    """WeasyPrint or the system libraries it needs (Pango) are not installed."""


def dossier_html(dossier: Dossier, built: dt.date) -> str:
    """The dossier as one self-contained print HTML page (styles and timeline inline)."""
    template = _environment().get_template("dossier.html.j2")
    view = _dossier_view(dossier, built)
    return template.render(d=view, css=Markup(_stylesheet()), timeline=Markup(timeline_svg(dossier)))


def dossier_pdf(dossier: Dossier, built: dt.date) -> bytes:
    """The dossier as PDF bytes: cover, contents, timeline, briefings, quotes by speaker, actors."""
    weasyprint = _weasyprint()
    fetcher = weasyprint.URLFetcher(allowed_protocols=(), fail_on_errors=False)  # nothing is ever fetched
    document = weasyprint.HTML(string=dossier_html(dossier, built), base_url=_base_url(), url_fetcher=fetcher)
    return document.write_pdf()


def weasyprint_available() -> str | None:
    """None when PDFs can be made here, else why not (for skipping and for messages)."""
    try:
        _weasyprint()
    except PdfUnavailable as error:
        return str(error)
    return None


# -- views: plain data for the template --------------------------------------


def _dossier_view(dossier: Dossier, built: dt.date) -> dict[str, Any]:
    members = (*dossier.briefings, *dossier.undated)
    speakers = quotes_by_speaker(dossier)
    return {
        "title": dossier.title,
        "running_title": _shorten(dossier.title, RUNNING_TITLE_CHARS),
        "span": _span_view(dossier),
        "count": len(members),
        "dated_count": len(dossier.briefings),
        "undated_count": len(dossier.undated),
        "outlets": sorted({b.outlet for b in members if b.outlet}),
        "built": {"iso": built.isoformat(), "id": format_date(built, "id"), "en": format_date(built, "en")},
        "dated": [_briefing_view(b) for b in dossier.briefings],
        "undated": [_briefing_view(b) for b in dossier.undated],
        "speakers": [_speaker_view(number, speaker, quotes) for number, (speaker, quotes) in enumerate(speakers, 1)],
        "quote_count": sum(len(quotes) for _, quotes in speakers),
        "actors": [_actor_view(actor) for actor in dossier.actors],
    }


def _span_view(dossier: Dossier) -> dict[str, str] | None:
    span = date_range(dossier)
    if span is None:
        return None
    first, last = span
    if first == last:
        return {"id": format_date(first, "id"), "en": format_date(first, "en")}
    return {locale: f"{format_date(first, locale)} – {format_date(last, locale)}" for locale in ("id", "en")}


def _briefing_view(briefing: Briefing) -> dict[str, Any]:
    return {
        "anchor": _anchor(briefing),
        "headline": briefing.headline,
        "derived": briefing.headline_derived,
        "undated": briefing.undated,
        "dates": _dates_view(briefing.date),
        "outlet": briefing.outlet,
        "author": briefing.author,
        "dateline": briefing.dateline,
        "lead": briefing.lead,
        "body": [(block.kind, block.text) for block in _text_after_lead(briefing)],
        "quotes": [{"text": q.text, "speaker": q.speaker or "tanpa atribusi"} for q in briefing.quotes if q.key],
        "source": briefing.source,
    }


def _text_after_lead(briefing: Briefing) -> tuple[Any, ...]:
    """The article text without its first paragraph when that paragraph is the lead shown above it."""
    body = briefing.body
    if body and body[0].kind == "paragraph" and body[0].text.strip() == briefing.lead.strip():
        return body[1:]
    return body


def _dates_view(stamp: DateStamp | None) -> dict[str, str] | None:
    if stamp is None:
        return None
    return {
        "id": format_date(stamp.date, "id"),
        "en": format_date(stamp.date, "en"),
        "short": format_date(stamp.date, "id", SHORT_DATE_PATTERN),
        "time": " ".join(part for part in (stamp.time, stamp.zone) if part),
    }


def _speaker_view(number: int, speaker: str, quotes: list[tuple[Any, Briefing]]) -> dict[str, Any]:
    return {
        "anchor": f"speaker-{number}",
        "name": speaker,
        "quotes": [
            {
                "text": quote.text,
                "anchor": _anchor(briefing),
                "headline": briefing.headline,
                "when": format_date(briefing.date.date, "id") if briefing.date else None,
            }
            for quote, briefing in quotes
        ],
    }


def _actor_view(actor: Actor) -> dict[str, Any]:
    return {"name": actor.name, "english": actor.english, "kind": actor.kind, "mentions": actor.mentions}


def _anchor(briefing: Briefing) -> str:
    return f"briefing-{briefing.slug}"


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- templates and WeasyPrint ------------------------------------------------


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("builder", "templates/pdf"),
        autoescape=True,  # headlines, quotes and article text are user data
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@functools.cache
def _stylesheet() -> str:
    return _templates().joinpath("dossier.css").read_text("utf-8")


def _templates() -> Any:
    return resources.files("builder").joinpath("templates", "pdf")


def _base_url() -> str:
    """file:// URL of the template folder; relative URLs would resolve there (none are used)."""
    return Path(str(_templates())).as_uri() + "/"


@functools.cache
def _weasyprint() -> Any:
    """Import WeasyPrint late: the rest of the builder works without it and without Pango."""
    try:
        import weasyprint
    except ImportError as error:  # the package is missing
        raise PdfUnavailable(f"WeasyPrint is not installed ({error}); pip install weasyprint") from error
    except OSError as error:  # the package is there, Pango is not
        raise PdfUnavailable(
            f"WeasyPrint cannot load its system libraries ({error}); apt-get install libpango-1.0-0 libpangoft2-1.0-0"
        ) from error
    return weasyprint
