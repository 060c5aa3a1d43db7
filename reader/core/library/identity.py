"""What a path holds, found before anything is written: a Dubao library (its
header's application id says so, or, in a library made before there was one,
its tables), an empty file or database a library may be made in, a damaged
library (its header gone, but its marks file or its schema there), or
anything else — another program's database, a document — which is never
touched."""

from __future__ import annotations

import enum
import os
import sqlite3
import stat
from pathlib import Path

from reader.core.library.faults import Fault, LibraryError, is_damage, library_error
from reader.core.library.store import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    application_id,
    log_is_empty,
    sqlite_connect,
    uri,
)
from reader.core.record import record


class Found(enum.Enum):
    """What a path holds, as far as its header (and, when it must, a
    read-only look inside) tells."""

    MISSING = "missing"
    EMPTY = "empty"          # an empty file or database: a library may be made there
    LIBRARY = "library"
    FOREIGN = "foreign"      # not a Dubao library: never touched
    DAMAGED = "damaged"      # a Dubao library whose file is broken


@record
class Identity:
    found: Found
    detail: str = ""


#: Text only a Dubao library holds (its schema), looked for where the header is gone.
_FINGERPRINTS = (b"CREATE TABLE reading", b"CREATE VIRTUAL TABLE chars USING fts5",
                 b"CREATE TABLE index_queue", b"CREATE TABLE text_dicts")


def identify(path: Path, ours: bool = False) -> Identity:
    """What the file at *path* is, found without writing anything.  *ours*:
    the path is the user's own library (the data folder): whatever is there
    that is not a library is a damaged one."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return Identity(Found.MISSING)
    except OSError as err:
        raise library_error(err, path) from None
    if stat.S_ISDIR(st.st_mode):
        raise LibraryError(f"{path} is a folder, not a library file", Fault.FOREIGN)
    if not stat.S_ISREG(st.st_mode):
        raise LibraryError(f"{path} is not a regular file, not a library", Fault.FOREIGN)
    if st.st_size == 0 and log_is_empty(path):
        return Identity(Found.EMPTY)
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as err:
        raise library_error(err, path) from None
    if st.st_size and (len(head) < 100 or not head.startswith(SQLITE_MAGIC)):
        return Identity(_foreign(path, ours), "it is not an SQLite database")
    app = int.from_bytes(head[68:72], "big") if len(head) == 100 else 0
    if app == APPLICATION_ID:
        return Identity(Found.LIBRARY)
    if app != 0:
        return Identity(_foreign(path, ours), "it is another program's database")
    return _look_inside(path, ours)


def _foreign(path: Path, ours: bool) -> Found:
    """What a file that is not (or no longer) a library is: a damaged library
    where it is the user's own or there is :func:`evidence` that it was one
    (looked for only then: a library's own header needs no such look), else
    another program's file."""
    return Found.DAMAGED if ours or evidence(path) else Found.FOREIGN


def _look_inside(path: Path, ours: bool) -> Identity:
    """A database without an application id: a library made before there was
    one, a new one being made by another copy of the app, or someone else's."""
    params = {"mode": "ro"} if not log_is_empty(path) else {"mode": "ro", "immutable": "1"}
    try:
        conn = sqlite_connect(uri(path, **params))
        try:
            app = application_id(conn)
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.Error as err:
        if is_damage(err):
            return Identity(_foreign(path, ours), str(err))
        return Identity(Found.LIBRARY)   # cannot tell now (locked …): opening will say
    if app == APPLICATION_ID or {"meta", "pages", "articles"} <= names:
        return Identity(Found.LIBRARY)
    if not names:
        return Identity(Found.EMPTY)
    return Identity(_foreign(path, ours), "it is another program's database")


def evidence(path: Path) -> bool:
    """Whether a file whose header is gone was a Dubao library: its marks file
    is there, or its first megabyte holds the library's schema."""
    from reader.core.library.journal import MarksJournal  # here: only a header gone asks

    if MarksJournal(path).is_ours():
        return True
    try:
        with open(path, "rb") as fh:
            data = fh.read(1 << 20)
    except OSError:
        return False
    return any(f in data for f in _FINGERPRINTS)


def is_ours(conn: sqlite3.Connection) -> bool:
    """Checked again on the connection that is about to write (the file may
    have changed since :func:`identify` looked): a library, or an empty database."""
    if application_id(conn) == APPLICATION_ID:
        return True
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    return not names or {"meta", "pages", "articles"} <= names
