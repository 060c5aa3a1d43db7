"""Bytes on disk into page text: encodings, newlines, limits, clear errors.

Pages arrive as UTF-8 (with or without BOM), UTF-16 with a BOM, GB18030/GBK
or Big5.  Files are only ever opened for reading.  Anything we cannot turn
into text raises :class:`UnreadableFileError` whose message is fit to show a
person as is.
"""

from __future__ import annotations

import codecs
import enum
import functools
import os
from dataclasses import dataclass
from pathlib import Path

from reader.core.resources import resource

#: Larger files are refused rather than read into memory.  A year of a daily
#: paper's text is a few MB; 64 MB leaves room for archives joined into one.
MAX_BYTES = 64 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY = ("gb18030", "big5")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


class Unreadable(enum.Enum):
    """Why a file cannot be read as a page."""

    MISSING = "missing"
    FOLDER = "folder"
    PERMISSION = "permission"
    TOO_LARGE = "too large"
    OS_ERROR = "os error"
    EMPTY = "empty"
    BINARY = "binary"
    BAD_BOM = "bad byte-order mark"
    ENCODING = "unknown encoding"


class UnreadableFileError(Exception):
    """A file that cannot be used as a page; ``str(err)`` says why, in plain
    (English) words, ``reason`` in one word for an interface to say in its own."""

    def __init__(self, message: str, reason: Unreadable, path: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str


def read_page_text(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> DecodedText:
    """Read *path* and return its text with newlines normalised to ``\n``."""
    data = read_file_bytes(path, max_bytes)
    try:
        return decode_bytes(data)
    except UnreadableFileError as err:
        raise UnreadableFileError(f"{Path(path)}: {err}", err.reason, str(path)) from None


def read_file_bytes(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of *path*, refusing folders, missing files and files past the limit."""
    p = Path(path)
    try:
        if p.is_dir():
            raise UnreadableFileError(f"{p} is a folder, not a page file",
                                      Unreadable.FOLDER, str(p))
        size = p.stat().st_size
        if size > max_bytes:
            raise UnreadableFileError(
                f"{p} is too large ({size / 2**20:.0f} MB; the limit is "
                f"{max_bytes / 2**20:.0f} MB)", Unreadable.TOO_LARGE, str(p)
            )
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise UnreadableFileError(f"{p} does not exist", Unreadable.MISSING, str(p)) from None
    except PermissionError:
        raise UnreadableFileError(f"{p} cannot be read (permission denied)",
                                  Unreadable.PERMISSION, str(p)) from None
    except IsADirectoryError:
        raise UnreadableFileError(f"{p} is a folder, not a page file",
                                  Unreadable.FOLDER, str(p)) from None
    except OSError as err:
        raise UnreadableFileError(f"{p} cannot be read ({err.strerror or err})",
                                  Unreadable.OS_ERROR, str(p)) from None
    if len(data) > max_bytes:
        raise UnreadableFileError(f"{p} is too large (the limit is {max_bytes / 2**20:.0f} MB)",
                                  Unreadable.TOO_LARGE, str(p))
    return data


def decode_bytes(data: bytes) -> DecodedText:
    """Decode page bytes, detecting the encoding; refuse empty and binary data."""
    text, encoding = _decode(data)
    text = normalize_newlines(text)
    if not text.strip():
        raise UnreadableFileError("the file is empty", Unreadable.EMPTY)
    if _looks_binary(text):
        raise UnreadableFileError("the file is not text (it looks like binary data)",
                                  Unreadable.BINARY)
    return DecodedText(text, encoding)


def normalize_newlines(text: str) -> str:
    """CRLF, CR and Unicode line separators become ``\\n``; a form feed (page break
    in extracted PDF text) becomes a blank line."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for sep in ("\u2028", "\u2029", "\x85"):
        if sep in text:
            text = text.replace(sep, "\n")
    if "\f" in text:
        text = text.replace("\f", "\n\n")
    return text


def _decode(data: bytes) -> tuple[str, str]:
    if not data:
        raise UnreadableFileError("the file is empty", Unreadable.EMPTY)
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.removesuffix("-sig")
            except UnicodeDecodeError:
                raise UnreadableFileError(
                    f"the file starts with a {name} byte-order mark but is not valid {name}",
                    Unreadable.BAD_BOM,
                ) from None
    if b"\x00" in data:
        raise UnreadableFileError("the file is not text (it contains NUL bytes)",
                                  Unreadable.BINARY)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Choose between GB18030 and Big5 for BOM-less, non-UTF-8 bytes."""
    candidates: dict[str, str] = {}
    for name in _LEGACY:
        try:
            candidates[name] = data.decode(name)
        except UnicodeDecodeError:
            continue
    if len(candidates) == 1:
        name, text = next(iter(candidates.items()))
        return text, name
    if not candidates:
        best = _detect_with_charset_normalizer(data)
        if best is None:
            raise UnreadableFileError(
                "the file's encoding is not one we read (UTF-8, UTF-16 with BOM, "
                "GB18030/GBK or Big5)", Unreadable.ENCODING
            )
        return best
    # Both decode (GB18030 accepts almost any byte pair): keep the one that
    # reads as ordinary Chinese text.  Ties go to GB18030, listed first.
    name = max(candidates, key=lambda n: _cjk_score(candidates[n]))
    return candidates[name], name


def _detect_with_charset_normalizer(data: bytes) -> tuple[str, str] | None:
    """For bytes no candidate decodes strictly (a damaged file): charset-normalizer
    weighs how much of each decoding is plausible text and tolerates bad bytes."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_8"])
    best = matches.best()
    if best is None:
        return None
    name = {"gb18030": "gb18030", "big5": "big5", "utf_8": "utf-8"}.get(best.encoding)
    if name is None:
        return None
    return str(best), name


@functools.cache
def _common_hanzi() -> frozenset[str]:
    path = resource("common_hanzi.txt")
    return frozenset(path.read_text(encoding="utf-8").strip())


def _cjk_score(text: str) -> float:
    """Share of the non-ASCII characters that are common Chinese characters or
    CJK punctuation: high for the right decoding, low for mojibake."""
    common = _common_hanzi()
    total = good = 0
    for ch in text[:65536]:
        if ch.isascii():
            continue
        total += 1
        if ch in common or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef":
            good += 1
    return good / total if total else 0.0


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    bad = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    bad += sample.count("\ufffd")
    return bad > max(2, len(sample) // 100)
