"""Finds the actors of an article: people (by rules), organizations, countries and places.

Countries, organizations and places come from the gazetteer. People are found
by rules over the cleaned paragraphs, never from a list of names:

* a title or role before a capitalized name ("Presiden Rusia X", "juru bicara
  X", "Wakil Menteri ... untuk Strategi dan Intelijen X", "timpalannya dari
  Rusia X");
* a verb of saying next to a name ("kata X", "menurut X", "X mengatakan");
* apposition ("X, asisten menteri di ...", "<Organization>, X mengatakan");
* a mid-sentence run of 2-4 capitalized words that is not a gazetteer entity
  and not made only of ordinary Indonesian words.

Within one article a later single name ("Macron", "Lee") or a titled single
name ("Menlu X") joins the full name it is the first or last word of; the
person introduced first wins a shared word. Across articles `merge_people`
merges spelling variants of one person.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from rapidfuzz import fuzz

from builder import lexicon
from builder.clean import is_city
from builder.gazetteer import Entity, country_forms, find_entities, find_generics, institution, lookup
from builder.model import Actor, ActorKind

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_WORDS = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_OPENERS = frozenset({".", "!", "?", ":", "“", '"', "‘", "”", "—", "–", "•", "*"})
_SHORT_CALENDAR_WORD = 3  # letters of an abbreviated weekday or month that is a given name or surname too
_MAX_NAME_TOKENS = 5  # a run of more capitalized words is a title of something, not a name
MAX_OFFICE_ABBREVIATION = 6  # letters of an office's abbreviation read as part of a title ("BP", "KPK", "BNPB")
_BARE_MIN, _BARE_MAX = 2, 4  # a bare capitalized run is a person candidate at this length
_ROLE_MAX_UNITS = 16  # an apposition role is cut here
_FIRST_NAME_SIMILARITY = 80  # rapidfuzz ratio for first-name spelling variants ("Muhamad"/"Muhammad")
_SURNAME_SIMILARITY = 88  # rapidfuzz ratio for surname spelling variants ("Shoigu"/"Shoygu")
_ROLE_SIMILARITY = 80  # rapidfuzz token_set_ratio for two roles to be the same office
_BLOCK_PREFIX = 3  # surnames compared across articles share this many first letters


@dataclass(frozen=True)
class Mention:
    """One occurrence of an actor: offsets into paragraphs[paragraph]."""

    paragraph: int
    start: int
    end: int
    name: str  # canonical actor name it resolves to


@dataclass(frozen=True)
class Cast:
    """The actors of one article and every place they are mentioned."""

    actors: tuple[Actor, ...]  # most mentioned first, ties by first appearance
    mentions: tuple[Mention, ...]  # in text order


# ---------------------------------------------------------------- public API


def find_cast(paragraphs: Sequence[str]) -> Cast:
    """Find the people, organizations, countries and places of one article."""
    finds: list[_Find] = []
    singles: list[_Single] = []
    for index, text in enumerate(paragraphs):
        scan = _scan_paragraph(index, text)
        finds.extend(scan.finds)
        singles.extend(scan.singles)
    finds = _missions_by_city(finds)
    people = _resolve_people(finds)
    return _assemble(_resolve_generics(_resolve_references(finds, singles, people)))


def _missions_by_city(finds: list[_Find]) -> list[_Find]:
    """ "KBRI" after "KBRI Kuala Lumpur": the one mission of that country the article places in a city."""
    placed: dict[str, set[str]] = {}
    for find in finds:
        if find.mission is not None:
            placed.setdefault(find.mission, set()).add(find.key)
    only = {mission: keys.pop() for mission, keys in placed.items() if len(keys) == 1}
    return [replace(find, key=only[find.key], english=only[find.key]) if find.key in only else find for find in finds]


def merge_people(actors: Sequence[Actor]) -> dict[str, str]:
    """Map each person's canonical name to the name of the person it is merged with across articles."""
    people = [actor for actor in actors if actor.kind == "person"]
    names = list(dict.fromkeys(actor.name for actor in people))
    roles: dict[str, set[str]] = {name: set() for name in names}
    counts: Counter[str] = Counter()
    for actor in people:
        roles[actor.name].update(_role_text(role) for role in actor.roles)
        counts[actor.name] += 1
    parent = {name: name for name in names}
    spellings: dict[str, str] = {}
    for name in names:  # "Kim Yo-jong" / "Kim Yo Jong": one spelling once hyphens and spaces go
        other = spellings.setdefault(_compact(tuple(name.split())), name)
        parent[_root(parent, name)] = _root(parent, other)
    full = [name for name in names if len(name.split()) > 1]
    for block in _surname_blocks(full).values():
        for i, first in enumerate(block):
            for second in block[i + 1 :]:
                if _same_across_articles(first, second, roles):
                    parent[_root(parent, second)] = _root(parent, first)
    by_end: dict[str, list[str]] = {}
    for name in full:
        words = name.split()
        for word in {words[0], _surname(tuple(words))}:
            by_end.setdefault(word, []).append(name)
    for name in names:
        if len(name.split()) == 1:
            _merge_single(name, by_end.get(name, []), roles, parent)
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(_root(parent, name), []).append(name)
    merged: dict[str, str] = {}
    for members in groups.values():
        best = max(members, key=lambda name: (counts[name], len(name), name))
        merged.update({name: best for name in members})
    return merged


# ---------------------------------------------------------------- language data


_END = "\x00"  # trie key marking the end of a phrase (never a word)


@dataclass(frozen=True)
class _Phrases:
    """Lowercase word sequences in a trie keyed by word."""

    trie: dict[str, dict]

    @classmethod
    def of(cls, phrases: Sequence[str]) -> _Phrases:
        trie: dict[str, dict] = {}
        for phrase in phrases:
            node = trie
            for word in _TOKEN.findall(str(phrase).lower()):
                node = node.setdefault(word, {})
            if node is not trie:
                node[_END] = {}
        return cls(trie)

    def match(self, units: Sequence[_Unit], i: int) -> int:
        """End index of the longest phrase starting at units[i], or i when none does."""
        node, best, j = self.trie, i, i
        while j < len(units) and not units[j].entity_like:
            node = node.get(units[j].low)
            if node is None:
                break
            j += 1
            if _END in node:
                best = j
        return best

    def ends_at(self, units: Sequence[_Unit], end: int) -> bool:
        """True when a phrase ends right before units[end]."""
        return any(self.match(units, start) == end for start in range(max(0, end - 4), end))


@dataclass(frozen=True)
class _Lexicon:
    titles: _Phrases
    title_words: frozenset[str]
    modifiers: _Phrases
    field_titles: frozenset[str]
    ranks: frozenset[str]
    place_tail_seconds: frozenset[str]
    place_links: frozenset[str]
    portfolio_links: frozenset[str]
    abbreviations: dict[str, str]
    links: frozenset[str]
    joiners: frozenset[str]
    body_connectors: frozenset[str]
    particles: frozenset[str]
    balinese_markers: frozenset[str]
    balinese_names: frozenset[str]
    suffixes_of_names: frozenset[str]
    prefixes: tuple[str, ...]
    not_names: frozenset[str]
    calendar: frozenset[str]
    org_heads: _Phrases
    party_heads: frozenset[str]
    region_governments: _Phrases
    bracketed_org_heads: _Phrases
    named_heads: frozenset[str]
    org_tails: frozenset[str]
    place_tails: frozenset[str]
    place_heads: _Phrases
    region_heads: frozenset[str]
    regional_titles: dict[str, str]  # a regional head's title -> the unit it heads ("bupati" -> "kabupaten")
    regencies: _Phrases  # Indonesia's regencies and cities, read only after a regional head's title
    street_words: frozenset[str]
    mission_names: tuple[str, ...]
    study_fields: _Phrases
    thing_words: frozenset[str]
    org_context: _Phrases
    place_context: _Phrases
    suffixes: tuple[str, ...]
    honorifics: frozenset[str]
    person_nouns: _Phrases
    country_named_places: frozenset[str]
    office_heads: frozenset[str]
    verbs_after: frozenset[str]
    according_to: _Phrases
    verbs_before: frozenset[str]
    prepositions: frozenset[str]
    between: frozenset[str]
    triggers: frozenset[str]  # lowercase words that may start a rule
    vocabulary: frozenset[str]  # every lowercase word some rule looks at
    head_starts: frozenset[str]  # first words of organization, place and thing heads
    title_starts: frozenset[str]  # first words of titles and their modifiers
    name_stops: frozenset[str]  # capitalized words that are never part of a name


@functools.cache
def _lexicon() -> _Lexicon:
    people = lexicon.load("people")
    speech = lexicon.load("speech")
    titles = [str(t) for t in people["titles"]]
    firsts = [
        _TOKEN.findall(str(w).lower())[:1] for w in (*titles, *people["title_modifiers"], *speech["according_to"])
    ]
    triggers = {w[0] for w in firsts if w} | set(speech["verbs_after"]) | set(people["name_particles"])
    triggers |= {str(p).lower() for p in people["name_prefixes"]}
    return _Lexicon(
        titles=_Phrases.of(titles),
        title_words=frozenset(_TOKEN.findall(" ".join(titles).lower())) - {"."},
        modifiers=_Phrases.of(people["title_modifiers"]),
        field_titles=frozenset(str(t).lower() for t in people["field_titles"]),
        ranks=frozenset(str(t).lower() for t in people["ranks"]),
        place_tail_seconds=frozenset(str(w).lower() for w in people["place_tail_seconds"]),
        place_links=frozenset(people["place_links"]),
        portfolio_links=frozenset(people["portfolio_links"]),
        abbreviations={str(k).lower(): str(v).lower() for k, v in people["role_abbreviations"].items()},
        links=frozenset(people["title_links"]),
        joiners=frozenset(people["field_joiners"]),
        body_connectors=frozenset(people["body_connectors"]),
        particles=frozenset(people["name_particles"]),
        balinese_markers=frozenset(people["balinese_markers"]),
        balinese_names=frozenset(people["balinese_names"]),
        suffixes_of_names=frozenset(people["name_suffixes"]),
        prefixes=tuple(str(p).lower() for p in people["name_prefixes"]),
        not_names=frozenset(str(w).lower() for w in people["not_names"]),
        calendar=_calendar_words(people["calendar_variants"]),
        org_heads=_Phrases.of([*people["org_heads"], *people["region_governments"]]),
        party_heads=frozenset(people["party_heads"]),
        region_governments=_Phrases.of(people["region_governments"]),
        bracketed_org_heads=_Phrases.of(people["bracketed_org_heads"]),
        named_heads=frozenset(people["named_heads"]),
        org_tails=frozenset(str(w).lower() for w in people["org_tails"]),
        place_tails=frozenset(str(w).lower() for w in people["place_tails"]),
        place_heads=_Phrases.of(people["place_heads"]),
        region_heads=frozenset(people["region_heads"]),
        regional_titles={str(k).lower(): str(v).lower() for k, v in people["regional_titles"].items()},
        regencies=_Phrases.of(lexicon.load("regions")["regencies"]),
        street_words=frozenset(people["street_words"]),
        mission_names=tuple(f"{name} " for name in people["mission_names"]),
        study_fields=_Phrases.of(people["study_fields"]),
        thing_words=frozenset(str(w).lower() for w in people["thing_words"]),
        org_context=_Phrases.of(people["org_context"]),
        place_context=_Phrases.of(people["place_context"]),
        suffixes=tuple(people["common_suffixes"]),
        honorifics=frozenset(people["honorifics"]),
        person_nouns=_Phrases.of(people["person_nouns"]),
        country_named_places=frozenset(people["country_named_places"]),
        office_heads=frozenset(people["office_heads"]),
        verbs_after=frozenset(speech["verbs_after"]),
        according_to=_Phrases.of(speech["according_to"]),
        verbs_before=frozenset(speech["verbs_before"]),
        prepositions=frozenset(speech["prepositions"]),
        between=frozenset(speech["between_subject_and_verb"]),
        triggers=frozenset(triggers),
        vocabulary=_vocabulary(people, speech),
        head_starts=_first_words(
            people["org_heads"],
            people["region_governments"],
            people["bracketed_org_heads"],
            people["place_heads"],
            people["thing_words"],
        ),
        title_starts=_first_words(titles, people["title_modifiers"]),
        name_stops=_name_stops(people, speech, titles),
    )


def _first_words(*lists: Sequence[str]) -> frozenset[str]:
    return frozenset(words[0] for items in lists for item in items if (words := _TOKEN.findall(str(item).lower())))


def _name_stops(people: dict, speech: dict, titles: Sequence[str]) -> frozenset[str]:
    """Words never inside a name: function words, calendar words, verbs of saying, title and head words.

    Calendar words of three letters are left out: they are names as often ("Sun", "Hun Sen", "Jan", "Mei").
    """
    calendar = {w for w in _calendar_words(people["calendar_variants"]) if len(w) > _SHORT_CALENDAR_WORD}
    words = {str(w).lower() for w in people["not_names"]} | calendar
    words |= set(speech["verbs_after"]) | set(speech["verbs_before"])
    words |= _first_words(
        speech["according_to"], people["org_heads"], people["region_governments"], people["place_heads"]
    )
    words |= {w for w in _first_words(titles) if len(w) > 1}
    return frozenset(words)


def _vocabulary(people: dict, speech: dict) -> frozenset[str]:
    """Every word of the people and speech lists: the lowercase words the rules read."""
    words: set[str] = set()
    for data in (people, speech):
        for value in data.values():
            items = [*value.keys(), *value.values()] if isinstance(value, dict) else value
            for item in items:
                words.update(_TOKEN.findall(str(item).lower()))
    return frozenset(words | {w + "nya" for w in speech["verbs_after"]})


def _calendar_words(variants: Sequence[str]) -> frozenset[str]:
    """Weekday and month names from Babel (CLDR, Indonesian and English) plus variants."""
    from babel import Locale

    words = {str(v).lower() for v in variants}
    for code in ("id", "en"):
        locale = Locale(code)
        for width in ("wide", "abbreviated"):
            words.update(name.lower() for name in locale.days["format"][width].values())
            words.update(name.lower() for name in locale.months["format"][width].values())
    return frozenset(words)


@functools.cache
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@functools.lru_cache(maxsize=65536)
def _ordinary(low: str) -> bool:
    """True for an ordinary Indonesian word (Sastrawi root, or a root with affixes)."""
    lex = _lexicon()
    if low in lex.not_names or low in lex.calendar or low in lex.title_words:
        return True
    if "-" in low:
        return all(_ordinary(part) for part in low.split("-") if part)
    roots = lexicon.root_words()
    if low in roots:
        return True
    if not low.isalpha() or len(low) < 4:
        return False
    stem = _stemmer().stem(low)
    return stem != low and stem in roots and len(stem) >= 3


# ---------------------------------------------------------------- units


class _Unit(NamedTuple):
    """A token of a paragraph, or a whole gazetteer hit (a tuple: built for every word)."""

    start: int
    end: int
    text: str
    low: str
    entity: Entity | None
    generic: str | None  # template key of a country-less institution
    sentence_start: bool
    entity_like: bool
    is_word: bool
    capitalized: bool


def _units(text: str) -> list[_Unit]:
    """Split a paragraph into tokens, each gazetteer hit kept whole.

    Lowercase words that no rule looks at are merged into one "gap" unit per
    run (empty `low`), which every rule treats as a stop: scanning stays cheap.
    """
    spans: list[tuple[int, int, Entity | None, str | None]] = [
        (h.start, h.end, h.entity, None) for h in find_entities(text)
    ]
    spans += [(g.start, g.end, None, g.key) for g in find_generics(text)]
    spans.sort(key=lambda span: span[0])
    spans.append((len(text), len(text), None, None))
    out: list[_Unit] = []
    pos = 0
    expecting = True  # the next word starts a sentence
    for start, end, entity, key in spans:
        if start < pos:
            continue
        expecting = _word_units(text, pos, start, expecting, out)
        if end > start:
            form = text[start:end]
            out.append(_new_unit((start, end, form, form.lower(), entity, key, expecting, True, True, True)))
            expecting = False
        pos = end
    return out


def _word_units(text: str, pos: int, end: int, expecting: bool, out: list[_Unit]) -> bool:
    """Append the units of text[pos:end]; return whether a sentence starts after them."""
    vocabulary = _lexicon().vocabulary
    gap = -1  # start of the pending run of unread lowercase words
    gap_end = 0
    for match in _TOKEN.finditer(text, pos, end):
        word = match.group()
        first = word[0]
        is_word = first.isalnum()
        low = word.lower()
        if is_word and not expecting and first.islower() and low not in vocabulary and "-" not in low:
            if gap < 0:
                gap = match.start()
            gap_end = match.end()
            continue
        if gap >= 0:
            out.append(_new_unit((gap, gap_end, text[gap:gap_end], "", None, None, False, False, True, False)))
            gap = -1
        start, stop = match.span()
        out.append(_new_unit((start, stop, word, low, None, None, expecting and is_word, False, is_word,
                              first.isupper())))  # fmt: skip
        expecting = (expecting or word in _OPENERS) if not is_word else False
    if gap >= 0:
        out.append(_new_unit((gap, gap_end, text[gap:gap_end], "", None, None, False, False, True, False)))
    return expecting


_new_unit = functools.partial(tuple.__new__, _Unit)


def _is_title_case_line(text: str) -> bool:
    """A subheading or headline line: short, no final stop, mostly capitalized words."""
    words = [w for w in _WORDS.findall(text) if not w.isdigit()]
    if not words or len(words) > 16 or text.rstrip()[-1:] in {".", "!", "?", "”", '"'}:
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)


# ---------------------------------------------------------------- finds


@dataclass(frozen=True)
class _Find:
    """Something the paragraph scan found: a span and what it names."""

    paragraph: int
    start: int  # the span of the surface form (title included)
    end: int
    kind: ActorKind
    key: str  # entity name, org/place run text, person name text, or "generic:<key>"
    english: str = ""
    tokens: tuple[str, ...] = ()  # a person's name words
    name_start: int = -1  # where the name itself starts (persons)
    role: str | None = None
    role_key: tuple[str, ...] | None = None
    reference: bool = False  # a title with no name ("presiden Rusia"), resolved later
    alias: str | None = None  # a short form given in parentheses: "(KPK)", "(Jokowi)"
    generic: str | None = None
    forms: tuple[str, ...] = ()  # surface forms: the name as written, and title + name
    extra_roles: tuple[str, ...] = ()
    mission: str | None = None  # "Embassy of Indonesia" for the find "Embassy of Indonesia in Kuala Lumpur"


@dataclass(frozen=True)
class _Single:
    """A lone capitalized word that may be a later mention of a person."""

    paragraph: int
    start: int
    end: int
    text: str


@dataclass
class _Scan:
    finds: list[_Find] = field(default_factory=list)
    singles: list[_Single] = field(default_factory=list)


@dataclass(frozen=True)
class _Title:
    """A title phrase with its qualifiers, and the name after it if any."""

    start: int  # unit indexes
    end: int  # end of title + qualifiers (exclusive)
    name: tuple[int, int] | None  # unit range of the name
    entities: tuple[int, ...]  # unit indexes of qualifier entities
    head: str  # normalized title words
    bodies: tuple[tuple[int, int], ...] = ()  # unit ranges of bodies named by a head word ("Partai Golkar")
    region: tuple[int, int] | None = None  # unit range of a regional head's regency ("Bupati Sambas Nama")
    region_unit: str = ""  # the unit that regency is ("kabupaten")


def _scan_paragraph(index: int, text: str) -> _Scan:
    """Find every actor span of one paragraph, left to right."""
    units = _units(text)
    scan = _Scan()
    lex = _lexicon()
    headline = _is_title_case_line(text)
    cued = False  # the previous word was a verb of saying: the next name is a person
    i = 0
    while i < len(units):
        unit = units[i]
        if not unit.is_word:
            cued = cued and unit.text in {"(", ")"}
            i += 1
            continue
        if not unit.capitalized and unit.low not in lex.triggers and not unit.low.startswith(lex.prefixes):
            cued = False
            i += 1
            continue
        nxt = _scan_run(index, text, units, i, scan, headline, cued)
        if nxt > i:
            i, cued = nxt, False
            continue
        cued = unit.low in lex.verbs_after or lex.according_to.match(units, i) > i
        if cued and lex.according_to.match(units, i) > i + 1:
            i = lex.according_to.match(units, i)
            continue
        if unit.capitalized and not unit.entity_like and unit.low not in lex.not_names and len(unit.text) > 1:
            scan.singles.append(_Single(index, unit.start, unit.end, unit.text))  # "I" alone names nobody
        i += 1
    return scan


def _scan_run(index: int, text: str, units: list[_Unit], i: int, scan: _Scan, headline: bool, cued: bool) -> int:
    """Try every rule at units[i]; return the index after what was consumed, or i."""
    lex = _lexicon()
    unit = units[i]
    if unit.capitalized and unit.low in lex.street_words:
        return _street_end(units, i)
    if unit.capitalized and (i == 0 or not units[i - 1].capitalized):
        nxt = _named_by_tail(index, text, units, i, scan)
        if nxt > i:
            return nxt
    if unit.low in lex.head_starts and unit.capitalized:
        nxt = _org_or_place_by_head(index, text, units, i, scan)
        if nxt > i:
            return nxt
    if unit.entity_like:
        return _entity_unit(index, text, units, i, scan)
    if unit.low in lex.title_starts:
        nxt = _titled_person(index, text, units, i, scan)
        if nxt > i:
            return nxt
    return _name_run_rule(index, text, units, i, scan, headline, cued)


def _street_end(units: Sequence[_Unit], i: int) -> int:
    """Past a street's name ("Jl. Jenderal Sudirman"): an address, no actor; i when no name follows."""
    k = i + 1 + (i + 1 < len(units) and units[i + 1].text == ".")
    end = k
    while end < len(units) and end - k < _MAX_NAME_TOKENS and units[end].capitalized and units[end].is_word:
        end += 1
    return end if end > k else i


def _entity_unit(index: int, text: str, units: list[_Unit], i: int, scan: _Scan) -> int:
    unit = units[i]
    if unit.entity is not None and unit.entity.name.startswith(_lexicon().mission_names):
        end = _mission_city(index, text, units, i, scan)
        if end > i:
            return end
    if unit.entity is not None:
        scan.finds.append(_entity_find(index, unit))
        return i + 1
    if unit.generic is not None:
        scan.finds.append(
            _Find(index, unit.start, unit.end, "organization", f"generic:{unit.generic}", generic=unit.generic,
                  forms=(unit.text,))
        )  # fmt: skip
        return i + 1
    return i


def _mission_city(index: int, text: str, units: list[_Unit], i: int, scan: _Scan) -> int:
    """ "KBRI Kuala Lumpur", "Kedutaan Besar Republik Indonesia (KBRI) di Damaskus": the mission in that city,
    one actor ("Embassy of Indonesia in Kuala Lumpur"); the capital does not stand for its country here."""
    mission = units[i].entity
    j = i + 1
    if _parenthetical_abbreviation(units, j):
        j += 3
    if j < len(units) and units[j].low in _lexicon().place_links:
        j += 1
    city = _city_name(units[j]) if j < len(units) and mission is not None else None
    if city is None or mission is None:
        return i
    name = f"{mission.name} in {city}"
    forms = (text[units[i].start : units[j].end],)
    scan.finds.append(
        _Find(
            index, units[i].start, units[j].end, "organization", name, english=name, forms=forms, mission=mission.name
        )
    )
    return j + 1


def _city_name(unit: _Unit) -> str | None:
    """A city's name in English when the gazetteer knows it as a place, or as written when it is a capital that
    news uses for its country ("Kuala Lumpur") or a city datelines name; None for anything else."""
    entity = unit.entity
    if entity is not None and entity.kind == "place":
        return entity.name
    if entity is not None and entity.kind == "country" and unit.text not in country_forms():
        return unit.text
    if entity is None and unit.capitalized and unit.is_word and is_city(unit.text):
        return unit.text
    return None


def _entity_find(index: int, unit: _Unit) -> _Find:
    assert unit.entity is not None
    entity = unit.entity
    return _Find(index, unit.start, unit.end, entity.kind, entity.name, english=entity.name, forms=(unit.text,))


# -- organizations and places named by a head or tail word -----------------


def _named_by_tail(index: int, text: str, units: list[_Unit], i: int, scan: _Scan) -> int:
    """'Bangkok Post', 'Straits Times', 'Jawa Barat': capitalized words closed by an organization or compass word."""
    lex = _lexicon()
    run_end = _capitalized_run(units, i)
    last = units[run_end - 1]
    if run_end - i < 2 or last.entity_like:
        return i
    if last.low in lex.org_tails:
        kind: ActorKind = "organization"
    elif last.low in lex.place_tails and not units[run_end - 2].entity_like:
        if last.low in lex.place_tail_seconds and units[run_end - 2].low not in lex.place_tails:
            return i  # "Hukum Laut", "Sumber Daya": not "Barat Daya"
        kind = "place"
    else:
        return i
    start = i
    while start < run_end - 1 and _opener(units[start]):
        start += 1  # "Menurut Bangkok Post": the opener is not part of the name
    if run_end - start < 2:
        return i  # "Justru Barat yang ...": an opener and a compass word alone name nothing
    return _add_run(index, text, units, start, run_end, kind, scan)


def _opener(unit: _Unit) -> bool:
    """A capitalized word that opens a sentence or clause rather than a name ('Menurut', 'Laporan')."""
    if unit.entity_like:
        return False
    return unit.low in _lexicon().not_names or (unit.sentence_start and _ordinary(unit.low))


def _org_or_place_by_head(index: int, text: str, units: list[_Unit], i: int, scan: _Scan) -> int:
    """'Partai X', 'Laut X', 'Perang X': a head word making the capitalized words after it a body, place or thing."""
    lex = _lexicon()
    if (head_end := lex.bracketed_org_heads.match(units, i)) > i:
        end = _joined_before_abbreviation(units, _capitalized_run(units, head_end, joiners=True))
        if _parenthetical_abbreviation(units, end) and _names_something(units, head_end, end):
            return _add_run(index, text, units, i, end, "organization", scan)  # "Jabatan Laut Malaysia (JLM)"
    for phrases, kind in ((lex.org_heads, "organization"), (lex.place_heads, "place")):
        head_end = phrases.match(units, i)
        if head_end > i:
            end = _capitalized_run(units, head_end, joiners=True)
            # "Partai Kongres Nepal" is a party, not Nepal's congress; "Pemprov NTT" the province's government
            party = units[i].low in lex.party_heads or lex.region_governments.match(units, i) == head_end
            if kind == "place" and units[i].low in lex.country_named_places and _country_at(units, head_end):
                return _add_run(index, text, units, i, head_end + 1, kind, scan)  # "Selat Singapura": a place
            if units[i].low in lex.office_heads and lex.org_heads.match(units, head_end) > head_end:
                i = head_end  # "Kantor Kementerian X": the ministry
            if kind == "organization":
                end = _joined_before_abbreviation(units, end)  # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)"
            if _names_something(units, head_end, end, party):
                return _add_run(index, text, units, i, end, kind, scan)
            return i
    if units[i].low in lex.thing_words and not units[i].entity_like:
        end = i + 1
        while end < len(units) and units[end].capitalized and not units[end].entity_like:
            end += 1
        return end if end > i + 1 else i
    return i


def _country_at(units: Sequence[_Unit], k: int) -> bool:
    return k < len(units) and units[k].entity is not None and units[k].entity.kind == "country"


def _capitalized_run(units: Sequence[_Unit], i: int, joiners: bool = False) -> int:
    """End of the run of capitalized words (gazetteer hits included) starting at units[i]."""
    lex = _lexicon()
    end = i
    while end < len(units):
        unit = units[end]
        if (unit.capitalized and unit.is_word and not unit.text.isupper()) or unit.entity_like:
            end += 1
        elif unit.capitalized and unit.is_word and unit.text.isupper() and len(unit.text) > 1:
            end += 1  # an acronym inside a name: "Partai PDI"
        elif (
            joiners
            and unit.low in lex.joiners
            and end > i
            and end + 1 < len(units)
            and units[end + 1].capitalized
            and units[end + 1].is_word
            and lex.place_heads.match(units, end + 1) == end + 1  # "Pulau X dan Kabupaten Y": two places
            and lex.org_heads.match(units, end + 1) == end + 1
        ):
            end += 1
        else:
            break
    return end


def _names_something(units: Sequence[_Unit], start: int, end: int, party: bool = False) -> bool:
    """True when the words after a head word name a new body, not just a known entity (for a party, words
    that would name a country's institution name the party)."""
    if end <= start:
        return False
    words = units[start:end]
    if any((u.entity is not None and u.entity.kind != "country") or u.generic for u in words):
        return party
    return any(not u.entity_like and u.low not in _lexicon().joiners for u in words)


def _add_run(index: int, text: str, units: list[_Unit], i: int, end: int, kind: ActorKind, scan: _Scan) -> int:
    name = text[units[i].start : units[end - 1].end]
    scan.finds.append(_Find(index, units[i].start, units[end - 1].end, kind, name, english=name, forms=(name,)))
    return _alias(index, text, units, end, scan, scan.finds[-1])


def _alias(index: int, text: str, units: list[_Unit], end: int, scan: _Scan, named: _Find) -> int:
    """'(KPK)' or '(Jokowi)' right after a name: a short form of it."""
    if (
        end + 2 < len(units)
        and units[end].text == "("
        and units[end + 2].text == ")"
        and not units[end + 1].entity_like
        and units[end + 1].capitalized
        and units[end + 1].is_word
    ):
        short = units[end + 1]
        scan.finds.append(
            replace(named, start=short.start, end=short.end, name_start=short.start, forms=(short.text,),
                    alias=short.text, role=None, role_key=None)
        )  # fmt: skip
        return end + 3
    return end


# -- titles ----------------------------------------------------------------


def _titled_person(index: int, text: str, units: list[_Unit], i: int, scan: _Scan) -> int:
    """'Presiden Rusia X', 'juru bicara X', 'Menlu X': a title and its name."""
    title = _title_at(units, i)
    if title is None:
        return i
    role = _role_of(text, units, title)
    taken = 0
    for k in title.entities:
        if k >= taken:  # a mission's city ("KBRI Damaskus") is taken with the mission
            taken = _entity_unit(index, text, units, k, scan)
    for start, end in title.bodies:
        known = [k for k in range(start, end) if units[k].entity_like]
        if known and not _named_by_itself(units, start, end):  # "Biro Politik Hamas": named by the entity
            for k in known:
                _entity_unit(index, text, units, k, scan)
            continue
        name = text[units[start].start : units[end - 1].end]
        scan.finds.append(_Find(index, units[start].start, units[end - 1].end, "organization", name, english=name,
                                forms=(name,)))  # fmt: skip
    if title.region is not None:
        scan.finds.append(_region_find(index, text, units, title))
    role_key = _role_key(title, units)
    if title.name is None:
        if units[i].capitalized and _ends_with_acronym(units, title.end):
            return _add_run(index, text, units, i, title.end - 3, "organization", scan)  # "Kepala Staf Gabungan (JCS)"
        if units[i].capitalized or title.entities:
            start, end = units[title.start].start, units[title.end - 1].end
            scan.finds.append(_Find(index, start, end, "person", "", role=role, role_key=role_key, reference=True))
        return title.end
    if _office_word(units, *title.name):
        return _add_run(index, text, units, i, title.name[1], "organization", scan)  # "Kepala Staf Gabungan (JCS)"
    first, last = _after_company(units, *title.name)
    name_start, name_end = units[first].start, units[last - 1].end
    tokens = _name_tokens(units, first, last)
    contiguous = title.end == first
    forms = (text[units[title.start].start : name_end],) if contiguous else ()
    forms += (text[name_start:name_end],)
    find = _Find(
        index, units[title.start].start if contiguous else name_start, name_end, "person", " ".join(tokens),
        tokens=tokens, name_start=name_start, role=role, role_key=role_key, forms=forms,
    )  # fmt: skip
    scan.finds.append(find)
    end = _alias(index, text, units, last, scan, find)
    return _apposition(index, text, units, end, scan, find)


def _region_find(index: int, text: str, units: Sequence[_Unit], title: _Title) -> _Find:
    """The place a regional head serves, named as the unit it is ("Kabupaten Sambas"), as the press writes it
    elsewhere in the article."""
    assert title.region is not None
    start, end = units[title.region[0]].start, units[title.region[1] - 1].end
    name = f"{title.region_unit.capitalize()} {text[start:end]}"
    return _Find(index, start, end, "place", name, english=name, forms=(text[start:end],))


def _body_at(units: Sequence[_Unit], k: int) -> bool:
    """A body's head ('Universitas', 'Kementerian') starts at units[k]."""
    return k < len(units) and units[k].capitalized and _lexicon().org_heads.match(units, k) > k


def _named_by_itself(units: Sequence[_Unit], start: int, end: int) -> bool:
    """A body in a title with an entity in it is that entity ("Biro Politik Hamas"), unless it is a party
    ("Partai Kongres Nepal") or its own abbreviation follows it ("Otoritas Maritim dan Pelabuhan Singapura
    (MPA)"; after "Kementerian Perdagangan (Kemendag)" the abbreviation is the ministry's)."""
    if units[start].low in _lexicon().party_heads:
        return True
    last = units[end - 1]
    place = not last.entity_like or (last.entity is not None and last.entity.kind in ("country", "place"))
    return place and _parenthetical_abbreviation(units, end)


def _after_company(units: Sequence[_Unit], first: int, last: int) -> tuple[int, int]:
    """'analis Eurasia Group Daniel Kerrigan': a name read after a title starts after a company's last word."""
    tails = [k for k in range(first, last - 2) if units[k].low in _lexicon().org_tails]
    return (tails[-1] + 1, last) if tails else (first, last)


def _title_at(units: Sequence[_Unit], i: int) -> _Title | None:
    """A title phrase (with modifiers and qualifiers) at units[i], and its name if one follows."""
    lex = _lexicon()
    j = i
    while lex.modifiers.match(units, j) > j:
        j = lex.modifiers.match(units, j)  # "wakil", "mantan" before the title itself
    end = lex.titles.match(units, j)
    if end == j:
        return None
    head = _normal_title(" ".join(u.low for u in units[i:end] if u.is_word))
    base = _normal_title(" ".join(u.low for u in units[j:end] if u.is_word))
    fielded = base in lex.field_titles
    end, entities, bodies = _qualifiers(units, end, fielded)
    region_unit = lex.regional_titles.get(base, "")
    region = _regency(units, end) if region_unit else None
    end = region[1] if region is not None else end
    name = _name_after_title(units, end)
    return _Title(i, end, name, tuple(entities), head, tuple(bodies), region, region_unit)


def _regency(units: Sequence[_Unit], k: int) -> tuple[int, int] | None:
    """'Sambas' in 'Bupati Sambas Zulkarnain Hamid': the regency or city a regional head serves, written between
    the title and the name. A name of one word after it is taken whole ("Wali Kota Bima Sakti"): many regencies'
    names are given names too."""
    end = _lexicon().regencies.match(units, k)
    name = _name_after_title(units, end) if end > k else None
    if name is None or sum(1 for unit in units[name[0] : name[1]] if unit.is_word) < 2:
        return None
    return (k, end)


def _qualifiers(units: Sequence[_Unit], k: int, fielded: bool) -> tuple[int, list[int], list[tuple[int, int]]]:
    """Countries, bodies, '(AS)', 'untuk <Field>' and chained titles after a title."""
    lex = _lexicon()
    entities: list[int] = []
    bodies: list[tuple[int, int]] = []
    field_word = -1  # the last ordinary word taken as the title's field
    while k < len(units):
        unit = units[k]
        if unit.capitalized and (end := _english_body(units, k)) > k:
            bodies.append((k, end))  # "analis Institute for Essential Services Reform (IESR), Nama"
            k = end
        elif unit.entity_like:
            entities.append(k)
            k += 1
        elif unit.capitalized and lex.org_heads.match(units, k) > k:
            end = _body_in_title(units, k)
            if end == k:
                break
            bodies.append((k, end))
            k = end
        elif _parenthetical_abbreviation(units, k):
            k += 3
        elif _office_abbreviation(units, k):
            k += 1  # "Kepala BP Batam Nama", "Ketua KPK Nama": an office the gazetteer does not know
            k += 1 if k < len(units) and is_city(units[k].text) else 0
        elif unit.low in lex.place_links and (place_end := _linked_place(units, k + 1)) > k + 1:
            set_off = place_end < len(units) and units[place_end].text == ","
            entities += [k + 1] if set_off and units[k + 1].entity_like else []  # "di Johor Bahru, Nama": a place
            k = place_end  # "Konsul Jenderal Jepang di Surabaya Nama", "Konsul RI di Davao City Nama"
        elif unit.low in lex.links and _body_at(units, k + 1) and (body := _body_in_title(units, k + 1)) > k + 1:
            bodies.append((k + 1, body))  # "pengamat dari Universitas X, Nama"
            k = body
        elif unit.low in lex.links and k + 1 < len(units) and units[k + 1].capitalized and units[k + 1].is_word:
            named = [] if unit.low in lex.portfolio_links else entities  # a portfolio's regions are not actors
            field_end = _field_words(units, k + 1, named)
            if field_end == k + 1:
                break  # "... di Jakarta": a link with no field after it is not part of the title
            k = field_end
        elif lex.titles.match(units, k) > k and unit.capitalized:
            chained = lex.titles.match(units, k)  # "Kepala Pusat Penerangan TNI Mayjen Nama": a rank, then the name
            fielded = fielded and _normal_title(" ".join(u.low for u in units[k:chained] if u.is_word)) not in lex.ranks
            k = chained
        elif not fielded and unit.capitalized and (region := _region_end(units, k)) > k:
            k = region  # "Gubernur Kalimantan Timur Nama": a province or region the title serves
        elif fielded and not unit.capitalized and (studied := lex.study_fields.match(units, k)) > k:
            k = studied  # "pengamat hubungan internasional Universitas X Nama": the field in lowercase
        elif fielded and _field_word(units, k) and not _after_body(units, k, bodies):
            field_word = k
            k += 1
        elif fielded and unit.low in lex.joiners and k + 1 < len(units) and _field_word(units, k + 1):
            k += 1  # "Direktur Jenderal Pengelolaan Kelautan dan Ruang Laut KKP Nama"
        else:
            break
    if field_word == k - 1 and _given_name_back(units, field_word):
        k -= 1  # "Peneliti Arif Santoso": a one-word name takes back a given name that is also a word
    return k, entities, bodies


def _linked_place(units: Sequence[_Unit], j: int) -> int:
    """After "di" in a title, a city or a place the gazetteer knows ("Davao City"), with a name after it; else j."""
    if j >= len(units) or not units[j].capitalized or not units[j].is_word:
        return j
    known = (units[j].entity is not None and units[j].entity.kind in ("place", "country")) or is_city(units[j].text)
    end = j + 1
    if end < len(units) and units[end].low in ("city", "kota"):
        end += 1
    after = end + 1 if end < len(units) and units[end].text == "," else end  # "Konsul RI di Davao, Nama, ..."
    name_end = _name_run(units, after)
    return end if name_end > after + (0 if known else 1) else j  # a place unknown here: a name of two words after it


def _given_name_back(units: Sequence[_Unit], k: int) -> bool:
    """The last word read as a title's field is the given name of a one-word name after it, unless titles use
    it ("Pejabat Senior Santoso")."""
    return _name_word(units[k]) and units[k].low not in _lexicon().title_words and _name_run(units, k + 1) == k + 2


def _region_end(units: Sequence[_Unit], k: int) -> int:
    """After a title, 'Jawa Barat', 'Nusa Tenggara Timur', or the rest of 'Papua Barat Daya' after the entity
    'Papua': up to three capitalized words closed by compass words, with a name after them (else k)."""
    tails, seconds = _lexicon().place_tails, _lexicon().place_tail_seconds
    end = k
    while end < min(k + 3, len(units)) and units[end].capitalized and units[end].low not in tails:
        if units[end].entity_like:
            return k
        end += 1
    if end == len(units) or not units[end].capitalized or units[end].low not in tails or units[end].low in seconds:
        return k  # "Menteri Sumber Daya Alam": no region
    if end == k and not (k > 0 and units[k - 1].entity_like):
        return k
    while end < len(units) and units[end].capitalized and units[end].low in tails:
        end += 1
    return end if _name_run(units, end) > end else k


def _after_body(units: Sequence[_Unit], k: int, bodies: Sequence[tuple[int, int]]) -> bool:
    """Right after a country or a body the name starts: "Ketua DPR Puan Maharani", "Kepala Kemhan Arif X"."""
    after_abbreviation = k >= 3 and _parenthetical_abbreviation(units, k - 3)  # "Kementerian Perdagangan (Kemendag)"
    after_office = k > 0 and _office_abbreviation(units, k - 1)  # "Direktur Jenderal Perikanan KKP Nama"
    return k > 0 and (
        units[k - 1].entity_like or after_abbreviation or after_office or any(end == k for _start, end in bodies)
    )


def _body_in_title(units: Sequence[_Unit], k: int) -> int:
    """'Partai Golkar' in 'Ketua Umum Partai Golkar X': the head, ordinary words and entities, or one name word.

    After a title the name follows the body, so a body without ordinary words
    takes a single proper word ("Gerindra") and leaves the rest to the name.
    """
    lex = _lexicon()
    end = lex.org_heads.match(units, k)
    start = end
    while end < len(units) and units[end].capitalized and (units[end].entity_like or _ordinary(units[end].low)):
        end += 1
        if units[end - 1].entity_like:
            break  # "Universitas Indonesia Ari X": the name starts after the country
    end = _region_named(units, end)  # "Dinas Lingkungan Hidup Kota Batam Nama"
    end = _joined_before_abbreviation(units, end)  # "Kementerian Lingkungan Hidup dan Kehutanan (KLHK) Nama"
    head = " ".join(unit.low for unit in units[k:start])
    if end == start and end < len(units) and _name_word(units[end]) and head in lex.named_heads:
        end += 1
    elif end - start > 1 and not units[end - 1].entity_like and _name_run(units, end) == end + 1:
        end -= 1  # "Partai Hijau Lena X": a one-word name takes back a given name that is also a word
    return end if end > start else k


def _region_named(units: Sequence[_Unit], end: int) -> int:
    """A body's name that ends in 'Kota', 'Kabupaten'... goes on with the region's name and its compass words."""
    if end == 0 or units[end - 1].low not in _lexicon().region_heads or end >= len(units):
        return end
    if not (units[end].capitalized and units[end].is_word and not units[end].entity_like):
        return end
    end += 1
    while end < len(units) and units[end].capitalized and units[end].low in _lexicon().place_tails:
        end += 1  # "Kota Jakarta Pusat"
    return end


def _english_body(units: Sequence[_Unit], k: int) -> int:
    """A body named in English after a title, up to its abbreviation in brackets: capitalized words with
    'for', 'of', 'and' between them or an English head ('Institute for Essential Services Reform (IESR)',
    'Southeast Asia Research Center (SEARC)'); else k."""
    lex = _lexicon()
    connectors, end = lex.body_connectors, k
    while end < len(units) and end - k < _ROLE_MAX_UNITS:
        unit = units[end]
        if not (unit.capitalized and unit.is_word) and not (end > k and unit.low in connectors):
            break
        end += 1
    while end > k and units[end - 1].low in connectors:
        end -= 1
    if not any(unit.low in connectors or unit.low in lex.org_tails for unit in units[k:end]):
        return k  # "Kementerian Perdagangan (Kemendag)", "Amerika Serikat (AS)": not named in English
    first = next((j for j in range(k, end) if units[j].low in connectors), end)
    if not any(unit.low in lex.org_tails for unit in units[k:first]) and _is_person_name(units, k, first, cued=False):
        return k  # "Analyst Dewi Anwar of the National Research Agency (BRIN)": a person of the body
    return end if _parenthetical_abbreviation(units, end) else k


def _joined_before_abbreviation(units: Sequence[_Unit], end: int) -> int:
    """Past 'dan Kehutanan', ', Klimatologi, dan Geofisika', 'dan Pelabuhan Singapura' when the body's
    abbreviation follows in brackets: the body's name goes on (another body's head starts another body)."""
    lex = _lexicon()
    joiners = lex.joiners | {","}
    k = end
    while k < len(units) and units[k].low in joiners:
        k += 1
        if k < len(units) and units[k].low in joiners:
            k += 1  # ", dan"
        words = k
        if lex.org_heads.match(units, k) > k:
            return end
        while k < len(units) and units[k].capitalized and units[k].is_word:
            k += 1
        if k == words:
            return end
        if _parenthetical_abbreviation(units, k):
            return k
    return end


def _field_words(units: Sequence[_Unit], k: int, entities: list[int]) -> int:
    """'Strategi dan Intelijen', 'Politik, Hukum, dan Keamanan': the field after 'untuk'/'urusan'/'bidang'.

    After a comma or 'dan' one more word ends the field unless another comma
    or 'dan' follows: "... dan Keamanan Budi X" leaves "Budi X" to the name.
    A comma after a country ends the field ("untuk Korea Utara, X, ...").
    """
    listed = False  # a comma or "dan" has been read: only one more word, then another joiner
    taken = 0  # words read since the last joiner
    while k < len(units):
        unit = units[k]
        if _field_joiner(units, k, taken):
            listed, taken = True, 0
            k += 1
            continue
        if (taken and units[k - 1].entity_like) or (listed and taken):
            break  # after a country, or after the last item of a list, comes the name
        proper = unit.capitalized and unit.is_word and (listed or _ordinary(unit.low) or unit.text.isupper())
        if not (unit.entity_like or proper):
            break  # the last item of a list may be a proper word ("Asia Timur dan Pasifik")
        if unit.entity_like:
            entities.append(k)
        taken += 1
        k += 1
    return k


def _field_joiner(units: Sequence[_Unit], k: int, taken: int) -> bool:
    """A comma or 'dan' between two items of a field ('Politik, Hukum, dan Keamanan')."""
    unit = units[k]
    after_comma = k > 0 and units[k - 1].text == ","
    if not (taken or after_comma) or k + 1 >= len(units) or not _field_next(units, k + 1):
        return False
    if unit.text == ",":
        return not units[k - 1].entity_like
    return unit.low in _lexicon().joiners


def _field_next(units: Sequence[_Unit], k: int) -> bool:
    """After a comma or 'dan' in a field: another field word ('Politik, Hukum, dan Keamanan')."""
    unit = units[k]
    if unit.low in _lexicon().joiners and k + 1 < len(units):
        unit = units[k + 1]
    return unit.capitalized and unit.is_word and unit.low not in _lexicon().title_starts


def _field_word(units: Sequence[_Unit], k: int) -> bool:
    """An ordinary capitalized word after 'Kepala', 'Direktur'... that is not the name itself."""
    unit = units[k]
    if not (unit.capitalized and unit.is_word and _ordinary(unit.low)):
        return False
    nxt = units[k + 1] if k + 1 < len(units) else None
    if nxt is not None and nxt.low in _lexicon().joiners and k + 2 < len(units):
        nxt = units[k + 2]  # "Kelautan dan Ruang Laut"
    return nxt is not None and nxt.capitalized and nxt.is_word


def _office_word(units: Sequence[_Unit], first: int, last: int) -> bool:
    """A 'name' of one ordinary word with an acronym after it ends the name of an office ('Gabungan' in
    "Kepala Staf Gabungan (JCS)"): a person's short form in brackets is a word, not capitals ("(Jokowi)")."""
    return last == first + 1 and _ordinary(units[first].low) and _ends_with_acronym(units, last + 3)


def _ends_with_acronym(units: Sequence[_Unit], end: int) -> bool:
    """A title followed by its own acronym, '(JCS)': the office as a body, not a person."""
    return end >= 3 and _parenthetical_abbreviation(units, end - 3) and not units[end - 2].entity_like


def _office_abbreviation(units: Sequence[_Unit], k: int) -> bool:
    """An abbreviation in capitals inside a title, with more capitalized words after it, or its city and a name
    ("Kepala TETO di Jakarta Nama")."""
    unit = units[k]
    if not (unit.is_word and unit.text.isupper() and 2 <= len(unit.text) <= MAX_OFFICE_ABBREVIATION):
        return False
    if k + 1 < len(units) and units[k + 1].low in _lexicon().place_links:
        return _linked_place(units, k + 2) > k + 2
    return k + 1 < len(units) and units[k + 1].capitalized


def _parenthetical_abbreviation(units: Sequence[_Unit], k: int) -> bool:
    return (
        k + 2 < len(units)
        and units[k].text == "("
        and units[k + 2].text == ")"
        and (units[k + 1].entity_like or units[k + 1].text.isupper())
    )


def _name_after_title(units: Sequence[_Unit], k: int) -> tuple[int, int] | None:
    """The name right after a title, or after one comma ('Menlu Korea Utara, X')."""
    if k < len(units) and units[k].low in _lexicon().honorifics and _name_run(units, k + 1) > k + 1:
        return (k + 1, _name_run(units, k + 1))  # "Menteri Luar Negeri Malaysia Datuk Nama"
    end = _name_run(units, k)
    if end > k + 1 and units[k].low in _lexicon().honorifics:
        return (k + 1, end)
    if end > k:
        return (k, end)
    if k + 1 < len(units) and units[k].text == ",":
        first = k + 2 if units[k + 1].low in _lexicon().honorifics else k + 1  # "..., Datuk Nama"
        end = _name_run(units, first)
        words = sum(1 for u in units[first:end] if u.is_word)
        if words == 1 and not _verb_follows(units, end):
            return None  # "Istana Wakil Presiden, Jakarta": a single word after a comma is a place as often
        if end > first and _is_person_name(units, first, end, cued=True):
            return (first, end)
    return None


def _role_of(text: str, units: Sequence[_Unit], title: _Title) -> str:
    return text[units[title.start].start : units[title.end - 1].end].strip(" ,")


def _role_key(title: _Title, units: Sequence[_Unit]) -> tuple[str, ...]:
    names = [_unit_entity_name(units[k]) for k in title.entities]
    spans = (*title.bodies, title.region) if title.region else title.bodies  # a bupati of one regency
    bodies = [" ".join(u.low for u in units[a:b]) for a, b in spans]
    return (title.head, *names, *bodies)


def _unit_entity_name(unit: _Unit) -> str:
    if unit.entity is not None:
        return unit.entity.name
    return f"generic:{unit.generic}"


def _normal_title(words: str) -> str:
    """Lowercase title words with abbreviations spelled out ('menlu' -> 'menteri luar negeri')."""
    abbreviations = _lexicon().abbreviations
    return " ".join(abbreviations.get(word, word) for word in words.split())


# -- names -----------------------------------------------------------------


def _name_run(units: Sequence[_Unit], k: int) -> int:
    """End of the name starting at units[k] (k when none starts there)."""
    lex = _lexicon()
    j = k
    last_name_end = k
    while j < len(units) and j - k < _MAX_NAME_TOKENS + 3:
        unit = units[j]
        if unit.low in lex.suffixes_of_names and j > k and unit.text[0].isupper():
            j += 1  # "Marcos Jr.", "Charles III": the name ends here
            if j < len(units) and units[j].text == "." and units[j].start == unit.end and unit.low in {"jr", "sr"}:
                j += 1
            return j
        if _place_as_surname(units, k, j):
            return j + 1  # "Avner Golan": a one-word place after a given name, nothing capitalized after it
        if j == k and _balinese_marker(units, j):
            j += 1  # "I Made Suryawan", "Ni Luh Ayu": the marker opens the name
            continue
        if _name_word(unit) or (j == k and _function_word_as_name(units, j)) or _title_as_surname(units, k, j):
            if len(unit.text) == 1:
                if j + 1 < len(units) and units[j + 1].text == "." and units[j + 1].start == unit.end:
                    j += 2
                    last_name_end = j
                    continue
                break
            j += 1
            last_name_end = j
        elif unit.low in lex.particles and (j > k or not unit.text[0].isupper()):
            after = j  # "van der Berg" opens a name only in lower case: "ujar van der Berg"
            while after < len(units) and units[after].low in lex.particles:
                after += 1  # "van der", "de la"
            if after - j > 2 or after >= len(units) or not _name_word(units[after]):
                break
            j = after
        else:
            break
        title_end = lex.titles.match(units, j) if j > k and j < len(units) else j
        if title_end > j and title_end < len(units) and units[title_end].capitalized:
            break  # another title and its name begin here; a title word at the end is a surname ("Yudistira Hakim")
    return last_name_end


def _balinese_marker(units: Sequence[_Unit], j: int) -> bool:
    """ "I" or "Ni" before a Balinese birth-order or caste name."""
    lex = _lexicon()
    return (
        units[j].low in lex.balinese_markers
        and units[j].text == units[j].low.capitalize()  # "I", "Ni"; not "ni" nor "NI"
        and j + 1 < len(units)
        and units[j + 1].low in lex.balinese_names
        and units[j + 1].capitalized
    )


def _place_as_surname(units: Sequence[_Unit], k: int, j: int) -> bool:
    """A surname the gazetteer knows as a place of one word ("Golan", "Jordan"), right after a given name."""
    unit = units[j]
    entity = unit.entity
    if j == k or entity is None or entity.kind != "place" or " " in unit.text:
        return False
    if not _name_word(units[j - 1]) or _ordinary(units[j - 1].low):  # "Kementerian Kesehatan Gaza": a field
        return False
    return j + 1 >= len(units) or not units[j + 1].capitalized


def _title_as_surname(units: Sequence[_Unit], k: int, j: int) -> bool:
    """'Arif Rahman Hakim', 'Yudistira Hakim': a one-word title closing a name, nothing capitalized after it
    (else it opens another title and its name: "... Ketua X")."""
    unit = units[j]
    if j == k or not unit.is_word or not unit.text[:1].isupper() or unit.text.isupper() or unit.sentence_start:
        return False
    if _lexicon().titles.match(units, j) != j + 1:
        return False
    return j + 1 >= len(units) or not units[j + 1].capitalized


def _function_word_as_name(units: Sequence[_Unit], j: int) -> bool:
    """'Oleh Marchenko': a capitalized function word mid-sentence, before a name, is a given name."""
    unit = units[j]
    return (
        unit.low in _lexicon().not_names
        and unit.text[0].isupper()
        and not unit.sentence_start
        and j + 1 < len(units)
        and _name_word(units[j + 1])
        and not _ordinary(units[j + 1].low)
    )


def _name_word(unit: _Unit) -> bool:
    """A word that can be part of a person's name."""
    if unit.entity_like or not unit.is_word:
        return False
    text, lex = unit.text, _lexicon()
    if not text[0].isupper():
        return unit.low.startswith(lex.prefixes) and "-" in text and text.split("-", 1)[1][:1].isupper()
    if unit.low in lex.name_stops:
        return False
    if text.isalpha():
        return len(text) == 1 or not text.isupper()
    if text.isupper() or _DIGIT.search(text):
        return False
    if "-" in text:
        tails = text.split("-")[1:]
        if any(part[:1].isupper() for part in tails):  # "Mensah-Bonsu" is a name, "Sosial-Politik" is not
            return not all(_ordinary(part.lower()) for part in text.split("-"))
    return True


def _name_tokens(units: Sequence[_Unit], first: int, last: int) -> tuple[str, ...]:
    words = []
    for unit in units[first:last]:
        if unit.text == "." and words:
            words[-1] += "."
        else:
            words.append(unit.text)
    return tuple(words)


def _is_person_name(units: Sequence[_Unit], first: int, last: int, cued: bool) -> bool:
    """Whether a name run can be a person: not only ordinary words (one word needs a cue)."""
    words = [u for u in units[first:last] if u.is_word and u.low not in _lexicon().particles]
    if not words or all(len(u.text) == 1 for u in words):
        return False  # initials alone ("M." of a degree "LL.M.") name no one
    if len(words) == 1:
        return cued and not _ordinary(words[0].low) and not _common_noun(words[0].low)
    if all(_ordinary(u.low) for u in words if len(u.text) > 1) and not _cued_name(units, first, last, cued):
        return False
    return not any(_common_noun(u.low) or u.low in _lexicon().thing_words for u in words)


def _cued_name(units: Sequence[_Unit], first: int, last: int, cued: bool) -> bool:
    """Ordinary words after "kata"/"ujar" or a title, mid-sentence, with no abbreviation after them as bodies have
    ("Koordinasi Urusan Kemanusiaan (OCHA)"): a name, since given names are words too ("ujar Budi Rahman Hakim")."""
    return cued and not units[first].sentence_start and not (last < len(units) and units[last].text == "(")


def _common_noun(low: str) -> bool:
    """An English derived noun ('Partnership', 'Declaration'): not a name."""
    return len(low) >= 7 and low.endswith(_lexicon().suffixes)


def _name_run_rule(index: int, text: str, units: list[_Unit], i: int, scan: _Scan, headline: bool, cued: bool) -> int:
    """A capitalized run: a person by verb cue, apposition or bare run; or an organization by context."""
    lex = _lexicon()
    end = _name_run(units, i)
    if end == i:
        return i
    has_cue = cued or _verb_follows(units, end) or _apposition_title(units, end) is not None
    has_cue = has_cue or (_person_noun_after(units, end) and not lex.place_context.ends_at(units, i))
    has_cue = has_cue or _age_after(units, end)
    first = i
    if units[i].sentence_start and end - i > 1 and _sentence_opener(units[i].low, strict=not has_cue):
        first = i + 1  # a capitalized sentence opener before the name
        if _name_run(units, first) != end:
            return i
    if end - first > 1 and units[first].low in lex.honorifics:
        first += 1  # "Pak Harjo": the form of address is not part of the name
    size = sum(1 for u in units[first:end] if u.is_word and u.low not in lex.particles)
    if size > _MAX_NAME_TOKENS:
        return end
    if lex.org_context.ends_at(units, first):
        return _add_run(index, text, units, first, end, "organization", scan)
    if end - first == 1 and is_city(units[first].text):
        return _add_run(index, text, units, first, end, "place", scan)  # "Jakarta tidak menganggap ...": a city
    if has_cue and _is_person_name(units, first, end, cued=True):
        return _person_from_run(index, text, units, first, end, scan)
    if lex.place_context.ends_at(units, first) or _after_acronym(units, first):
        return end  # "di Los Angeles", "USS Gerald Ford": a place or a vessel, not a person
    if not headline and _BARE_MIN <= size <= _BARE_MAX and _is_person_name(units, first, end, cued=False):
        return _person_from_run(index, text, units, first, end, scan)
    if size == 1 and first == i:
        return i  # a lone word: maybe a later mention of a known person
    return end


def _age_after(units: Sequence[_Unit], end: int) -> bool:
    """'Nama (52)': a person's age in brackets right after the name."""
    return (
        end + 2 < len(units)
        and units[end].text == "("
        and units[end + 1].text.isdigit()
        and len(units[end + 1].text) <= 3
        and units[end + 2].text == ")"
    )


def _person_noun_after(units: Sequence[_Unit], end: int) -> bool:
    """', pemilik toko ...', ', warga ...' right after a run: it names a person."""
    return end + 1 < len(units) and units[end].text == "," and _lexicon().person_nouns.match(units, end + 1) > end + 1


def _after_acronym(units: Sequence[_Unit], first: int) -> bool:
    """A name glued to an unknown acronym before it ('KRI Bung Tomo', 'USS Gerald Ford') names a thing."""
    if first == 0:
        return False
    before = units[first - 1]
    return before.is_word and not before.entity_like and len(before.text) > 1 and before.text.isupper()


def _sentence_opener(low: str, strict: bool) -> bool:
    """A sentence's first word that is not part of the name after it.

    Without a cue any ordinary word is taken for an opener; with one ("X
    mengatakan") only function words and affixed words are, so that a given
    name that is also a dictionary word ("Lars") stays.
    """
    if low in _lexicon().prepositions:
        return True  # "Di Jakarta, ..."
    if strict:
        return _ordinary(low)
    return low in _lexicon().not_names or _affixed(low)


@functools.lru_cache(maxsize=65536)
def _affixed(low: str) -> bool:
    """An Indonesian word with affixes around a dictionary root ('Sebelumnya', 'Kemudian' is not)."""
    if not low.isalpha() or len(low) < 5:
        return False
    stem = _stemmer().stem(low)
    return stem != low and stem in lexicon.root_words()


def _person_from_run(index: int, text: str, units: list[_Unit], first: int, end: int, scan: _Scan) -> int:
    tokens = _name_tokens(units, first, end)
    start, stop = units[first].start, units[end - 1].end
    role = _role_before(text, units, first)
    scan.finds.append(
        _Find(index, start, stop, "person", " ".join(tokens), tokens=tokens, name_start=start, role=role,
              forms=(text[start:stop],))
    )  # fmt: skip
    person = scan.finds[-1]
    return _apposition(index, text, units, _alias(index, text, units, end, scan, person), scan, person)


def _role_before(text: str, units: Sequence[_Unit], first: int) -> str | None:
    """'<Organization>, X mengatakan': the body before the comma is the person's role (not after a preposition:
    "diterbitkan oleh <Organization>, X memuji")."""
    if first < 2 or units[first - 1].text != ",":
        return None
    if first >= 3 and units[first - 3].low in _lexicon().prepositions:
        return None
    entity = units[first - 2].entity
    return units[first - 2].text if entity is not None and entity.kind == "organization" else None


def _verb_follows(units: Sequence[_Unit], k: int) -> bool:
    """A verb of saying after the name, adverbs, time words or a parenthesis between."""
    lex = _lexicon()
    steps = 0
    while k < len(units) and steps < 8:
        unit = units[k]
        if unit.low in lex.verbs_before:
            return True
        if unit.text == "(":
            close = next((j for j in range(k + 1, min(len(units), k + 10)) if units[j].text == ")"), None)
            if close is None:
                return False
            k = close + 1
        elif unit.low in lex.between or unit.low in lex.calendar or unit.text == ",":
            k += 1
        else:
            return False
        steps += 1
    return False


def _apposition_title(units: Sequence[_Unit], k: int) -> _Title | None:
    """', asisten menteri di Kementerian X' after a name: a title with no name of its own."""
    if k + 1 >= len(units) or units[k].text != ",":
        return None
    title = _title_at(units, k + 1)
    if title is None or title.name is not None:
        return None
    return title


def _apposition(index: int, text: str, units: list[_Unit], k: int, scan: _Scan, person: _Find) -> int:
    """Attach ', <role>' after a person's name as its role; return where scanning resumes."""
    title = _apposition_title(units, k)
    if title is None:
        return k
    for j in title.entities:
        _entity_unit(index, text, units, j, scan)
    stop = title.end
    while stop < len(units) and stop - title.start < _ROLE_MAX_UNITS and units[stop].text not in {",", ".", ";"}:
        if units[stop].entity_like:
            _entity_unit(index, text, units, stop, scan)
        stop += 1
    role = text[units[title.start].start : units[stop - 1].end].strip(" ,")
    at = scan.finds.index(person)
    if person.role:
        scan.finds[at] = replace(person, extra_roles=(role,), role_key=person.role_key or _role_key(title, units))
    else:
        scan.finds[at] = replace(person, role=role, role_key=_role_key(title, units))
    return stop


# ---------------------------------------------------------------- resolution


@dataclass
class _Person:
    """A person being assembled from the finds of one article."""

    tokens: tuple[str, ...]
    order: int
    role_keys: set[tuple[str, ...]] = field(default_factory=set)

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


def _resolve_people(finds: list[_Find]) -> dict[int, _Person]:
    """Group the person finds of an article: find index -> person."""
    people: list[_Person] = []
    owner: dict[int, _Person] = {}
    seen: dict[tuple[str, ...], _Person] = {}  # names already placed: most finds repeat one
    for n, find in enumerate(finds):
        if find.kind != "person" or find.reference:
            continue
        person = seen.get(find.tokens) or next((p for p in people if _same_person(find.tokens, p.tokens)), None)
        if person is None:
            person = _Person(find.tokens, len(people))
            people.append(person)
        elif _fuller(find.tokens, person.tokens):
            person.tokens = find.tokens
        seen[find.tokens] = person
        if find.role_key:
            person.role_keys.add(find.role_key)
        owner[n] = person
    return owner


def _same_person(new: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """Whether a name seen later in an article names a person already seen."""
    if not new or not known:
        return False
    if new == known:
        return True
    if len(new) == 1 or len(known) == 1:
        single, full = (new, known) if len(new) == 1 else (known, new)
        word = single[0].casefold()  # "Al-Momani" opening a sentence is "Faris al-Momani"
        inner = [part.casefold() for part in full[1:-1]]
        return word in (full[0].casefold(), _surname(full).casefold()) or (len(full) > 2 and word in inner)
    if _contiguous_part(new, known) or _contiguous_part(known, new) or _compact(new) == _compact(known):
        return True
    return _surname(new) == _surname(known) and _first_names_match(new[0], known[0])


@functools.lru_cache(maxsize=4096)
def _surname(tokens: tuple[str, ...]) -> str:
    """The last word of a name, generational suffixes aside ('Marcos' of 'Ferdinand Marcos Jr.')."""
    suffixes = _lexicon().suffixes_of_names
    for word in reversed(tokens):
        if word.rstrip(".").lower() not in suffixes:
            return word
    return tokens[-1]


def _contiguous_part(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """'Suk Yeol' in 'Yoon Suk Yeol', 'von der Leyen' in 'Ursula von der Leyen': a prefix or suffix."""
    size = len(part)
    return size < len(whole) and (whole[:size] == part or whole[-size:] == part)


@functools.lru_cache(maxsize=4096)
def _compact(tokens: tuple[str, ...]) -> str:
    return "".join(tokens).replace("-", "").replace(".", "").lower()


def _first_names_match(a: str, b: str) -> bool:
    """'Alex'/'Alexander', 'Muhamad'/'Muhammad', 'J.'/'John': one name spelt two ways."""
    a, b = a.rstrip(".").lower(), b.rstrip(".").lower()
    if not a or not b:
        return False
    if a.startswith(b) or b.startswith(a):
        return min(len(a), len(b)) >= 3 or len(min(a, b, key=len)) == 1
    return fuzz.ratio(a, b) >= _FIRST_NAME_SIMILARITY


def _fuller(new: tuple[str, ...], known: tuple[str, ...]) -> bool:
    return (len(new), len(" ".join(new))) > (len(known), len(" ".join(known)))


class _Resolved(NamedTuple):
    """A find and the key of the actor it resolves to."""

    find: _Find
    key: str


def _resolve_references(finds: list[_Find], singles: list[_Single], owner: dict[int, _Person]) -> list[_Resolved]:
    """Titles without names, lone surnames and short forms: joined to the people already found."""
    people = sorted({id(p): p for p in owner.values()}.values(), key=lambda p: p.order)
    out: list[_Resolved] = []
    for n, find in enumerate(finds):
        if find.kind == "person" and find.reference:
            matches = [p for p in people if find.role_key in p.role_keys]
            if len(matches) == 1 and len(find.role_key or ()) > 1:
                named = replace(find, forms=(find.role or "",), role=None)
                out.append(_Resolved(named, matches[0].name))
        elif find.kind == "person":
            out.append(_Resolved(find, owner[n].name))
        else:
            out.append(_Resolved(find, find.key))
    ends: dict[str, _Person] = {}
    for person in reversed(people):  # the first person introduced wins a shared name
        for inner in person.tokens[1:-1]:  # "Lula" of "Luiz Inacio Lula da Silva", weaker than a first or last name
            ends.setdefault(inner, person)
    for person in reversed(people):
        ends[person.tokens[0]] = ends[_surname(person.tokens)] = person
    aliases = {r.find.alias: r for r in out if r.find.alias}
    for single in singles:
        person = ends.get(single.text)
        if person is not None:
            find = _Find(single.paragraph, single.start, single.end, "person", person.name, forms=(single.text,))
            out.append(_Resolved(find, person.name))
        elif single.text in aliases:
            alias = aliases[single.text]
            moved = replace(alias.find, paragraph=single.paragraph, start=single.start, end=single.end)
            out.append(_Resolved(moved, alias.key))
    out.sort(key=lambda r: (r.find.paragraph, r.find.start, -r.find.end))
    return out


def _resolve_generics(resolved: list[_Resolved]) -> list[_Resolved]:
    """'Departemen Luar Negeri' alone: the ministry named with a country elsewhere in the article."""
    organizations = Counter(f.key for f, _ in resolved if f.kind == "organization" and not f.generic)
    surfaces = {f.key: f.forms[0] for f, _ in resolved if f.kind == "organization" and not f.generic and f.forms}
    out = []
    for item in resolved:
        generic = item.find.generic
        target = _generic_target(generic, organizations, surfaces, item.find.forms[0]) if generic else None
        if target:
            out.append(_Resolved(item.find, target))
        elif not generic or _names_an_institution(item.find.forms[0]):
            out.append(item)
    return out


def _names_an_institution(form: str) -> bool:
    """An unresolved generic is kept when it reads as a name ("Kementerian Luar Negeri", "Kemlu"),
    not as a common noun ("Tentara", "Parlemen", "Kantor berita resmi")."""
    words = form.split()
    if len(words) > 1:
        return all(word[:1].isupper() for word in words)
    return not _ordinary(form.lower())


def _generic_target(key: str, organizations: Counter[str], surfaces: dict[str, str], form: str = "") -> str | None:
    """The most mentioned organization of the article that is this institution of some country; the home
    country's when there is none, or when the form is an abbreviation none of them is written with ("Kemlu"
    after "Kementerian Luar Negeri Mesir": the press's own ministry)."""
    found = _named_institution(key, organizations, surfaces)
    if not _names_an_institution(form):  # "tentara", "media pemerintah": a common noun is no one's by default
        return found
    if found is None or (" " not in form.strip() and not any(form in surface for surface in surfaces.values())):
        home = _home_institution(key)
        return home if home is not None else found
    return found


@functools.cache
def _home_institution(key: str) -> str | None:
    country = lookup(str(lexicon.load("organizations")["home_country"]))
    made = institution(key, country) if country is not None else None
    return made.name if made is not None else None


def _named_institution(key: str, organizations: Counter[str], surfaces: dict[str, str]) -> str | None:
    countries = country_forms()
    candidates: Counter[str] = Counter()
    for name, surface in surfaces.items():
        words = surface.split()
        for size in range(1, min(4, len(words) - 1) + 1):
            tail = " ".join(words[-size:])
            entity = lookup(tail) if tail in countries else None
            made = institution(key, entity) if entity is not None else None
            if made is not None and made.name == name:
                candidates[name] = organizations[name]
    if not candidates:
        return None
    return candidates.most_common(1)[0][0]


# ---------------------------------------------------------------- assembly


@dataclass
class _Entry:
    """An actor being assembled from its finds."""

    name: str
    kind: ActorKind
    english: str
    order: int
    forms: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: int = 0

    def add(self, find: _Find) -> None:
        self.mentions += 1
        for form in find.forms:
            if form and form not in self.forms:
                self.forms.append(form)
        for role in (find.role, *find.extra_roles):
            if role and role not in self.roles and not find.reference:
                self.roles.append(role)


def _assemble(resolved: list[_Resolved]) -> Cast:
    """Actors from the resolved finds, most mentioned first, and their mentions in text order."""
    entries: dict[str, _Entry] = {}
    mentions = []
    for find, key in resolved:
        if not key or (find.kind == "person" and _portfolio(key)):
            continue
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = _new_entry(find, key, len(entries))
        entry.add(find)
        mentions.append(Mention(find.paragraph, find.start, find.end, entry.name))
    ranked = sorted(entries.values(), key=lambda e: (-e.mentions, e.order))
    actors = tuple(Actor(e.name, e.kind, e.english, tuple(e.forms), e.mentions, tuple(e.roles)) for e in ranked)
    return Cast(actors, tuple(mentions))


def _portfolio(name: str) -> bool:
    """A "person" named only with the words of ministries' fields is a portfolio read as a name ("Menteri
    Iklim Tuvalu", "Menteri Keamanan Dalam Negeri")."""
    return all(word in _portfolio_words() for word in name.casefold().split())


@functools.cache
def _portfolio_words() -> frozenset[str]:
    return frozenset(str(word).casefold() for word in lexicon.load("people")["portfolio_words"])


def _new_entry(find: _Find, key: str, order: int) -> _Entry:
    """An actor's name and English name: a generic institution nobody named keeps its surface form."""
    if find.kind == "person":
        return _Entry(key, "person", key, order)
    if find.generic and key == find.key:
        name = find.forms[0] if find.forms else key
        return _Entry(name, find.kind, find.generic.replace("_", " ").title(), order)
    return _Entry(key, find.kind, key if find.generic else (find.english or key), order)


# ---------------------------------------------------------------- merging across articles


def _root(parent: dict[str, str], name: str) -> str:
    while parent[name] != name:
        parent[name] = parent[parent[name]]
        name = parent[name]
    return name


def _surname_blocks(names: Sequence[str]) -> dict[str, list[str]]:
    """Full names grouped by the first letters of their last word: only these are compared."""
    blocks: dict[str, list[str]] = {}
    for name in names:
        blocks.setdefault(_surname(tuple(name.split()))[:_BLOCK_PREFIX].lower(), []).append(name)
    return blocks


def _same_across_articles(a: str, b: str, roles: dict[str, set[str]]) -> bool:
    """Two full names from different articles are one person: one spelling, or a surname and evidence.

    Evidence is a first name that is a prefix or near-spelling of the other
    ("Alex"/"Alexander", "Muhamad"/"Muhammad"), or the same initial and a
    compatible role ("Yusuf"/"Yousef", both foreign minister of one country).
    """
    ta, tb = tuple(a.split()), tuple(b.split())
    if _compact(ta) == _compact(tb):
        return True
    if not _surnames_match(_surname(ta), _surname(tb)):
        return False
    if _first_names_match(ta[0], tb[0]):
        return True
    same_initial = ta[0][:1].lower() == tb[0][:1].lower()
    return same_initial and _roles_compatible(roles[a], roles[b])


def _merge_single(name: str, sharing: Sequence[str], roles: dict[str, set[str]], parent: dict[str, str]) -> None:
    """A lone name ('Macron') joins the one merged person whose first or last name it is, roles permitting."""
    groups = {_root(parent, other) for other in sharing}
    if len(groups) != 1:
        return  # no one, or several people share the name: no evidence which
    group = groups.pop()
    members = [other for other in sharing if _root(parent, other) == group]
    group_roles = set().union(*(roles[m] for m in members))
    if not roles[name] or not group_roles or _roles_compatible(roles[name], group_roles):
        parent[_root(parent, name)] = group


def _surnames_match(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or (min(len(a), len(b)) >= 6 and fuzz.ratio(a, b) >= _SURNAME_SIMILARITY)


def _roles_compatible(a: set[str], b: set[str]) -> bool:
    return any(fuzz.token_set_ratio(x, y) >= _ROLE_SIMILARITY for x in a for y in b if x and y)


@functools.lru_cache(maxsize=65536)
def _role_text(role: str) -> str:
    """A role in lowercase with abbreviations spelled out, for comparing across articles (the same roles
    come back in article after article)."""
    words = _TOKEN.findall(role.lower())
    return _normal_title(" ".join(w for w in words if w.isalnum() or "-" in w))
