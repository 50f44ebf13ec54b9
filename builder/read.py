"""The only stage that opens input files: decodes them and turns each format into a Source.

.txt is a plain-text scrape; .html/.htm a saved page, whose main text and
metadata trafilatura finds; .md an already clean article with YAML front
matter, taken as given.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import logging
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import frontmatter
import yaml
from charset_normalizer import from_bytes

from builder import lexicon
from builder.errors import ConfigError, ReadError
from builder.model import Corrections, DossierRule, Source

if TYPE_CHECKING:
    from builder.dates import DateHit

_NOT_ARTICLES = (".DS_Store", "Thumbs.db", "desktop.ini")  # files operating systems leave in folders
FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
# Control characters other than line breaks and tabs: never article text, and not allowed in XML.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# Emoji and pictographs (with their joiners and variation selectors): never article text, and they hide the
# end of a sentence or a sign-off ("... di Ukraina. 🇷🇺", "(isa/bac) 👇").
_PICTOGRAPHS = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\u231a\u231b\u23e9-\u23fa\u203c\u2049\ufe0e\ufe0f\u200d]"
)
MAX_BYTES = 5 * 1024 * 1024  # a news article is a few KB; anything this large is not one
DATED_LINE_CHARS = 120  # a saved page's line that prints its date ("Jakarta ● Tue, September 10, 2024") is short
_FRONT_MATTER_FIELDS = ("headline", "title", "date", "outlet", "author", "dateline", "time")


def find_articles(folder: Path) -> Iterator[Path]:
    """Every file in the folder tree that could be an article, in a stable order.

    Sidecar corrections (.yml/.yaml) and hidden files of the tools (such as
    .DS_Store) are not articles; every other file is returned, so that files
    of an unknown type are reported rather than silently ignored.
    """
    for path in sorted(files_under(folder, everything=True)):
        if path.suffix.lower() not in SIDECAR_SUFFIXES and path.name not in _NOT_ARTICLES:
            yield path


def files_under(root: Path, *, everything: bool = False) -> Iterator[Path]:
    """Every file in a folder tree, as `Path.rglob` finds them (links to folders not followed), in no order;
    one directory read per folder (no stat per file). `everything`: also what is not a file (pipes, broken
    links), so that it can be reported."""
    try:
        entries = list(os.scandir(root))
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from files_under(Path(entry.path), everything=everything)
        elif everything or entry.is_file():
            yield Path(entry.path)


def not_readable(path: Path, folder: Path) -> str | None:
    """Why a file of the articles folder is not opened (None: it is): a link that leads out of the folder
    (a link to /etc/passwd must not be published), and what is not a regular file (opening a pipe waits
    forever)."""
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            if not path.resolve().is_relative_to(folder.resolve()):
                return "a link to a file outside the articles folder (not read)"
            mode = path.stat().st_mode
    except (OSError, RuntimeError):  # a broken link, or links in a loop
        return "a link that leads nowhere (not read)"
    if stat.S_ISDIR(mode):
        return "a link to a folder (not followed)"
    if not stat.S_ISREG(mode):
        return "not a regular file (a pipe, socket or device; not read)"
    return None


def raw_contents(path: Path) -> tuple[bytes, ...]:
    """The bytes an article's briefing depends on: the file and its sidecar (for cache keys)."""
    sidecars = [Path(name) for name in sidecar_names(path) if os.path.isfile(name)]
    try:
        if path.stat().st_size > MAX_BYTES:
            return (b"too large", str(path.stat().st_size).encode())
        return tuple(p.read_bytes() for p in (path, *sidecars))
    except OSError:
        return (b"unreadable",)


SIDECAR_SUFFIXES = (".yml", ".yaml")  # an article's corrections: NAME.yml or NAME.yaml beside it


def sidecar_names(path: Path) -> tuple[str, ...]:
    """Where an article's correction file may be (as text: this runs for every article of every build)."""
    name = os.fspath(path)
    stem = name[: -len(path.suffix)] if path.suffix else name
    return tuple(stem + suffix for suffix in SIDECAR_SUFFIXES)


STAT_FIELDS = 5  # size, modification and change times (ns), inode and device of a file


def stat_signature(path: Path) -> tuple[int, ...] | None:
    """What the file system says of an article's bytes and its sidecars' without reading them (STAT_FIELDS
    numbers each, -1 for a missing sidecar); None when the article cannot be looked at."""
    signature: list[int] = []
    name = os.fspath(path)
    for candidate in (name, *sidecar_names(path)):
        try:
            found = os.stat(candidate)
        except OSError:
            if candidate is name:
                return None
            signature += (-1,) * STAT_FIELDS
            continue
        signature += (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino, found.st_dev)
    return tuple(signature)


def read_article(path: Path, shown_as: str | None = None) -> Source:
    """Read one article file; raise ReadError naming the file and the problem."""
    name = shown_as or str(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ReadError(name, f"unsupported file type '{path.suffix or '(none)'}' (use .txt, .html, .htm or .md)")
    corrections = read_corrections(path, name)
    data = _read_bytes(path, name)
    text, warnings = decode(data, name)
    if fmt == "html":
        source = _from_html(name, path.name, text, warnings)
    elif fmt == "md":
        source = _from_markdown(name, path.name, text, warnings)
    else:
        source = Source(name, path.name, "txt", text, {}, warnings)
    return replace(source, corrections=corrections)


# -- dossiers.yml -----------------------------------------------------------

DOSSIER_RULES_FILE = "dossiers.yml"
_RULE_FIELDS = ("article", "title", "add", "split")


# What loading a YAML file of the user's may raise: its syntax, a value its tag cannot make ("!!int 12x", a
# 31 February read as a date), nesting thousands deep, bytes that are not UTF-8.
_YAML_ERRORS = (yaml.YAMLError, ValueError, TypeError, RecursionError)


def read_dossier_rules(folder: Path) -> tuple[DossierRule, ...]:
    """The user's grouping corrections in <articles>/dossiers.yml, validated; none if the file is absent."""
    path = folder / DOSSIER_RULES_FILE
    if not path.is_file():
        return ()
    if path.is_symlink():
        raise ConfigError(str(path), "a link (not read): the rules must be a file in the articles folder")
    try:
        data = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=_UserYamlLoader)
    except _YAML_ERRORS as error:
        raise ConfigError(str(path), f"not valid YAML ({first_line(error)})") from error
    if data is None:
        return ()
    if not isinstance(data, list) or not all(isinstance(rule, dict) for rule in data):
        raise ConfigError(str(path), "must be a list of rules (- article: ..., title: ..., add: [...] / split: [...])")
    errors = [f"rule {n}: {problem}" for n, rule in enumerate(data, 1) for problem in _rule_errors(rule)]
    if errors:
        raise ConfigError(str(path), "; ".join(errors))
    return tuple(_rule(rule) for rule in data)


def _rule_errors(rule: dict[object, object]) -> list[str]:
    errors = [f"unknown field '{key}' (allowed: {', '.join(_RULE_FIELDS)})" for key in rule if key not in _RULE_FIELDS]
    errors += [
        f"'{key}' must be text" for key in ("article", "title") if key in rule and not isinstance(rule[key], str)
    ]
    errors += [
        f"'{key}' must be a list of file names"
        for key in ("add", "split")
        if key in rule and not (isinstance(rule[key], list) and all(isinstance(v, str) for v in rule[key]))
    ]
    if not rule.get("split") and not rule.get("article"):
        errors.append("needs 'article' (the dossier that holds it) or 'split'")
    return errors


def _rule(rule: dict[str, object]) -> DossierRule:
    return DossierRule(
        article=rule.get("article"),  # type: ignore[arg-type]
        title=rule.get("title"),  # type: ignore[arg-type]
        add=tuple(rule.get("add") or ()),  # type: ignore[arg-type]
        split=tuple(rule.get("split") or ()),  # type: ignore[arg-type]
    )


# -- sidecar corrections --------------------------------------------------


class _UserYamlLoader(yaml.SafeLoader):
    """Safe YAML without anchors' aliases: a few hundred bytes of nested aliases ("billion laughs") stand for
    gigabytes once anything walks or prints them."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed", mark)
        return super().compose_node(parent, index)


class _TextDatesLoader(_UserYamlLoader):
    """Safe YAML that leaves dates as text, so that a bad date is reported, not a crash."""


_TextDatesLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _shown(value: object) -> str:
    """A value of the user's file for a one-line message: short text as written, else what kind it is."""
    if isinstance(value, str):
        return f"'{value[:40]}…'" if len(value) > 40 else f"'{value}'"
    return {list: "a list", dict: "a mapping"}.get(type(value), type(value).__name__)


_TEXT_FIELDS = ("headline", "outlet", "author", "dateline", "dossier")
CORRECTION_FIELDS = (*_TEXT_FIELDS, "date", "time", "speakers")


def read_corrections(article: Path, shown_as: str | None = None) -> Corrections:
    """The sidecar NAME.yml (or .yaml) beside an article, validated; no sidecar means no corrections."""
    sidecar = next((Path(name) for name in sidecar_names(article) if os.path.lexists(name)), None)
    if sidecar is None or (not sidecar.is_symlink() and not sidecar.is_file()):
        return Corrections()
    name = str(Path(shown_as).with_suffix(sidecar.suffix)) if shown_as else str(sidecar)
    if sidecar.is_symlink():  # a link may lead anywhere, /etc/passwd included
        raise ConfigError(name, "a link (not read): a sidecar must be a file in the articles folder")
    try:
        data = yaml.load(sidecar.read_text(encoding="utf-8-sig"), Loader=_TextDatesLoader) or {}
    except _YAML_ERRORS as error:
        raise ConfigError(name, f"not valid YAML ({first_line(error)})") from error
    if not isinstance(data, dict):
        raise ConfigError(name, "must be a mapping of field: value")
    errors = _correction_errors(data)
    if errors:
        raise ConfigError(name, "; ".join(errors))
    return _corrections(data)


def _correction_errors(data: dict[object, object]) -> list[str]:
    errors = [
        f"unknown field {_shown(key)} (allowed: {', '.join(CORRECTION_FIELDS)})"
        for key in data
        if key not in CORRECTION_FIELDS
    ]
    errors += [f"field '{key}' must be text" for key in _TEXT_FIELDS if key in data and not isinstance(data[key], str)]
    if "date" in data and _as_date(data["date"]) is None:
        errors.append(f"field 'date': {_shown(data['date'])} is not a date (write YYYY-MM-DD)")
    if "time" in data and not _is_clock(data["time"]):
        errors.append(f"field 'time': {_shown(data['time'])} is not a time (write HH:MM)")
    speakers = data.get("speakers", {})
    if not isinstance(speakers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in speakers.items()
    ):
        errors.append("field 'speakers' must map the start of a quote to its speaker")
    return errors


def _corrections(data: dict[str, object]) -> Corrections:
    texts = {key: str(data[key]) for key in _TEXT_FIELDS if key in data}
    speakers = tuple(sorted(dict(data.get("speakers") or {}).items()))  # type: ignore[call-overload]
    time = _clock(data["time"]) if "time" in data else None
    return Corrections(date=_as_date(data.get("date")), time=time, speakers=speakers, **texts)


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _clock(value: object) -> str:
    """'HH:MM'; YAML reads an unquoted 20:42 as the number 1242 (base 60), which is turned back."""
    if isinstance(value, int):
        return f"{value // 60:02d}:{value % 60:02d}"
    return dt.time.fromisoformat(str(value).strip()).strftime("%H:%M")


def _is_clock(value: object) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return 0 <= value < 24 * 60
    try:
        dt.time.fromisoformat(str(value).strip())
    except ValueError:
        return False
    return True


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(name, f"file too large ({size / 1048576:.1f} MB; an article is at most 5 MB)")
        return path.read_bytes()
    except OSError as error:
        raise ReadError(name, f"cannot be read ({error.strerror or error})") from error


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Decode UTF-8 (with or without BOM) or a legacy single-byte encoding, with a warning for the latter."""
    if not data.strip():
        raise ReadError(name, "empty file" if not data else "empty file (white space only)")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(name, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text, encoding = _decode_legacy(data, name)
        return _checked(text, name), (f"not UTF-8: decoded as {encoding}",)
    return _checked(text, name), ()


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    best = from_bytes(data).best()
    if best is None:
        raise ReadError(name, "binary file, not text")
    encoding = best.encoding
    if encoding.startswith("utf_8"):
        encoding = "cp1252"
    return data.decode(encoding, errors="replace"), encoding


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise ReadError(name, "empty file (white space only)")
    controls = len(_CONTROL.findall(text[:4096]))
    if controls > max(8, len(text[:4096]) // 50):
        raise ReadError(name, "binary file, not text")
    return _PICTOGRAPHS.sub("", _CONTROL.sub("", text))


def _from_markdown(name: str, file_name: str, text: str, warnings: tuple[str, ...]) -> Source:
    try:
        post = frontmatter.loads(text, Loader=_UserYamlLoader)
    except _YAML_ERRORS as error:
        raise ReadError(name, f"front matter is not valid YAML ({first_line(error)})") from error
    content, properties = _page_properties(_without_reader_notes(_without_excerpt(post.content)))
    fields = {**properties, **post.metadata}
    meta = {key: _as_text(post.metadata[key]) for key in _FRONT_MATTER_FIELDS if post.metadata.get(key) is not None}
    if "author" not in meta and properties.get("author"):
        meta["author"] = properties["author"]  # "Author: Nama" under a read-later app's heading
    heading = re.search(r"^#\s+(.+?)\s*#*\s*$", content, re.MULTILINE)
    if heading and "headline" not in meta:  # a web clipper's title carries the site's name; the page's own heading
        meta["headline"] = _plain_markdown(heading.group(1))
    if "title" in meta and "headline" not in meta:
        meta["headline"] = meta["title"]
    title = meta.pop("title", "") or (heading.group(1) if heading else "")  # MarkDownload: the title is the heading
    url = next((fields[key] for key in _URL_FIELDS if isinstance(fields.get(key), str)), None)
    if "outlet" not in meta and url and (site := _site_of(url)):
        meta["outlet"] = _named_in_title(title, url) or site
    if "date" not in meta and post.metadata.get("published") is not None:
        meta["date"] = _as_text(post.metadata["published"])
    return Source(name, file_name, "md", _plain_markdown(content), meta, warnings)


_RULE = re.compile(r"^ {0,3}(?:-{3,}|\*{3,}|_{3,})\s*$", re.MULTILINE)
_HEADING_OR_LABEL = re.compile(r"^(?:#{1,6}\s+)?([^:\n]{1,40}?)\s*(?::.*)?$")


def _without_reader_notes(content: str) -> str:
    """A Markdown page without what a read-later or notes app adds after the article: a rule, then the reader's
    own notes or highlights ("## Catatan saya", "## Highlights", "Highlights: 3")."""
    labels = _reader_note_headings()
    for rule in _RULE.finditer(content):
        after = content[rule.end() :].lstrip("\n")
        first = after.split("\n", 1)[0].strip()
        label = _HEADING_OR_LABEL.match(first)
        if label and label.group(1).strip().casefold() in labels and content[: rule.start()].strip():
            return content[: rule.start()]
    return content


@functools.cache
def _reader_note_headings() -> frozenset[str]:
    return frozenset(str(label).casefold() for label in lexicon.load("page")["reader_note_headings"])


_URL_FIELDS = ("source", "url", "canonical_url", "link", "original_url")  # where clippers put the page's address
# Property lines a notes app writes under the page's heading ("Created: July 9, 2024 8:41 AM", "URL: https://...").
_PROPERTY = re.compile(r"^([A-Z][\w ]{1,24}):\s+(.*\S)\s*$")


def _page_properties(content: str) -> tuple[str, dict[str, str]]:
    """The content without the property lines right under its first heading, and those properties by lowercased
    name. They describe the clipping, not the article (its date is when it was clipped); only when one of them
    is a web address."""
    lines = content.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip()), 0)
    if not lines or not lines[start].startswith("# "):
        return content, {}
    end = start + 1
    while end < len(lines) and not lines[end].strip():
        end += 1
    found = {}
    while end < len(lines) and (match := _PROPERTY.match(lines[end].strip())):
        found[match.group(1).strip().casefold()] = match.group(2)
        end += 1
    if not any(value.startswith(("http://", "https://")) for value in found.values()):
        return content, {}
    return "\n".join([*lines[: start + 1], *lines[end:]]), found


_MARKUP = (
    (re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$", re.MULTILINE), ""),  # an image alone on its line
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](url) -> text
    (re.compile(r"^#{1,6}\s+", re.MULTILINE), ""),  # heading marks
    (re.compile(r"^>\s?", re.MULTILINE), ""),  # quotation blocks
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\w])"), r"\1"),  # italics
)


def _plain_markdown(text: str) -> str:
    """Markdown as the text a reader sees: marks, images and link targets taken out."""
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    return text


# A page title's last part after a dash or bar set between spaces: the site's name ("Judul | Kompas.com",
# "Judul - NHK WORLD-JAPAN News"); a hyphen inside a word does not part it.
TITLE_SITE = re.compile(r"\s+[|–—-]\s+((?:(?!\s[|–—-]\s).){2,40})$")


def letters(name: str) -> str:
    """A name's letters and digits in lower case, to compare how names are written ("BALIPOST.com", "Bali Post")."""
    return re.sub(r"[\W_]", "", name).casefold()


def _named_in_title(title: str, url: str) -> str | None:
    """The site's name as its page title writes it after a dash or bar, when a part of the address spells it
    or is made of the first letters of its words ("... - Jubi" for jubi.id, "... - Cenderawasih Pos" for
    cenderawasihpos.jawapos.com, "... - Padang Ekspres" for padek.jawapos.com, "... | MerahPutih.com")."""
    match = TITLE_SITE.search(title)
    named = match.group(1).strip() if match else ""
    words = [letters(word) for word in named.split()]
    host = re.sub(r"^[a-z]+://", "", url.strip().casefold()).split("/")[0].removeprefix("www.")
    if not any(words):
        return None
    if "".join(words) == letters(host) and _site_of(url) == host:
        return named  # the title names the site by its address (a section's subdomain aside: "Kabar24 Bisnis.com")
    return named if any(_abbreviates(label, [w for w in words if w]) for label in host.split(".")) else None


def _abbreviates(label: str, words: Sequence[str]) -> bool:
    """Whether an address's label is the words' beginnings run together, each word's at least one letter
    ("padek": Padang Ekspres; "cenderawasihpos": Cenderawasih Pos)."""
    if not words:
        return not label
    word = words[0]
    longest = min(len(word), len(label))
    return any(label[:n] == word[:n] and _abbreviates(label[n:], words[1:]) for n in range(1, longest + 1))


def _without_excerpt(content: str) -> str:
    """A MarkDownload clip without the page's description it quotes under its title ("> ## Excerpt"), and the
    rule after it: the description repeats the lead."""
    return _excerpt().sub("", content, count=1)


@functools.cache
def _excerpt() -> re.Pattern[str]:
    headings = "|".join(re.escape(str(heading)) for heading in lexicon.load("page")["clip_excerpt_headings"])
    quoted = r"(?:>.*(?:\n|$))*"  # the quoted description, line by line
    return re.compile(rf"^>\s*#{{1,6}}\s*(?:{headings})\s*\n{quoted}\s*(?: {{0,3}}-{{3,}}\s*(?:\n|$))?", re.MULTILINE)


def _site_of(url: str) -> str | None:
    """The site a clipped page came from: "https://kabar24.bisnis.com/read/..." -> "bisnis.com" (the public
    suffix list of the `tld` library, which trafilatura's URL tools already pin)."""
    from tld import get_fld

    return get_fld(url.strip(), fail_silently=True)


def _from_html(name: str, file_name: str, text: str, warnings: tuple[str, ...]) -> Source:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its reasons become our one-line problem
    extracted = trafilatura.bare_extraction(
        _BOLD.sub("", text),  # "<strong>WASHINGTON</strong> - ...": the extractor would drop the bold dateline
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        date_extraction_params={"original_date": True, "outputformat": "%Y-%m-%dT%H:%M"},
    )
    document = extracted.as_dict() if extracted is not None else None
    if not document or not (document.get("text") or "").strip():
        raise ReadError(name, "no article text found in the HTML page")
    reader = _reader_view(text)
    visible = _visible_lines(text)
    from builder.dates import find_dates

    dated = [(line, hits) for line in visible if (hits := find_dates(line))]  # each line's dates, found once
    moment = _stated_moment(document.get("date"), text, "\n".join(visible), dated)
    meta = {
        "headline": document.get("title"),
        "date": moment,
        "dated": "\n".join(_dated_lines(dated, moment)),
        "outlet": document.get("sitename") or reader.get("outlet"),
        "author": document.get("author") or reader.get("author"),
        "credits": "\n".join(line for line in visible if _credit_line().match(line)),
    }
    return Source(name, file_name, "html", document["text"], {k: v for k, v in meta.items() if v}, warnings)


_BOLD = re.compile(r"(?i)</?(?:strong|b)\b[^>]*>")


def _reader_view(page: str) -> dict[str, str]:
    """A page saved from a browser's reader view names its site and writer only in its own header: the
    site's address ("www.kompas.id") and a credits line."""
    if "reader-domain" not in page and "reader-credits" not in page:
        return {}
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return {}
    found = {}
    for key, marker in (("outlet", "reader-domain"), ("author", "reader-credits")):
        texts = [" ".join(node.text_content().split()) for node in tree.find_class(marker)]
        if texts and texts[0]:
            found[key] = (_site_of(f"https://{texts[0]}") or texts[0]) if key == "outlet" else texts[0]
    return found


def _visible_lines(page: str) -> list[str]:
    """The lines a reader of the saved page sees, scripts and styles left out; inline marks (a byline's link)
    keep their words on their line."""
    page = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", page)
    inline = re.sub(r"(?i)</?(?:a|span|strong|em|b|i|small|font)\b[^>]*>", "", page)  # font: a translator's marks
    lines = (" ".join(html.unescape(line).split()) for line in re.sub(r"<[^>]*>", "\n", inline).splitlines())
    return [line for line in lines if line]


@functools.cache
def _credit_line() -> re.Pattern[str]:
    """A page's credit line ("Penulis: Nama | Editor: Nama", "Nama, Jurnalis · ..."), which a saved page's
    extractor often leaves out with the rest of the page's frame; the extractor reads the writer from it."""
    page = lexicon.load("page")
    writers = "|".join(re.escape(label) for label in page["author_labels"])
    labelled = rf"(?i:{writers})\s*:\s*\S.{{0,80}}"  # "Penulis: Nama"
    named = rf"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){{1,4}}, (?:{writers})\b.{{0,60}}"  # "Nama, Jurnalis · ..."
    barred = rf"(?:{writers}) [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){{0,4}} [|·] .{{0,60}}"  # "Penulis Nama | Editor Nama"
    return re.compile(rf"^(?:{labelled}|{named}|{barred})$")


def _dated_lines(dated: Sequence[tuple[str, Sequence[DateHit]]], moment: str | None) -> list[str]:
    """The page's lines that print its publication day ("Jakarta ● Tue, September 10, 2024 – 14:32"), which
    the extractor leaves out with the page's frame; the place before the day is the dateline."""
    if not moment:
        return []
    day = moment.partition("T")[0]
    short = ((line, hits) for line, hits in dated if len(line) <= DATED_LINE_CHARS)
    return [line for line, hits in short if any(hit.stamp.date.isoformat() == day for hit in hits)][:3]


def _stated_moment(
    moment: str | None, page: str, shown: str, dated: Sequence[tuple[str, Sequence[DateHit]]]
) -> str | None:
    """The publication moment found in the page; its time only when the page writes that time (a page that
    gives only a day comes back at 00:00, which is not a time to invent). When the page prints times beside
    that day ("Kamis, 27 Juni 2024 | 08:00 WIB"), the metadata's time must be one of them (it is often in
    UTC); otherwise the first printed one is taken. A time the reader is not shown (`shown`) is kept only
    with the zone its timestamp states ("2024-08-28T09:40:00+02:00")."""
    if not moment:
        return moment
    day, _t, clock = moment.partition("T")
    hits = (hit for _line, line_hits in dated for hit in line_hits)
    timed = [hit.stamp.time for hit in hits if hit.stamp.time and hit.stamp.date.isoformat() == day]
    if clock and (clock in timed or (not timed and clock in shown)):
        return moment
    if timed:
        return f"{day}T{timed[0]}"  # the time printed beside the day (metadata's may be UTC)
    zoned = re.search(rf"{re.escape(moment)}(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)", page) if clock else None
    return f"{moment}{zoned.group(1).replace('Z', '+00:00')}" if zoned else day


def _as_text(value: object) -> str:
    if isinstance(value, list):  # clippers write authors as lists of wiki links: ["[[Nama]]"]
        return ", ".join(_scalar_text(item).strip("[] ") for item in value)
    return _scalar_text(value)


def _scalar_text(value: object) -> str:
    """A front matter value as text; a list inside a list (a hostile nesting thousands deep) is not read."""
    if isinstance(value, list | dict):
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def first_line(error: Exception) -> str:
    """An error's message for a one-line report: its first line, cut short, or the error's kind."""
    return str(error).strip().splitlines()[0][:200] if str(error).strip() else type(error).__name__
