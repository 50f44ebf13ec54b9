"""The data passed between pipeline stages: frozen dataclasses with no I/O.

read -> Source; clean -> Cleaned; extract -> Briefing; group -> Digest.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

ActorKind = Literal["person", "organization", "country", "place"]
DATED_FROM_TEXT = "dated from its text: the page prints no publication date"  # a briefing's warning
BlockKind = Literal["paragraph", "subheading"]


@dataclass(frozen=True)
class Corrections:
    """A user's fixes from a sidecar NAME.yml beside an article; they win over what was extracted."""

    headline: str | None = None
    date: dt.date | None = None
    time: str | None = None
    outlet: str | None = None
    author: str | None = None
    dateline: str | None = None
    dossier: str | None = None
    speakers: tuple[tuple[str, str], ...] = ()  # (start of the quote text, speaker)


@dataclass(frozen=True)
class Source:
    """One input file as read: decoded text plus metadata the format itself carries."""

    path: str  # the path as given by the caller
    name: str  # file name, used for slugs and reports
    fmt: Literal["txt", "html", "md"]
    text: str  # decoded text (for HTML: the main text trafilatura found)
    meta: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    warnings: tuple[str, ...] = ()
    corrections: Corrections = Corrections()


@dataclass(frozen=True)
class Block:
    """A unit of article text: a paragraph or a subheading."""

    kind: BlockKind
    text: str


@dataclass(frozen=True)
class Cleaned:
    """An article split into page header, article body and trailer, furniture removed."""

    source: Source
    header: tuple[str, ...]  # lines above the article text (headline, byline, date...)
    body: tuple[Block, ...]  # the article text only
    trailer: tuple[str, ...]  # lines after the article text (credits, related lists)
    prefix: str = ""  # the "CITY, Outlet -" prefix cut from the lead, if any
    dateline: str | None = None  # the city of that prefix
    outlet: str | None = None  # the outlet named in that prefix
    removed: tuple[str, ...] = ()  # furniture lines dropped from inside the body


@dataclass(frozen=True)
class DateStamp:
    """A calendar date found in text, with time and zone when stated."""

    date: dt.date
    time: str | None = None  # "HH:MM"
    zone: str | None = None  # "WIB", "WITA", "WIT", "UTC"...


@dataclass(frozen=True)
class Actor:
    """A person, organization, country or place as it appears in one or more articles."""

    name: str  # canonical name
    kind: ActorKind
    english: str  # name for English readers
    forms: tuple[str, ...]  # surface forms exactly as in the text
    mentions: int = 0
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quote:
    """A direct quotation and who said it."""

    text: str  # exact text between the quote marks
    speaker: str | None  # canonical actor name, or None
    key: bool  # a whole statement, not a scare quote


@dataclass(frozen=True)
class Briefing:
    """Everything the digest knows about one article."""

    source: str
    slug: str
    headline: str
    headline_derived: bool
    outlet: str | None
    author: str | None
    dateline: str | None
    date: DateStamp | None
    lead: str
    body: tuple[Block, ...]
    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...]
    warnings: tuple[str, ...] = ()
    dossier: str | None = None  # a dossier slug pinned by the user
    # What it was extracted from (cache.article_key: the file's name and bytes, the builder version): two
    # briefings with one origin were extracted alike. Empty once changed after extraction (but its slug).
    origin: str = ""
    # A digest of its words, lower case (pipeline.text_digest): an article saved twice has one digest twice.
    fingerprint: str = ""

    @property
    def undated(self) -> bool:
        return self.date is None


@dataclass(frozen=True)
class Dossier:
    """Briefings on one topic, in date order, with the actors and quotes they share."""

    slug: str
    title: str
    briefings: tuple[Briefing, ...]  # dated ones in date order
    undated: tuple[Briefing, ...]
    actors: tuple[Actor, ...]  # merged across briefings, most mentioned first
    same_event: tuple[tuple[str, ...], ...] = ()  # sources of briefings that report one event, by several outlets
    title_en: str = ""  # the title for English readers; empty when it is the same


@dataclass(frozen=True)
class DossierRule:
    """A user's correction of the automatic grouping, from dossiers.yml."""

    article: str | None = None  # the dossier that holds this article (file name)...
    title: str | None = None  # ...gets this title
    add: tuple[str, ...] = ()  # ...and these articles join it
    split: tuple[str, ...] = ()  # or: these articles form a dossier of their own


@dataclass(frozen=True)
class Problem:
    """An input file that could not be published, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class Digest:
    """The whole publication: briefings, dossiers, actors and what was skipped."""

    briefings: tuple[Briefing, ...]
    dossiers: tuple[Dossier, ...]
    actors: tuple[Actor, ...]
    problems: tuple[Problem, ...] = ()
