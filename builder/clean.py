"""Splits a page into header, article text and trailer, and drops page furniture.

The article text starts at the lead: the first line that opens with a
dateline ("Jakarta, Outlet -"), or else the first full sentence after the
headline. It ends at a sign-off ("(ant/dil)"), a credit line ("Editor:"), a
notice or the header of a related-articles list. Inside it, ads, share rows,
captions and "Baca juga" links are removed.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from builder import lexicon
from builder.dates import find_dates, is_day_of_month, is_weekday
from builder.model import Block, Cleaned, Source

# Line kinds, decided line by line before the article is located.
TEXT = "text"
FURNITURE = "furniture"
CAPTION = "caption"
LIST_HEADER = "list_header"
INLINE_HEADER = "inline_header"
INLINE_LINK = "inline_link"
CREDIT = "credit"
NOTICE = "notice"
SIGNOFF = "signoff"

CLOSING_NOTE_LINES, CLOSING_NOTE_WORDS = 3, 50  # what a rule may have under it and still end the text
DECK_LOOKAHEAD, DATE_LINE_WORDS = 3, 10  # a deck has the page's date line this close under it
BOXED_LIST_ITEMS = 6  # a related-articles box inside the text lists at most this many headlines
BOX_END_WORDS, BOX_UNOPENED_LINES = 5, 3  # "Akhir dari Podcast" with no start: its short lines above it
NOTICE_MAX_WORDS = 15  # a follow-us line is short
MENU_ITEMS, MENU_MAX_CHARS = 4, 300  # a site menu has at least this many items
WRAPPED_TITLE_WORDS = 6  # a line in capitals this long, with another under it, is a title wrapped in two
SOURCE_TEXT_WORDS = 10  # ...a paragraph this long under a source line means the text goes on
CREDIT_MAX_WORDS = 16  # a credit line names people and sources: more words make it a speaker's turn
TAB_TITLE_WORDS, TAB_SITE_WORDS = 4, 4  # a tab's title: a headline of four words or more, a site's short name
DROP_CAP_WORDS = 10  # a paragraph's first word set apart: the paragraph has at least this many words
PULL_QUOTE_WORDS = 6  # a quotation alone on a line and this long, printed again inside a paragraph: a pull quote
CAPTION_REPEAT_LINES = 3  # a caption's two copies (alt text and caption) stand within this many lines
FORWARD_HEADER_LINES = 8  # a forwarded e-mail's header lines come within this many lines of its marker
PAGE_TOP_LINES = 6  # a printed document's running head repeats words of its first lines...
PAGE_FURNITURE_LINES = 4  # ...within this many lines of a page's number
_STOPS = frozenset({LIST_HEADER, CREDIT, NOTICE, SIGNOFF})
_DROPPED = frozenset({FURNITURE, CAPTION, INLINE_LINK, INLINE_HEADER})
CAPTION_MAX_WORDS = 30  # a line ending in a credit, no longer than this, with article text after it: a caption
CAPTION_LOOKAHEAD = 3  # how many lines after it to look for that text
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$|[\"”’][.!?,]?$")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Prefix:
    """The dateline prefix of a lead: "Jakarta, Outlet -" split into its parts."""

    text: str  # the prefix as written, dash included
    dateline: str | None
    outlet: str | None


def clean(source: Source) -> Cleaned:
    """Locate the article text in a page and return it without furniture."""
    lines, tight = _split(source.text)
    kinds = [classify(line) for line in lines]
    _mark_repeated_captions(lines, kinds)
    _mark_page_breaks(lines, kinds)
    _mark_print_pages(lines, kinds)
    _mark_post_headers(lines, kinds)
    _mark_pull_quotes(lines, kinds, tight)
    _mark_tab_titles(lines, kinds)
    _mark_ranked_lists(lines, kinds)
    _mark_forward_headers(lines, kinds)
    _mark_vertical_menus(lines, kinds, tight)
    _mark_labelled_captions(lines, kinds)
    _mark_boxes(lines, kinds)
    _mark_signup_boxes(lines, kinds)
    _mark_summaries(lines, kinds)
    _mark_closing_rules(lines, kinds)
    _mark_embedded_posts(lines, kinds)
    _mark_boxed_lists(lines, kinds, tight)
    _mark_key_points(lines, kinds, tight)
    lead = _find_lead(lines, kinds)
    if lead is None:
        return Cleaned(source, tuple(lines), (), ())
    _mark_inner_captions(lines, kinds, lead)
    _mark_section_names(lines, kinds, lead)
    end, last_line = _find_end(lines, kinds, lead)
    if last_line is None:
        _mark_writer_note(lines, kinds, lead, end)
    body_lines = [*lines[lead:end], last_line] if last_line is not None else lines[lead:end]
    body_kinds = kinds[lead : lead + len(body_lines)]
    prefix = dateline_prefix(body_lines[0])
    if prefix is not None:
        body_lines[0] = body_lines[0][len(prefix.text) :]
    blocks, removed = _body_blocks(body_lines, body_kinds, tight[lead : lead + len(body_lines)])
    # Credit lines above the text ("Penulis: X | Editor: Y") stay in the header: they name the author.
    header = tuple(line for line, kind in zip(lines[:lead], kinds[:lead], strict=False) if kind in (TEXT, CREDIT))
    trailer_start = end + (1 if last_line is not None else 0)
    return Cleaned(
        source,
        header,
        tuple(blocks),
        tuple(lines[trailer_start:]),
        prefix.text if prefix else "",
        prefix.dateline if prefix else None,
        prefix.outlet if prefix else None,
        tuple(removed),
    )


# -- lines ----------------------------------------------------------------


def split_lines(text: str) -> list[str]:
    """Non-empty lines with white space folded; hard-wrapped prose lines joined."""
    return _split(text)[0]


def _split(text: str) -> tuple[list[str], list[bool]]:
    """The lines of split_lines, and for each whether it came right under the previous one (no empty line)."""
    lines: list[str] = []
    tight: list[bool] = []
    adjacent = False
    for raw in text.replace("\u00a0", " ").replace("\u200b", "").splitlines():
        line = " ".join(raw.split())
        line = _unmarked(_CHAT_STAMP.sub("", line) if line.startswith("[") else line)
        if line and lines and _DROP_CAP.fullmatch(lines[-1]) and _after_drop_cap(line):
            lines[-1] = f"{lines[-1]}{line}"  # a drop cap: "S" then "EJUMLAH diplomat ..."
            continue
        if line and adjacent and _continues(lines[-1], line):
            lines[-1] = f"{lines[-1]} {line}"
        elif line:
            lines.append(line)
            tight.append(adjacent)
        adjacent = bool(line)
    return lines, tight


_DROP_CAP = re.compile(r"[A-Z]")
_QUOTE_OPEN = re.compile(r"[\"“‘'].+[\"”’']$")  # a first letter set apart on its own line
# A chat app's stamp before a forwarded message: "[11/07/24 09.12] Nama: " (its time is not the article's).
_CHAT_STAMP = re.compile(r"^\[\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}[.:]\d{2}(?:[.:]\d{2})?\] [^:\]]{1,40}:\s*")
# Chat apps' bold and italic marks around words: "*NATO Rayakan 75 Tahun*", "_summit_".
_CHAT_MARKS = [
    re.compile(rf"(?<![\w{m}]){m}(?=\S)([^{m}\n]+?)(?<=\S){m}(?![\w{m}])") for m in (r"\*\*", r"\*", "__", "_")
]


# A note's number after a word or a sentence: "... satu kuartal.[1]", "... laporan itu[^2]".
_NOTE_MARK = re.compile(r"(?<=[\w.,;:!?”\"')])\[\^?\d{1,3}\]")


def _unmarked(line: str) -> str:
    if "*" in line or "_" in line:
        for marks in _CHAT_MARKS:
            line = marks.sub(r"\1", line)
    return _NOTE_MARK.sub("", line) if "[" in line else line


def _after_drop_cap(line: str) -> bool:
    """The rest of a first word set apart as a drop cap: capitals, a paragraph after them, and no dateline or
    city (a font-size button "A" stands above "MOSKOW - ..." too)."""
    first = line.split()[0]
    if not first.isupper() or len(line.split()) < DROP_CAP_WORDS or is_city(first.strip(",")):
        return False
    return dateline_prefix(line) is None


def is_camel_case(word: str) -> bool:
    """A brand written in camel case ("kumparanNEWS", "detikNews")."""
    return bool(_CAMEL.search(word))


def _continues(previous: str, line: str) -> bool:
    """A line that starts in lower case after one with no closing punctuation is the same paragraph; so is a
    line in capitals under a long one (a printed document's title, wrapped)."""
    if re.search(r"[.!?:;\"”’)\]]$", previous):
        return False
    if previous.isupper() and line.isupper():
        long_title = len(previous.split()) >= WRAPPED_TITLE_WORDS and len(line.split()) >= 3
        return long_title and classify(previous) == TEXT and classify(line) == TEXT
    first = line.split()[0]  # not a site's name ("detik.com") or a brand in camel case ("kumparanNEWS")
    opens_lower = line[0].islower() and not _is_web_name(first) and not is_camel_case(first) and classify(line) == TEXT
    return opens_lower and len(previous.split()) > 3


def classify(line: str) -> str:
    """Decide what a single line of a page is, by its own text."""
    for kind, test in _LINE_TESTS:
        if test(line):
            return kind
    return TEXT


def _is_furniture(line: str) -> bool:
    lowered = line.casefold().strip(" :—–-•*·")  # "— Iklan —"
    return (
        lowered in _data().furniture
        or _is_share_row(lowered)
        or _is_pagination(lowered)
        or _is_breadcrumb(line)
        or _is_menu(line)
        or bool(_BARE_ADDRESS.fullmatch(line.strip()))
        or bool(_COUNT_OR_CLOCK.fullmatch(line.strip()))
        or bool(_HASHTAGS.fullmatch(line.strip()))
    )


_HASHTAGS = re.compile(r"#\w+(?:[ ,]+#\w+)+")  # "#IEUCEPA #UniEropa #Sawit": a tag list


# A post's view or like count, or the clock time it was posted, alone on a line: "12.4K", "1,2 rb", "21:07".
_COUNT_OR_CLOCK = re.compile(r"\d+(?:[.,]\d+)?\s*(?:K|k|rb|ribu|jt|M)?|\d{1,2}[:.]\d{2}")
_CAMEL = re.compile(r"[a-z][A-Z]")


_BARE_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")  # a page's address copied on a line of its own


def _is_share_row(lowered: str) -> bool:
    """Share buttons and their counts ("Like · 128 Komentar · Bagikan")."""
    words = [word for word in re.findall(r"[\w+-]+", lowered) if not word.replace(".", "").isdigit()]
    share = _data().share_words
    return bool(words) and all(word in share or all(p in share for p in word.split("-")) for word in words)


def is_navigation(line: str) -> bool:
    """A site's menu or a breadcrumb trail ("Beranda › Dunia")."""
    return _is_breadcrumb(line) or _is_menu(line)


def _is_pagination(lowered: str) -> bool:
    """ "Halaman 1/2", "1 2 Selanjutnya", "« Sebelumnya": page numbers or arrows, and page-turning words (or a
    section's name) only."""
    tokens = re.findall(r"\d+|[^\W\d]+|[«»<>]", lowered)
    numbers = [token for token in tokens if token.isdigit()]
    words = [token for token in tokens if not token.isdigit()]
    known, labels = _data().pagination_words, _data().section_labels
    if not words or not all(word in known or word in labels for word in words):
        return False
    arrows = [word for word in words if word in "«»<>"]  # "« Hal. Sebelumnya Hal. Berikutnya »": no number
    return bool(numbers) or (bool(arrows) and any(word in known for word in words if word not in arrows))


def _is_breadcrumb(line: str) -> bool:
    """ "Home > Internasional > Asia"; with slashes only when no part holds a figure ("Rabu, 31 Juli 2024 / 14:22
    WIB" is a date line)."""
    parts = [part.strip() for part in re.split(r"\s[>»›]\s", line)]
    if len(parts) == 1:
        parts = [part.strip() for part in re.split(r"\s/\s", line)]
        if any(re.search(r"\d", part) for part in parts):
            return False
    return len(parts) > 1 and all(len(part.split()) <= 4 for part in parts)


_MENU_BARS = re.compile(r"\s*[|•·]\s*")
_MENU_ITEM = re.compile(r"[A-Z][\w&.-]*(?: [\w&.-]+){0,2}")  # up to three words, the first capitalized


def _is_menu(line: str) -> bool:
    """A site's menu: four items or more set apart by bars or bullets ("Home | Nasional | Politik | ..."), half of
    them section names, or six words or more with no punctuation ("HOME POLITIK DUNIA ..."), three in five of
    them section names. (Lines come with their spaces folded: wide gaps between items are gone.)"""
    if len(line) > MENU_MAX_CHARS or _SENTENCE_END.search(line):
        return False
    parts = [part for part in _MENU_BARS.split(line.strip()) if part]
    if _names_languages(parts):
        return True
    labelled = sum(part.casefold() in _data().section_labels for part in parts)
    opened = bool(parts) and parts[0].casefold() in _data().menu_openers  # "Beranda | ..."
    if len(parts) >= MENU_ITEMS or (len(parts) >= 3 and (opened or labelled * 3 >= len(parts) * 2)):
        return all(_MENU_ITEM.fullmatch(part) for part in parts) and (opened or labelled * 2 >= len(parts))
    words = line.split()  # items one space apart: more of them, and more of them section names
    odd = sum(not _MENU_ITEM.fullmatch(word) for word in words)  # one odd item allowed ("e-PAPER")
    if odd > 1 or not _MENU_ITEM.fullmatch(words[0]):
        return False
    opened = words[0].casefold() in _data().menu_openers  # "Home ..." opens a menu: five items will do
    labelled = _labelled_words(words)
    if len(words) < MENU_ITEMS + (1 if opened or labelled == len(words) else 2):
        return False  # ...and so will five section names and nothing else ("NASIONAL INTERNASIONAL ...")
    share = 2 / 5 if opened else 3 / 5
    return labelled >= share * len(words)


def _is_language_bar(line: str) -> bool:
    """A site's choice of language editions ("中文 | English | 日本語 | Bahasa Indonesia")."""
    return _names_languages([part for part in _MENU_BARS.split(line.strip()) if part])


def _names_languages(parts: Sequence[str]) -> bool:
    """Three items or more set apart by bars, nearly all of them names of languages, in their own script or in
    English or Indonesian: a site's choice of language editions."""
    if len(parts) < 3 or any(len(part.split()) > 3 for part in parts):
        return False
    names = _language_names()
    named = sum(part.casefold().endswith(names) for part in parts)  # "Bahasa Melayu", "ภาษาไทย": the name ends it
    return named * 4 >= len(parts) * 3


@functools.cache
def _language_names() -> tuple[str, ...]:
    """Names of the languages sites offer editions in (page.yaml), from Babel: each in its own language, in
    English and in Indonesian."""
    from babel import Locale

    names = set()
    for code in lexicon.load("page")["edition_languages"]:
        locale = Locale.parse(code)
        names.update(locale.get_language_name(each).casefold() for each in (code, "en", "id"))
    return tuple(sorted(names))


def _labelled_words(words: Sequence[str]) -> int:
    """How many of the words belong to section names, two-word names counted whole ("Gaya Hidup")."""
    labels, count, index = _data().section_labels, 0, 0
    while index < len(words):
        pair = " ".join(words[index : index + 2]).casefold()
        if index + 1 < len(words) and pair in labels:
            count, index = count + 2, index + 2
        else:
            count, index = count + (words[index].casefold() in labels), index + 1
    return count


def _is_caption(line: str) -> bool:
    data = _data()
    credit = _BRACKETED_CREDIT.fullmatch(line.strip())
    return bool(data.caption_marker.search(line) or _PHOTO_CREDIT.search(line) or credit) or line.startswith(
        data.caption_starts
    )


# A photo's credit alone on its line, the site and the photographer's full name: "(Sripoku.com/Nama Lengkap)"
# (a desk's initials in brackets are a sign-off: "(Tribunjogja.com/Ard)").
_BRACKETED_CREDIT = re.compile(r"\(\s*[\w-]+(?:\.[a-z]{2,3}){1,2}\s*/\s*[A-Z][\w.]*(?: [A-Z][\w.]*){1,4}\s*\)")


# A photo's credit after the caption's last sentence, not in brackets (that is a desk's sign-off at the end of
# the text: "(Tribunjogja.com/Ard)"): "... di Langkat. WASPADA/ist", "... Jumat. KOMPAS.com/NAMA FOTOGRAFER".
_PHOTO_CREDIT = re.compile(
    r"[.!?]\s+[A-Z][A-Za-z]{2,}(?:\.[A-Za-z]{2,3})?\s*/\s*[A-Za-z][\w.]*(?: [A-Za-z][\w.]*){0,2}$"
)


_COUNT = re.compile(r"\s*\(\d+\)$")


def _is_list_header(line: str) -> bool:
    """ "Berita Terkait", "Lihat komentar (4)": a header, with or without a count."""
    return _COUNT.sub("", line.strip(" :")).casefold() in _data().list_headers


def _is_inline_header(line: str) -> bool:
    return line.strip(" :").casefold() in _data().inline_headers


def _is_inline_link(line: str) -> bool:
    folded = line.casefold()
    return bool(_data().inline_link.match(line)) or folded.startswith(_data().inline_starts)


def _is_credit(line: str) -> bool:
    """ "Penulis: Nama", "Editor: Nama | Sumber: X"; not a transcript's turn ("Wartawan: Bagaimana dengan ...?")."""
    match = _data().credit.match(line)
    rest = line[match.end() :] if match else ""
    return bool(match) and not rest.rstrip().endswith("?") and len(rest.split()) <= CREDIT_MAX_WORDS


def _is_notice(line: str) -> bool:
    if _data().salutation.fullmatch(line):
        return True  # "Salam,": a letter's signature follows
    folded = line.casefold().lstrip("—–-• ")  # "— Disalin dari ...": a note set off by a dash
    mentions = any(name in folded for name in _data().notice_mentions) and len(folded.split()) <= NOTICE_MAX_WORDS
    footnote = bool(_FOOTNOTE.match(line))  # "[1] Angka itu mengacu pada ...", "[^1]: ..."
    return "©" in line or folded.startswith(_data().notices) or mentions or footnote  # "Ikuti X di Google News"


_FOOTNOTE = re.compile(r"\[\^?\d{1,3}\]:?\s+\S")


def _is_signoff(line: str) -> bool:
    return bool(_data().signoff_line.fullmatch(line))


_LINE_TESTS = (
    (SIGNOFF, _is_signoff),
    (INLINE_HEADER, _is_inline_header),
    (LIST_HEADER, _is_list_header),
    (INLINE_LINK, _is_inline_link),
    (FURNITURE, _is_furniture),
    (CREDIT, _is_credit),
    (NOTICE, _is_notice),
    (CAPTION, _is_caption),
)


def _mark_repeated_captions(lines: Sequence[str], kinds: list[str]) -> None:
    """A sentence printed twice close together is a caption (image alt text and caption); printed again far from
    the first, it is a highlight or pull quote repeating the text, and the first one stays. A headline, byline
    or date line printed again is the top of the next page of an article copied page by page: the first stays."""
    places: dict[str, list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        if len(line.split()) >= 3:
            places[line].append(index)
    seen: set[str] = set()
    for index, line in enumerate(lines):
        if len(places[line]) < 2 or kinds[index] != TEXT:
            continue
        spread = places[line][-1] - places[line][0]
        if is_sentence(line) and spread <= CAPTION_REPEAT_LINES:
            kinds[index] = CAPTION
        else:
            kinds[index] = TEXT if line not in seen else FURNITURE
        seen.add(line)


_PAGE_KINDS = (TEXT, FURNITURE, CREDIT)  # what may stand around a page break


def _mark_page_breaks(lines: Sequence[str], kinds: list[str]) -> None:
    """A document printed page by page ("Halaman 1 dari 2"): next to the page's number, its running foot and the
    next page's running head, lines that are not sentences and that the document prints again (whole, or word
    for word among its first lines), and the byline a web page prints again on its next page."""
    breaks = [
        i
        for i, line in enumerate(lines)
        if i >= PAGE_TOP_LINES and kinds[i] == FURNITURE and _is_pagination(line.casefold())
    ]  # a page's number among its first lines (an ePaper viewer's "Hal. 4 / 20") breaks no text
    if not breaks:
        return
    counts = Counter(lines)
    top = {word.casefold() for line in lines[:PAGE_TOP_LINES] for word in line.split()}
    for index in breaks:
        for step in (-1, 1):
            k = index + step
            while 0 <= k < len(lines) and abs(k - index) <= PAGE_FURNITURE_LINES and kinds[k] in _PAGE_KINDS:
                line = lines[k]
                printed_again = counts[line] > 1 or all(word.casefold() in top for word in line.split())
                if kinds[k] == TEXT and (is_sentence(line) or not printed_again):
                    break
                if kinds[k] == CREDIT and counts[line] < 2:
                    break  # a credit printed once is the article's own (it may end the text)
                kinds[k] = FURNITURE
                k += step


# "BISNIS INDONESIA | RABU, 16 JULI 2025 | 7": a printed page's running head (the paper, the day, the page)
_RUNNING_HEAD = re.compile(r"[^|]{2,40}\|[^|]{6,40}\|\s*\d{1,3}(?:\s+[A-Z&][A-Z&,. ]*)?\s*")  # section label joined
_CONTINUED = ("...", "…")  # "Eksportir Baja dan Aluminium...": the headline again where the text goes on


def is_running_head(line: str) -> bool:
    """A printed page's running head: the paper, the day and the page number."""
    return bool(_RUNNING_HEAD.fullmatch(line)) and bool(find_dates(line))


def _mark_print_pages(lines: Sequence[str], kinds: list[str]) -> None:
    """A newspaper's page copied from its ePaper: the running head of each later page and the section label
    under it, and the headline printed again, cut short, where the text goes on from another page."""
    heads = 0
    for index, line in enumerate(lines):
        if is_running_head(line):
            heads += 1
            if heads == 1:
                continue  # the first page's head, above the headline, dates the article
            kinds[index] = FURNITURE
            below = index + 1
            if below < len(lines) and lines[below].isupper() and len(lines[below].split()) <= MENU_ITEMS:
                kinds[below] = FURNITURE  # "INDUSTRI & PERDAGANGAN"
        elif line.endswith(_CONTINUED) and kinds[index] == TEXT and not is_sentence(line):
            start = line.rstrip(".… ")
            if len(start.split()) >= 2 and any(other.startswith(start) for other in lines[:index]):
                kinds[index] = FURNITURE


def _mark_forward_headers(lines: Sequence[str], kinds: list[str]) -> None:
    """A forwarded e-mail: its marker line and the header lines under it ("Subject: Fwd: <headline>")."""
    data = _data()
    for index, line in enumerate(lines):
        if not any(marker in line for marker in data.forward_markers):
            continue
        kinds[index] = FURNITURE
        for k in range(index + 1, min(index + 1 + FORWARD_HEADER_LINES, len(lines))):
            if data.mail_header.match(lines[k]):
                kinds[k] = FURNITURE


_RANKED = re.compile(r"#\d{1,2}\s+\S")  # "#1 Harga Emas Naik ...": an item of a "Trending" or "Terpopuler" list
RANKED_DATE_WORDS = 8  # the date line under a ranked item is this short


def _mark_ranked_lists(lines: Sequence[str], kinds: list[str]) -> None:
    """A site's ranked list ("#1 Judul", then its date, "#2 Judul", ...) is furniture, dates and all."""
    for index, line in enumerate(lines):
        if not _RANKED.match(line):
            continue
        kinds[index] = FURNITURE
        below = index + 1
        if below < len(lines) and len(lines[below].split()) <= RANKED_DATE_WORDS and find_dates(lines[below]):
            kinds[below] = FURNITURE


def _mark_tab_titles(lines: Sequence[str], kinds: list[str]) -> None:
    """A browser tab's title copied with the page ("<headline> - <site>") above the headline itself."""
    top = lines[: PAGE_TOP_LINES * 2]
    for index, line in enumerate(top):
        headline, separator, site = line.rpartition(" - ") if " - " in line else line.rpartition(" | ")
        named = len(headline.split()) >= TAB_TITLE_WORDS and len(site.split()) <= TAB_SITE_WORDS
        if separator and named and kinds[index] == TEXT and headline in top:
            kinds[index] = FURNITURE


def _mark_pull_quotes(lines: Sequence[str], kinds: list[str], tight: Sequence[bool]) -> None:
    """A line that is only a quotation repeated word for word inside a paragraph of the page is a pull quote."""
    for index, line in enumerate(lines):
        inner = line.strip().strip("\"“”'‘’ ").rstrip(".,!?")  # the paragraph may close it with a comma
        if kinds[index] != TEXT or len(inner.split()) < PULL_QUOTE_WORDS or not _QUOTE_OPEN.match(line.strip()):
            continue
        if any(inner in other and other != line for other in lines):
            kinds[index] = FURNITURE
            _mark_pull_quote_credit(lines, kinds, tight, index + 1)


def _mark_pull_quote_credit(lines: Sequence[str], kinds: list[str], tight: Sequence[bool], below: int) -> None:
    """Who a pull quote is from, set under it: a name in capitals, then perhaps the role ("HENRIK AALTO Duta
    Besar UE untuk Indonesia"), or the role on a line of its own right under the name."""
    if below >= len(lines) or kinds[below] != TEXT or not _pull_quote_credit(lines[below]):
        return
    kinds[below] = FURNITURE
    words, role = lines[below].split(), below + 1
    named_only = all(_in_capitals(word) for word in words)
    if named_only and role < len(lines) and tight[role] and kinds[role] == TEXT and _role_line(lines[role]):
        kinds[role] = FURNITURE


def _pull_quote_credit(line: str) -> bool:
    """A name in capitals opening a short line that is no sentence."""
    words = line.split()
    capitals = len(list(itertools.takewhile(_in_capitals, words)))
    return capitals >= 2 and len(words) <= MENU_ITEMS + 2 and not is_sentence(line)


def _in_capitals(word: str) -> bool:
    """A word of a name in capitals, hyphens and apostrophes included ("MAU-LELO", "O'NEILL")."""
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return letters.isalpha() and letters.isupper()


def _role_line(line: str) -> bool:
    """A short line that is no sentence: a role under a name ("Menlu Timor Leste")."""
    return len(line.split()) <= MENU_ITEMS + 2 and not _SENTENCE_END.search(line)


def is_relative_time(line: str) -> bool:
    """ "2 jam lalu", "Kemarin, 21:30": when a page was posted, in words."""
    return bool(_data().relative_time.fullmatch(line.strip()))


def _mark_post_headers(lines: Sequence[str], kinds: list[str]) -> None:
    """A post copied from a social network: how long ago it was posted, and the poster's name above it."""
    for index, line in enumerate(lines[:PAGE_TOP_LINES]):
        if not is_relative_time(line):
            continue
        kinds[index] = FURNITURE
        if index > 0 and kinds[index - 1] == TEXT and len(lines[index - 1].split()) <= MENU_ITEMS + 1:
            kinds[index - 1] = FURNITURE


def _mark_vertical_menus(lines: Sequence[str], kinds: list[str], tight: Sequence[bool]) -> None:
    """A site's menu copied one item per line ("News", "Tren", "Global", "Money", ...): four short lines or more
    printed together, half of them section names, wherever they stand (again at the top of each copied page)."""
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and (end == start or tight[end]) and _menu_item_line(lines[end]):
            end += 1
        if is_vertical_menu(lines[start:end]):
            for index in range(start, end):  # at the top, the site's name stays: it names the outlet
                top = start <= 1 and (index == 0 or _is_web_name(lines[index]))
                kinds[index] = kinds[index] if top else FURNITURE
        start = max(end, start + 1)


def is_vertical_menu(lines: Sequence[str]) -> bool:
    """Four short lines or more, half of them section names: a menu copied one item per line."""
    labels = sum(line.casefold() in _data().section_labels for line in lines)
    return len(lines) >= MENU_ITEMS and labels * 2 >= len(lines) and all(_menu_item_line(line) for line in lines)


def _menu_item_line(line: str) -> bool:
    return len(line.split()) <= 2 and not _SENTENCE_END.search(line)


def _mark_labelled_captions(lines: Sequence[str], kinds: list[str]) -> None:
    """A caption label alone on a line ("Keterangan gambar,") makes the next line a caption; a source line right
    under a caption ("Databoks: ..." then "Sumber: Kementerian X") belongs to it and does not end the text."""
    for index in range(1, len(lines)):
        source = lines[index].casefold().startswith(_data().caption_sources)
        if kinds[index] == CREDIT and source and (kinds[index - 1] == CAPTION or _text_goes_on(lines, kinds, index)):
            kinds[index] = CAPTION
    for index, line in enumerate(lines[:-1]):
        if line.rstrip().endswith((",", ":")) and line.strip(" ,:").casefold() in _data().caption_labels:
            kinds[index] = CAPTION
            if kinds[index + 1] == TEXT:
                kinds[index + 1] = CAPTION


def _text_goes_on(lines: Sequence[str], kinds: Sequence[str], index: int) -> bool:
    """A table's or chart's source line ("Sumber: UNHCR") with the article going on under it: a paragraph of
    prose follows."""
    after = [k for k in range(index + 1, min(index + 3, len(lines))) if kinds[k] == TEXT]
    return bool(after) and is_sentence(lines[after[0]]) and len(lines[after[0]].split()) >= SOURCE_TEXT_WORDS


def _mark_boxes(lines: Sequence[str], kinds: list[str]) -> None:
    """Lines from "Lewati X ..." to "Akhir dari X" are a box the reader can skip: furniture. A saved page's
    extractor may drop the first line (a link): then "Akhir dari X" and the short lines right above it are."""
    data = _data()
    for index, line in enumerate(lines):
        if line.startswith(data.box_ends) and len(line.split()) <= BOX_END_WORDS and kinds[index] == TEXT:
            kinds[index] = FURNITURE
            above = index - 1
            while above >= 0 and index - above <= BOX_UNOPENED_LINES and not _SENTENCE_END.search(lines[above]):
                kinds[above] = FURNITURE
                above -= 1
        if not line.startswith(data.box_starts):
            continue
        window = range(index + 1, min(len(lines), index + 1 + data.box_max_lines))
        end = next((i for i in window if lines[i].startswith(data.box_ends)), None)
        if end is not None:
            kinds[index : end + 1] = [FURNITURE] * (end + 1 - index)


SIGNUP_LINES = 6  # a newsletter's sign-up box is its header and at most this many lines


def _mark_signup_boxes(lines: Sequence[str], kinds: list[str]) -> None:
    """ "NEWSLETTER", then "Enter your email address", "Sign Up", "By signing up, you agree ...": a box."""
    data = _data()
    for index, line in enumerate(lines):
        if line.strip(" :").casefold() not in data.signup_headers:
            continue
        window = lines[index + 1 : index + 1 + SIGNUP_LINES]
        signing = [i for i, below in enumerate(window) if data.signup_words.search(below)]
        if any("mail" in below.casefold() or "surel" in below.casefold() for below in window) and signing:
            kinds[index : index + 2 + signing[-1]] = [FURNITURE] * (signing[-1] + 2)


def _mark_summaries(lines: Sequence[str], kinds: list[str]) -> None:
    """A summary box ("Ringkasan", then bullet lines) is furniture."""
    data = _data()
    for index, line in enumerate(lines):
        if line.strip(" :").casefold() not in data.summary_headers:
            continue
        kinds[index] = FURNITURE
        for below in range(index + 1, len(lines)):
            if not lines[below].startswith(data.bullets):
                break
            kinds[below] = FURNITURE


KEY_POINTS = (2, 5)  # a list of key points above the text has this many lines
KEY_POINT_WORDS = (6, 40)  # each of them one sentence of this many words
PARAGRAPHS_LOOKED_AT = 5  # the text's paragraphs after the list, which must stand apart


def _mark_key_points(lines: Sequence[str], kinds: list[str], tight: Sequence[bool]) -> None:
    """Key points a site lists above the article with no header of their own, copied as lines that follow each
    other (one sentence each), where the article's paragraphs stand apart (an empty line between): the first
    such run of lines, with the text going on below it, is the list, not the lead."""
    first = next((i for i, kind in enumerate(kinds) if kind == TEXT and _one_sentence(lines[i])), None)
    if first is None:
        return
    end = first + 1
    while end < len(lines) and tight[end] and kinds[end] == TEXT and _one_sentence(lines[end]):
        end += 1
    below = [i for i in range(end, len(lines)) if kinds[i] == TEXT][:PARAGRAPHS_LOOKED_AT]
    if not KEY_POINTS[0] <= end - first <= KEY_POINTS[1] or len(below) < PARAGRAPHS_LOOKED_AT:
        return
    if any(tight[i] for i in below) or (first > 0 and tight[first]):
        return
    for index in range(first, end):
        kinds[index] = FURNITURE


def _one_sentence(line: str) -> bool:
    words = len(line.split())
    inner = re.search(r"[.!?]\s+[A-Z]", line.rstrip(".!? "))
    return KEY_POINT_WORDS[0] <= words <= KEY_POINT_WORDS[1] and line.rstrip().endswith((".", "!", "?")) and not inner


_RULE = re.compile(r"(?:[-*_=~]\s*){3,}")  # "---", "* * *"


def _mark_closing_rules(lines: Sequence[str], kinds: list[str]) -> None:
    """A rule ("---", "* * *") with only a short note under it (a disclaimer, a follow-us line) ends the text;
    elsewhere it is a section break, not text."""
    for index, line in enumerate(lines):
        if not _RULE.fullmatch(line):
            continue
        rest = lines[index + 1 :]
        closing = len(rest) <= CLOSING_NOTE_LINES and sum(len(note.split()) for note in rest) <= CLOSING_NOTE_WORDS
        kinds[index] = NOTICE if closing else FURNITURE if kinds[index] == TEXT else kinds[index]


# "— Nama (@akun) March 6, 2024" / "Sebuah kiriman dibagikan oleh Nama (@akun)": the signature of a post
# embedded in the page; the line above it is the post's own text.
_POST_SIGNATURE = re.compile(
    r"^(?:[—–-]\s*|.*\b(?:dibagikan oleh|shared by)\s+).*\(@\w{1,30}\)(?:\s+\S.*\d{4})?\s*$", re.I
)


def _mark_embedded_posts(lines: Sequence[str], kinds: list[str]) -> None:
    """A social-media post copied with the page (the post's text, then its signature) is not article text."""
    for index, line in enumerate(lines):
        if _POST_SIGNATURE.match(line):
            kinds[index] = FURNITURE
            if index > 0 and kinds[index - 1] == TEXT and not _POST_SIGNATURE.match(lines[index - 1]):
                kinds[index - 1] = FURNITURE


def _mark_boxed_lists(lines: Sequence[str], kinds: list[str], tight: Sequence[bool]) -> None:
    """A related-articles list set inside the text ("Berita Lainnya" and a few headlines printed together, then
    the article going on in full paragraphs) is furniture; it does not end the text as such a list at the end does."""
    for header, kind in enumerate(kinds):
        if kind != LIST_HEADER:
            continue
        end = header + 1
        while end < len(lines) and tight[end] and kinds[end] == TEXT and is_title_like(lines[end]):
            end += 1
        items = end - header - 1
        prose = [i for i in range(end, min(len(lines), end + 2)) if kinds[i] == TEXT]
        going_on = len(prose) == 2 and all(is_sentence(lines[i]) and len(lines[i].split()) >= 12 for i in prose)
        if 1 <= items <= BOXED_LIST_ITEMS and end < len(lines) and not tight[end] and going_on:
            kinds[header:end] = [FURNITURE] * (end - header)


def _mark_section_names(lines: Sequence[str], kinds: list[str], lead: int) -> None:
    """A section's name alone under the lead ("Global", again at the top of a copied page) is furniture."""
    for index in range(lead + 1, len(lines)):
        if kinds[index] == TEXT and lines[index].casefold() in _data().section_labels:
            kinds[index] = FURNITURE


def _mark_inner_captions(lines: Sequence[str], kinds: list[str], lead: int) -> None:
    """A short line ending in a credit ("... di Puerto La Cruz. (Reuters)") with article sentences right
    after it is a photo caption, not the sign-off that ends the text."""
    for index in range(lead + 1, len(lines)):
        if kinds[index] in _STOPS:
            return
        line = lines[index]
        if kinds[index] != TEXT or strip_signoff(line) == line or len(line.split()) > CAPTION_MAX_WORDS:
            continue
        after = range(index + 1, min(len(lines), index + 1 + CAPTION_LOOKAHEAD))
        for later in after:
            if kinds[later] in _STOPS:
                break
            if kinds[later] == TEXT and is_sentence(lines[later]) and len(lines[later].split()) >= 12:
                kinds[index] = CAPTION
                break


# -- the lead -------------------------------------------------------------


def _find_lead(lines: Sequence[str], kinds: Sequence[str]) -> int | None:
    """Index of the first line of article text."""
    candidates = [i for i, kind in enumerate(kinds) if kind == TEXT]
    for index in candidates:
        if index > len(lines) * 0.6 + 10:
            break
        if dateline_prefix(lines[index]) is not None and _SENTENCE_END.search(lines[index]):
            return index  # not a site's tagline ("Historia.id - Majalah Sejarah Populer ...")
    for index in candidates:
        if is_sentence(lines[index]) and len(lines[index].split()) >= 10 and not _is_dated_caption(lines[index]):
            return _after_deck(lines, kinds, index)
    wordy = [i for i in candidates if len(lines[i].split()) >= 8 and not lines[i].startswith(("-", "•", "*"))]
    return wordy[0] if wordy else None


def _after_deck(lines: Sequence[str], kinds: Sequence[str], index: int) -> int:
    """A summary under the headline (a deck) is followed by the byline or the date; the text starts after them."""
    for below in range(index + 1, min(len(lines), index + 1 + DECK_LOOKAHEAD)):
        line = lines[below]
        printed_before = kinds[below] == FURNITURE and line in lines[:index]  # the page's date line, printed again
        date_line = (kinds[below] == TEXT or printed_before) and len(line.split()) <= DATE_LINE_WORDS
        date_line = date_line and not is_sentence(line)
        if date_line and find_dates(line):
            later = [i for i in range(below + 1, len(lines)) if kinds[i] == TEXT and is_sentence(lines[i])]
            return later[0] if later else index
    return index


def is_sentence(line: str) -> bool:
    """A line of running prose: several words and closing punctuation."""
    return len(line.split()) >= 6 and bool(_SENTENCE_END.search(line))


def is_title_like(line: str) -> bool:
    """A short line with no closing full stop: a headline, subheading or list item."""
    words = len(line.split())
    return 2 <= words <= 25 and not re.search(r"[.,;:]$", line)


def _is_dated_caption(line: str) -> bool:
    """A photo caption ends with ", <place>, <date>." ; a lead says "pada Senin (4/3/2024)." instead."""
    hits = find_dates(line)
    if not hits or hits[-1].end < len(line.rstrip(". ")) - 1:
        return False
    if "(" in line[hits[-1].start : hits[-1].end]:  # "..., Kamis (10/10/2024)." is how a report dates itself
        return False
    before = line[: hits[-1].start].rstrip()
    return before.endswith(",") and not re.search(r"\b(?:pada|sejak|hingga|tanggal)\s*,?$", before, re.I)


def dateline_prefix(line: str) -> Prefix | None:
    """Split "Jakarta, Outlet -" / "Outlet.com -" / "KOTA (AGENCY) -" off a lead line."""
    match = _leaving_a_lead(_data().dateline.match(line), line)
    if match is None or find_dates(match.group("prefix")):
        return _city_prefix(line, "", None) or _colon_prefix(line) or _brand_prefix(line) or _glued_city(line)
    parts = _prefix_parts(match.group("prefix"))
    if parts is None:
        return _outlet_first_prefix(line)
    dateline, outlet = parts
    if dateline is None:  # "KONTAN.CO.ID - TOKYO. Bank sentral ...", "KRjogja.com - YOGYA - Pemerintah ..."
        before = match.group(0)
        return _city_prefix(line, before, outlet) or _city_dash(line, before, outlet) or Prefix(before, None, outlet)
    return Prefix(match.group(0), dateline, outlet)


LEAD_MIN_WORDS = 6  # a prefix is split off a lead only when this many words of it follow


def _leaving_a_lead(match: re.Match[str] | None, line: str) -> re.Match[str] | None:
    """The match of a prefix at a lead's start, when a lead of some words follows it."""
    return match if match is not None and len(line[match.end() :].split()) >= LEAD_MIN_WORDS else None


def _known_place(name: str) -> bool:
    """A city the datelines name, or a place or capital the gazetteer knows."""
    return is_city(name) or _is_place_name(name)


# "JAYAPURA-Sidang ...", "CISARUA-RADAR BOGOR, Sebanyak ...": the city, a dash, and the outlet in capitals
_GLUED_CITY = re.compile(
    r"(?P<city>[A-Z]{3,}(?: [A-Z]{3,})?)[-–—]+(?:(?P<outlet>[A-Z][A-Z.]+(?: [A-Z][A-Z.]+){0,2}),\s+)?"
    r"(?=[\"“‘'(]?[A-Z][a-z])"
)


def _glued_city(line: str) -> Prefix | None:
    """ "JAYAPURA-Sidang ke-39 ...": a city in capitals glued to the lead by a dash, when the data or the
    gazetteer knows it or the lead names it again (an abbreviation glued so, "ASEAN-China", is no dateline)."""
    match = _leaving_a_lead(_GLUED_CITY.match(line), line)
    if match is None:
        return None
    city = match.group("city")
    named_again = re.search(rf"\b{re.escape(city.title())}\b", line[match.end() :])  # "MANDALIKA-... di KEK Mandalika"
    if not (_known_place(city) or named_again):
        return None
    return Prefix(match.group(0), city, match.group("outlet"))


_CITY_DASH = re.compile(r"(?P<city>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s*[-–—]+\s+(?=[\"“‘'(]?[A-Z0-9])")


def _city_dash(line: str, before: str, outlet: str | None) -> Prefix | None:
    """After the outlet and a dash, "YOGYA - ...": a city the data or the gazetteer knows, or one word in
    capitals, then another dash."""
    match = _leaving_a_lead(_CITY_DASH.match(line, len(before)), line)
    if match is None:
        return None
    city = match.group("city")
    if not (_known_place(city) or (city.isupper() and city.isalpha() and len(city) >= 4)):
        return None
    return Prefix(line[: match.end()], city, outlet)


# "(RAKYAT ACEH) PIDIE – ...", "(ANTARA) JAKARTA - ...": the outlet in brackets, then the city, then a dash.
_OUTLET_FIRST = re.compile(
    r"\((?P<outlet>[A-Z][\w .&-]{1,30})\)\s+(?P<city>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})\s*[-–—]+\s+"
)


def _outlet_first_prefix(line: str) -> Prefix | None:
    match = _leaving_a_lead(_OUTLET_FIRST.match(line), line)
    if match is None:
        return None
    return Prefix(match.group(0), match.group("city"), match.group("outlet"))


_CITY_PREFIX = re.compile(r"(?P<city>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)[:.]\s+(?=[\"“‘'(]?[A-Z0-9])")


def _city_prefix(line: str, before: str, outlet: str | None) -> Prefix | None:
    """ "Jakarta: ..." or, after an outlet, "TOKYO. ...": a city the data or the gazetteer knows."""
    match = _leaving_a_lead(_CITY_PREFIX.match(line, len(before)), line)
    if match is None:
        return None
    city = match.group("city")
    if not _known_place(city):
        return None
    return Prefix(line[: match.end()], city, outlet)


_COLON_PREFIX = re.compile(r"(?P<prefix>[A-Z][^:\"“]{1,40}?)(?::|(?<=\))\.)\s+(?=[\"“‘'(]?[A-Z0-9])")  # "Medan, (X)."


def _colon_prefix(line: str) -> Prefix | None:
    """ "MEDAN (Waspada): ...", "KBRN, Jakarta: ...", "Medan, (Analisa). ...": a known city and a source, closed by a
    colon (or a full stop after the bracket)."""
    match = _leaving_a_lead(_COLON_PREFIX.match(line), line)
    if match is None:
        return None
    parts = _prefix_parts(match.group("prefix"))
    if parts is None or None in parts or not _known_place(parts[0]):  # type: ignore[arg-type]
        return None
    return Prefix(match.group(0), *parts)


_BRAND_PREFIX = re.compile(r"(?P<brand>[A-Z][A-Z0-9]{2,}(?:\.[A-Za-z]{2,3}){0,2})(?:\.\s+|\s+)(?=[\"“‘'(]?[A-Z])")


def _brand_prefix(line: str) -> Prefix | None:
    """ "AKURAT.CO Uni Eropa ...", "RMOL. Indonesia ...": the site's name in capitals opens the lead, with no dash;
    a web name, or a word in capitals and a full stop that is no Indonesian word and names no city, country or
    body (cut off, but taken for the outlet only when it is a web name)."""
    match = _leaving_a_lead(_BRAND_PREFIX.match(line), line)
    if match is None:
        return None
    brand = match.group("brand")
    web = _is_web_name(brand)
    if not web and (not match.group(0).rstrip().endswith(".") or "." in brand or _is_known_name(brand)):
        return None
    if not web and (brand.casefold() in lexicon.root_words() or brand.casefold() in _data().caption_labels):
        return None  # "ILUSTRASI. Logo ...", "FOTO. ...": a caption's label
    return Prefix(match.group(0), None, brand if web else None)  # "RMOL" alone: the masthead names the site better


def _is_known_name(word: str) -> bool:
    from builder.gazetteer import lookup

    return is_city(word) or lookup(word) is not None or lookup(word.title()) is not None


def _prefix_parts(prefix: str) -> tuple[str | None, str | None] | None:
    agency = re.search(r"\(([^()]+)\)\s*$", prefix)
    if agency:  # "BEIJING (Xinhua)", "Beijing, 5 Juni (Xinhua)": the place without the day
        places = [part.strip() for part in prefix[: agency.start()].split(",") if part.strip()]
        places = [part for part in places if not is_day_of_month(part)]
        if len(places) == 2 and _is_region(places[1]):
            places = places[:1]  # "DEN HAAG, Belanda (ANTARA)", "Nunukan, Kalimantan Utara (ANTARA)": the city
        place = ", ".join(places)
        return place or None, agency.group(1).strip()
    parts = [part.strip() for part in prefix.split(",") if part.strip()]
    if not parts or len(parts) > 2 or not all(_is_prefix_part(part) for part in parts):
        return None
    return _assign_parts(parts)


def _is_prefix_part(part: str) -> bool:
    words = part.split()
    if _is_web_name(part):
        return len(words) <= 3  # "RM.id Rakyat Merdeka"
    return all(word[0].isupper() or word[0].isdigit() or word == "&" for word in words)


def _assign_parts(parts: list[str]) -> tuple[str | None, str | None] | None:
    if len(parts) == 1:
        part = parts[0]
        if _known_place(part):
            return part, None
        if _could_be_outlet(part):
            return None, next((word for word in part.split() if _is_web_name(word)), part)  # "RM.id Rakyat Merdeka"
        return None
    first, second = parts
    if is_weekday(second):  # "LUKSEMBURG, SELASA -": the place and the day
        return first, None
    if _is_web_name(first) or (is_city(second) and not _is_web_name(second)):
        return second, first
    return first, second


def _is_place_name(part: str) -> bool:
    """A capital or a place the gazetteer knows ("Canberra", "Jenewa"); not a country's own name."""
    from builder.gazetteer import lookup

    entity = lookup(part) or (lookup(part.title()) if part.isupper() and len(part) > 3 else None)  # "SANAA"
    if entity is None or entity.kind == "organization" or (part.isupper() and len(part) <= 3):
        return False
    return entity.kind == "place" or part.casefold() != entity.indonesian.casefold()


def _is_region(part: str) -> bool:
    """A country or a region the gazetteer knows (a province): what places a city, not a city itself."""
    from builder.gazetteer import lookup

    entity = lookup(part) or lookup(part.title())
    return entity is not None and entity.kind in ("country", "place")


def _could_be_outlet(part: str) -> bool:
    """A lone prefix is an outlet if it is a web name or one or two capitalized words."""
    from builder.gazetteer import lookup

    if _is_web_name(part):
        return True
    return len(part.split()) <= 2 and lookup(part) is None


def _is_web_name(part: str) -> bool:
    return bool(re.search(r"\w\.(?:com|co|id|net|org|tv|news|info|my|sg|co\.id|or\.id|web\.id)\b", part, re.IGNORECASE))


def is_city(word: str) -> bool:
    """A city datelines name ("Batam", "Jenewa")."""
    return word.casefold() in _data().cities


# -- the end --------------------------------------------------------------


def _mark_writer_note(lines: Sequence[str], kinds: list[str], lead: int, end: int) -> None:
    """ "Nama adalah jurnalis X yang meliput ...", "Nama di Tokyo turut berkontribusi dalam laporan ini.": a note
    on the writers as the text's last line is not text."""
    last = next((k for k in range(end - 1, lead, -1) if kinds[k] == TEXT), None)
    if last is not None and (_data().writer_bio.match(lines[last]) or _data().contribution.match(lines[last])):
        kinds[last] = FURNITURE


def _find_end(lines: Sequence[str], kinds: Sequence[str], lead: int) -> tuple[int, str | None]:
    """Index where the article text stops; and the last line with its sign-off cut, if it had one."""
    for index in range(lead + 1, len(lines)):
        if kinds[index] in _STOPS:
            return _trim_trailing_titles(lines, kinds, lead, index), None
        cut = strip_signoff(lines[index])
        if cut != lines[index] and kinds[index] == TEXT:
            return index, cut
    first_cut = strip_signoff(lines[lead])
    if first_cut != lines[lead]:
        return lead, first_cut
    return _trim_trailing_titles(lines, kinds, lead, len(lines)), None


def _trim_trailing_titles(lines: Sequence[str], kinds: Sequence[str], lead: int, end: int) -> int:
    """Headline lists with no header at the bottom of a page are not article text."""
    start = end
    while start - 1 > lead and (kinds[start - 1] != TEXT or _is_list_item(lines[start - 1])):
        start -= 1
    titles = sum(1 for i in range(start, end) if kinds[i] == TEXT)
    return start if titles >= 2 else end


def _is_list_item(line: str) -> bool:
    item = line.lstrip("-•*· ")
    tag = 1 <= len(item.split()) <= 3 and all(word[:1].isupper() for word in item.split())  # "Jepang", "Laut China"
    return (tag or is_title_like(item)) and not line.endswith(("!", "?", "”", '"', ".", ","))


def strip_signoff(line: str) -> str:
    """Cut the desk sign-off or end mark from the end of a paragraph."""
    match = _data().signoff_tail.search(line)
    return line[: match.start()].rstrip() if match else line


# -- the body -------------------------------------------------------------


def _body_blocks(lines: Sequence[str], kinds: Sequence[str], tight: Sequence[bool]) -> tuple[list[Block], list[str]]:
    """The article's blocks, and the lines dropped from among them. Under "Baca juga:" the next headline is a
    link, and so is every headline printed right under that one, with no empty line between."""
    blocks: list[Block] = []
    removed: list[str] = []
    header_before = link_before = False
    for index, (line, kind, under) in enumerate(zip(lines, kinds, tight, strict=True)):
        link = (header_before and is_title_like(line)) or (link_before and under and _is_link_title(line))
        if kind in _DROPPED or link:
            removed.append(line)
            header_before, link_before = kind == INLINE_HEADER, link
            continue
        header_before = link_before = False
        if not line.strip():
            continue
        blocks.append(Block(_block_kind(lines, index), line))
    return blocks, removed


def _is_link_title(line: str) -> bool:
    """A headline in a list of links: title-like, no sentence, no quotation."""
    return is_title_like(line) and not is_sentence(line) and not re.search(r"[\"“”]", line)


def _block_kind(lines: Sequence[str], index: int) -> str:
    line = lines[index]
    is_heading = 0 < index < len(lines) - 1 and is_title_like(line) and len(line.split()) <= 12
    return "subheading" if is_heading and not line.endswith(("”", '"', "’")) else "paragraph"


# -- data -----------------------------------------------------------------


@dataclass(frozen=True)
class _PageData:
    furniture: frozenset[str]
    section_labels: frozenset[str]
    menu_openers: frozenset[str]
    share_words: frozenset[str]
    pagination_words: frozenset[str]
    caption_marker: re.Pattern[str]
    caption_labels: frozenset[str]
    caption_sources: tuple[str, ...]
    box_starts: tuple[str, ...]
    box_ends: tuple[str, ...]
    box_max_lines: int
    summary_headers: frozenset[str]
    signup_headers: frozenset[str]
    writer_bio: re.Pattern[str]
    contribution: re.Pattern[str]
    signup_words: re.Pattern[str]
    bullets: tuple[str, ...]
    caption_starts: tuple[str, ...]
    list_headers: frozenset[str]
    inline_headers: frozenset[str]
    inline_starts: tuple[str, ...]
    notices: tuple[str, ...]
    notice_mentions: tuple[str, ...]
    cities: frozenset[str]
    inline_link: re.Pattern[str]
    credit: re.Pattern[str]
    signoff_line: re.Pattern[str]
    signoff_tail: re.Pattern[str]
    dateline: re.Pattern[str]
    relative_time: re.Pattern[str]
    forward_markers: tuple[str, ...]
    mail_header: re.Pattern[str]
    salutation: re.Pattern[str]


def _folded(words: Sequence[str]) -> frozenset[str]:
    return frozenset(str(word).casefold() for word in words)


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(str(word)) for word in sorted(words, key=len, reverse=True))


@functools.cache
def _data() -> _PageData:
    page = lexicon.load("page")
    signoff = "|".join(page["signoff_patterns"])
    end_marks = _alternation(page["end_marks"])
    dashes = _alternation(page["dateline_dashes"])
    max_words = int(page["dateline_max_words"])
    labels = _alternation(page["credit_labels"])
    # "(ant/dil)", "[pan]", "(Reuters, AFP)"; several in a row: "(as/uh)(Reuters)"
    group = rf"[(\[](?:{signoff}|[A-Z][A-Za-z]+(?:,\s*[A-Z][A-Za-z]+)+)[)\]]"
    return _PageData(
        furniture=_folded(page["furniture_lines"]),
        section_labels=_folded(page["section_labels"]),
        menu_openers=_folded(page["menu_openers"]),
        share_words=_folded(page["share_words"]),
        pagination_words=_folded(page["pagination_words"]),
        caption_marker=re.compile(_alternation(page["caption_markers"])),
        caption_labels=_folded(page["caption_labels"]),
        caption_sources=tuple(_folded(page["caption_sources"])),
        box_starts=tuple(page["box_starts"]),
        box_ends=tuple(page["box_ends"]),
        box_max_lines=int(page["box_max_lines"]),
        summary_headers=_folded(page["summary_headers"]),
        signup_headers=_folded(page["signup_headers"]),
        writer_bio=re.compile(
            rf"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){{1,3}} adalah (?:seorang )?(?:{_alternation(page['writer_roles'])})\b",
            re.IGNORECASE,
        ),
        contribution=re.compile(
            rf"[A-Z][\w'.-]+(?: [\w'.,-]+){{0,12}} (?:{_alternation(page['contribution_notes'])})\.?$", re.IGNORECASE
        ),
        signup_words=re.compile(rf"\b(?:{_alternation(page['signup_words'])})\b", re.IGNORECASE),
        bullets=tuple(page["bullets"]),
        caption_starts=tuple(page["caption_starts"]),
        list_headers=_folded(page["list_headers"]),
        inline_headers=_folded(page["inline_headers"]),
        inline_starts=tuple(sorted(_folded(page["inline_starts"]))),
        notices=tuple(sorted(_folded(page["notice_prefixes"]))),
        notice_mentions=tuple(_folded(page["notice_mentions"])),
        cities=_folded(page["dateline_cities"]),
        inline_link=re.compile(rf"(?:{_alternation(page['inline_prefixes'])})\s*(?::|[-–—]|\s*>>)\s*\S", re.IGNORECASE),
        credit=re.compile(rf"[(\[]?(?:{labels})(?:\s*(?:&|dan|/|,)\s*(?:{labels}))*\s*:", re.IGNORECASE),
        signoff_line=re.compile(rf"(?:[a-z]{{1,4}}(?:/[a-z]{{1,4}})+\s*)?(?:{group}\s*)+|{end_marks}"),
        signoff_tail=re.compile(rf"(?<=[.!?\"”’])\s*(?:(?:{group}\s*)+|{end_marks}|\s(?:{page['bare_signoff']}))\s*$"),
        dateline=_dateline_regex(dashes, max_words),
        relative_time=_relative_time_regex(page["relative_time_units"], page["relative_time_words"]),
        forward_markers=tuple(page["forward_markers"]),
        mail_header=re.compile(rf"(?:{_alternation(page['mail_header_labels'])})\s*:", re.IGNORECASE),
        salutation=re.compile(rf"(?:{_alternation(page['salutations'])})\s*[,.!]?", re.IGNORECASE),
    )


def _relative_time_regex(units: Sequence[str], words: Sequence[str]) -> re.Pattern[str]:
    """ "· 2 jam ·", "3 hari yang lalu", "Kemarin pukul 19.00", "5 mins ago": a post's age, alone on its line."""
    ago = r"(?:\s+(?:yang\s+)?lalu|\s+ago)?"
    at = r"(?:\s+pukul\s+\d{1,2}[.:]\d{2})?"
    when = rf"(?:\d{{1,2}}\s*(?:{_alternation(units)}){ago}|(?:{_alternation(words)}){at})"
    return re.compile(rf"[·•\s]*{when}[·•\s]*", re.IGNORECASE)


def _dateline_regex(dashes: str, max_words: int) -> re.Pattern[str]:
    """'Prefix - ' at the start of a line; the prefix has at most max_words words."""
    word = r"[^\s\"“”‘’\-–—]+(?:-[^\s\"“”‘’\-–—]+)*"  # "PORT-AU-PRINCE"
    # "JAKARTA -", "Jakarta- ", and a long dash set tight after a letter: "JOGJA—Menteri", "Padek–Tangis"
    dash = rf"(?:\s+(?:{dashes})\s*|\s*(?:{dashes})\s+|(?<=[^\W\d_])[—–])"
    return re.compile(rf"(?P<prefix>{word}(?:[ ,]+{word}){{0,{max_words - 1}}}){dash}(?=[\"“‘'(]?[A-Z0-9])")
