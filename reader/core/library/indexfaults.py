"""What can go wrong with the text index folder, told apart as the library file's faults are.

tantivy reports every failure as a ``ValueError`` whose text carries the
system's error (``os error 28`` …), and a damaged file it reads may even make
it panic (``pyo3_runtime.PanicException``, which is not an ``Exception``).
:func:`index_error` sorts them into the faults of
:mod:`reader.core.library.faults`: a full disk, a folder that cannot be
written, another program's writer holding the index — each a
:class:`LibraryError` naming the search index as the cause — or damage,
a :class:`TextIndexDamagedError`: the index is made again from the library
file, which is never set aside for it.

The texts matched are tantivy's, as observed on a real 2 MB tmpfs filled up,
a read-only bind mount and a second writer (0.25):
``IoError { … kind: StorageFull … "No space left on device" }``,
``Failed to acquire Lockfile: IoError(Os { code: 30, kind:
ReadOnlyFilesystem … })``, ``LockBusy``.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

from reader.core.library.faults import Fault, LibraryError
from reader.core.library.query import QueryError

_OS_ERROR = re.compile(r"os error (\d+)|code: (\d+)")
_NO_SPACE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_NO_WRITE = {errno.EROFS, errno.EACCES, errno.EPERM}


class TextIndexDamagedError(Exception):
    """The index folder cannot be read; it is made again from the library's rows."""


def is_index_error(err: BaseException) -> bool:
    """Whether *err* is one tantivy raises (a panic included; a query the
    user typed wrong is not)."""
    if isinstance(err, QueryError):
        return False
    return isinstance(err, ValueError | OSError) or type(err).__name__ == "PanicException"


def _errno(text: str) -> int | None:
    m = _OS_ERROR.search(text)
    return int(m.group(1) or m.group(2)) if m else None


def index_fault(err: BaseException) -> Fault | None:
    """The fault *err* (from tantivy, or the system about the index's files)
    is; None: the index is damaged."""
    text = str(err)
    code = err.errno if isinstance(err, OSError) and err.errno is not None else _errno(text)
    if "LockBusy" in text:
        return Fault.LOCKED
    if code in _NO_SPACE or "StorageFull" in text or "No space left" in text:
        return Fault.FULL
    if code in _NO_WRITE or "ReadOnlyFilesystem" in text or "PermissionDenied" in text:
        return Fault.READ_ONLY
    if code == errno.EIO:
        return Fault.UNREADABLE
    return None


def index_error(err: BaseException, library: Path) -> LibraryError | TextIndexDamagedError:
    """*err*, met using the text index of the library at *library*, as the
    :class:`LibraryError` that names its fault, or as damage."""
    if isinstance(err, LibraryError | TextIndexDamagedError):
        return err
    fault = index_fault(err)
    if fault is None:
        return TextIndexDamagedError(" ".join(str(err).split())[:300] or type(err).__name__)
    return LibraryError(describe_index(fault, library), fault, str(err))


def describe_index(fault: Fault, library: Path) -> str:
    """A fault of the library's search index in plain (English) words."""
    match fault:
        case Fault.FULL:
            return (f"the disk holding the library {library} is full: its search index could "
                    "not be saved (the pages are kept in the library, and taken into the index "
                    "once there is space again)")
        case Fault.LOCKED:
            return (f"the search index of the library {library} is busy: another program is "
                    "indexing into it; try again when it has finished")
        case Fault.READ_ONLY:
            return (f"the search index of the library {library} is read-only here: it can be "
                    "searched, not changed")
        case _:
            return f"the search index of the library {library} cannot be read"
