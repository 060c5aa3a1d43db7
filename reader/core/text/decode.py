"""Bytes on disk into page text: encodings, newlines, limits, clear errors.

Pages arrive as UTF-8 (with or without BOM), UTF-16 with a BOM, GB18030/GBK
or Big5.  Files are only ever opened for reading, and never so that opening
can block: a FIFO is read only while something is written into it (for at
most :data:`PIPE_WAIT_S` at a time), a device or a socket not at all.  A
UTF-8 page cut in the middle of a character, or with a bad byte or two, is
UTF-8 with those bytes replaced by � (``DecodedText.replaced`` counts them),
not another encoding's gibberish.  Anything we cannot turn into text raises
:class:`UnreadableFileError` whose message is fit to show a person as is.
"""

from __future__ import annotations

import codecs
import contextlib
import enum
import errno
import functools
import os
import re
import select
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.core.filenames import fs_path
from reader.core.resources import resource

#: Larger files are refused rather than read into memory.  A year of a daily
#: paper's text is a few MB; 64 MB leaves room for archives joined into one.
MAX_BYTES = 64 * 1024 * 1024
#: How long a FIFO may keep the reader waiting for (more of) a page.
PIPE_WAIT_S = 5.0

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY = ("gb18030", "big5")
#: Control characters that do not belong in text (tab, line and page breaks do),
#: found by one regex scan: a loop over the characters cost ~4% of indexing.
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


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
    NOT_REGULAR = "not a regular file"
    SYMLINK_LOOP = "symlink loop"


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
    #: Bytes that could not be decoded and were replaced by U+FFFD.
    replaced: int = 0


def read_page_text(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> DecodedText:
    """Read *path* and return its text with newlines normalised to ``\n``."""
    data = read_file_bytes(path, max_bytes)
    try:
        return decode_bytes(data)
    except UnreadableFileError as err:
        raise UnreadableFileError(f"{Path(path)}: {err}", err.reason, str(path)) from None


def read_file_bytes(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of *path*, refusing folders, missing files, files past the limit
    and anything that is not a regular file (a FIFO is read while something
    writes into it).  *path* may be a library key (:mod:`reader.core.filenames`)."""
    with _opened(path) as (fd, st, p):
        if stat.S_ISDIR(st.st_mode):
            raise UnreadableFileError(f"{p} is a folder, not a page file",
                                      Unreadable.FOLDER, str(p))
        if stat.S_ISFIFO(st.st_mode):
            data = _read_pipe(fd, p, max_bytes)
        elif not stat.S_ISREG(st.st_mode):
            raise _not_regular(p, st.st_mode)
        elif st.st_size > max_bytes:
            raise UnreadableFileError(
                f"{p} is too large ({st.st_size / 2**20:.0f} MB; the limit is "
                f"{max_bytes / 2**20:.0f} MB)", Unreadable.TOO_LARGE, str(p)
            )
        else:
            data = _read_all(fd, max_bytes + 1)
    if len(data) > max_bytes:
        raise UnreadableFileError(f"{p} is too large (the limit is {max_bytes / 2**20:.0f} MB)",
                                  Unreadable.TOO_LARGE, str(p))
    return data


def read_regular_file(path: str | os.PathLike[str], size: int,
                      max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file at *path*, *size* (from ``stat``) sizing
    the read (asking for the limit would allocate it for every file); anything
    else, or past *max_bytes*, refused at once, without waiting (for an
    indexer, which holds the library's write lock)."""
    too_large = UnreadableFileError(
        f"{Path(path)} is too large (the limit is {max_bytes / 2**20:.0f} MB)",
        Unreadable.TOO_LARGE, str(path))
    if size > max_bytes:
        raise too_large
    with _opened(path) as (fd, st, p):
        if not stat.S_ISREG(st.st_mode):
            raise _not_regular(p, st.st_mode)
        data = _read_all(fd, size + 1)
    if len(data) > max_bytes:
        raise too_large
    return data


@contextlib.contextmanager
def _opened(path: str | os.PathLike[str]) -> Iterator[tuple[int, os.stat_result, Path]]:
    """*path* opened for reading in a way that never blocks (a FIFO without a
    writer, a device): (descriptor, what it is, the path as the system has it)."""
    p = Path(fs_path(os.fspath(path)))
    try:
        fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as err:
        raise _unreadable(p, err) from None
    try:
        yield fd, os.fstat(fd), p
    except OSError as err:
        raise _unreadable(p, err) from None
    finally:
        os.close(fd)


def _read_all(fd: int, limit: int) -> bytes:
    with os.fdopen(os.dup(fd), "rb") as fh:
        return fh.read(limit)


def _unreadable(p: Path, err: OSError) -> UnreadableFileError:
    if err.errno == errno.ENOENT:
        return UnreadableFileError(f"{p} does not exist", Unreadable.MISSING, str(p))
    if err.errno in (errno.EACCES, errno.EPERM):
        return UnreadableFileError(f"{p} cannot be read (permission denied)",
                                   Unreadable.PERMISSION, str(p))
    if err.errno == errno.EISDIR:
        return UnreadableFileError(f"{p} is a folder, not a page file", Unreadable.FOLDER,
                                   str(p))
    if err.errno == errno.ELOOP:
        return UnreadableFileError(f"{p} cannot be read (too many levels of symbolic links)",
                                   Unreadable.SYMLINK_LOOP, str(p))
    if err.errno in (errno.ENXIO, errno.EOPNOTSUPP):
        return UnreadableFileError(f"{p} is not a regular file (a socket); skipped",
                                   Unreadable.NOT_REGULAR, str(p))
    return UnreadableFileError(f"{p} cannot be read ({err.strerror or err})",
                               Unreadable.OS_ERROR, str(p))


def _not_regular(p: Path, mode: int) -> UnreadableFileError:
    kind = ("a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device")
    return UnreadableFileError(f"{p} is not a regular file ({kind}); skipped",
                               Unreadable.NOT_REGULAR, str(p))


def _read_pipe(fd: int, p: Path, max_bytes: int) -> bytes:
    """What is written into a FIFO until its writer closes it, waiting at most
    :data:`PIPE_WAIT_S` for each piece."""
    poll = select.poll()
    poll.register(fd, select.POLLIN)
    chunks: list[bytes] = []
    total = 0
    deadline = time.monotonic() + PIPE_WAIT_S
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not poll.poll(max(1, int(left * 1000))):
            if time.monotonic() < deadline:
                continue
            if not chunks:
                raise UnreadableFileError(
                    f"{p} is not a regular file (a named pipe) and nothing was written to it "
                    f"in {PIPE_WAIT_S:g} s; skipped", Unreadable.NOT_REGULAR, str(p))
            raise UnreadableFileError(
                f"{p} is a named pipe that stopped sending for {PIPE_WAIT_S:g} s; skipped",
                Unreadable.NOT_REGULAR, str(p))
        try:
            chunk = os.read(fd, 1 << 16)
        except BlockingIOError:
            continue
        if not chunk:
            if chunks or poll.poll(0):
                break                       # the writer is done
            time.sleep(0.01)                # no writer yet
            continue
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            break
        deadline = time.monotonic() + PIPE_WAIT_S
    return b"".join(chunks)


def decode_bytes(data: bytes) -> DecodedText:
    """Decode page bytes, detecting the encoding; refuse empty and binary data."""
    text, encoding, replaced = _decode(data)
    text = normalize_newlines(text)
    if not text.strip():
        raise UnreadableFileError("the file is empty", Unreadable.EMPTY)
    if _looks_binary(text):
        raise UnreadableFileError("the file is not text (it looks like binary data)",
                                  Unreadable.BINARY)
    return DecodedText(text, encoding, replaced)


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


def _decode(data: bytes) -> tuple[str, str, int]:
    """(text, encoding, characters replaced)."""
    if not data:
        raise UnreadableFileError("the file is empty", Unreadable.EMPTY)
    for bom, name in _BOMS:
        if data.startswith(bom):
            if name == "utf-8-sig":
                return _decode_utf8(data[len(bom):], strict=False) or ("", "utf-8", 0)
            cut = _decode_cut(data, name)
            if cut is None:
                raise UnreadableFileError(
                    f"the file starts with a {name} byte-order mark but is not valid {name}",
                    Unreadable.BAD_BOM,
                )
            return cut[0], name, cut[1]
    if b"\x00" in data:
        raise UnreadableFileError("the file is not text (it contains NUL bytes)",
                                  Unreadable.BINARY)
    utf8 = _decode_utf8(data, strict=True)
    if utf8 is not None:
        return utf8
    return _decode_legacy(data)


def _decode_cut(data: bytes, codec: str) -> tuple[str, int] | None:
    """*data* in *codec*, allowing a last character cut short (replaced by �):
    (text, 0 or 1), or None when it is not that codec."""
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError as err:
        if err.end != len(data):
            return None
        try:
            return data[:err.start].decode(codec) + "\ufffd", 1
        except UnicodeDecodeError:
            return None


def _decode_utf8(data: bytes, strict: bool) -> tuple[str, str, int] | None:
    """*data* as UTF-8: exact, or cut short in the middle of its last
    character, or with a few bad bytes among plenty of good UTF-8 (each bad
    stretch replaced by �).  None when the bytes are not UTF-8 at all (unless
    not *strict*: a byte-order mark said UTF-8)."""
    cut = _decode_cut(data, "utf-8")
    if cut is not None:
        return cut[0], "utf-8", cut[1]
    text = data.decode("utf-8", "replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ch > "\x7f" and ch != "\ufffd")
    if not strict or (replaced <= max(3, good // 100) and good >= 20 * replaced):
        return text, "utf-8", replaced
    return None


def _decode_legacy(data: bytes) -> tuple[str, str, int]:
    """Choose between GB18030 and Big5 for BOM-less, non-UTF-8 bytes."""
    candidates: dict[str, tuple[str, int]] = {}
    for name in _LEGACY:
        got = _decode_cut(data, name)
        if got is not None:
            candidates[name] = got
    if len(candidates) == 1:
        name, (text, cut) = next(iter(candidates.items()))
        return text, name, cut
    if not candidates:
        best = _detect_with_charset_normalizer(data)
        if best is None:
            raise UnreadableFileError(
                "the file's encoding is not one we read (UTF-8, UTF-16 with BOM, "
                "GB18030/GBK or Big5)", Unreadable.ENCODING
            )
        return best[0], best[1], best[0].count("\ufffd")
    # Both decode (GB18030 accepts almost any byte pair): keep the one that
    # reads as ordinary Chinese text.  Ties go to GB18030, listed first.
    name = max(candidates, key=lambda n: _cjk_score(candidates[n][0]))
    return candidates[name][0], name, candidates[name][1]


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
    bad = len(_BAD_CONTROL.findall(sample))
    bad += sample.count("\ufffd")
    return bad > max(2, len(sample) // 100)
