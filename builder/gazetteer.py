"""Countries, organizations and places named in Indonesian foreign-affairs text.

The index is built once from Babel (CLDR) territory names in Indonesian and
English plus the package's data files:

* ``data/countries.yaml``: aliases, abbreviations and capital-city metonyms
  per ISO code, historical states, and "shadow" phrases that contain a
  country form without naming the state ("bahasa Inggris");
* ``data/organizations.yaml``: international bodies, governments known by a
  building, armed groups, news agencies, and institution templates;
* ``data/places.yaml``: seas, straits, regions and disputed areas (continents
  and UN regions come from CLDR's numeric codes).

Matching is case-sensitive, word-bounded and leftmost-longest: "Dewan Keamanan
PBB" is one hit, "AS" never matches inside "ASEAN", and "AS-Korsel" gives two
hits. ALL-CAPS renderings of multiword forms and of single-word names of
four letters or more match too ("KOREA UTARA", "IRAN"); capital-city
metonyms only when multiword, since one-word capitals in capitals start
datelines ("WASHINGTON -").

Institution templates: every "<institution> <country>" pair is an
organization ("Kementerian Luar Negeri Jepang" -> "Ministry of Foreign Affairs
of Japan", "Deplu AS" -> "United States Department of State"). An institution
form with no country after it ("Departemen Luar Negeri") is generic: it is not
an entity and ``find_entities`` does not report it, but it still takes part
in longest matching. ``generic_institution(form)`` returns its template key
("foreign_ministry"), ``find_generics(text)`` lists such spans, and
``institution(key, country)`` builds the entity once the caller has decided
which country is meant (the actor layer does that from context).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Literal

from babel import Locale

from builder import lexicon
from builder.model import ActorKind

_TOKEN = re.compile(r"\w+|[^\w\s]")
_END = ""  # trie key of an entity (or shadow) ending at this node
_TPL = "\t"  # trie key of an institution template ending at this node
_UPPER_MIN = 4  # single-word names at least this long also match in ALL CAPS
_Upper = Literal["none", "multi", "long"]


@dataclass(frozen=True)
class Entity:
    """A country, organization or place with its canonical names."""

    name: str  # canonical English name
    kind: ActorKind
    indonesian: str  # main Indonesian name


@dataclass(frozen=True)
class Hit:
    """One occurrence of an entity in a text."""

    start: int
    end: int
    form: str  # text[start:end], exactly as written
    entity: Entity


@dataclass(frozen=True)
class GenericHit:
    """An institution named without its country ("Departemen Luar Negeri")."""

    start: int
    end: int
    form: str
    key: str  # template key, e.g. "foreign_ministry"


@dataclass(frozen=True)
class _Template:
    key: str
    english: str  # pattern with {country}
    indonesian: str  # pattern with {negara}
    overrides: tuple[tuple[str, str, str], ...]  # (iso code, english, indonesian)


@dataclass(frozen=True)
class _Country:
    code: str | None  # ISO code; None for historical states
    article: str  # "the " or ""


@dataclass(frozen=True)
class _Index:
    main: dict[str, Any]  # token trie of every form
    countries: dict[str, Any]  # trie of country names for templates, keys gap-prefixed
    templates: dict[str, _Template]
    country_info: dict[str, _Country]  # canonical name -> code and article
    country_forms: frozenset[str]
    generic_forms: dict[str, str]  # institution form -> template key


def find_entities(text: str) -> list[Hit]:
    """Return every known country, organization and place in the text, in order."""
    return [
        Hit(start, end, text[start:end], payload) for start, end, payload in _scan(text) if isinstance(payload, Entity)
    ]


def find_generics(text: str) -> list[GenericHit]:
    """Return institutions named without a country, with their template key."""
    return [
        GenericHit(start, end, text[start:end], payload)
        for start, end, payload in _scan(text)
        if isinstance(payload, str)
    ]


def lookup(form: str) -> Entity | None:
    """Return the entity an exact surface form names, or None."""
    matches = list(_TOKEN.finditer(form))
    if not matches:
        return None
    toks = [m.group() for m in matches]
    found = _longest(_index(), toks, _keys(form, matches), 0)
    if found is None or found[0] != len(toks):
        return None
    return found[1] if isinstance(found[1], Entity) else None


def generic_institution(form: str) -> str | None:
    """Return the template key of a country-less institution form, or None."""
    return _index().generic_forms.get(form)


def institution(key: str, country: Entity) -> Entity | None:
    """Return the institution a template key names for a country, or None."""
    index = _index()
    if key not in index.templates or country.name not in index.country_info:
        return None
    return _institution(key, country.name, country.indonesian)


def country_forms() -> frozenset[str]:
    """Return every name and abbreviation of a country (capital metonyms excluded)."""
    return _index().country_forms


def aliases(name: str) -> tuple[str, ...]:
    """Every surface form the gazetteer knows for an entity's canonical name (all-caps copies left out)."""
    return _aliases().get(name, ())


@functools.cache
def _aliases() -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = {}
    stack: list[tuple[dict[str, Any], str]] = [(_index().main, "")]
    while stack:
        node, form = stack.pop()
        for key, value in node.items():
            if key == _END:
                if isinstance(value, Entity) and not _is_caps_copy(form):
                    found.setdefault(value.name, set()).add(form)
            elif key != _TPL:
                stack.append((value, form + key))
    return {name: _distinct(forms) for name, forms in found.items()}


def _distinct(forms: set[str]) -> tuple[str, ...]:
    """One spelling per name: 'Korut' rather than 'KORUT' too, one of the two apostrophes."""
    chosen: dict[str, str] = {}
    for form in sorted(forms, key=lambda f: (f.isupper(), "’" in f, f)):
        chosen.setdefault(form.casefold().replace("’", "'"), form)
    return tuple(sorted(chosen.values()))


def _is_caps_copy(form: str) -> bool:
    """'KOREA UTARA' is an all-caps copy of a name; 'DPRK' is a name of its own."""
    return form.isupper() and (" " in form or len(form) > 5)


def entities() -> frozenset[Entity]:
    """Return every entity the gazetteer can report (templates excluded)."""
    return frozenset(_walk_entities(_index().main))


# --- scanning -------------------------------------------------------------


_CURRENCY_BEFORE = re.compile(r"\b(?:dolar|dollar)\s+$", re.IGNORECASE)


def _is_currency(text: str, start: int, end: int) -> bool:
    """A name written against a currency sign or after the currency's name is the currency ("US$2 miliar",
    "S$", "dolar AS", "dollar Singapura"), not the country."""
    return text[end : end + 1] == "$" or bool(_CURRENCY_BEFORE.search(text[max(0, start - 10) : start]))


@functools.lru_cache(maxsize=64)
def _scan(text: str) -> tuple[tuple[int, int, Entity | str], ...]:
    """Leftmost-longest matches over the text's tokens (shadows dropped).

    Cached: callers usually ask find_entities and find_generics of one text.
    """
    index = _index()
    matches = list(_TOKEN.finditer(text))
    toks = [m.group() for m in matches]
    keys = _keys(text, matches)
    out: list[tuple[int, int, Entity | str]] = []
    i, n = 0, len(toks)
    root = index.main
    while i < n:
        if toks[i] not in root:
            i += 1
            continue
        found = _longest(index, toks, keys, i)
        if found is None:
            i += 1
            continue
        end, payload = found
        if payload is not None and not _is_currency(text, matches[i].start(), matches[end - 1].end()):
            out.append((matches[i].start(), matches[end - 1].end(), payload))
        i = end
    return tuple(out)


def _keys(text: str, matches: list[re.Match[str]]) -> list[str]:
    """Trie keys: each token prefixed by its gap (" " for spaces, "\\n" across lines)."""
    keys: list[str] = []
    prev = None
    for m in matches:
        if prev is None:
            keys.append(m.group())
        else:
            gap = text[prev : m.start()]
            sep = "" if not gap else ("\n" if "\n" in gap else " ")
            keys.append(sep + m.group())
        prev = m.end()
    return keys


def _longest(index: _Index, toks: list[str], keys: list[str], i: int) -> tuple[int, Entity | str | None] | None:
    """Longest match starting at token i: (end token, entity | generic key | None)."""
    node = index.main.get(toks[i])
    j = i + 1
    best: tuple[int, int, Entity | str | None] | None = None  # (end, rank, payload)
    while node is not None:
        if _END in node:
            best = _better(best, (j, 3, node[_END]))
        if _TPL in node:
            best = _better(best, _templated(index, node[_TPL], keys, j))
        if j >= len(keys):
            break
        node = node.get(keys[j])
        j += 1
    return None if best is None else (best[0], best[2])


def _better(best: tuple[int, int, Any] | None, new: tuple[int, int, Any]) -> tuple[int, int, Any]:
    """Prefer the longer match; at equal length the higher rank."""
    if best is None or (new[0], new[1]) > (best[0], best[1]):
        return new
    return best


def _templated(index: _Index, key: str, keys: list[str], j: int) -> tuple[int, int, Entity | str]:
    """An institution template at token j: with a country after it (past its abbreviation in brackets:
    "Kementerian Luar Negeri (Kemlu) RI"), or generic."""
    node = index.countries
    bracketed = j + 3 < len(keys) and keys[j].strip() == "(" and keys[j + 2].strip() == ")"
    k = j + 3 if bracketed and keys[j + 3] in index.countries else j
    found: tuple[int, Entity] | None = None
    while k < len(keys):
        node = node.get(keys[k])
        if node is None:
            break
        k += 1
        if _END in node:
            found = (k, node[_END])
    if found is None:
        return (j, 1, key)
    country = found[1]
    return (found[0], 2, _institution(key, country.name, country.indonesian))


@functools.cache
def _institution(key: str, name: str, indonesian: str) -> Entity:
    """The organization a template names for one country."""
    index = _index()
    template = index.templates[key]
    info = index.country_info[name]
    for code, english, indo in template.overrides:
        if code == info.code:
            return _entity(english, "organization", indo)
    english = template.english.format(country=info.article + name)
    return _entity(english, "organization", template.indonesian.format(negara=indonesian))


def _walk_entities(node: dict[str, Any]) -> list[Entity]:
    out: list[Entity] = []
    stack = [node]
    while stack:
        cur = stack.pop()
        for key, value in cur.items():
            if key == _END:
                if value is not None:
                    out.append(value)
            elif key != _TPL:
                stack.append(value)
    return out


# --- building the index ---------------------------------------------------

_REGISTRY: dict[str, Entity] = {}


def _entity(name: str, kind: ActorKind, indonesian: str) -> Entity:
    """One Entity object per canonical name (the first definition wins)."""
    if name not in _REGISTRY:
        _REGISTRY[name] = Entity(name, kind, indonesian)
    return _REGISTRY[name]


@functools.cache
def _index() -> _Index:
    """Build the tries from Babel and the data files (once per process)."""
    countries_data = lexicon.load("countries")
    orgs_data = lexicon.load("organizations")
    places_data = lexicon.load("places")
    builder = _Builder()
    builder.add_countries(countries_data)
    builder.add_named(orgs_data["organizations"], "organization")
    builder.add_named(places_data["places"], "place")
    builder.add_regions(countries_data)
    builder.add_shadows(countries_data.get("shadows", []))
    builder.add_templates(orgs_data.get("templates", {}))
    return builder.finish()


class _Builder:
    """Accumulates forms into the tries while the index is built."""

    def __init__(self) -> None:
        self.main: dict[str, Any] = {}
        self.countries: dict[str, Any] = {}
        self.templates: dict[str, _Template] = {}
        self.country_info: dict[str, _Country] = {}
        self.country_forms: set[str] = set()
        self.generic_forms: dict[str, str] = {}

    def finish(self) -> _Index:
        return _Index(
            self.main,
            self.countries,
            self.templates,
            self.country_info,
            frozenset(self.country_forms),
            self.generic_forms,
        )

    def add_countries(self, data: dict[str, Any]) -> None:
        """Every CLDR two-letter territory, then historical states."""
        id_names = Locale("id").territories
        en_names = Locale("en").territories
        extra: dict[str, dict[str, Any]] = data.get("territories", {})
        skip = set(data.get("skip", []))
        for code in sorted(en_names):
            if not code.isalpha() or code in skip:
                continue
            spec = extra.get(code) or {}
            self._add_country(code, spec, id_names.get(code, en_names[code]), en_names[code])
        for spec in data.get("historical", []):
            self._add_country(None, spec, spec["indonesian"], spec["english"])

    def _add_country(self, code: str | None, spec: dict[str, Any], id_name: str, en_name: str) -> None:
        english = spec.get("english") or _clean_english(en_name)
        indonesian = spec.get("indonesian") or _strip_parens(id_name)
        kind: ActorKind = spec.get("kind", "country")
        entity = _entity(english, kind, indonesian)
        drop = set(spec.get("drop", []))
        names = [
            *map(str, spec.get("aliases", [])),
            english,
            indonesian,
            id_name,
            en_name,
            _strip_parens(id_name),
            _strip_parens(en_name),
            _clean_english(en_name),
        ]
        names = [f for f in dict.fromkeys(names) if f not in drop]
        for form in names:
            self._insert_main(form, entity, upper="long")
        for form in map(str, spec.get("metonyms", [])):
            self._insert_main(form, entity, upper="multi")
        if kind != "country":
            return
        self.country_info[english] = _Country(code, "the " if spec.get("article") == "the" else "")
        for form in names:
            for variant in _variants(form, upper="long"):
                self.country_forms.add(variant)
                _insert(self.countries, _gap_keys(variant), _END, entity)

    def add_named(self, items: list[dict[str, Any]], kind: ActorKind) -> None:
        """Organizations or places from a data file."""
        for item in items:
            entity = _entity(str(item["name"]), kind, str(item["indonesian"]))
            forms = [entity.indonesian, entity.name, *map(str, item.get("forms") or [])]
            for form in dict.fromkeys(forms):
                self._insert_main(form, entity, upper="long")

    def add_regions(self, data: dict[str, Any]) -> None:
        """CLDR numeric regions (continents, UN M49 regions) as places."""
        id_names = Locale("id").territories
        en_names = Locale("en").territories
        skip = set(map(str, data.get("skip_regions", [])))
        aliases = {str(k): v for k, v in (data.get("region_aliases") or {}).items()}
        drop = set(data.get("drop_region_forms", []))
        main = {str(k): str(v) for k, v in (data.get("region_indonesian") or {}).items()}
        for code in sorted(en_names):
            if code.isalpha() or code in skip:
                continue
            indonesian = main.get(code) or id_names.get(code, en_names[code])
            entity = _entity(en_names[code], "place", indonesian)
            forms = [
                id_names.get(code, ""),
                en_names[code],
                *map(str, aliases.get(code) or []),
            ]
            for form in dict.fromkeys(forms):
                if form and form not in drop:
                    self._insert_main(form, entity, upper="long")

    def add_shadows(self, phrases: list[str]) -> None:
        """Phrases swallowed without a hit."""
        for phrase in map(str, phrases):
            for variant in _variants(phrase, upper="multi"):
                _insert(self.main, _keys_of(variant), _END, None, overwrite=True)

    def add_templates(self, data: dict[str, Any]) -> None:
        """Institution templates: "<institution> <country>"."""
        for key, spec in data.items():
            overrides = tuple(
                (str(code), str(o["english"]), str(o["indonesian"]))
                for code, o in (spec.get("overrides") or {}).items()
            )
            self.templates[key] = _Template(key, spec["english"], spec["indonesian"], overrides)
            for form in map(str, spec["forms"]):
                self.generic_forms[form] = key
                for variant in _variants(form, upper="long"):
                    _insert(self.main, _keys_of(variant), _TPL, key)

    def _insert_main(self, form: str, entity: Entity, upper: _Upper) -> None:
        for variant in _variants(form, upper):
            _insert(self.main, _keys_of(variant), _END, entity)


def _insert(
    root: dict[str, Any],
    keys: list[str],
    slot: str,
    value: Any,
    overwrite: bool = False,
) -> None:
    """Add a key path to a trie; an existing terminal is kept unless overwrite."""
    if not keys:
        return
    node = root
    for key in keys:
        node = node.setdefault(key, {})
    if overwrite or slot not in node:
        node[slot] = value


def _keys_of(form: str) -> list[str]:
    """Trie keys of a form, the first token bare."""
    matches = list(_TOKEN.finditer(form))
    return _keys(form, matches)


def _gap_keys(form: str) -> list[str]:
    """Trie keys of a form that follows a space (country after an institution)."""
    keys = _keys_of(form)
    return [" " + keys[0], *keys[1:]] if keys else []


def _variants(form: str, upper: _Upper) -> list[str]:
    """The form, its other-apostrophe spelling and, as allowed, its ALL-CAPS spelling.

    upper: "none"; "multi" (multiword forms only); "long" (multiword forms and
    single words of at least _UPPER_MIN letters: short ones collide with
    acronyms and with words of ALL-CAPS headlines).
    """
    out = [form]
    if "-" in form:  # "Negara-negara" is also written "Negara-Negara", and the other way round
        out += [_REDUPLICATION.sub(lambda m, up=up: _reduplicated(m, up), form) for up in (True, False)]
    if "’" in form:
        out.append(form.replace("’", "'"))
    if "'" in form:
        out.append(form.replace("'", "’"))
    multiword = len(_TOKEN.findall(form)) > 1
    long_word = upper == "long" and len(form) >= _UPPER_MIN
    if (multiword and upper != "none") or long_word:
        out += [f.upper() for f in out if f.upper() != f]
    return list(dict.fromkeys(out))


_REDUPLICATION = re.compile(r"\b([A-Z]\w*)-(\w+)\b")


def _reduplicated(match: re.Match[str], capital: bool) -> str:
    """ "Negara-negara" <-> "Negara-Negara": a reduplicated word, its second half in either case."""
    first, second = match.group(1), match.group(2)
    if first.casefold() != second.casefold():
        return match.group(0)
    return f"{first}-{first if capital else first.lower()}"


def _strip_parens(name: str) -> str:
    """'Myanmar (Burma)' -> 'Myanmar'."""
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


def _clean_english(name: str) -> str:
    """CLDR's short English names as headings: '&' -> 'and', 'St.' -> 'Saint'."""
    name = _strip_parens(name).replace(" & ", " and ").replace("’", "'")
    return re.sub(r"^St\. ", "Saint ", name)
