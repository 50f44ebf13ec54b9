"""Indonesian search for the site: the data block of the Lunr language plugin `lunr.id`.

The plugin (theme/assets/javascripts/lunr/min/lunr.id.min.js, loaded by
Material's search worker) carries a port of PySastrawi's stemmer; its data
block — Sastrawi's root words and stop words, and every name the gazetteer
knows for each entity — is written from the installed PySastrawi package and
builder/gazetteer.py, so the browser and the reference implementation share
one dictionary and the search knows the builder's aliases:

    .venv/bin/python -m builder.search          # rewrite the data block
    .venv/bin/python -m builder.search --check  # exit 1 when it is stale
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from builder.lexicon import load

SCRIPT = Path(__file__).resolve().parent.parent / "theme" / "assets" / "javascripts" / "lunr" / "min" / "lunr.id.min.js"
BEGIN = "  /* BEGIN GENERATED DATA */\n"
END = "  /* END GENERATED DATA */\n"
_WORD = re.compile(r"[a-z0-9-]+")  # what PySastrawi's text normalizer lets through to the stemmer
_NAME_BREAK = re.compile(r"[|;]")  # the separators of the packed names
_MAX_SHARED = 25  # one upper-case letter, A..Z, says how much a word shares with the one before


def root_words() -> tuple[str, ...]:
    """PySastrawi's root-word dictionary, sorted; entries a normalized word can never equal are left out."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return tuple(sorted({word for word in StemmerFactory().get_words() if _WORD.fullmatch(word)}))


def stop_words() -> tuple[str, ...]:
    """PySastrawi's stop words, less the ones builder/data/search.yaml keeps searchable."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    keep = set(load("search")["keep"])
    return tuple(sorted({word for word in StopWordRemoverFactory().get_stop_words() if word not in keep}))


def entity_names() -> tuple[tuple[str, ...], ...]:
    """The gazetteer's names of every entity, one group per entity; a name two entities share is left out."""
    from builder.gazetteer import aliases, entities

    groups = [aliases(entity.name) for entity in sorted(entities(), key=lambda e: e.name)]
    owners = Counter(name.casefold() for group in groups for name in set(group))
    kept = (
        tuple(name for name in group if owners[name.casefold()] == 1 and not _NAME_BREAK.search(name))
        for group in groups
    )
    return tuple(group for group in kept if group)


def pack_words(words: Iterable[str]) -> str:
    """Front-code sorted lower-case words: a letter A.. for the length shared with the word before, then the rest."""
    packed: list[str] = []
    previous = ""
    for word in words:
        shared = _shared_length(previous, word)
        packed.append(chr(ord("A") + shared) + word[shared:])
        previous = word
    return "".join(packed)


def unpack_words(packed: str) -> list[str]:
    """Undo `pack_words`."""
    words: list[str] = []
    word = ""
    for match in re.finditer(r"([A-Z])([^A-Z]*)", packed):
        word = word[: ord(match[1]) - ord("A")] + match[2]
        words.append(word)
    return words


def data_block(roots: Iterable[str], stops: Iterable[str], names: Iterable[Iterable[str]] = ()) -> str:
    """The JavaScript function at the end of lunr.id.min.js that returns the plugin's data."""
    root_text = json.dumps(pack_words(roots))
    stop_text = json.dumps(" ".join(stops))
    name_text = json.dumps("|".join(";".join(group) for group in names), ensure_ascii=False)
    return (
        f"{BEGIN}"
        "  /* Written by `python -m builder.search` from PySastrawi: root words\n"
        "     (Sastrawi/Stemmer/data/kata-dasar.txt, packed) and stop words\n"
        "     (StopWordRemoverFactory, less builder/data/search.yaml `keep`);\n"
        "     from builder/gazetteer.py: the names of each entity (`;` between\n"
        "     names, `|` between entities). */\n"
        "  function sastrawiData() {\n"
        f"    return {{\n      rootWords: {root_text},\n      stopWords: {stop_text},\n"
        f"      names: {name_text}\n    }}\n"
        "  }\n"
        f"{END}"
    )


def with_data(script: str, block: str) -> str:
    """Replace the generated data block of the plugin's text."""
    start = script.index(BEGIN)
    end = script.index(END, start) + len(END)
    return script[:start] + block + script[end:]


def _shared_length(previous: str, word: str) -> int:
    shared = 0
    limit = min(len(previous), len(word), _MAX_SHARED)
    while shared < limit and previous[shared] == word[shared]:
        shared += 1
    return shared


def main(argv: list[str] | None = None) -> int:
    """Rewrite (or, with --check, verify) the data block of lunr.id.min.js."""
    parser = argparse.ArgumentParser(prog="python -m builder.search", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the data block is current")
    args = parser.parse_args(argv)
    current = SCRIPT.read_text("utf-8")
    wanted = with_data(current, data_block(root_words(), stop_words(), entity_names()))
    if args.check:
        if wanted != current:
            print(f"{SCRIPT} is stale: run python -m builder.search", file=sys.stderr)
            return 1
        return 0
    if wanted != current:
        SCRIPT.write_text(wanted, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
