"""A cache of extracted briefings, keyed by each article's bytes and the builder's own code and data.

Adding one article to thousands re-extracts only that one. An entry holds a
briefing's fields in order as MessagePack (plain data, never pickles), so a
cache directory shared between machines cannot run code; an entry that does
not load, has another shape or was not made from its key is a miss.

Beside the entries, one index file records what the last build saw of each
article file: its size, times and inode, its key and its entry. A rebuild
reads that one file instead of thousands of entries, and does not read or
hash an article whose file the system reports unchanged (as git and make
trust file times); a file changed in the second before that build started
is hashed again, as is every file after a fresh checkout.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import os
import time
from dataclasses import astuple, dataclass, field, fields
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import msgpack
import numpy as np

from builder.model import Actor, Block, Briefing, DateStamp, Quote
from builder.read import STAT_FIELDS

if TYPE_CHECKING:
    from builder.similarity import Kept

DEFAULT_DIR = Path(".cache") / "ikhtisar"
ENTRY = ".msgpack"  # a cached briefing's file: <key>.msgpack
INDEX = "articles-{version}.index"  # what the last build saw of each article file, and its entry
# An index entry is trusted only for a file last changed this long before the build that wrote it started:
# a change within one tick of the file system's clock after the file was hashed leaves its times as they were.
RACY_NS = 2_000_000_000
Signature = tuple[int, ...]


# Libraries whose data or rules shape what is extracted and grouped: a new version invalidates the cache.
LIBRARIES = ("trafilatura", "PySastrawi", "wordfreq", "babel", "dateparser", "rapidfuzz")


@functools.cache
def builder_version() -> str:
    """A digest of every source and data file of the builder and of its libraries' versions: any change
    invalidates the cache."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for library in LIBRARIES:
        digest.update(f"{library}=={metadata.version(library)}\n".encode())
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".yaml", ".j2", ".html", ".css") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def article_key(shown_name: str, *contents: bytes) -> str:
    """The cache key of one article: its name as shown, its bytes and its sidecar's, and the builder version."""
    digest = hashlib.sha256(builder_version().encode())
    digest.update(shown_name.encode("utf-8", "surrogatepass"))
    for content in contents:
        digest.update(len(content).to_bytes(8, "big"))
        digest.update(content)
    return digest.hexdigest()


class BriefingCache:
    """Briefings stored as MessagePack files named by their key, and the index of the last build's articles."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.started = time.time_ns()  # files changed after this are not trusted by the next build's index
        self._index: _Index | None = None  # the last build's, read when first needed
        self._seen: dict[str, list[Any]] = {}  # this build's: shown name -> [*signature, key]
        self._rows: dict[str, bytes] = {}  # this build's entries: key -> packed row

    def __reduce__(self) -> tuple[Any, ...]:
        return (BriefingCache, (self.folder,))  # a worker gets the folder, not the index

    def known_key(self, shown: str, signature: Signature | None) -> str | None:
        """The key the last build found for a file that the system reports unchanged since, else None."""
        index = self._loaded()
        seen = index.files.get(shown)
        if signature is None or not seen or tuple(seen[:-1]) != signature:
            return None
        latest = max(signature[1::STAT_FIELDS] + signature[2::STAT_FIELDS])  # files' modification and change times
        return seen[-1] if latest < index.started - RACY_NS else None

    def note(self, shown: str, signature: Signature | None, key: str) -> None:
        """Record what this build saw of a file, for the next build's index."""
        if signature is not None:
            self._seen[shown] = [*signature, key]

    def get(self, key: str) -> Briefing | None:
        """The cached briefing, or None when absent, unreadable or not made from this key."""
        data = self._loaded().rows.get(key)
        try:
            if data is None:
                data = (self.folder / f"{key}{ENTRY}").read_bytes()
            briefing = _briefing(msgpack.unpackb(data, use_list=False))
        except (OSError, ValueError, TypeError, msgpack.UnpackException):
            return None
        if briefing.origin != key:
            return None
        self._rows[key] = data
        return briefing

    def put(self, key: str, briefing: Briefing) -> None:
        """Store a briefing; written to a temporary name first so a killed build leaves no torn entry."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{key}{ENTRY}"
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        data = msgpack.packb(_row(briefing))
        temporary.write_bytes(data)
        temporary.replace(target)
        self._rows[key] = data

    def keep(self, briefing: Briefing) -> None:
        """Hold a briefing a worker extracted (and stored) for this build's index."""
        if briefing.origin and briefing.origin not in self._rows:
            self._rows[briefing.origin] = msgpack.packb(_row(briefing))

    def save_index(self) -> None:
        """Write this build's index (files seen, with their entries) when it differs from the last one;
        those of other builder versions are removed."""
        rows = {key: self._rows[key] for *_signature, key in self._seen.values() if key in self._rows}
        files = {shown: seen for shown, seen in self._seen.items() if seen[-1] in rows}
        index = self._loaded()
        if files == index.files and rows.keys() == index.rows.keys():
            return
        path = self._index_path()
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(msgpack.packb({"started": self.started, "files": files, "rows": rows}))
            temporary.replace(path)
            for old in self.folder.glob(INDEX.format(version="*")):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:  # a full disk or a read-only cache: the next build reads and hashes the files again
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)

    def _index_path(self) -> Path:
        return self.folder / INDEX.format(version=builder_version())

    def _loaded(self) -> _Index:
        if self._index is None:
            self._index = _read_index(self._index_path())
        return self._index


@dataclass(frozen=True)
class _Index:
    started: int = 0
    files: dict[str, list[Any]] = field(default_factory=dict)
    rows: dict[str, bytes] = field(default_factory=dict)


def _read_index(path: Path) -> _Index:
    """The index a build wrote, or an empty one when there is none or it does not load."""
    try:
        stored = msgpack.unpackb(path.read_bytes())
        index = _Index(int(stored["started"]), dict(stored["files"]), dict(stored["rows"]))
    except (OSError, ValueError, TypeError, KeyError, msgpack.UnpackException):
        return _Index()
    if not all(isinstance(seen, list) and seen for seen in index.files.values()):
        return _Index()
    return index


class PairStore:
    """What grouping keeps between builds (every briefing's term vector and the similar pairs), in one NumPy
    file (never pickles) beside the cached briefings; named by the builder version, so vectors made by
    other code or data are never read."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / f"pairs-{builder_version()}.npz"

    def load(self) -> Kept | None:
        """The stored vectors and pairs, or None when there are none or they do not load."""
        from scipy.sparse import csr_matrix

        from builder.similarity import Kept, Vectors

        try:
            with np.load(self.path, allow_pickle=False) as stored:
                keys, vocabulary = (tuple(json.loads(stored[name].tobytes())) for name in ("keys", "vocabulary"))
                shape = (len(keys), len(vocabulary))
                matrix = csr_matrix((stored["data"], stored["indices"], stored["indptr"]), shape=shape)
                found = Vectors(matrix, stored["days"], keys, vocabulary)
                chains = json.loads(stored["chains"].tobytes())
                labels = {key: tuple(value) for key, value in chains.items()}
                return Kept(found, stored["rows"], stored["cols"], stored["values"], labels)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, kept: Kept) -> None:
        """Store them (written to a temporary name first) and drop those of other builder versions."""
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
        found = kept.vectors
        with temporary.open("wb") as file:
            np.savez(
                file,
                keys=_json_bytes(found.keys),
                vocabulary=_json_bytes(found.vocabulary),
                data=found.matrix.data,
                indices=found.matrix.indices,
                indptr=found.matrix.indptr,
                days=found.days,
                rows=kept.rows,
                cols=kept.cols,
                values=kept.values,
                chains=_json_bytes(kept.chains),
            )
        temporary.replace(self.path)
        for old in self.folder.glob("pairs-*.npz"):
            if old != self.path:
                old.unlink(missing_ok=True)


def _json_bytes(value: Any) -> np.ndarray:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return np.frombuffer(text.encode("utf-8", "surrogatepass"), dtype=np.uint8)


def _row(briefing: Briefing) -> tuple[Any, ...]:
    """A briefing's fields in order, nested ones as tuples too, dates as ISO text."""
    row = astuple(briefing)
    if briefing.date is None:
        return row
    date_at = _field_index(Briefing, "date")
    return (*row[:date_at], (briefing.date.date.isoformat(), *row[date_at][1:]), *row[date_at + 1 :])


def _briefing(row: tuple[Any, ...]) -> Briefing:
    briefing = _made(Briefing, row)
    data = briefing.__dict__  # filled in before the briefing is shared with anyone
    stamp = data["date"]
    data["date"] = None if stamp is None else _made(DateStamp, (dt.date.fromisoformat(stamp[0]), *stamp[1:]))
    data["body"] = _all_made(Block, data["body"])
    data["actors"] = _all_made(Actor, data["actors"])
    data["quotes"] = _all_made(Quote, data["quotes"])
    return briefing


T = TypeVar("T")


def _made(kind: type[T], row: tuple[Any, ...]) -> T:
    """A frozen dataclass from exactly its fields in order, without the per-field cost of its __init__ (a
    briefing has a few dozen parts; thousands are read on every rebuild). Another number: ValueError."""
    return _all_made(kind, (row,))[0]


def _all_made(kind: type[T], rows: tuple[Any, ...]) -> tuple[T, ...]:
    """`_made` for each row, in one loop (a briefing's blocks, actors and quotes: some thirty objects)."""
    names = _field_names(kind)
    count, new = len(names), object.__new__
    made = []
    for row in rows:
        if type(row) is not tuple or len(row) != count:
            raise ValueError(f"{kind.__name__} fields")
        each = new(kind)
        each.__dict__.update(zip(names, row, strict=False))  # lengths checked above
        made.append(each)
    return tuple(made)


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(field.name for field in fields(kind))


def _field_index(kind: type, name: str) -> int:
    return _field_names(kind).index(name)
