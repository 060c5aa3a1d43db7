"""Opening the library file: the way in, a connection per thread, the way out.

The file is looked at before it is touched (:mod:`reader.core.library.identity`):
anything that is not a Dubao library is refused as it is.  A command that only
reads opens it read-only and takes no lock; the migration check takes the
write lock only when there is something to migrate.  A file found damaged —
by the opening check, or by :meth:`LibraryFile.reopen_damaged` after damage met
in use, which checks the whole file first — is set aside with everything
readable carried over (:mod:`reader.core.library.recovery`); any other
problem (full, locked, read-only, missing) raises a ``LibraryError`` naming
it, and nothing is set aside.
"""

from __future__ import annotations

import enum
import os
import sqlite3
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

from reader.core.library.faults import (
    Fault,
    LibraryDamagedError,
    LibraryError,
    describe,
    library_error,
)
from reader.core.library.identity import Found, identify, is_ours
from reader.core.library.store import (
    SCHEMA_VERSION,
    check,
    connect,
    migrate,
    needs_writing,
    schema_version,
    use_wal,
)
from reader.core.paths import default_library_path, may_be_default_library

if TYPE_CHECKING:
    # The marks file is written, and a damaged file salvaged, by openings that
    # need them: imported there, so that a command that only reads loads neither.
    from reader.core.library.journal import MarksJournal
    from reader.core.library.recovery import Recovery


class Access(enum.Enum):
    """How a command uses the library."""

    #: Only reads: opened read-only, no lock taken; the library must exist
    #: (the user's own one is made if it is not there yet).
    READ = "read"
    #: Writes (marks): the library must exist.
    WRITE = "write"
    #: Writes, and makes the library where it is not (indexing).
    CREATE = "create"



class LibraryFile:
    """The library's file, opened: the way in (identified, made, checked,
    migrated, recovered), a connection per thread, the way out.  The façade
    (:class:`reader.core.library.facade.Library`) builds on it and answers for
    the index engine through the hooks at the end."""

    def __init__(self, path: Path, recovery: Recovery | None = None,
                 read_only: bool = False) -> None:
        self.path = path
        #: Set when the file was found damaged and a new one made.
        self.recovery = recovery
        #: Opened read-only: every write raises a ``LibraryError``.
        self.read_only = read_only
        self._marks_file: MarksJournal | None = None
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    @property
    def _journal(self) -> MarksJournal:
        """The marks file beside the library (made into an object on first use)."""
        if self._marks_file is None:
            from reader.core.library.journal import MarksJournal

            self._marks_file = MarksJournal(self.path)
        return self._marks_file

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, thorough: bool = False,
             access: Access = Access.CREATE) -> Self:
        """Open the library at *path* (default: the user's data folder).

        The file is looked at before it is touched: anything that is not a
        Dubao library is refused (``LibraryError`` with ``Fault.FOREIGN``), a
        missing one too unless *access* creates it.  A library found damaged
        (``thorough`` also runs SQLite's ``quick_check`` over the whole file)
        is set aside, a new one made with everything readable from it;
        ``recovery`` then says so.  Any other problem (the disk full, a lock,
        a read-only folder) raises a ``LibraryError`` that names it, and
        nothing is set aside.
        """
        p = Path(path) if path is not None else default_library_path()
        mine = path is None or _is_default(p)
        found = identify(p, ours=mine)
        if found.found in (Found.MISSING, Found.EMPTY):
            if access is not Access.CREATE and not mine:
                raise LibraryError(describe(Fault.MISSING, p), Fault.MISSING)
            cls._create(p)
            if access is Access.READ:
                # Made on first use by a command that only reads: its (empty)
                # search index is made with it, by an opening that writes.
                with cls._open(p, False, Access.WRITE):
                    pass
        elif found.found is Found.FOREIGN:
            raise LibraryError(describe(Fault.FOREIGN, p, found.detail), Fault.FOREIGN)
        elif found.found is Found.DAMAGED:
            return cls._recover(p, found.detail or "it is not a database", access)
        try:
            return cls._open(p, thorough, access)
        except LibraryDamagedError as err:
            return cls._recover(p, _reason(err), access)

    @classmethod
    def open_or_rebuild(cls, path: str | os.PathLike[str] | None = None) -> Self:
        """:meth:`open` (damage found at any step of opening sets the file aside)."""
        return cls.open(path)

    @classmethod
    def reopen_damaged(cls, path: str | os.PathLike[str], reason: str,
                       access: Access = Access.CREATE) -> Self:
        """After a :class:`LibraryDamagedError` met while in use: check the whole
        file; if it really is damaged, set it aside and open a new one made of
        what it held (``recovery`` says so), else open it again as it is."""
        p = Path(path)
        try:
            with cls._open(p, thorough=True, access=Access.WRITE):
                pass
        except LibraryDamagedError as err:
            return cls._recover(p, _reason(err) or reason, access)
        except LibraryError as err:
            if err.fault is not Fault.READ_ONLY:
                raise
            with cls._open(p, thorough=True, access=Access.READ):
                pass
        return cls.open(p, access=access)

    @classmethod
    def _create(cls, p: Path) -> None:
        """Make a library at *p* (nothing there, or an empty file or database)."""
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            conn = connect(p, wal=False)
        except (OSError, sqlite3.Error) as err:
            if p.parent.exists() and not p.parent.is_dir():
                raise LibraryError(describe(Fault.UNREADABLE, p, f"{p.parent} is not a folder"),
                                   Fault.UNREADABLE, f"{p.parent} is not a folder") from err
            raise library_error(err, p) from err
        try:
            if not is_ours(conn):
                raise LibraryError(describe(Fault.FOREIGN, p), Fault.FOREIGN)
            from reader.core.library.journal import MarksJournal

            migrate(conn, MarksJournal(p))
            use_wal(conn)
        except sqlite3.Error as err:
            raise library_error(err, p) from err
        finally:
            conn.close()

    @classmethod
    def _recover(cls, p: Path, reason: str, access: Access) -> Self:
        from reader.core.library.recovery import recover

        recovery = recover(p, reason, cls._build_index)
        # Written to at once, whatever the command: the pages to read again.
        lib = cls._open(p, False, Access.WRITE)
        lib.recovery = recovery
        return lib

    @classmethod
    def _open(cls, p: Path, thorough: bool, access: Access) -> Self:
        """Open a file known to be a library: check it, migrate it (taking the
        write lock only then), warm it."""
        lib = cls(p, read_only=access is Access.READ)
        try:
            conn = lib.connection()
            problem = check(conn, thorough)
            if problem is not None:
                raise LibraryDamagedError(describe(Fault.DAMAGED, p, problem))
            version = schema_version(conn)
            if version > SCHEMA_VERSION:
                raise LibraryError(describe(Fault.NEWER, p, (
                    f"schema {version}, this one reads {SCHEMA_VERSION}")), Fault.NEWER)
            if lib.read_only:
                if schema_version(conn) < SCHEMA_VERSION:
                    # Migrated once (the index made with it), by an opening that writes.
                    with cls._open(p, False, Access.WRITE):
                        pass
            else:
                if needs_writing(conn, lib._journal) and not is_ours(conn):
                    raise LibraryError(describe(Fault.FOREIGN, p), Fault.FOREIGN)
                migrate(conn, lib._journal)
                lib._bring_up_to_date(conn, thorough)
            lib._warm(conn, thorough)
        except sqlite3.Error as err:
            lib.close()
            raise library_error(err, p) from err
        except BaseException:
            lib.close()
            raise
        return lib

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, made on first use."""
        if self._closed:
            raise LibraryError("the library is closed")
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = connect(self.path, read_only=self.read_only)
            except (OSError, sqlite3.Error) as err:
                raise library_error(err, self.path) from err
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def _writer(self) -> sqlite3.Connection:
        """This thread's connection, to write through."""
        if self.read_only:
            raise LibraryError(describe(Fault.READ_ONLY, self.path, "opened for reading only"),
                               Fault.READ_ONLY)
        return self.connection()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            conns, self._all = self._all, []
        for conn in conns:
            conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- hooks for the index engine (the façade's) --------------------------------

    def _bring_up_to_date(self, conn: sqlite3.Connection, thorough: bool) -> None:
        """Bring the search index level with the file, making it again where it
        needs to be (an opening that may write; the file is migrated)."""

    def _warm(self, conn: sqlite3.Connection, thorough: bool) -> None:
        """Prepare for the first question (any opening; nothing written)."""

    @staticmethod
    def _build_index(conn: sqlite3.Connection) -> None:
        """Build the search index of a library made from a damaged one."""


def _is_default(p: Path) -> bool:
    try:
        return may_be_default_library(p) and \
            os.path.abspath(p) == os.path.abspath(default_library_path())
    except OSError:
        return False


def _reason(err: LibraryError) -> str:
    """What is wrong, from a damage error's message."""
    text = str(err)
    return text.split(" is damaged (", 1)[1].rstrip(")") if " is damaged (" in text else text


