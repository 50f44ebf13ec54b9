"""Turns a cleaned article into a Briefing: headline, date, outlet, author, dateline, actors, quotes."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from builder import lexicon
from builder.actors import Cast, find_cast
from builder.clean import (
    MENU_ITEMS,
    clean,
    is_camel_case,
    is_city,
    is_navigation,
    is_relative_time,
    is_running_head,
    is_title_like,
    is_vertical_menu,
    split_lines,
)
from builder.dates import find_dates, first_date, is_weekday
from builder.errors import IkhtisarError
from builder.gazetteer import lookup
from builder.model import DATED_FROM_TEXT, Block, Briefing, Cleaned, Corrections, DateStamp, Quote, Source
from builder.quotes import find_quotes
from builder.read import TITLE_SITE, letters, read_article
from builder.slug import slugify

NAVIGATION_LOOKAHEAD = 2000  # characters of a page read to find the line under its first one
DERIVED_HEADLINE_WORDS = 12  # a derived headline is cut at a clause boundary within this many words


def extract(cleaned: Cleaned) -> Briefing:
    """Build the briefing of one cleaned article."""
    cleaned = _placed_prefix(cleaned)
    source = cleaned.source
    paragraphs = [block.text for block in cleaned.body]
    lead = paragraphs[0] if paragraphs else ""
    outlet = _outlet(cleaned)
    headline, derived = _headline(cleaned, lead, outlet)
    page_date = _page_date(cleaned, None if derived else headline)
    date = page_date or _text_date(cleaned)
    cast = _named_in_text(find_cast(paragraphs), cleaned.body)
    quotes = find_quotes(paragraphs, cast)
    briefing = Briefing(
        source=source.path,
        slug=slugify(headline) or slugify(source.name),
        headline=headline,
        headline_derived=derived,
        outlet=outlet,
        author=_author(cleaned),
        dateline=cleaned.source.meta.get("dateline")
        or cleaned.dateline
        or _header_dateline(cleaned.header)
        or _header_dateline(cleaned.source.meta.get("dated", "").splitlines()),
        date=date,
        lead=lead,
        body=cleaned.body,
        actors=cast.actors,
        quotes=quotes,
    )
    from_text = page_date is None and date is not None and not source.corrections.date
    return _with_warnings(corrected(briefing, source.corrections), source, from_text)


def _named_in_text(cast: Cast, body: Sequence[Block]) -> Cast:
    """Leave out names read only in subheadings that the gazetteer does not know: a title-case heading
    ("Bandara La Tontouta Ditutup", "Dari Diplomat Puncak ke Pemimpin Oposisi") reads like a run of names."""
    headings = {index for index, block in enumerate(body) if block.kind == "subheading"}
    in_text = {mention.name for mention in cast.mentions if mention.paragraph not in headings}
    kept = {actor.name for actor in cast.actors if actor.name in in_text or lookup(actor.name) is not None}
    if len(kept) == len(cast.actors):
        return cast
    return Cast(
        tuple(actor for actor in cast.actors if actor.name in kept),
        tuple(mention for mention in cast.mentions if mention.name in kept),
    )


def corrected(briefing: Briefing, fixes: Corrections) -> Briefing:
    """Apply a user's sidecar corrections over what was extracted."""
    changes: dict[str, Any] = {
        key: getattr(fixes, key) for key in ("outlet", "author", "dateline", "dossier") if getattr(fixes, key)
    }
    if fixes.headline:
        changes.update(headline=fixes.headline, headline_derived=False, slug=slugify(fixes.headline))
    if fixes.date:
        changes["date"] = DateStamp(fixes.date, fixes.time)
    if fixes.speakers:
        changes["quotes"] = tuple(_fixed_speaker(quote, fixes.speakers) for quote in briefing.quotes)
    return replace(briefing, **changes)


def _fixed_speaker(quote: Quote, speakers: tuple[tuple[str, str], ...]) -> Quote:
    for start, speaker in speakers:
        if quote.text.startswith(start):
            return replace(quote, speaker=speaker, key=True)
    return quote


def extract_file(path: Path) -> dict[str, Any]:
    """Read, clean and extract one file; return its JSON record (a problem goes in `warnings`)."""
    try:
        return to_record(extract(clean(read_article(path, str(path)))))
    except IkhtisarError as error:
        return _empty_record(str(path), error.reason)


def to_record(briefing: Briefing) -> dict[str, Any]:
    """The JSON Lines shape of `extract --json`."""
    date = briefing.date
    return {
        "source": briefing.source,
        "headline": briefing.headline,
        "headline_derived": briefing.headline_derived,
        "outlet": briefing.outlet,
        "author": briefing.author,
        "dateline": briefing.dateline,
        "date": date.date.isoformat() if date else None,
        "time": date.time if date else None,
        "lead": briefing.lead,
        "body": [block.text for block in briefing.body],
        "actors": [
            {"name": a.name, "kind": a.kind, "forms": list(a.forms), "mentions": a.mentions} for a in briefing.actors
        ],
        "quotes": [{"text": q.text, "speaker": q.speaker, "key": q.key} for q in briefing.quotes],
        "warnings": list(briefing.warnings),
    }


def _empty_record(source: str, problem: str) -> dict[str, Any]:
    return {
        "source": source, "headline": "", "headline_derived": False, "outlet": None, "author": None,
        "dateline": None, "date": None, "time": None, "lead": "", "body": [], "actors": [], "quotes": [],
        "warnings": [problem],
    }  # fmt: skip


def _with_warnings(briefing: Briefing, source: Source, dated_from_text: bool = False) -> Briefing:
    warnings = list(source.warnings)
    if not briefing.body:
        warnings.append("no article text after cleaning")
    if briefing.date is None:
        warnings.append("undated: no full date on the page")
    elif dated_from_text:
        warnings.append(DATED_FROM_TEXT)
    if briefing.headline_derived:
        warnings.append("headline derived from the lead")
    if any(quote.key and quote.speaker is None for quote in briefing.quotes):
        warnings.append("a key quote has no speaker")
    return replace(briefing, warnings=tuple(warnings))


# -- headline -------------------------------------------------------------


def _headline(cleaned: Cleaned, lead: str, outlet: str | None) -> tuple[str, bool]:
    given = cleaned.source.meta.get("headline")
    if given and given.strip():
        return _without_site(" ".join(given.split()), outlet), False
    # A headline of some length first: a short title-like line above it is a label ("BBC News Indonesia"),
    # and so is a series' name in capitals ("SERIAL: PENGUNGSI DI ...") above the piece's own headline.
    for test in (_is_full_headline, _is_headline):
        lines = [line for line in cleaned.header if test(line)]
        for line in sorted(lines, key=lambda line: bool(_SERIES_LABEL.match(line))):
            return _without_site(line, outlet), False
    return derive_headline(lead), True


_SERIES_LABEL = re.compile(r"^[A-Z]+(?: [A-Z]+)?: [A-Z0-9 ,'-]+$")


def _without_site(headline: str, outlet: str | None) -> str:
    """A page title without the site's name after it ("Judul Berita | Koran Jakarta", "... - Kompas.com")."""
    match = TITLE_SITE.search(headline)
    if not match or match.start() == 0:
        return headline
    site = match.group(1).strip()
    brand = letters(_brand(outlet)) if outlet is not None else ""
    same = bool(brand) and brand in letters(site)  # "... | NHK WORLD-JAPAN News" on NHK WORLD-JAPAN's page
    return headline[: match.start()].strip() if same or _is_outlet_line(site) else headline


def _brand(outlet: str) -> str:
    """An outlet's name without its web address's ending ("BALIPOST.com" -> "BALIPOST")."""
    return outlet.split(".")[0] if _is_outlet_line(outlet) else outlet


def _is_headline(line: str) -> bool:
    return _could_be_headline(line) and is_title_like(line) and len(line.split()) >= 3


def _is_full_headline(line: str) -> bool:
    """Five title-case words or more, or a sentence-case headline of eight words or more (no final stop)."""
    words = len(line.split())
    if not _could_be_headline(line) or words < 5:
        return False
    return is_title_like(line) or (words >= 8 and line[:1].isupper() and not line.rstrip().endswith((".", ",")))


def _could_be_headline(line: str) -> bool:
    folded = line.casefold().strip(" :|")
    if folded in _section_labels() or _is_outlet_line(line) or find_dates(line) or _credit_regex().match(line):
        return False
    if lookup(line.strip()) is not None:  # a body's or country's name alone is a masthead, not a headline
        return False
    if _SLOGAN.search(line) or _is_tagline(line):  # "Rakyat Merdeka - Aktual, Tajam, Terpercaya": a site's slogan
        return False
    if line.strip().startswith(_promo_openers()):  # "Dengarkan Live Streaming Radio X": the site's promotion
        return False
    return not line.startswith(("(", "-", "•"))


def _is_tagline(line: str) -> bool:
    """ "Timor Express - Koran Terbesar di NTT", "Riau Pos - Riau Pos Bersama Anda": a short name, a dash, and
    words a site describes itself with, or its name again."""
    name, dash, rest = line.partition(" - ")
    words = {word.casefold().strip(".,") for word in rest.split()}
    if not dash or len(name.split()) > 3:
        return False
    return bool(words & _tagline_words()) or name.strip().casefold() in rest.casefold()


@functools.cache
def _promo_openers() -> tuple[str, ...]:
    return tuple(str(opener) for opener in lexicon.load("headline")["promo_openers"])


@functools.cache
def _tagline_words() -> frozenset[str]:
    return frozenset(str(word).casefold() for word in lexicon.load("headline")["tagline_words"])


_SLOGAN = re.compile(r" [-–—|] \w+(?:, \w+)+,? (?:(?:dan|&) )?\w+$")


def derive_headline(lead: str) -> str:
    """A short headline from the lead's first sentence, cut at a clause boundary."""
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", lead.strip(), maxsplit=1)[0].rstrip(".")
    words = sentence.split()
    if len(words) <= DERIVED_HEADLINE_WORDS:
        return sentence
    cut = _cut_at_clause(words) or _cut_after_name(words)
    while len(cut) > 3 and cut[-1].casefold().strip(",;:") in _headline_words("dangling_words"):
        cut = cut[:-1]
    return " ".join(cut).rstrip(",;:") + "…"


def _cut_at_clause(words: list[str]) -> list[str]:
    """Words before the last clause opener or comma within the limit, if that leaves enough."""
    for index in range(DERIVED_HEADLINE_WORDS, 5, -1):
        if words[index].casefold() in _headline_words("clause_words") or words[index - 1].endswith(","):
            return words[:index]
    return []


def _cut_after_name(words: list[str]) -> list[str]:
    """The first words up to the limit, extended to finish a capitalized name it would split."""
    end = DERIVED_HEADLINE_WORDS
    while (
        end < len(words)
        and end < DERIVED_HEADLINE_WORDS + 3
        and words[end][:1].isupper()
        and words[end - 1][:1].isupper()
    ):
        end += 1
    return words[:end]


@functools.cache
def _headline_words(name: str) -> frozenset[str]:
    return frozenset(lexicon.load("headline")[name])


@functools.cache
def _section_labels() -> frozenset[str]:
    return frozenset(label.casefold() for label in lexicon.load("page")["section_labels"])


def _is_outlet_line(line: str) -> bool:
    return len(line.split()) <= 3 and bool(re.search(r"\w\.(?:com|co\.id|co|id|net|tv)\b", line, re.IGNORECASE))


# -- outlet, dateline, author ---------------------------------------------


def _outlet(cleaned: Cleaned) -> str | None:
    found = _outlet_as_written(cleaned)
    return found and _spelled_out(found, cleaned.source.text)


def _outlet_as_written(cleaned: Cleaned) -> str | None:
    given = cleaned.source.meta.get("outlet")
    if given and not _republished_from(cleaned.outlet, given):
        return given
    site = next((line.strip() for line in cleaned.header if _is_outlet_line(line)), None)
    if cleaned.outlet:
        named = site or _masthead(cleaned) if _names_source(cleaned.prefix, cleaned.outlet) else None
        return named or cleaned.outlet
    return (
        site
        or _byline_site(cleaned.header)
        or _masthead(cleaned)
        or _named_source(cleaned)
        or _copyright_owner(cleaned.trailer)
    )


SPELLED_OUT_LETTERS = 6  # shorter run-together names ("VIVA", "RMOL") are left as they are
PLACE_WORD_LETTERS = 4  # a lone capitalized word opening the lead taken for a place has at least this many letters


def _spelled_out(outlet: str, text: str) -> str:
    """An outlet written as one run of capitals or small letters, as addresses and logos write it
    ("BALIPOST.com", "koran-jakarta.com", "TIMESINDONESIA"), by the words the page itself spells it with
    ("Bali Post", "Koran Jakarta", "TIMES Indonesia"), when it does more often than it styles the run in
    mixed case ("Tribunjogja.com"); brands styled in mixed case ("Liputan6.com", "kumparanNEWS") are theirs."""
    name = _brand(outlet)
    run = letters(name)
    if "." in outlet and name.islower() and (named := _named_as_word(run, text)):
        return named  # "lokadata.id" on a page that says "kepada Lokadata"
    if len(run) < SPELLED_OUT_LETTERS or not (name.isupper() or name.islower()):
        return outlet
    pattern = r"\b" + r"[ -]?".join(map(re.escape, run)) + r"\b"
    found = [match.group(0) for match in re.finditer(pattern, text, re.IGNORECASE)]
    spelled = Counter(form for form in found if " " in form and form[0].isupper() and not form.isupper())
    styled = [form for form in found if " " not in form and not (form.isupper() or form.islower())]
    if not spelled or len(styled) > spelled.total():  # the page's own brand styling ("Tribunjogja.com")
        return outlet
    return spelled.most_common(1)[0][0]


def _named_as_word(run: str, text: str) -> str | None:
    """A site's name written in the page's text as one capitalized word, at least twice, and never as its
    address in small letters ("Lokadata" for lokadata.id, but "tirto.id" for a page that writes "tirto.id")."""
    if not run.isalpha() or re.search(rf"\b{run}\.[a-z]", text):
        return None
    words = Counter(re.findall(rf"\b{run}\b", text, re.IGNORECASE))
    capitalized = [(count, word) for word, count in words.items() if word[:1].isupper() and not word.isupper()]
    return max(capitalized)[1] if capitalized and max(capitalized)[0] >= 2 else None


def _placed_prefix(cleaned: Cleaned) -> Cleaned:
    """A lead opened by one word in capitals ("KUCHING - ...") on a page that names itself otherwise (its
    copyright line or masthead) and names that word as a place in its text ("... di Kuching"): the word is
    the dateline, not the outlet."""
    word = cleaned.outlet
    if (
        not word
        or cleaned.dateline
        or "(" in cleaned.prefix
        or not word.isalpha()
        or not word.isupper()
        or len(word) < PLACE_WORD_LETTERS
        or not re.search(rf"\b{word.title()}\b", " ".join(block.text for block in cleaned.body))
    ):
        return cleaned
    site = _copyright_owner(cleaned.trailer) or _masthead(cleaned)
    if not site or word.casefold() in letters(site):
        return cleaned
    return replace(cleaned, outlet=None, dateline=word)


def _byline_site(header: Sequence[str]) -> str | None:
    """The site a byline names after the writer ("Nama Penulis - detikNews"): the page's own channel, which a
    whole-page copy's first line ("detikcom") names less precisely."""
    for line in header:
        name, dash, site = line.partition(" - ")
        site = site.strip()
        if (
            not dash
            or len(site.split()) != 1
            or find_dates(site)
            or is_city(site)
            or site.casefold() in _section_labels()
        ):
            continue
        if (_is_outlet_line(site) or is_camel_case(site)) and _looks_like_name(_clean_name(name)):
            return site  # a web name, or a brand written in camel case ("detikNews", "kumparanNEWS")
    return None


_SOURCE_LINE = re.compile(r"(?:Sumber|Source)\s*:\s*([\w.&' -]{2,40}?)\s*$", re.IGNORECASE)


def _named_source(cleaned: Cleaned) -> str | None:
    """ "Sumber: Warta Buana" above an aggregator's copy or under a pasted article: where it came from."""
    for line in (*cleaned.header, *cleaned.trailer[:TRAILER_SOURCE_LINES]):
        match = _SOURCE_LINE.match(line.strip())
        if match and len(match.group(1).split()) <= 3:
            return match.group(1)
    return None


def _names_source(prefix: str, outlet: str) -> bool:
    """A lead prefix that names where the report came from, not the page: "WASHINGTON (Reuters) -", "MEDAN
    (Waspada):", "KBRN, Jakarta:"; a site that names itself above the text is the outlet."""
    return f"({outlet})" in prefix or prefix.rstrip().endswith(":")


TRAILER_SOURCE_LINES = 6  # a pasted article's "Sumber: X" stands right under its text


def _republished_from(writer: str | None, site: str) -> bool:
    """A page whose lead names another web outlet ("TBILISI, KOMPAS.com - ..." on an aggregator's page): the
    article is that outlet's."""
    if not writer or not _is_outlet_line(writer):
        return False
    name = writer.casefold().split(".")[0]
    return name not in site.casefold().replace(" ", "")


def _masthead(cleaned: Cleaned) -> str | None:
    """The page's first line when it is a brand the page names again ("Okezone" ... "Follow Berita Okezone")
    or that stands above the site's menu ("VOA Indonesia", "Beranda", ...):
    at most three words, not a section label, none of them an Indonesian root word but for country names, and
    not country names alone."""
    if not cleaned.header:
        return None
    line = cleaned.header[0].strip()
    words = line.casefold().split()
    if not 1 <= len(words) <= 3 or line.casefold() in _section_labels() or find_dates(line):
        return None
    names = [word.strip(".,:|").casefold() for word in line.split() if not _names_a_place(word.strip(".,:|"))]
    if not names or not line[:1].isalpha():
        return None
    trail = cleaned.header[1].split("|")[0] if len(cleaned.header) > 1 else ""  # "Dunia | Timur Tengah"
    above_menu = trail.casefold().strip() in _section_labels()
    above = above_menu or _above_navigation(cleaned.source.text, line)
    if any(word in lexicon.root_words() for word in names) and not (above and line.istitle()):
        return None  # ordinary words name a site only in capitals above its menu ("Jendela Dunia", then the menu)
    named_again = cleaned.source.text.casefold().count(line.casefold()) >= 2
    return line if named_again or above else None


def _above_navigation(text: str, first: str) -> bool:
    """The page's first line stands right above its menu or breadcrumb trail."""
    lines = split_lines(text[:NAVIGATION_LOOKAHEAD])
    below = lines[1 : 1 + MENU_ITEMS]
    return len(lines) > 1 and lines[0] == first and (is_navigation(lines[1]) or is_vertical_menu(below))


def _names_a_place(word: str) -> bool:
    entity = lookup(word)
    return entity is not None and entity.kind in ("country", "place")


_SEPARATORS = frozenset("●•·|-–—")


def _header_dateline(header: Sequence[str]) -> str | None:
    """A place line above the text: "Jakarta ● Wed, September 4, 2024", "Jenewa, 10 September 2024",
    "2025.02.19 Jakarta", or the city alone on the line right above it ("ANKARA"), or after the site's name
    ("TVRINews, Jayapura")."""
    if header and len(header[-1].split()) <= 3 and _is_place_line(header[-1]):
        return header[-1].strip()
    site, comma, place = header[-1].rpartition(",") if header else ("", "", "")
    if comma and len(site.split()) <= 2 and len(place.split()) <= 2 and _is_place_line(place):
        return place.strip()  # "TVRINews, Jayapura" on its own line above the lead
    for line in header:
        hits = find_dates(line)
        if not hits:
            continue
        bracketed = re.search(r"\[([^\]]{2,30})\]", line[: hits[0].start])  # "oleh Nama [Jakarta] di <date>"
        if bracketed and _is_place_line(bracketed.group(1)):
            return bracketed.group(1).strip()
        words = line[: hits[0].start].replace(",", " ").split()
        while words and (is_weekday(words[-1]) or words[-1] in _SEPARATORS):
            words.pop()
        place = " ".join(words)
        if place and len(words) <= 3 and _is_place_line(place):
            return place
        after = line[hits[-1].end :].strip(" ,|·-")
        if after and len(after.split()) <= 3 and _is_place_line(after):
            return after  # "2025.02.19 Jakarta": the place after the date
    return None


def _is_place_line(text: str) -> bool:
    return is_city(text.strip()) or _names_a_place(text.strip())


_COPYRIGHT = re.compile(
    r"(?:©|Copyright|Hak Cipta)\s*(?:©\s*)?(?:Hak Cipta\s*)?(?:\d{4}(?:\s*-\s*\d{4})?)?\s*([\w.]+(?: [A-Z][\w.]+){0,3})"
)


_OWNER_FIRST = re.compile(r"^([A-Z][\w.]*(?: [A-Z][\w.]*){0,3}) (?:\([cC]\)|©) ?\d{4}\b")  # "Lintas Kabar (c) 2024"


def _copyright_owner(lines: Sequence[str]) -> str | None:
    for line in lines:
        match = _COPYRIGHT.search(line) or _OWNER_FIRST.match(line.strip())
        if match and not match.group(1).isdigit():
            return re.split(r"\.\s", match.group(1))[0].rstrip(".")  # "GATRA. Hak cipta ...", "X.com. All ..."
    return None


def _author(cleaned: Cleaned) -> str | None:
    given = cleaned.source.meta.get("author")
    credits = cleaned.source.meta.get("credits", "").splitlines()
    if given and not re.search(r"[;/@\d]|\bcom\b", given) and not _names_a_company(given):
        return _tidy_name(given)  # not a photo credit ("KOMPAS com; NAMA") or the publisher ("Kompas Cyber Media")
    labelled = _labelled_author([*cleaned.header, *cleaned.trailer, *credits])
    found = labelled or _unpunctuated_credit([*cleaned.header, *credits]) or _site_reporter(cleaned.header)
    return _tidy_name(found or _byline_author(cleaned.header) or _byline_author(credits))


def _names_a_company(name: str) -> bool:
    """A page's author field naming its publisher or desk ("Kompas Cyber Media", "Tim Redaksi")."""
    words = set(name.casefold().replace(".", " ").split())
    return bool(words & _company_words())


@functools.cache
def _company_words() -> frozenset[str]:
    return frozenset(str(word).casefold() for word in lexicon.load("page")["company_words"])


def _tidy_name(name: str | None) -> str | None:
    """A writer's name without its label or role ("Reporter Nama", "Nama Wartawan BBC News Indonesia", from a
    page's author field) and not in capitals ("LARASATI DWI" -> "Larasati Dwi")."""
    if not name:
        return name
    words = name.split()
    if len(words) > 2 and _is_role(words[0].rstrip(":")):
        words = words[1:]
    roles = [i for i, word in enumerate(words) if i >= 2 and _is_role(word)]
    name = " ".join(words[: roles[0]] if roles else words).strip(" ,;:·-*")  # "Nama*": a note on the writer
    return name.title() if name.isupper() and len(words) >= 2 else name


def _labelled_author(lines: Sequence[str]) -> str | None:
    found: dict[str, str] = {}
    for line in lines:
        match = _credit_regex().match(line)
        if match:
            label = match.group("label").casefold()
            found.setdefault(label, _clean_name(match.group("name")))
    for label in _author_labels():
        for key, name in found.items():
            if label in key and name:
                return name
    return None


def _unpunctuated_credit(header: Sequence[str]) -> str | None:
    """A writer's label without a colon: "Penulis Nama · Editor Nama" (on one line or two), "oleh Nama", or the
    label alone on its line with the name on the next ("Reporter" / "Nama")."""
    barred = [tuple(part.strip() for part in line.split("|")) for line in header if line.count("|") == 1]
    for label, name in [*itertools.pairwise(header), *barred]:  # "Reporter" / "Nama", "Reporter | Nama"
        if label.strip(" :").casefold() in _author_labels() and _looks_like_name(name.strip()):
            return None if re.search(r"[.,:;]", name) else name.strip()
    joined = [
        f"{line} {after}" if after.startswith(("|", "·", "•")) else line
        for line, after in zip(header, [*header[1:], ""][: len(header)], strict=True)
    ]
    for line in joined:
        parts = re.split(r"\s+[·|•]\s+", line)
        for part in parts:
            label, _space, name = part.strip(" *_").partition(" ")
            if name.casefold().startswith("oleh ") and label.casefold() != "oleh":
                name = name[len("oleh ") :]  # "Laporan oleh Nama | Editor: Nama"
            name = re.split(r"\s+(?:dan|&|and)\s+", name)[0]  # "oleh Nama dan Nama": the first writer
            if label.casefold() == "oleh":  # "Oleh Nama, peneliti di X", "Oleh Nama pada 18 Okt 2024, 07:00 WIB"
                name = re.split(r",|\s+pada\s+", name)[0]
            credit = len(parts) > 1 or label.casefold() == "oleh"  # "Wartawan BBC" alone is a role, not a credit
            if credit and label.casefold() in _author_labels() and _looks_like_name(name):
                return None if re.search(r"[.,:;]", name) else name.strip()
    return None


def _site_reporter(header: Sequence[str]) -> str | None:
    """ "Laporan Wartawan Tribunnews.com, Nama": a writer's label and the site (or its name), then the name."""
    for line in header:
        credit, comma, name = line.rpartition(",")
        words = credit.split()
        if not comma or not 2 <= len(words) <= 5 or not _is_role(words[0]):
            continue
        site = [word for word in words[1:] if not _is_role(word)]
        if site and all(word[:1].isupper() for word in site) and _looks_like_name(name.strip()):
            return name.strip()
    return None


# What frames a writer's name before a date in a byline: "oleh Nama [Kota] di 3 October 2024", "By Nama in".
_BYLINE_FRAME = re.compile(r"^(?i:oleh|by)\s+|\s*\[[^\]]{2,30}\]\s*|\b(?i:di|pada|in|on)\s*$")


def _byline_author(header: Sequence[str]) -> str | None:
    """A byline: the name before a date ('Name Surname 25/06/2024 10:01 WIB'), an outlet ('Name | Outlet')
    or a role ('Name, Jurnalis'); or a line that is only a name, above a role or a date line."""
    for index, line in enumerate(header):
        if is_running_head(line):
            continue  # "KABAR | RABU, 16 JULI 2025 | 3": a printed page's head names the paper, not the writer
        hits = find_dates(line)
        bar = next((mark for mark in (" | ", " · ") if mark in line), None)  # "Nama | Outlet", "Nama · Kemarin"
        before = line[: hits[0].start] if hits else line.split(bar)[0] if bar else ""
        name = _clean_name(_BYLINE_FRAME.sub(" ", before))
        if not _looks_like_name(name):  # "Nama · 3 jam lalu": the writer, then when (in words) it was posted
            name = _clean_name(re.split(r"\s+[·•]\s+", name)[0])
        if _looks_like_name(name):
            return name
        name, dash, site = line.partition(" - ")  # "Nama Penulis - Bisnis.com", "Nama Penulis - detikNews"
        one_word_site = len(site.split()) == 1 and not find_dates(site)
        if dash and (_is_outlet_line(site) or one_word_site) and _looks_like_name(_clean_name(name)):
            return _clean_name(name)
        credited = re.fullmatch(r"(.+?)\s*\(([A-Z][^()]{1,40})\)", line)  # "Nama Penulis (The Jakarta Post)"
        if credited and _looks_like_name(_clean_name(credited.group(1))) and _looks_like_name(credited.group(2)):
            return _clean_name(credited.group(1))
        name, _comma, role = line.rpartition(",")
        if _is_role(role) and _looks_like_name(_clean_name(name)):
            return _clean_name(name)
        if _comma and _paper_after_name(name, role.strip()) and not find_dates(line):  # "Nama, CNBC Indonesia"
            return _clean_name(name)
        below = header[index + 1] if index + 1 < len(header) else ""
        if _is_name_line(line) and (_is_role(below.split(" ", 1)[0]) or _starts_with_date(below)):
            return _clean_name(line)
        above = header[index - 1] if index else ""
        if _is_full_headline(above) and _starts_with_date(below) and _is_byline_name(line):
            return _clean_name(line)  # between the headline and the date: a name, even one made of words
        if (_labelled_date(below) or is_relative_time(below) or _EMAIL.fullmatch(below)) and _is_byline_name(line):
            return _clean_name(line)  # above "Diterbitkan 10 Sep 2024", "2 jam lalu" or an address: the writer
    return None


_EMAIL = re.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*")  # "redaksi@bisnis.com" under a writer's name


def _is_role(word: str) -> bool:
    return word.strip().casefold() in _author_labels()


def _starts_with_date(line: str) -> bool:
    """A date line, its date first or after a label ("Diperbarui: 18 Maret 2024")."""
    hits = find_dates(line)
    before = line[: hits[0].start].strip(" ,-|:").casefold() if hits else "-"
    return not before or before in _date_labels()


def _labelled_date(line: str) -> bool:
    """ "Diterbitkan 10 Sep 2024 05:42PM", "Published: ...": a date after a publication label."""
    words = line.split()
    return bool(words) and words[0].casefold().rstrip(":") in _date_labels() and _starts_with_date(line)


@functools.cache
def _date_labels() -> frozenset[str]:
    return frozenset(lexicon.load("dates")["date_labels"])


def _paper_after_name(name: str, paper: str) -> bool:
    """ "Nama Penulis, CNBC Indonesia": a name, then a short capitalized name the gazetteer does not know."""
    words = len(paper.split())
    return _looks_like_name(paper) and words <= 3 and lookup(paper) is None and _is_byline_name(name)


def _is_byline_name(line: str) -> bool:
    """Capitalized words that name no country, place or body (many Indonesian names are also words)."""
    name = _clean_name(line)
    return _looks_like_name(name) and not any(lookup(word) for word in name.split())


def _is_name_line(line: str) -> bool:
    """Only a person's name: capitalized words none of which is an Indonesian root word (headlines and
    labels are made of those; names rarely are)."""
    name = _clean_name(line)
    return _looks_like_name(name) and not any(word in lexicon.root_words() for word in name.casefold().split())


def _clean_name(text: str) -> str:
    return re.sub(r"\s+,", ",", " ".join(text.replace("|", " ").split())).strip(" ,-–—:·•")


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 5 and all(word[0].isupper() for word in words) and text.casefold() not in _section_labels()
    )


@functools.cache
def _author_labels() -> tuple[str, ...]:
    return tuple(label.casefold() for label in lexicon.load("page")["author_labels"])


@functools.cache
def _credit_regex() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in lexicon.load("page")["credit_labels"])
    label = rf"(?:{labels})(?:\s*(?:&|dan|/|,)\s*(?:{labels}))*"
    return re.compile(rf"(?P<label>{label})\s*:\s*(?P<name>.+?)(?=\s+{label}\s*:|\s*[|,;(]|\s+[-–—]\s|$)", re.I)


# -- date -----------------------------------------------------------------


def _text_date(cleaned: Cleaned) -> DateStamp | None:
    """The latest full date the text states, for a page that prints no publication date."""
    body_dates = [hit.stamp for block in cleaned.body for hit in find_dates(block.text)]
    return max(body_dates, key=lambda stamp: stamp.date) if body_dates else None


def _page_date(cleaned: Cleaned, headline: str | None) -> DateStamp | None:
    """The publication line wins (the first under the headline: a clock at the top of the page is the site's,
    not the article's, and a line saying when it was updated comes after the others); then credit lines."""
    given = cleaned.source.meta.get("date")
    stamp = _parse_given_date(given) if given else None
    if stamp and stamp.time is None:  # "published: 2022-03-18" over a byline "... · 18 Maret 2022, 07:00 WIB"
        timed = (first_date(line) for line in cleaned.header)
        return next((each for each in timed if each and each.date == stamp.date and each.time), stamp)
    if stamp:
        return stamp
    header = list(cleaned.header)
    if headline in header:
        at = header.index(headline)
        header = header[at + 1 :] + header[:at]
    updates = _update_labels()
    header.sort(key=lambda line: line.casefold().lstrip(" ·|-").startswith(updates))  # stable: "Diperbarui" last
    for line in [*header, cleaned.prefix]:
        stamp = first_date(line)
        if stamp:
            return stamp
    for line in cleaned.trailer:
        stamp = first_date(line) if _credit_regex().match(line) else None
        if stamp:
            return stamp
    return None


@functools.cache
def _update_labels() -> tuple[str, ...]:
    return tuple(str(label).casefold() for label in lexicon.load("page")["update_labels"])


def _parse_given_date(text: str) -> DateStamp | None:
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return first_date(text)
    has_time = "T" in text or ":" in text
    return DateStamp(moment.date(), moment.strftime("%H:%M") if has_time else None, _offset_zone(moment))


def _offset_zone(moment: dt.datetime) -> str | None:
    """The zone of a machine timestamp, as its offset from UTC ("2025-02-19T07:12:00-05:00": "UTC-05:00"), so
    that a time kept in another zone than the page's is not read as local time."""
    offset = moment.utcoffset()
    if offset is None:
        return None
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
