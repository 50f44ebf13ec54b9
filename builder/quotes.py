"""Finds the direct quotations of an article and who said them.

Quote marks: straight and curly double quotes, doubled apostrophes, curly
single quotes (told apart from apostrophes; a long pair only when it holds a
sentence with a verb of saying beside it) and, conservatively, straight
single quotes. A quote left open at the end of a paragraph goes on in the next
paragraph when that one opens with a quote mark; each paragraph's piece is a
quote of its own with the same speaker.

Speakers, in order of preference:

1. an attribution right after the quote: "“...,” kata X", "“...” X
   mengatakan", "“...,” katanya" (the last named speaker), "“...,” menurut
   pernyataan itu" (whoever issued the statement), "“....” Hal itu
   disampaikan X" (the next sentence names who said it);
2. a cue before the quote in the same sentence: "X mengatakan, “...”", "X:
   “...”", "Menurut X, “...”", the subject of the last verb of saying ("X
   mengecam “...”", "X, Y dan Z mengecam “...”" -> "X, Y and Z"), or the actor
   after a statement noun ("tuduhan X bahwa ... “...”");
3. a paragraph (or a sentence) that is wholly a quote continues the speaker of
   the quote before it, or of the person last named as a subject.

Otherwise the speaker is None (a treaty's wording, a slogan). The "last named
speaker" that "katanya" and "kata dia" point to is the last actor who spoke
or the last person named as the subject of a sentence (also one introduced
as "Salah seorang X, Nama (41), asal Y, ..."), read in text order.

A key quote is a whole statement by a speaker: it ends with sentence
punctuation inside the marks, or it opens a sentence and has four words or
more. Scare quotes and partial quotes inside reported speech are not key.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from builder import lexicon
from builder.actors import Cast, Mention
from builder.model import Quote

_WORD = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_LETTERS = re.compile(r"\w+")
_MARK = re.compile(r"''|[\"“”‘’']")
_SENTENCE_END = re.compile(r"[.!?]+(?=[\s\"”’']*\s)")
_END_PUNCT = frozenset(".,!?;:…")
_DASHES = frozenset("—–-")
_SINGLE_MAX = 120  # a straight single quote longer than this is an apostrophe, not a quote
_SINGLE_SPEECH_MAX = 1000  # a curly single quote holding an attributed sentence may run this far
_FIRST_WORD = re.compile(r"[\s,]*(\w+)")
_LAST_WORD = re.compile(r"(\w+)\s*$")
_UNNAMED = "\0unnamed"  # a speaker the article does not name ("seorang diplomat senior"), while reading
_KEY_MIN_WORDS = 4  # a quote of this many words that opens a sentence is a whole statement
QUOTED_HEADING_WORDS = 8  # a whole paragraph this short in quotes, unpunctuated, is a subheading
_AFTER_WINDOW = 60  # how far after "kata" the speaker's name may start
_ROLE_WINDOW = 120  # how far after it a name may follow a role and a comma ("kata juru bicara X, Nama")
_ROLE_WORDS = 12  # at most this many words of role
_STATEMENT_LOOKBACK = 5  # paragraphs searched back for the statement a quote comes from
_EPITHET_MAX = 10  # words in a description of the speaker after "kata" ("politikus partai X itu"); also after "the"
_FIELD_WORDS = 4  # capitalized words of a body named in a title after "kata" ("Direktur Eksekutif AHA Centre")
_INSERTED_MAX = 6  # words in a phrase between a subject and its verb ("dalam pernyataan tertulis")
_CLAUSE_MAX = 16  # words in a relative clause between a subject and its verb ("X, yang ..., mengatakan")
_TITLE_OPENING_MAX = 12  # words of a title before the person opening a sentence ("Duta Besar RI untuk Oman, X")


# ---------------------------------------------------------------- public API


def find_quotes(paragraphs: Sequence[str], cast: Cast) -> tuple[Quote, ...]:
    """Find every direct quotation with its speaker (a canonical actor name, or None)."""
    spans = _quote_spans(paragraphs)
    by_paragraph: dict[int, list[Mention]] = {}
    for mention in cast.mentions:
        by_paragraph.setdefault(mention.paragraph, []).append(mention)
    kinds = {actor.name: actor.kind for actor in cast.actors}
    last = max((i for i, found in enumerate(spans) if found), default=-1)
    contexts = [
        _Context.of(i, text, spans[i], by_paragraph.get(i, []), kinds) for i, text in enumerate(paragraphs[: last + 2])
    ]
    state = _State()
    speakers: dict[_Span, str | None] = {}
    for context in contexts:
        _attribute_paragraph(context, contexts, state, speakers)
    _share_continued(spans, speakers, state.signed)
    _named_afterwards(contexts, speakers)
    for span in (span for paragraph_spans in spans for span in paragraph_spans):
        if _is_quoted_heading(span, paragraphs[span.paragraph]):
            speakers[span] = None
    return tuple(
        Quote(text=span.text, speaker=_named(speakers.get(span)), key=_is_key(span, speakers.get(span)))
        for paragraph_spans in spans
        for span in paragraph_spans
    )


def _named_afterwards(contexts: Sequence[_Context], speakers: dict[_Span, str | None]) -> None:
    """'"...," tambahnya. / Pernyataan itu disampaikan juru bicara X, Nama, ...': the quotes right before such a
    paragraph whose speaker their own paragraph does not name (no cue, or only "katanya") are that speaker's."""
    for index, context in enumerate(contexts):
        speaker = None if context.spans else _said_before_by(context)
        earlier = index - 1
        while speaker is not None and earlier >= 0 and contexts[earlier].spans:
            before = contexts[earlier]
            named = {mention.name for mention in before.mentions}
            if any(speakers.get(span) in named for span in before.spans):
                break  # its speaker is named there
            for span in before.spans:
                speakers[span] = speaker
            earlier -= 1


def _said_before_by(context: _Context) -> str | None:
    """The speaker a paragraph names for what was quoted before it ("Pernyataan itu disampaikan ... Nama")."""
    return _said_before_at(context, 0, context.sentences()[0][1]) if context.words else None


def _said_before_at(context: _Context, n: int, sentence_end: int) -> str | None:
    """'Hal itu disampaikan ... Nama' opening at words[n]: the person named, who said what was quoted before."""
    speech = _speech()
    words = context.words
    if len(words) < n + 4 or words[n].low not in speech.said_before or words[n + 1].low not in speech.pointers:
        return None
    verb = n + 2 + (words[n + 2].low in speech.between)
    if verb >= len(words) or words[verb].low not in speech.passive:
        return None
    after = words[verb].end
    found = _appositive_person(context, after)
    if found is not None:
        return found
    mention = context.mention_starting(after, _ROLE_WINDOW)
    if mention is None or mention.start >= sentence_end or context.kinds.get(mention.name) != "person":
        return None
    return mention.name


def _named(speaker: str | None) -> str | None:
    """A speaker's name; someone the article leaves unnamed has none (their quote may still be key)."""
    return None if speaker == _UNNAMED else speaker


# ---------------------------------------------------------------- language data


@dataclass(frozen=True)
class _Speech:
    verbs_after: frozenset[str]
    pronouns_after: frozenset[str]
    pronoun_subjects: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    verbs_before: frozenset[str]
    statement_nouns: frozenset[str]
    statement_subjects: tuple[tuple[str, ...], ...]
    pointers: frozenset[str]
    description_openers: frozenset[str]
    title_linkers: frozenset[str]  # words inside a title before its name ('untuk', 'di')
    said_before: frozenset[str]
    pair_words: frozenset[str]
    pair_nouns: dict[str, str]  # noun after "kedua" -> kind of the two actors it means
    issued_by: tuple[tuple[str, ...], ...]
    between: frozenset[str]
    coordinators: frozenset[str]
    fillers: frozenset[str]
    elided: frozenset[str]
    prepositions: frozenset[str]
    abbreviations: frozenset[str]
    title_words: frozenset[str]
    describing: frozenset[str]  # first words of titles and of nouns that describe a person ("pemilik", "warga")
    describers: frozenset[str]  # words of an unnamed speaker's description ("seorang pejabat senior")
    unnamed: frozenset[str]  # first words of such a description as a subject ("Seorang diplomat ...")
    nameless: tuple[str, ...]  # phrases saying a subject is left unnamed ("yang enggan disebut namanya")
    passive: frozenset[str]  # "disampaikan X"
    according_first: frozenset[str]
    statement_first: frozenset[str]
    triggers: frozenset[str]  # every word a cue can start with
    cue_words: frozenset[str]  # the triggers with their "-nya" forms ("katanya", "menurutnya")
    clause_openers: frozenset[str]  # "yang", "selaku": a clause set off by commas after a subject
    inserted: frozenset[str]


@functools.cache
def _speech() -> _Speech:
    speech = lexicon.load("speech")
    people = lexicon.load("people")
    titles = [str(t).lower() for t in (*people["titles"], *people["title_modifiers"])]
    title_words = frozenset(t.split()[0] for t in titles)
    abbreviations = {str(a).lower() for a in speech["period_abbreviations"]}
    abbreviations |= {t.rstrip(".") for t in titles if t.endswith(".")}
    return _Speech(
        verbs_after=frozenset(speech["verbs_after"]),
        pronouns_after=frozenset(speech["pronouns_after"]),
        pronoun_subjects=frozenset(speech["pronoun_subjects"]),
        according_to=_phrases(speech["according_to"]),
        verbs_before=frozenset(speech["verbs_before"]),
        statement_nouns=frozenset(w for w in speech["statement_nouns"] if " " not in w),
        statement_subjects=_phrases(speech["statement_subjects"]),
        pointers=frozenset(speech["statement_pointers"]),
        description_openers=frozenset(speech["description_openers"]),
        title_linkers=frozenset(people["title_links"]),
        said_before=frozenset(speech["said_before"]),
        pair_words=frozenset(speech["pair_words"]),
        pair_nouns={str(noun): str(kind) for noun, kind in speech["pair_nouns"].items()},
        issued_by=_phrases(speech["issued_by"]),
        between=frozenset(speech["between_subject_and_verb"]),
        coordinators=frozenset(speech["coordinators"]),
        fillers=frozenset(speech["coordination_fillers"]),
        elided=frozenset(speech["elided_subject"]),
        prepositions=frozenset(speech["prepositions"]),
        abbreviations=frozenset(abbreviations),
        title_words=title_words,
        describing=title_words
        | {str(noun).split()[0] for noun in people["person_nouns"]}
        | frozenset(speech["origin_words"]),
        describers=frozenset(_WORD.findall(" ".join(titles)))
        | frozenset(speech["describers"])
        | frozenset(speech["passive_verbs"]),
        passive=frozenset(speech["passive_verbs"]),
        unnamed=frozenset(speech["unnamed_sources"]),
        nameless=tuple(str(phrase).casefold() for phrase in speech["nameless_phrases"]),
        according_first=frozenset(p[0] for p in _phrases(speech["according_to"])),
        statement_first=frozenset(p[0] for p in _phrases(speech["statement_subjects"])),
        inserted=frozenset(speech["inserted_phrase_openers"]),
        triggers=frozenset(
            {*speech["verbs_after"], *speech["verbs_before"], *speech["passive_verbs"]}
            | {p[0] for p in _phrases(speech["according_to"])}
            | {w for w in speech["statement_nouns"] if " " not in w}
        ),
        cue_words=_cue_words(speech),
        clause_openers=frozenset(speech["clause_openers"]) | frozenset(speech["origin_words"]),
    )


def _cue_words(speech: dict) -> frozenset[str]:
    firsts = {p[0] for p in _phrases(speech["according_to"])}
    words = {*speech["verbs_after"], *speech["verbs_before"], *speech["passive_verbs"], *firsts}
    words |= {w for w in speech["statement_nouns"] if " " not in w}
    return frozenset(words | {w + "nya" for w in (*speech["verbs_after"], *firsts)})


def _phrases(items: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    words = [tuple(_WORD.findall(str(item).lower())) for item in items]
    return tuple(sorted((w for w in words if w), key=len, reverse=True))


# ---------------------------------------------------------------- quote spans


@dataclass(frozen=True)
class _Span:
    """One quotation inside one paragraph."""

    paragraph: int
    open: int  # index of the opening mark
    start: int  # first character of the quoted text
    end: int  # one past the last character of the quoted text
    close: int  # one past the closing mark (== end when the quote is left open)
    text: str
    left_open: bool = False  # goes on in the next paragraph
    continued: bool = False  # goes on from the previous paragraph
    opens_sentence: bool = False  # nothing but a sentence start, a colon or a comma before it


def _quote_spans(paragraphs: Sequence[str]) -> list[list[_Span]]:
    """The quotations of each paragraph, in order."""
    out: list[list[_Span]] = []
    carried = False
    for index, text in enumerate(paragraphs):
        spans = _paragraph_spans(index, text, carried)
        out.append(spans)
        carried = bool(spans) and spans[-1].left_open
    return out


def _paragraph_spans(index: int, text: str, carried: bool) -> list[_Span]:
    spans: list[_Span] = []
    opened: tuple[str, int, int] | None = None  # (kind, mark index, text start)
    for match in _MARK.finditer(text):
        mark, at = match.group(), match.start()
        if opened is not None:
            kind, mark_at, start = opened
            if _closes(kind, text, mark, at, match.end(), start):
                _add_span(spans, index, text, mark_at, start, at, match.end(), carried)
                opened = None
                continue
            if not (kind == "curly" and mark == "“" and _opening_kind(text, mark, at, match.end())):
                continue
            end = len(text[:at].rstrip())  # a new “ while one is open: the first was never closed
            _add_span(spans, index, text, mark_at, start, end, end, carried)
            opened = None
        kind = _opening_kind(text, mark, at, match.end())
        if kind:
            opened = (kind, at, match.end())
    if opened is not None and opened[0] in {"double", "curly"}:
        _, mark_at, start = opened
        end = len(text.rstrip())
        _add_span(spans, index, text, mark_at, start, end, end, carried, left_open=True)
    return spans


def _opening_kind(text: str, mark: str, at: int, after: int) -> str | None:
    """What quote a mark opens: "curly", "double", "single", "single'" or None.

    Right marks open too when they stand before a word ('”Kami ...”', a style
    some sites use); single quotes open only when their closing mark follows.
    """
    nxt = text[after : after + 1]
    if not nxt or nxt.isspace():
        return None
    before = text[at - 1 : at]
    loose = not before or before.isspace() or before in "([—–-"
    if mark == "“" or (mark == "”" and loose and nxt.isalnum()):
        return "curly"
    if mark in {'"', "''"}:
        return "double"
    if mark in {"‘", "’"} and (mark == "‘" or loose) and not before.isalnum():
        return "single" if _closer_ahead("single", text, after) else None
    if mark == "'" and loose and nxt.isalpha():
        return "single'" if _closer_ahead("single'", text, after) else None
    return None


def _closer_ahead(kind: str, text: str, start: int) -> bool:
    """Whether a single quote opened at `start` is closed within a short distance, or, for curly ones, further
    on when what they hold is a sentence someone is said to have said ('‘Kami ... lebih baik,’ ujarnya')."""
    reach = _SINGLE_SPEECH_MAX if kind == "single" else _SINGLE_MAX
    for match in _MARK.finditer(text, start, min(len(text), start + reach)):
        if _closes(kind, text, match.group(), match.start(), match.end(), start):
            return match.start() < start + _SINGLE_MAX or _attributed_sentence(
                text, start - 1, match.start(), match.end()
            )
    return False


def _attributed_sentence(text: str, mark: int, at: int, after: int) -> bool:
    """text[mark + 1:at] is a sentence in quotes (a capital first, punctuation last, several words) with a verb
    of saying right after its closing mark ('..., ujarnya', '..., kata X') or before its opening one ('X
    mengatakan, ‘...’'): a quotation, not a long stretch between an opening mark and an apostrophe."""
    quoted = text[mark + 1 : at].strip()
    if not quoted[:1].isupper() or quoted[-1:] not in _END_PUNCT or len(quoted.split()) < _KEY_MIN_WORDS:
        return False
    speech = _speech()
    following = _FIRST_WORD.match(text, after)
    if following and (following[1].lower() in speech.verbs_after or _is_verb_after(following[1].lower())):
        return True
    lead = text[:mark].rstrip()
    preceding = _LAST_WORD.search(lead[-_AFTER_WINDOW:-1]) if lead.endswith((",", ":")) else None
    return preceding is not None and preceding[1].lower() in speech.verbs_before


def _closes(kind: str, text: str, mark: str, at: int, after: int, start: int) -> bool:
    """Whether a mark closes the open quote of this kind."""
    if at <= start:
        return False
    nxt = text[after : after + 1]
    before = text[at - 1 : at]
    if kind == "curly":
        return mark in {"”", '"'} or (mark == "“" and not before.isspace() and not nxt.isalnum())
    if kind == "double":
        return mark in {'"', "''", "”"}
    if kind == "single":
        return mark == "’" and not (before.isalnum() and nxt.isalnum()) and not before.isspace()
    return mark == "'" and not before.isspace() and not nxt.isalnum()


def _add_span(
    spans: list[_Span], index: int, text: str, mark_at: int, start: int, end: int, close: int, carried: bool,
    left_open: bool = False,
) -> None:  # fmt: skip
    quoted = text[start:end]
    if not quoted.strip() or not any(ch.isalnum() for ch in quoted):
        return
    lead = text[:mark_at].strip()
    continued = carried and not spans and not lead
    opens = not lead or lead[-1] in '.:,!?”"'
    spans.append(_Span(index, mark_at, start, end, close, quoted, left_open, continued, opens))


# ---------------------------------------------------------------- paragraph context


class _Word(NamedTuple):
    """A word of a paragraph (a tuple: built for every word)."""

    start: int
    end: int
    text: str
    low: str


@dataclass
class _Context:
    """A paragraph with its quotes blanked out, its actor mentions and (built when first needed) its words."""

    index: int
    text: str
    masked: str
    spans: tuple[_Span, ...]
    mentions: tuple[Mention, ...]  # outside quotes
    kinds: dict[str, str]

    @classmethod
    def of(
        cls, index: int, text: str, spans: Sequence[_Span], mentions: Sequence[Mention], kinds: dict[str, str]
    ) -> _Context:
        pieces, at = [], 0
        for span in sorted(spans, key=lambda span: span.start):  # quoted words are blanked: cues inside a
            start = max(span.start, at)  # quotation never attribute it
            pieces += [text[at:start], " " * max(0, span.end - start)]
            at = max(at, span.end)
        blank = "".join([*pieces, text[at:]])
        inside = _Covering.of(spans)
        outside = tuple(m for m in mentions if not inside.covers(m.start, m.end))
        return cls(index, text, blank, tuple(spans), outside, kinds)

    @functools.cached_property
    def words(self) -> tuple[_Word, ...]:
        new = tuple.__new__
        return tuple(
            new(_Word, (m.start(), m.end(), word, word.lower()))
            for m in _WORD.finditer(self.masked)
            if (word := m.group())
        )

    @functools.cached_property
    def starts(self) -> tuple[int, ...]:
        return tuple(w.start for w in self.words)

    @functools.cached_property
    def ends(self) -> tuple[int, ...]:
        return tuple(w.end for w in self.words)

    @functools.cached_property
    def cues(self) -> tuple[int, ...]:
        """Indexes of the words that may attribute speech (verbs of saying, 'menurut', statement nouns)."""
        triggers = _speech().triggers
        return tuple(n for n, word in enumerate(self.words) if word.low in triggers or _is_verb_after(word.low))

    def cues_in(self, start: int, end: int) -> list[int]:
        """Indexes of the cue words inside [start, end)."""
        span = self.word_range(start, end)
        return list(self.cues[bisect.bisect_left(self.cues, span.start) : bisect.bisect_left(self.cues, span.stop)])

    @functools.cached_property
    def has_cue(self) -> bool:
        """Whether any verb of saying or 'menurut' stands outside the quotes (a cheap first look)."""
        return not _speech().cue_words.isdisjoint(_LETTERS.findall(self.masked.lower()))

    def word_at(self, pos: int) -> int | None:
        """Index of the first word starting at or after pos."""
        n = bisect.bisect_left(self.starts, pos)
        return n if n < len(self.words) else None

    def word_before(self, pos: int) -> int | None:
        """Index of the last word ending at or before pos."""
        n = bisect.bisect_right(self.ends, pos) - 1
        return n if n >= 0 else None

    def word_range(self, start: int, end: int) -> range:
        """Indexes of the words inside [start, end)."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_right(self.ends, end))

    @functools.cached_property
    def _by_start(self) -> tuple[Mention, ...]:
        """The mentions by start, the outermost first (a stable sort: text order among equals)."""
        return tuple(sorted(self.mentions, key=lambda mention: (mention.start, -mention.end)))

    @functools.cached_property
    def _mention_starts(self) -> tuple[int, ...]:
        return tuple(mention.start for mention in self._by_start)

    def mentions_between(self, start: int, end: int) -> tuple[Mention, ...]:
        """The mentions starting in [start, end), by start (found by bisection: a paragraph may be huge)."""
        starts = self._mention_starts
        return self._by_start[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def mention_starting(self, pos: int, limit: int = 0) -> Mention | None:
        """The outermost mention that starts at pos (after spaces), or within `limit` characters."""
        pos = _skip_spaces(self.masked, pos)
        found = self.mentions_between(pos, pos + limit + 1)
        return found[0] if found else None

    def mention_ending(self, pos: int) -> Mention | None:
        """The outermost mention that ends right before pos (spaces skipped)."""
        while pos > 0 and self.masked[pos - 1].isspace():
            pos -= 1
        found = [m for m in self.mentions if m.end == pos]
        return min(found, key=lambda m: m.start) if found else None

    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans of the paragraph, quotes kept whole."""
        bounds = [0]
        for match in _SENTENCE_END.finditer(self.masked):
            n = self.word_before(match.start())
            if n is not None and _abbreviation(self.words[n]):
                continue
            bounds.append(match.end())
        bounds.append(len(self.text))
        return [(a, b) for a, b in itertools.pairwise(bounds) if self.text[a:b].strip()]


@dataclass(frozen=True)
class _Covering:
    """The quotes' spans by start, with the furthest end reached so far: whether a stretch lies inside one of
    them is one bisection (a paragraph has a few quotes, a hostile page any number)."""

    starts: tuple[int, ...]
    reach: tuple[int, ...]

    @classmethod
    def of(cls, spans: Sequence[_Span]) -> _Covering:
        ordered = sorted(spans, key=lambda span: span.start)
        return cls(tuple(span.start for span in ordered), tuple(itertools.accumulate((s.end for s in ordered), max)))

    def covers(self, start: int, end: int) -> bool:
        at = bisect.bisect_right(self.starts, start)
        return at > 0 and self.reach[at - 1] >= end


def _abbreviation(word: _Word) -> bool:
    return (len(word.text) == 1 and word.text.isupper()) or word.low in _speech().abbreviations


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


# ---------------------------------------------------------------- attribution


@dataclass
class _State:
    """Who spoke last, as the article is read."""

    last: str | None = None  # the last actor who spoke or the last person named as subject
    last_person: str | None = None  # the last of them that is a person (or an unnamed source)
    previous: str | None = None  # speaker of the last quote of the previous paragraph
    previous_named: str | None = None  # `last` as it was set in the previous paragraph
    named_here: str | None = None
    signed: set[_Span] = field(default_factory=set)  # quotes whose speaker is named right after them


@dataclass(frozen=True)
class _Speaker:
    """A resolved speaker: one or more actor names."""

    names: tuple[str, ...] = field(default_factory=tuple)

    @property
    def label(self) -> str | None:
        if not self.names:
            return None
        if len(self.names) == 1:
            return self.names[0]
        return ", ".join(self.names[:-1]) + " and " + self.names[-1]


def _attribute_paragraph(context: _Context, contexts: Sequence[_Context], state: _State, speakers: dict) -> None:
    """Give each quote of one paragraph its speaker and carry the speaker state on."""
    last_quote: str | None = None
    state.named_here = None
    if not context.spans and not context.has_cue:
        subjects = _sentence_subjects(context)  # no quote, no verb of saying: only who is named as subject
        if subjects:
            state.last = state.named_here = subjects[-1]
            _noted_person(state, context)
        state.previous, state.previous_named = None, state.named_here
        return
    for start, end in context.sentences():
        events: list[tuple[int, str]] = []
        for span in context.spans:
            if start <= span.open < end:
                recent = last_quote or state.named_here or state.previous or state.previous_named
                speaker = _speaker_of(span, context, contexts, state, (start, end), recent)
                speakers[span] = speaker
                if speaker is not None:
                    last_quote = speaker
                    events.append((span.open, speaker))
        events += _sentence_events(context, start, end)
        events = [(at, name) for at, name in events if context.kinds.get(name) != "place"]  # places do not speak
        if events:
            state.last = max(events)[1]
            _noted_person(state, context)
            state.named_here = state.last
    state.previous = last_quote
    state.previous_named = state.named_here


def _speaker_of(
    span: _Span,
    context: _Context,
    contexts: Sequence[_Context],
    state: _State,
    sentence: tuple[int, int],
    recent: str | None,
) -> str | None:
    """The speaker of one quote (see the module docstring for the order of rules)."""
    after = _after_quote(span, context, contexts, state, sentence[1])
    if after is not None:
        state.signed.add(span)
        return after
    before = _before_quote(span, context, contexts, state, sentence[0])
    if before is not None:
        return before
    if _wholly_quote(span, context, sentence):
        return recent
    return None


def _wholly_quote(span: _Span, context: _Context, sentence: tuple[int, int]) -> bool:
    """The sentence is this quote and nothing else (a trailing stop aside)."""
    head = context.masked[sentence[0] : span.open]  # other quotes before it are blanked out
    tail = context.masked[span.close : sentence[1]]
    return not any(ch.isalnum() for ch in head) and not any(ch.isalnum() for ch in tail)


def _after_quote(
    span: _Span, context: _Context, contexts: Sequence[_Context], state: _State, sentence_end: int
) -> str | None:
    """'“...,” kata X', '“...” X mengatakan', '“...,” katanya', '“...,” menurut pernyataan itu'."""
    speech = _speech()
    n = context.word_at(span.close)
    if n is None:
        return None
    words = context.words
    while n < len(words) and words[n].text in {",", "."} and words[n].start < sentence_end + 1:
        n += 1
    if n >= len(words) or words[n].start > sentence_end:
        return None
    word = words[n]
    signed = _signed(context, n, sentence_end)
    if signed is not None:
        return signed
    said = _said_before_at(context, n, sentence_end)  # '“... kepastian.” Hal itu disampaikan Nama saat ...'
    if said is not None:
        return said
    if _is_verb_after(word.low):
        return _after_verb(context, contexts, state, n)
    if word.low in speech.verbs_after or _according(words, n):
        return _after_verb(context, contexts, state, n)
    mention = context.mention_starting(word.start)
    if mention is not None and _verb_follows(context, mention.end):
        return mention.name
    if word.low in speech.pronoun_subjects and _verb_follows(context, word.end) and not _closed_sentence(span, word):
        return state.last_person
    if _description_then_verb(words, n):
        return state.last_person  # "“...,” the minister added"
    return None


def _description_then_verb(words: Sequence[_Word], n: int) -> bool:
    """'the minister added', 'the spokeswoman said': a description of the last speaker, then a verb of saying."""
    speech = _speech()
    if words[n].low not in speech.description_openers:
        return False
    for j in range(n + 1, min(len(words), n + 1 + _EPITHET_MAX)):
        if words[j].low in speech.verbs_after:
            return j > n + 1
        if not words[j].low.isalpha() or words[j].text[:1].isupper():
            return False
    return False


def _closed_sentence(span: _Span, word: _Word) -> bool:
    """'"... rujukan." Ia menambahkan': the quote ended its sentence and a new one opens after it."""
    return span.text.rstrip().endswith((".", "!", "?")) and word.text[:1].isupper()


def _noted_person(state: _State, context: _Context) -> None:
    """ "dia", "ia", "she" stand for a person: the last speaker when one is (an unnamed source is)."""
    if state.last == _UNNAMED or context.kinds.get(state.last or "") == "person":
        state.last_person = state.last


def _signed(context: _Context, n: int, sentence_end: int) -> str | None:
    """A pull quote signed after a dash, the name closing the sentence: '“...” — Nama'."""
    words = context.words
    if words[n].text not in _DASHES or n + 1 >= len(words):
        return None
    mention = context.mention_starting(words[n + 1].start)
    if mention is None or any(char.isalnum() for char in context.masked[mention.end : sentence_end]):
        return None
    return mention.name


def _is_verb_after(low: str) -> bool:
    """'katanya', 'ujarnya', 'menurutnya': a verb of saying that points back to the last speaker."""
    speech = _speech()
    return low.endswith("nya") and (low[:-3] in speech.verbs_after or (low[:-3],) in speech.according_to)


def _after_verb(context: _Context, contexts: Sequence[_Context], state: _State, n: int) -> str | None:
    """The speaker named after 'kata' / 'menurut' at words[n]."""
    speech = _speech()
    words = context.words
    if _is_verb_after(words[n].low):
        return state.last
    k = n + _according_length(words, n)
    if k >= len(words):
        return None
    if words[k].low in speech.pronouns_after:
        return state.last_person if words[k].low in speech.pronoun_subjects else state.last  # "mereka": anyone
    if words[k].low in speech.pair_words and k + 1 < len(words) and words[k + 1].low in speech.pair_nouns:
        return _last_two(contexts, context, words[k].start, speech.pair_nouns[words[k + 1].low])
    statement = next((len(p) for p in speech.statement_subjects if _match(words, k, p)), 0)
    if statement:
        return _statement_issuer(context, contexts, state, words[k].start)
    after = words[k - 1].end  # past the verb, or the whole of "seperti dikutip dari", "according to"
    appositive = _appositive_person(context, after)
    if appositive is not None:
        return appositive
    if _epithet(context, k):
        return state.last
    mention = context.mention_starting(after, _AFTER_WINDOW)
    if mention is None:
        return None
    between = _WORD.findall(context.masked[after + 1 : mention.start])
    described = next((i for i, word in enumerate(between) if word.lower() not in speech.describers), len(between))
    field = between[described:]  # "kata Direktur Eksekutif AHA Centre Nama": a body we do not know, capitalized
    fielded = described > 0 and len(field) <= _FIELD_WORDS and all(word[:1].isupper() for word in field)
    if field and not (fielded and context.kinds.get(mention.name) == "person"):
        return None  # "kata MBS dalam pernyataan ... SPA": the name after the verb is not an actor we know
    return mention.name


def _last_two(contexts: Sequence[_Context], context: _Context, pos: int, kind: str) -> str | None:
    """ "kata kedua menteri": the last two actors of that kind named before pos, together, in text order."""
    earlier = [m for c in contexts[: context.index] for m in c.mentions] + [m for m in context.mentions if m.end <= pos]
    found: list[str] = []
    for mention in reversed(earlier):
        if context.kinds.get(mention.name) == kind and mention.name not in found:
            found.append(mention.name)
            if len(found) == 2:
                return _Speaker(tuple(reversed(found))).label
    return None


def _appositive_person(context: _Context, pos: int) -> str | None:
    """'ujar juru bicara Uni Eropa untuk urusan luar negeri, Laura Benedetti, ...': a role after the verb, then
    a comma and a person: the person speaks."""
    for mention in context.mentions_between(pos + 1, pos + _ROLE_WINDOW + 1):
        role = context.masked[pos : mention.start].rstrip()
        if role.endswith(",") and context.kinds.get(mention.name) == "person":
            inner = role[:-1]
            if not any(mark in inner for mark in '.;:,!?"“”') and len(inner.split()) <= _ROLE_WORDS:
                return mention.name
    return None


def _according_length(words: Sequence[_Word], n: int) -> int:
    """How many words the cue at words[n] takes ("seperti dikutip dari": 4; "kata": 1)."""
    return next((len(p) for p in _speech().according_to if _match(words, n, p)), 1)


def _according(words: Sequence[_Word], n: int) -> bool:
    """'menurut', 'mengutip', 'seperti dikutip dari' at words[n]."""
    speech = _speech()
    return words[n].low in speech.according_first and any(_match(words, n, p) for p in speech.according_to)


def _epithet(context: _Context, k: int) -> bool:
    """'kata politikus Partai X itu', 'ujar diplomat senior tersebut': a description of the last speaker."""
    speech = _speech()
    words = context.words
    if k >= len(words) or not words[k].low.isalpha() or words[k].text[0].isupper():
        return False
    for word in words[k : k + _EPITHET_MAX]:
        if word.text in {",", ".", ";", ":", "!", "?"}:
            return False
        mention = context.mention_starting(word.start)
        if mention is not None and context.kinds.get(mention.name) == "person":
            return False
        if word.low in speech.pointers:
            return True
    return False


def _match(words: Sequence[_Word], n: int, phrase: tuple[str, ...]) -> bool:
    return n + len(phrase) <= len(words) and all(words[n + k].low == w for k, w in enumerate(phrase))


def _verb_follows(context: _Context, pos: int) -> bool:
    """A verb of saying right after pos (adverbs and time words between)."""
    speech = _speech()
    n = context.word_at(pos)
    steps = 0
    while n is not None and n < len(context.words) and steps < 6:
        word = context.words[n]
        if word.low in speech.verbs_before:
            return True
        if word.low not in speech.between:
            return False
        n += 1
        steps += 1
    return False


def _before_quote(
    span: _Span, context: _Context, contexts: Sequence[_Context], state: _State, sentence_start: int
) -> str | None:
    """The nearest cue before the quote in its sentence: a subject of saying, 'X:', 'menurut X', 'tuduhan X'."""
    speech = _speech()
    words = context.words
    cues: list[tuple[int, str | None]] = []
    colon = context.masked[sentence_start : span.open].rstrip()
    if colon.endswith(":"):
        mention = context.mention_ending(sentence_start + len(colon) - 1)
        if mention is not None:
            cues.append((span.open, mention.name))
    for n in context.cues_in(sentence_start, span.open):
        word = words[n]
        if word.low in speech.verbs_before:
            unnamed = _unnamed_subject(context, sentence_start, n)  # "Seorang diplomat ... mengatakan "...""
            subject = _UNNAMED if unnamed else _subject_of(context, n, sentence_start, state)
            if subject is not None:
                cues.append((word.start, subject))
        elif word.low in speech.verbs_after or _according(words, n) or _is_verb_after(word.low):
            found = _after_verb(context, contexts, state, n)
            if found is not None:
                cues.append((word.start, found))
        elif word.low in speech.statement_nouns:
            mention = context.mention_starting(word.end)
            if mention is not None and mention.end <= span.open:
                cues.append((word.start, mention.name))
    return max(cues)[1] if cues else None


def _subject_of(context: _Context, n: int, sentence_start: int, state: _State) -> str | None:
    """The actor(s) before the verb of saying at words[n]; an elided subject takes the clause before's; a verb
    right after a comma with no subject of its own ("X memuji ..., menyebutnya ...") has the sentence's."""
    found = _nearest_subject(context, n, sentence_start, state)
    if found is None and n > 0 and context.words[n - 1].text == ",":
        opening = _sentence_subject(context, sentence_start)
        if opening is not None and not _after_preposition(context, opening.start):
            return _subject_mention(context, opening, sentence_start, False)
    return found


def _nearest_subject(context: _Context, n: int, sentence_start: int, state: _State) -> str | None:
    speech = _speech()
    words = context.words
    k = n - 1
    passed_comma = inserted = False
    while k >= 0 and words[k].start >= sentence_start:
        word = words[k]
        mention = context.mention_ending(word.end)
        if mention is not None and mention.start >= sentence_start:
            return _subject_mention(context, mention, sentence_start, passed_comma)
        if word.text == ")":
            k = _matching_open(words, k)
        elif word.text == ",":
            passed_comma = True
            k = _relative_clause_start(context, k, sentence_start)
        elif word.low in speech.pronoun_subjects:
            return state.last_person
        elif word.low in speech.elided or word.low in speech.coordinators:
            return _previous_subject(context, k, sentence_start, state)
        elif word.low not in speech.between and not word.text.isdigit():
            opener = _inserted_phrase(context, k, sentence_start) if not inserted else None
            if opener is None:
                return None
            k, inserted = opener, True
        k -= 1
    return None


def _sentence_subject(context: _Context, sentence_start: int) -> Mention | None:
    """The actor that opens the sentence, if one does."""
    first = context.word_at(sentence_start)
    return context.mention_starting(context.words[first].start) if first is not None else None


def _opening_person(context: _Context, sentence_start: int) -> Mention | None:
    """The person who opens the sentence, or who comes right after an opening phrase of place or time set off
    by a comma ("Di penampungan Pidie, Amin tidak lagi ...")."""
    opening = _sentence_subject(context, sentence_start)
    first = context.word_at(sentence_start)
    if opening is None and first is not None and context.words[first].low in _speech().prepositions:
        for mention in context.mentions:  # past the places the phrase names ("Di Desa X, Kabupaten Y, Nama ...")
            if mention.start < sentence_start or context.kinds.get(mention.name) in ("place", "country"):
                continue
            if context.masked[: mention.start].rstrip().endswith(","):
                opening = mention
            break
    elif opening is None:
        opening = _after_title_words(context, first)
    return opening if opening is not None and context.kinds.get(opening.name) == "person" else None


def _after_title_words(context: _Context, first: int | None) -> Mention | None:
    """'Australian Foreign Minister Penny Wong welcomed ...', 'Duta Besar RI untuk Oman, Nama, ...': the person
    after the capitalized words of a title opening the sentence at words[first] (countries and bodies in it,
    'untuk', 'di' and a comma before the name), with nothing else before."""
    if first is None:
        return None
    words = context.words
    n = first
    while n < min(len(words), first + _TITLE_OPENING_MAX):
        mention = context.mention_starting(words[n].start)
        if mention is not None and context.kinds.get(mention.name) == "person":
            return mention if n > first else None
        if mention is not None:  # a country or a body inside the title: "Duta Besar RI untuk Oman, Nama"
            n = context.word_at(mention.end) or len(words)
            continue
        word = words[n]
        linker = word.low in _speech().title_linkers or word.text == ","
        if not linker and (not word.text[:1].isupper() or not word.low.isalpha()):
            return None
        n += 1
    return None


def _relative_clause_start(context: _Context, k: int, sentence_start: int) -> int:
    """'X, yang berbicara di Tokyo, mengatakan': from the comma at words[k], the comma opening the clause."""
    words = context.words
    for j in range(k - 1, max(-1, k - _CLAUSE_MAX), -1):
        if words[j].start < sentence_start:
            break
        if words[j].text == ",":
            opener = words[j + 1].low if j + 1 < k else ""
            return j if opener in _speech().clause_openers else k
    return k


def _inserted_phrase(context: _Context, k: int, sentence_start: int) -> int | None:
    """'dalam pernyataan singkat' between a subject and its verb: the index of its first word."""
    speech = _speech()
    for j in range(k, max(-1, k - _INSERTED_MAX), -1):
        word = context.words[j]
        if word.start < sentence_start or word.text in {",", ".", ";", ":"} or word.low in speech.verbs_before:
            return None
        if context.mention_ending(word.end) is not None and j < k:
            return None
        if word.low in speech.inserted:
            return j
    return None


def _previous_subject(context: _Context, k: int, sentence_start: int, state: _State) -> str | None:
    """The subject of the previous verb of saying in the sentence ('X memuji ..., dan menyebutnya')."""
    speech = _speech()
    for n in range(k - 1, -1, -1):
        word = context.words[n]
        if word.start < sentence_start:
            break
        if word.low in speech.verbs_before:
            return _subject_of(context, n, sentence_start, state)
    return None


def _matching_open(words: Sequence[_Word], k: int) -> int:
    for j in range(k - 1, max(-1, k - 12), -1):
        if words[j].text == "(":
            return j
    return k


def _subject_mention(context: _Context, mention: Mention, sentence_start: int, passed_comma: bool) -> str | None:
    """A subject found before a verb: with its coordinated actors, unless it is an object."""
    if passed_comma:
        owner = _apposition_owner(context, mention, sentence_start)
        if owner is not None:
            return owner.name
    if _after_preposition(context, mention.start):
        return None
    return _Speaker(_coordination(context, mention, sentence_start)).label


def _after_preposition(context: _Context, pos: int) -> bool:
    n = context.word_before(pos)
    return n is not None and context.words[n].low in _speech().prepositions


def _apposition_owner(context: _Context, mention: Mention, sentence_start: int) -> Mention | None:
    """'X, asisten menteri di Y, mengatakan', 'X, pemilik toko di Y, Z, mengaku': the person X, not the body
    or place in what the apposition says of X (its commas looked at back to the sentence's start)."""
    if context.kinds.get(mention.name) == "person":
        return None
    describing = _speech().describing
    end = mention.start
    while (comma := context.masked.rfind(",", sentence_start, end)) >= 0:
        n = context.word_at(comma + 1)
        if n is not None and context.words[n].low in describing:
            owner = context.mention_ending(_before_age(context.masked, comma))
            if owner is not None and context.kinds.get(owner.name) == "person":
                return owner
        end = comma
    return None


_AGE = re.compile(r"\(\s*\d{1,3}\s*\)\s*$")  # "Nama (41)": the age the press writes after a name
_AGE_CHARS = 12  # how far back from a comma such an age may start


def _before_age(text: str, pos: int) -> int:
    """Where the name before pos ends, past an age in parentheses ('Darmawati (41), asal ...')."""
    age = _AGE.search(text, max(0, pos - _AGE_CHARS), pos)
    return age.start() if age else pos


def _coordination(context: _Context, mention: Mention, sentence_start: int) -> tuple[str, ...]:
    """'X bersama sekutunya, Y dan Z': every actor of a coordinated subject, in text order."""
    speech = _speech()
    chain = [mention]
    pos = mention.start
    first_link = True
    while True:
        n = context.word_before(pos)
        linked = False
        while n is not None and context.words[n].start >= sentence_start:
            word = context.words[n]
            if word.low in speech.coordinators:
                linked = True
            elif word.text == ",":
                linked = linked or not first_link
            elif word.text == ")":
                n = _matching_open(context.words, n)
            elif word.low not in speech.fillers:
                break
            n -= 1
        end = context.words[n].end if n is not None and n >= 0 else sentence_start
        found = context.mention_ending(end) if linked else None
        if found is None or found.start < sentence_start:
            break
        chain.append(found)
        pos, first_link = found.start, False
    if len(chain) > 1 and _after_preposition(context, chain[-1].start):
        chain = [mention]
    names = tuple(dict.fromkeys(m.name for m in reversed(chain)))
    return names


def _sentence_subjects(context: _Context) -> list[str]:
    """People named at the start of a sentence (or after its opening phrase of place or time), in order."""
    found = []
    for start, end in context.sentences():
        opening = _subject_person(context, start, end)
        if opening is not None:
            found.append(opening.name)
    return found


def _sentence_events(context: _Context, start: int, end: int) -> list[tuple[int, str]]:
    """Who speaks or is the subject in a sentence (outside quotes), by position."""
    speech = _speech()
    words = context.words
    events: list[tuple[int, str]] = []
    dummy = _State()
    for n in context.cues_in(start, end):
        word = words[n]
        if word.low in speech.verbs_before:
            if _unnamed_subject(context, start, n):  # "Seorang diplomat dari negara Eropa mengatakan"
                events.append((word.start, _UNNAMED))
                continue
            subject = _subject_of(context, n, start, dummy)
            if subject is not None:
                events.append((word.start, subject))
        elif _according(words, n) and _unnamed_after(context, n, end):
            events.append((end, _UNNAMED))  # "Menurut sumber yang sama, X ...": the source speaks for the sentence
        elif word.low in speech.verbs_after or word.low in speech.passive or _according(words, n):
            appositive = _appositive_person(context, words[n + _according_length(words, n) - 1].end)
            if appositive is not None:  # "Menurut pengamat X, Nama, ...": Nama
                events.append((word.start, appositive))
                continue
            mention = context.mention_starting(word.end, _AFTER_WINDOW)
            if (
                mention is not None
                and mention.start < end
                and not any(ch in context.masked[word.end : mention.start] for ch in ",.;:!?")
            ):
                events.append((word.start, mention.name))
    first = _subject_person(context, start, end)
    if first is not None:
        events.append((first.start, first.name))
    return events


def _subject_person(context: _Context, start: int, end: int) -> Mention | None:
    """The person a sentence is about: the one opening it (after a phrase of place or time), fronted, or
    introduced as one of a group."""
    return _opening_person(context, start) or _fronted_subject(context, start, end) or _one_of(context, start, end)


def _one_of(context: _Context, start: int, end: int) -> Mention | None:
    """'Salah seorang deportan, Nama (41), asal ...': a sentence opening with an unnamed description and then the
    person it names, set off by a comma, introduces that person: the next 'katanya' is theirs."""
    first = context.word_at(start)
    mention = next(iter(context.mentions_between(start, end)), None)
    if first is None or mention is None or context.words[first].low not in _speech().unnamed:
        return None
    before = context.word_range(start, mention.start)
    if not before or len(before) > _TITLE_OPENING_MAX or context.words[before[-1]].text != ",":
        return None
    if any(_verb_like(context.words[n].low) for n in before):
        return None
    return mention if context.kinds.get(mention.name) == "person" else None


_VERB_PREFIXES = ("me", "ber")  # an active verb after a name: the name is its subject


def _verb_like(low: str) -> bool:
    """A word with the prefix of a verb ('mengaku', 'berada', 'ditahan', 'terjaring'): a clause, not a name's
    description, stands before a person after it."""
    return low.startswith((*_VERB_PREFIXES, "di", "ter")) and len(low) > 4


def _fronted_subject(context: _Context, start: int, end: int) -> Mention | None:
    """'Sudah tiga kali dalam sebulan Nama mengemasi barang': a person after words of time or manner (no verb
    among them), right before an active verb, is the sentence's subject."""
    mention = next(iter(context.mentions_between(start, end)), None)
    if mention is None or context.kinds.get(mention.name) != "person" or _after_preposition(context, mention.start):
        return None
    before = (context.words[n] for n in context.word_range(start, mention.start))
    if any(_verb_like(word.low) for word in before):
        return None
    after = context.word_at(mention.end)
    if after is None or after >= len(context.words):
        return None
    verb = context.words[after].low
    return mention if verb.startswith(_VERB_PREFIXES) and len(verb) > 4 else None


def _unnamed_subject(context: _Context, start: int, n: int) -> bool:
    """ "Seorang diplomat senior ... mengatakan": the subject of the verb at words[n] is a description, no name
    (but "Seorang pejabat X, Jabatan Nama, mengakui": a person named in apposition)."""
    first = context.word_at(start)
    if first is None or first >= n:
        return False
    subject = context.masked[context.words[first].start : context.words[n].start].casefold()
    if any(phrase in subject for phrase in _speech().nameless):  # "Juru bicara yang enggan disebut namanya"
        return True
    if context.words[first].low not in _speech().unnamed:
        return False
    between = (context.words[first].end, context.words[n].start)
    return not any(
        context.kinds.get(m.name) == "person" and between[0] <= m.start and m.end <= between[1]
        for m in context.mentions
    )


def _unnamed_after(context: _Context, n: int, end: int) -> bool:
    """ "menurut sumber yang sama", "menurut seorang pejabat": an unnamed source after 'menurut'."""
    later = [word for word in context.words[n + 1 : n + 1 + _AFTER_WINDOW // 8] if word.start < end]
    return bool(later) and later[0].low in _speech().unnamed and context.mention_starting(later[0].start) is None


def _statement_issuer(context: _Context, contexts: Sequence[_Context], state: _State, pos: int) -> str | None:
    """Who issued the statement a quote is attributed to, named where the statement was first mentioned."""
    speech = _speech()
    for back in range(_STATEMENT_LOOKBACK + 1):
        index = context.index - back
        if index < 0:
            break
        ctx = contexts[index]
        limit = pos if back == 0 else len(ctx.text)
        for n in range(len(ctx.words) - 1, -1, -1):
            word = ctx.words[n]
            if word.end > limit or word.low not in speech.statement_first:
                continue
            if not any(_match(ctx.words, n, p) for p in speech.statement_subjects):
                continue
            issuer = _issuer_at(ctx, n)
            if issuer is not None:
                return issuer
    return state.last


def _issuer_at(ctx: _Context, n: int) -> str | None:
    """'pernyataan (bersama) yang dikeluarkan oleh X', 'pernyataan X', or the speaker of the sentence."""
    speech = _speech()
    words = ctx.words
    k = n + next(len(p) for p in speech.statement_subjects if _match(words, n, p))
    if k < len(words) and words[k].low in speech.pointers:
        return None  # "pernyataan itu" points further back
    while k < len(words) and words[k].low in {"yang", "resmi", "bersama", "tertulis"}:
        k += 1
    for phrase in speech.issued_by:
        if _match(words, k, phrase):
            mention = ctx.mention_starting(words[k + len(phrase) - 1].end)
            if mention is not None:
                return mention.name
    if k < len(words):
        mention = ctx.mention_starting(words[k - 1].end)
        if mention is not None and mention.start == words[k].start:
            return mention.name
    sentence = next(((a, b) for a, b in ctx.sentences() if a <= words[n].start < b), None)
    if sentence is None:
        return None
    events = [e for e in _sentence_events(ctx, *sentence) if e[0] < words[n].start]
    if events:
        return max(events)[1]
    subjects = [  # "Gedung Putih mengeluarkan pernyataan": the actor the sentence is about
        m for m in ctx.mentions if sentence[0] <= m.start < words[n].start and not _after_preposition(ctx, m.start)
    ]
    return subjects[0].name if subjects else None


def _share_continued(spans: Sequence[Sequence[_Span]], speakers: dict[_Span, str | None], signed: set[_Span]) -> None:
    """Pieces of one quote over several paragraphs share the speaker found for any of them; the one named right
    after its last piece ("...," ujar X) speaks all of it."""
    chain: list[_Span] = []
    for paragraph_spans in spans:
        for span in paragraph_spans:
            if span.continued and chain:
                chain.append(span)
            else:
                _settle(chain, speakers, signed)
                chain = [span]
            if not span.left_open:
                _settle(chain, speakers, signed)
                chain = []
    _settle(chain, speakers, signed)


def _settle(chain: Sequence[_Span], speakers: dict[_Span, str | None], signed: set[_Span]) -> None:
    if len(chain) > 1 and chain[-1] in signed and speakers.get(chain[-1]):
        for span in chain:
            speakers[span] = speakers[chain[-1]]
        return
    found = next((speakers[s] for s in reversed(chain) if speakers.get(s)), None)
    for span in chain:
        if speakers.get(span) is None:
            speakers[span] = found


def _is_quoted_heading(span: _Span, paragraph: str) -> bool:
    """A subheading made of words someone says later ("‘Dipukul kalau target tidak tercapai’"): the whole
    paragraph, short and with no closing punctuation. Nobody says it there."""
    text = span.text.strip()
    whole = span.open == 0 and span.close >= len(paragraph.rstrip())
    return whole and len(text.split()) <= QUOTED_HEADING_WORDS and text[-1:] not in _END_PUNCT


def _is_key(span: _Span, speaker: str | None) -> bool:
    """A whole statement by a speaker: ends with sentence punctuation, or a 4+ word sentence."""
    if speaker is None:
        return False
    text = span.text.strip()
    words = len(text.split())
    if text[-1:] in _END_PUNCT and words >= 2:
        return True
    return words >= _KEY_MIN_WORDS and text[:1].isupper() and span.opens_sentence
