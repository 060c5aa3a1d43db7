"""What can go wrong with the library file, told apart the way SQLite tells it.

A library that cannot be used right now (the disk is full, another program
holds it, the folder is read-only, it is not there) is not a damaged one: only
:attr:`Fault.DAMAGED` ever sets a file aside.  :func:`library_error` turns any
error met while using the file (SQLite's result codes, the system's errno)
into a :class:`LibraryError` whose ``fault`` says which, and whose message says
it in plain words.
"""

from __future__ import annotations

import enum
import errno
import os
import sqlite3
from pathlib import Path


class Fault(enum.Enum):
    """Why the library cannot be used (the values are what the interface keys on)."""

    MISSING = "missing"        # no library at that path
    FOREIGN = "foreign"        # a file that is not a Dubao library: never touched
    DAMAGED = "damaged"        # the file is broken: set aside, what is readable carried over
    FULL = "full"              # the disk is full: nothing changed
    LOCKED = "locked"          # another program holds it
    READ_ONLY = "read-only"    # it can be read, not written
    NEWER = "newer"            # written by a newer Dubao
    UNREADABLE = "unreadable"  # the system cannot read it (an I/O error, permissions)


class LibraryError(Exception):
    """The library cannot be used; ``str(err)`` says why, in plain words, and
    ``fault`` which kind of problem it is (None: not a problem of the file)."""

    def __init__(self, message: str, fault: Fault | None = None, detail: str = "") -> None:
        super().__init__(message)
        self.fault = fault
        #: The cause in a few words (SQLite's or the system's), when known.
        self.detail = detail


class LibraryDamagedError(LibraryError):
    """SQLite found the file damaged.  Opening it again sets it aside and
    starts a new one with everything that could be read from it."""

    def __init__(self, message: str, fault: Fault | None = Fault.DAMAGED,
                 detail: str = "") -> None:
        super().__init__(message, fault, detail)


# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_PERM, _AUTH = 3, 23
_NO_SPACE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_NO_WRITE = {errno.EACCES, errno.EPERM, errno.EROFS}


def sqlite_code(err: BaseException) -> int | None:
    """SQLite's primary result code of *err*, or None."""
    code = getattr(err, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(err: BaseException) -> bool:
    """Whether a sqlite3 error means the file itself is broken."""
    code = sqlite_code(err)
    if code is not None:
        return code in (_CORRUPT, _NOTADB)
    text = str(err).lower()
    return isinstance(err, sqlite3.DatabaseError) and any(
        s in text for s in ("malformed", "not a database", "corrupt"))


def disk_full(folder: Path) -> bool:
    """Whether the file system holding *folder* has no space left."""
    try:
        st = os.statvfs(folder)
    except OSError:
        return False
    return st.f_bavail == 0


def writable(folder: Path) -> bool:
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return False
    except OSError:
        pass
    return os.access(folder, os.W_OK)


def fault_of(err: BaseException, path: Path) -> Fault:
    """Which fault *err*, met using the library at *path*, is."""
    if isinstance(err, LibraryError) and err.fault is not None:
        return err.fault
    if isinstance(err, OSError):
        if err.errno in _NO_SPACE:
            return Fault.FULL
        if err.errno in _NO_WRITE:
            return Fault.READ_ONLY
        if err.errno == errno.ENOENT:
            return Fault.MISSING
        return Fault.UNREADABLE
    code = sqlite_code(err)
    if code is None:
        return Fault.DAMAGED if is_damage(err) else Fault.UNREADABLE
    if code in (_CORRUPT, _NOTADB):
        return Fault.DAMAGED
    if code == _FULL:
        return Fault.FULL
    if code in (_BUSY, _LOCKED):
        return Fault.LOCKED
    if code in (_READONLY, _PERM, _AUTH):
        return Fault.FULL if disk_full(path.parent) else Fault.READ_ONLY
    if code in (_IOERR, _CANTOPEN):
        # SQLite says "disk I/O error" or "unable to open" for a disk that is
        # full (its shared memory cannot grow) or a folder it cannot write.
        if disk_full(path.parent):
            return Fault.FULL
        if not writable(path.parent):
            return Fault.READ_ONLY
        if code == _CANTOPEN and not path.parent.is_dir():
            return Fault.MISSING
        return Fault.UNREADABLE
    return Fault.UNREADABLE


def describe(fault: Fault, path: Path, detail: str = "") -> str:
    """*fault* of the library at *path* in plain (English) words, for the command line."""
    why = f" ({detail})" if detail else ""
    match fault:
        case Fault.MISSING:
            return f"there is no library at {path} (index pages into it first)"
        case Fault.FOREIGN:
            return f"{path} is not a Dubao library{why}; it was left untouched"
        case Fault.DAMAGED:
            return f"the library {path} is damaged{why}"
        case Fault.FULL:
            return (f"the disk holding the library {path} is full: nothing was changed "
                    "(free some space and try again)")
        case Fault.LOCKED:
            return (f"the library {path} is locked by another program; try again when it "
                    "has finished")
        case Fault.READ_ONLY:
            return f"the library {path} is read-only here{why}: it can be read, not changed"
        case Fault.NEWER:
            return f"the library {path} was written by a newer Dubao{why}"
        case Fault.UNREADABLE:
            return f"the library {path} cannot be read{why}"


def library_error(err: BaseException, path: Path) -> LibraryError:
    """*err*, met using the library at *path*, as a :class:`LibraryError` that
    names the fault (a :class:`LibraryDamagedError` for damage)."""
    if isinstance(err, LibraryError):
        return err
    fault = fault_of(err, path)
    detail = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
    if fault in (Fault.FULL, Fault.LOCKED):
        detail = ""
    elif fault is Fault.READ_ONLY:
        detail = "its folder or file cannot be written"
    message = describe(fault, path, detail)
    if fault is Fault.DAMAGED:
        return LibraryDamagedError(message, detail=detail)
    return LibraryError(message, fault, detail)


def about_library(err: BaseException, path: Path) -> LibraryError | None:
    """*err* as a :class:`LibraryError` when it is about the library at *path*
    (raised by SQLite, or by the system about the library's own files); None
    when it is about something else."""
    if isinstance(err, LibraryError | sqlite3.Error):
        return library_error(err, path)
    if isinstance(err, OSError) and err.filename is not None \
            and str(err.filename).startswith(str(path)):
        return library_error(err, path)
    return None
