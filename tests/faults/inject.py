"""Faults to inject, without root and without mounting anything.

CI runs as root, so ``chmod`` cannot make a folder read-only there; nor can it
mount a small file system.  These injectors work at the lowest layer Python
reaches instead: ``sqlite3.connect`` (every connection the reader makes goes
through it) and the ``os`` calls that create, write, rename and remove files.
What each one makes SQLite and the ``os`` calls do is what the real fault makes
them do, as observed on a real 256 KB tmpfs filled up and on a real folder a
user cannot write (notes in each docstring).

Damage is real: bytes of the library file are overwritten, cut off, or a table
dropped with SQLite itself.
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import io
import os
import random
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote_to_bytes

import pytest

#: SQLite's extended result codes, as ``sqlite3`` names them.
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_IOERR_SHMSIZE = 4874
SQLITE_READONLY_DIRECTORY = 1544

_REAL_CONNECT = sqlite3.connect
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "VACUUM",
           "REINDEX")


def sqlite_error(cls: type[sqlite3.Error], message: str, code: int, name: str) -> sqlite3.Error:
    """An error as SQLite raises it, with its result code."""
    err = cls(message)
    err.sqlite_errorcode = code
    err.sqlite_errorname = name
    return err


def database_of(database: object, uri: bool) -> tuple[Path, dict[str, list[str]]]:
    """The file a ``sqlite3.connect`` call opens, and its URI parameters."""
    text = os.fsdecode(database) if isinstance(database, bytes) else str(database)
    if not (uri and text.startswith("file:")):
        return Path(text), {}
    rest = text[len("file:"):]
    path, _, query = rest.partition("?")
    path = path.partition("#")[0]
    if path.startswith("//"):
        path = "/" + path[2:].partition("/")[2]
    return Path(os.fsdecode(unquote_to_bytes(path))), parse_qs(query)


def _inside(path: str | os.PathLike[str] | bytes | int, folder: Path) -> bool:
    if isinstance(path, int):
        return False
    p = os.path.abspath(os.fsdecode(path))
    return p == str(folder) or p.startswith(str(folder) + os.sep)


def _wal_mode(db: Path) -> bool:
    try:
        with db.open("rb") as fh:
            head = fh.read(20)
    except OSError:
        return False
    return len(head) >= 20 and head[18] == 2


def _shm_ready(db: Path) -> bool:
    shm = db.with_name(db.name + "-shm")
    return shm.exists() and shm.stat().st_size >= 32768


class _Watched(sqlite3.Connection):
    """A real connection whose statements pass one check first."""

    check: Callable[[_Watched, str], None] | None = None
    base_changes = 0

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        if self.check is not None:
            self.check(self, sql)
        return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        if self.check is not None:
            self.check(self, sql)
        return super().executemany(sql, parameters)

    def executescript(self, script: str, /) -> sqlite3.Cursor:
        if self.check is not None:
            self.check(self, script)
        return super().executescript(script)

    def commit(self) -> None:
        if self.check is not None:
            self.check(self, "COMMIT")
        super().commit()


def _is_write(sql: str) -> bool:
    s = sql.lstrip().upper()
    if s.startswith("PRAGMA"):
        return "=" in s and any(k in s for k in ("JOURNAL_MODE", "APPLICATION_ID", "USER_VERSION"))
    return s.startswith(_WRITES) or (s.startswith("WITH") and any(w in s for w in _WRITES))


def _full_check(db: Path, immutable: bool) -> Callable[[_Watched, str], None]:
    """A full disk as SQLite meets it (observed on a 256 KB tmpfs filled up):
    a WAL library whose shared-memory file is not already full-sized cannot
    even be read (SQLITE_IOERR_SHMSIZE, "disk I/O error"), unless opened
    ``immutable``; whatever would write to the file fails with SQLITE_FULL and
    the transaction is rolled back."""

    def check(conn: _Watched, sql: str) -> None:
        s = sql.lstrip().upper()
        if not immutable and _wal_mode(db) and not _shm_ready(db):
            raise sqlite_error(sqlite3.OperationalError, "disk I/O error",
                               SQLITE_IOERR_SHMSIZE, "SQLITE_IOERR_SHMSIZE")
        if s.startswith("BEGIN"):
            conn.base_changes = conn.total_changes
            return
        if s.startswith(("COMMIT", "END")):
            if conn.in_transaction and conn.total_changes != conn.base_changes:
                sqlite3.Connection.execute(conn, "ROLLBACK")
                raise sqlite_error(sqlite3.OperationalError, "database or disk is full",
                                   SQLITE_FULL, "SQLITE_FULL")
            return
        if _is_write(sql):
            if s.startswith("PRAGMA JOURNAL_MODE") and "WAL" in s and _wal_mode(db):
                return
            if s.startswith("PRAGMA") or not conn.in_transaction:
                raise sqlite_error(sqlite3.OperationalError, "database or disk is full",
                                   SQLITE_FULL, "SQLITE_FULL")
    return check


def _read_only_check(db: Path, immutable: bool) -> Callable[[_Watched, str], None]:
    """A folder the user cannot write (observed as a plain user): SQLite opens
    the file read-only, and a WAL library whose shared-memory file does not
    exist cannot be read at all (SQLITE_READONLY_DIRECTORY) unless opened
    ``immutable``; writes fail with SQLITE_READONLY (the connection is
    really opened ``mode=ro``)."""

    def check(conn: _Watched, sql: str) -> None:
        shm = db.with_name(db.name + "-shm")
        if not immutable and _wal_mode(db) and not shm.exists():
            raise sqlite_error(sqlite3.OperationalError, "attempt to write a readonly database",
                               SQLITE_READONLY_DIRECTORY, "SQLITE_READONLY_DIRECTORY")
    return check


class Faults:
    """Injected faults by folder; install with :func:`faults` (a fixture)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full: list[Path] = []
        self.read_only: list[Path] = []
        self.unreadable: list[Path] = []
        self._mp = monkeypatch
        self._installed = False

    # ---- what a test asks for ----------------------------------------------------
    def disk_full(self, folder: Path) -> None:
        """The disk holding *folder* is full."""
        self._install()
        self.full.append(Path(os.path.abspath(folder)))

    def make_read_only(self, folder: Path) -> None:
        """*folder* (and what is in it) cannot be written by the user."""
        self._install()
        self.read_only.append(Path(os.path.abspath(folder)))

    def make_unreadable(self, folder: Path) -> None:
        """*folder* cannot be listed, nor anything in it looked at (a folder of
        another user, mode 000): the folder itself can still be seen from its
        parent."""
        self._install()
        self.unreadable.append(Path(os.path.abspath(folder)))

    def clear(self) -> None:
        self.full.clear()
        self.read_only.clear()
        self.unreadable.clear()

    # ---- the patches -------------------------------------------------------------
    def _hit(self, path: object, folders: list[Path]) -> bool:
        try:
            return any(_inside(path, f) for f in folders)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False

    def _install(self) -> None:
        if self._installed:
            return
        self._installed = True
        mp = self._mp
        mp.setattr(sqlite3, "connect", self._connect)
        real_open, real_os_open = builtins.open, os.open
        real_replace, real_rename, real_unlink = os.replace, os.rename, os.unlink
        real_mkdir, real_rmdir, real_statvfs, real_access = os.mkdir, os.rmdir, os.statvfs, os.access

        def denied(path: object) -> OSError:
            return PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fsdecode(path))  # type: ignore[arg-type]

        def no_space(path: object) -> OSError:
            return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), os.fsdecode(path))  # type: ignore[arg-type]

        def guard_create(path: object, creates: bool) -> None:
            if self._hit(path, self.read_only):
                raise denied(path)
            if creates and self._hit(path, self.full) and not os.path.exists(path):  # type: ignore[arg-type]
                raise no_space(path)

        real_stat, real_lstat, real_scandir = os.stat, os.lstat, os.scandir

        def inside_unreadable(path: Any) -> bool:
            return any(_inside(path, f) and os.path.abspath(os.fsdecode(path)) != str(f)
                       for f in self.unreadable) if not isinstance(path, int) else False

        def guard_look(path: Any) -> None:
            if inside_unreadable(path):
                raise denied(path)

        def patched_stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
            guard_look(path)
            return real_stat(path, *args, **kwargs)

        def patched_lstat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
            guard_look(path)
            return real_lstat(path, *args, **kwargs)

        def patched_scandir(path: Any = ".") -> Any:
            if self._hit(path, self.unreadable):
                raise denied(path)
            return real_scandir(path)

        def patched_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            guard_look(file)
            if any(c in mode for c in "wax+"):
                guard_create(file, creates=True)
            return real_open(file, mode, *args, **kwargs)

        def patched_os_open(path: Any, flags: int, mode: int = 0o777, *args: Any, **kw: Any) -> int:
            guard_look(path)
            if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND):
                guard_create(path, creates=bool(flags & os.O_CREAT))
            return real_os_open(path, flags, mode, *args, **kw)

        def two(real: Callable[..., Any]) -> Callable[..., Any]:
            def patched(src: Any, dst: Any, *args: Any, **kwargs: Any) -> Any:
                for p in (src, dst):
                    if self._hit(p, self.read_only):
                        raise denied(p)
                return real(src, dst, *args, **kwargs)
            return patched

        def one(real: Callable[..., Any], creates: bool = False) -> Callable[..., Any]:
            def patched(path: Any, *args: Any, **kwargs: Any) -> Any:
                guard_create(path, creates)
                return real(path, *args, **kwargs)
            return patched

        def patched_statvfs(path: Any) -> os.statvfs_result:
            got = real_statvfs(path)
            if self._hit(path, self.full):
                values = list(got)
                values[3] = values[4] = 0   # f_bfree, f_bavail
                return os.statvfs_result(values)
            return got

        def patched_access(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
            if mode & os.W_OK and self._hit(path, self.read_only):
                return False
            return bool(real_access(path, mode, *args, **kwargs))

        mp.setattr(builtins, "open", patched_open)
        mp.setattr(io, "open", patched_open)
        mp.setattr(os, "open", patched_os_open)
        mp.setattr(os, "replace", two(real_replace))
        mp.setattr(os, "rename", two(real_rename))
        mp.setattr(os, "unlink", one(real_unlink))
        mp.setattr(os, "remove", one(real_unlink))
        mp.setattr(os, "rmdir", one(real_rmdir))
        mp.setattr(os, "mkdir", one(real_mkdir, creates=True))
        mp.setattr(os, "statvfs", patched_statvfs)
        mp.setattr(os, "access", patched_access)
        mp.setattr(os, "stat", patched_stat)
        mp.setattr(os, "lstat", patched_lstat)
        mp.setattr(os, "scandir", patched_scandir)

    def _connect(self, database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        uri = bool(kwargs.get("uri", False))
        db, params = database_of(database, uri)
        immutable = params.get("immutable", ["0"])[0] == "1"
        if self._hit(db, self.read_only):
            if not db.exists():
                raise sqlite_error(sqlite3.OperationalError, "unable to open database file",
                                   SQLITE_CANTOPEN, "SQLITE_CANTOPEN")
            if params.get("mode", [""])[0] != "ro":
                database = _with_param(database, db, params, "mode", "ro")
                kwargs["uri"] = True
            check = _read_only_check(db, immutable)
        elif self._hit(db, self.full):
            check = _full_check(db, immutable)
        else:
            return _REAL_CONNECT(database, *args, **kwargs)  # type: ignore[no-any-return]
        kwargs["factory"] = _Watched
        conn = _REAL_CONNECT(database, *args, **kwargs)
        assert isinstance(conn, _Watched)
        conn.check = check
        return conn


def _with_param(database: object, db: Path, params: dict[str, list[str]], key: str,
                value: str) -> str:
    from urllib.parse import quote, urlencode

    merged = {k: v[0] for k, v in params.items()}
    merged[key] = value
    return f"file:{quote(os.fsencode(str(db)))}?{urlencode(merged)}"


# ---- locks --------------------------------------------------------------------------

@contextlib.contextmanager
def exclusive_lock(db: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the library for itself (``locking_mode =
    EXCLUSIVE``, as database browsers and backup tools do): nobody else can read
    or write it until it lets go."""
    conn = _REAL_CONNECT(db, isolation_level=None)
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("COMMIT")
    try:
        yield conn
    finally:
        conn.close()


@contextlib.contextmanager
def writing(db: Path) -> Iterator[sqlite3.Connection]:
    """Another copy of the reader in the middle of writing (an indexer's batch):
    the write lock held, a change not committed."""
    conn = _REAL_CONNECT(db, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('test-writer', 'x')")
    try:
        yield conn
    finally:
        conn.execute("ROLLBACK")
        conn.close()


# ---- damage --------------------------------------------------------------------------

def settle(db: Path) -> None:
    """Fold the WAL into the file (as closing the last connection does), so
    damage to the file is damage to everything."""
    conn = _REAL_CONNECT(db, isolation_level=None)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("-wal", "-shm"):
        side = db.with_name(db.name + suffix)
        if side.exists():
            side.unlink()


def truncate(db: Path, fraction: float) -> None:
    settle(db)
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        fh.truncate(int(size * fraction) // 512 * 512 + 100)


def overwrite(db: Path, offset: int, length: int = 4096, seed: int = 7) -> None:
    """*length* random bytes at *offset* (a disk sector gone bad, a stray write)."""
    settle(db)
    junk = random.Random(seed).randbytes(length)
    with open(db, "r+b") as fh:
        fh.seek(offset)
        fh.write(junk)


def garbage_header(db: Path) -> None:
    """The 100-byte file header overwritten."""
    overwrite(db, 0, 100, seed=3)


def drop_table(db: Path, table: str) -> None:
    """A table the library needs gone (a tool run against it, a bad restore)."""
    conn = _REAL_CONNECT(db, isolation_level=None)
    conn.execute(f"DROP TABLE {table}")
    conn.close()
    settle(db)


def damage_index(db: Path) -> None:
    """The search index (a folder of tantivy files beside the library file)
    garbled where it keeps its terms, every file keeping its size, while the
    library file itself stays sound: nothing need be set aside, the index is
    made again from the library's rows."""
    settle(db)
    folder = db.with_name(db.name + ".index")
    garbled = 0
    for f in sorted(folder.iterdir()):
        if f.suffix in (".term", ".idx"):
            junk = random.Random(f.name).randbytes(f.stat().st_size)
            with open(f, "r+b") as fh:
                fh.write(junk)
            garbled += 1
    assert garbled, f"no index files in {folder}"


# ---- reading the library behind the reader's back -------------------------------------

def read_only(db: Path) -> sqlite3.Connection:
    from urllib.parse import quote

    return _REAL_CONNECT(f"file:{quote(os.fsencode(str(db)))}?mode=ro", uri=True)


def marks(db: Path) -> set[tuple[str, bool, bool]]:
    """(article key, read, starred) of every mark the library file holds."""
    conn = read_only(db)
    try:
        rows = conn.execute(
            "SELECT key, read_at IS NOT NULL, starred_at IS NOT NULL FROM reading").fetchall()
    finally:
        conn.close()
    return {(str(k), bool(r), bool(s)) for k, r, s in rows if r or s}


def page_paths(db: Path) -> set[str]:
    conn = read_only(db)
    try:
        return {str(r[0]) for r in conn.execute("SELECT path FROM pages")}
    finally:
        conn.close()


def set_aside_files(db: Path) -> list[Path]:
    return sorted(p for p in db.parent.glob(db.name + ".damaged-*")
                  if not p.name.endswith(("-wal", "-shm")))


def digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()
