"""OpenCC's maximum forward matching over phrase tables held compactly.

A phrase table (:class:`PhraseTable`) keeps its keys in a MARISA trie and its
values in one string, sliced by the trie's number of each key: s2t's 50k
phrases take ~0.7 MB this way, where a dict of ``str`` took ~10 MB (every key
and value an object of ~80 bytes).

A :class:`Matcher` scans text with one dict look-up per position, keyed by
the next two characters: most positions start no phrase and cost that alone.
Where the only phrase that can start is those two characters (two in three
of the pairs that start any), the dict holds its value outright; elsewhere it
holds ``""`` and the tables are asked for their longest key there, in one C
call each.  Runs between phrases are mapped character by character with
``str.translate``.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

import marisa_trie

from reader.core.text.word_trie import TrieMapping


class PhraseTable(TrieMapping[str]):
    """A read-only dictionary key → value (OpenCC's first candidate)."""

    def __init__(self, entries: Mapping[str, str]) -> None:
        trie = marisa_trie.Trie(entries.keys())
        order: list[str] = [""] * len(trie)
        for index, value in zip(map(trie.key_id, entries), entries.values()):  # noqa: B905
            order[index] = value
        self._trie = trie
        self._values = "".join(order)
        self._ends = array("I", accumulate(map(len, order), initial=0))
        #: The longest key: no match reaches further.
        self.longest = max(map(len, entries), default=0)

    def to_parts(self) -> list[bytes]:
        """The table as :meth:`from_parts` takes it back (for a cache file)."""
        ends = array("I", self._ends)
        if sys.byteorder != "little":
            ends.byteswap()
        return [self._trie.tobytes(), self._values.encode("utf-8", "surrogatepass"),
                ends.tobytes(), str(self.longest).encode()]

    @classmethod
    def from_parts(cls, parts: Sequence[bytes | bytearray]) -> PhraseTable:
        """The table :meth:`to_parts` gave (``ValueError`` when it is no such table)."""
        if len(parts) != 4:
            raise ValueError("not a phrase table")
        table = cls.__new__(cls)
        try:
            table._trie = marisa_trie.Trie().frombytes(bytes(parts[0]))
        except Exception as err:  # the C library's own error types
            raise ValueError(f"not a trie: {err}") from err
        table._values = bytes(parts[1]).decode("utf-8", "surrogatepass")
        table._ends = array("I")
        table._ends.frombytes(bytes(parts[2]))
        if sys.byteorder != "little":
            table._ends.byteswap()
        table.longest = int(bytes(parts[3]))
        ends = table._ends
        # (each part's CRC was checked on reading: the sizes must agree)
        if len(ends) != len(table._trie) + 1 or ends[0] != 0 or ends[-1] != len(table._values):
            raise ValueError("not a phrase table")
        return table

    @classmethod
    def of(cls, table: Mapping[str, str]) -> PhraseTable:
        return table if isinstance(table, PhraseTable) else cls(table)

    def _value(self, index: int) -> str:
        return self._values[self._ends[index] : self._ends[index + 1]]

    def pairs(self) -> Iterator[tuple[str, str]]:
        """Every (key, value), in the trie's order (fresh objects, made without
        a look-up each)."""
        value = self._value
        for key, index in self._trie.iteritems():
            yield key, value(index)

    def keys_list(self) -> list[str]:
        """Every key (fresh objects, in one C call)."""
        return list(self._trie.keys())

    def values_of(self, keys: list[str]) -> list[str]:
        """The value of each of *keys* (each must be a key)."""
        values, ends = self._values, self._ends
        return [values[ends[i] : ends[i + 1]] for i in map(self._trie.key_id, keys)]

    def longest_at(self, text: str, i: int) -> tuple[int, int] | None:
        """(length, number) of the longest key starting at *text*[*i*], if any."""
        found = self._trie.prefixes(text[i : i + self.longest])
        if not found:
            return None
        key = found[-1]
        return len(key), self._trie[key]


@dataclass(frozen=True)
class Matcher:
    """One dictionary node (a file or a group) ready for forward maximum matching.

    ``chars`` maps single characters (the outcome wherever no longer key
    matches); ``starts`` holds each two-character prefix of a longer key: the
    value of that pair as a key when nothing longer can win there, else ``""``
    (ask ``tables``, in order: the first with any key there decides, with its
    longest).  ``jump`` finds the next character that can start a key, when
    keys start with few enough characters for skipping ahead in C to pay.
    """

    chars: dict[int, str]
    starts: dict[str, str]
    tables: tuple[PhraseTable, ...]
    jump: re.Pattern[str] | None
    #: Marks by hash of the first three characters of every longer key: where
    #: none is marked, the pair alone decides (``_fallback``), no table asked.
    triples: bytearray = field(default_factory=bytearray, compare=False, repr=False)
    #: The tables that can decide at a pair (those after the last with long keys cannot).
    deciders: tuple[PhraseTable, ...] = ()

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

    def _decide(self, text: str, i: int, value: str) -> tuple[int, str] | None:
        """(length, value) of the key of two characters or more that wins at *i*,
        where :attr:`starts` holds *value* for the pair there."""
        if value[-1] != _FALLBACK:
            return 2, value  # the pair itself, and nothing longer starts with it
        triples = self.triples
        if not triples[hash(text[i : i + 3]) & (len(triples) - 1)]:
            return (2, value[:-1]) if len(value) > 1 else None
        for table in self.deciders:
            found = table.longest_at(text, i)
            if found is not None:
                length, index = found
                return (length, table._value(index)) if length > 1 else None
        return None

    def _matches(self, text: str, with_singles: bool) -> Iterator[tuple[int, int, str]]:
        """``(start, length, value)`` of each key found by maximum forward matching;
        single-character keys only *with_singles* (``scan`` maps them in bulk)."""
        if with_singles and self.chars:
            yield from self._matches_with_singles(text)
            return
        get = self.starts.get
        triples = self.triples
        mask = len(triples) - 1
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
            value = get(text[i : i + 2])
            if value is not None:
                # (what _decide says, without the call where it can)
                if value[-1] != "\x00":  # not _FALLBACK: the pair and nothing longer
                    yield i, 2, value
                    i += 2
                    continue
                if not triples[hash(text[i : i + 3]) & mask]:  # nothing longer here
                    if len(value) > 1:
                        yield i, 2, value[:-1]
                        i += 2
                        continue
                    i += 1
                    continue
                match = self._decide(text, i, value)
                if match is not None:
                    yield i, match[0], match[1]
                    i += match[0]
                    continue
            i += 1

    def _matches_with_singles(self, text: str) -> Iterator[tuple[int, int, str]]:
        get = self.starts.get
        chars = self.chars  # (its keys are the single characters that are keys)
        n = len(text)
        i = 0
        while i < n:
            value = get(text[i : i + 2]) if i < n - 1 else None
            if value is not None:
                match = self._decide(text, i, value)
                if match is not None:
                    yield i, match[0], match[1]
                    i += match[0]
                    continue
            if ord(text[i]) in chars:
                yield i, 1, text[i]
            i += 1


#: Beyond this many distinct first characters a regex jump costs more than it saves.
_JUMP_LIMIT = 2500
#: Ends the value :attr:`Matcher.starts` holds for a pair where longer keys
#: start: what wins there when none of them matches (the pair's own value, or
#: nothing when the pair is no key).  No OpenCC value holds this character.
_FALLBACK = "\x00"


#: Slots of :attr:`Matcher.triples` per longer key (rounded up to a power of
#: two: 512 KB for s2t, ~5% of the triples it meets marked wrongly).
_TRIPLE_SLOTS = 16


def build_matcher(tables: Sequence[Mapping[str, str]]) -> Matcher:
    """A matcher over *tables* with short-circuit priority: at each position the
    first table that has any key there decides, with its longest key.

    One table alone is plain longest-prefix matching; merge tables first
    (``union``) for the ``union`` policy.
    """
    compact = tuple(PhraseTable.of(t) for t in tables)
    # Single characters: the first table that has one wins, whatever longer
    # keys later tables hold (those never win over an earlier table's match).
    chars: dict[int, str] = {}
    singles: set[str] = set()
    # Each pair that starts a key of a table no earlier single character
    # shadows there, and whether a longer key of any table starts with it;
    # what wins there when no longer key matches: the first table with the
    # pair (its value) or its first character (nothing) as a key decides.
    longer: dict[str, bool] = {}
    fallback: dict[str, str | None] = {}
    threes: set[str] = set()
    deciders = 0
    for n, table in enumerate(compact):
        keys = table.keys_list()
        mine = {k for k in keys if len(k) == 1}
        twos = [k for k in keys if len(k) == 2]
        long_pairs = {k[:2] for k in keys if len(k) > 2}
        threes.update(k[:3] for k in keys if len(k) > 2)
        if twos or long_pairs:
            deciders = n + 1
        for pair in long_pairs:
            if pair in longer or pair[0] not in singles:
                longer[pair] = True
        twos = [k for k in twos if k[0] not in singles]
        for key, value in zip(twos, table.values_of(twos)):  # noqa: B905
            longer.setdefault(key, False)
            if key not in fallback:
                fallback[key] = key if value == key else value  # one object
        new = sorted(mine - singles)
        chars.update(zip(map(ord, new), table.values_of(new)))  # noqa: B905
        if mine:
            for pair in longer:
                if pair[0] in mine:
                    fallback.setdefault(pair, None)
        singles |= mine
    slots = 1 << (len(threes) * _TRIPLE_SLOTS).bit_length()
    triples = bytearray(slots)
    for three in threes:
        triples[hash(three) & (slots - 1)] = 1
    starts: dict[str, str] = {}
    for pair, has_longer in longer.items():
        outcome = fallback.get(pair)
        starts[pair] = (outcome or "") + _FALLBACK if has_longer else outcome or _FALLBACK
    firsts = {pair[0] for pair in starts} | singles
    jump = None
    if 0 < len(firsts) <= _JUMP_LIMIT:
        jump = re.compile("[" + "".join(re.escape(c) for c in sorted(firsts)) + "]")
    return Matcher(chars=chars, starts=starts, tables=compact,
                   jump=jump, triples=triples, deciders=compact[:deciders])
