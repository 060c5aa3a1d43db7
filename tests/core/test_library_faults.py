"""Faults: an indexer killed mid-way, damaged library files, newer schemas."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.library.facade import Fault, Library, LibraryError
from reader.core.paths import default_library_path
from tests.core.test_library_index import consistent, write_pages

ROOT = Path(__file__).resolve().parents[2]

#: Indexes a folder slowly (a pause after each file) so a test can kill it mid-way.
SLOW_INDEXER = """
import sys, time
from reader.core.library.facade import Library
lib = Library.open(sys.argv[1])
lib.indexer().index_paths([sys.argv[2]], progress=lambda p: time.sleep(0.02))
"""


def stored_pages(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM pages").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_sigkill_mid_run_leaves_the_library_intact_and_the_next_run_resumes(
    tmp_path: Path,
) -> None:
    folder, db = tmp_path / "pages", tmp_path / "library.sqlite3"
    write_pages(folder, 120)
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_INDEXER, str(db), str(folder)],
        cwd=ROOT, env={**os.environ, "DUBAO_HOME": str(tmp_path / "home")},
    )
    deadline = time.monotonic() + 60
    while stored_pages(db) < 15 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with Library.open(db, thorough=True) as lib:
        assert lib.recovery is None
        done = lib.counts()[0]
        assert 15 <= done < 120
        consistent(lib)
        report = lib.indexer().index_paths([folder])
        assert (report.unchanged, report.added) == (done, 120 - done)
        consistent(lib)


def build(tmp_path: Path, n: int = 8) -> tuple[Path, Path]:
    folder, db = tmp_path / "pages", tmp_path / "library.sqlite3"
    write_pages(folder, n)
    with Library.open(db) as lib:
        lib.indexer().index_paths([folder])
        lib.optimize()
    return folder, db


def test_a_file_that_is_no_database_is_set_aside_where_the_library_lives(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In the user's own data folder only a library is ever kept: a file there
    that is no database is a damaged library."""
    monkeypatch.setenv("DUBAO_HOME", str(tmp_path / "home"))
    db = default_library_path()
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is not a database, just some text\n" * 200)
    with Library.open() as lib:
        assert lib.recovery is not None
        assert lib.recovery.set_aside_as.exists()
        assert lib.recovery.set_aside_as.read_bytes().startswith(b"this is not")
        assert "damaged" in lib.recovery.message
        assert lib.counts() == (0, 0)
        assert lib.search("的").total == 0


def test_a_file_named_as_a_library_that_is_none_is_left_alone(tmp_path: Path) -> None:
    """Anywhere else it may be anything (a document, a mistyped name): refused."""
    db = tmp_path / "library.sqlite3"
    db.write_bytes(b"this is not a database, just some text\n" * 200)
    with pytest.raises(LibraryError, match="not a Dubao library") as err:
        Library.open(db)
    assert err.value.fault is Fault.FOREIGN
    assert db.read_bytes().startswith(b"this is not") and list(tmp_path.iterdir()) == [db]


def test_damaged_pages_are_found_by_the_thorough_check(tmp_path: Path) -> None:
    _, db = build(tmp_path)
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data) - page, page * 3):
        data[offset: offset + 512] = os.urandom(512)
    db.write_bytes(bytes(data))
    with Library.open(db, thorough=True) as lib:
        assert lib.recovery is not None
        assert lib.counts() == (0, 0)
    assert lib.recovery.set_aside_as.exists()


def corrupt_index(db: Path) -> None:
    """Garble the search index's files in place (the library file stays sound)."""
    folder = db.with_name(db.name + ".index")
    for f in sorted(folder.iterdir()):
        if f.suffix in (".idx", ".term", ".pos", ".fast"):
            size = f.stat().st_size
            with f.open("r+b") as fh:
                fh.seek(size // 4)
                fh.write(os.urandom(size // 2))


def test_a_damaged_index_is_made_again_from_the_library(tmp_path: Path) -> None:
    """The library file is sound: the index is made again from its rows, every
    page and mark kept, and the user told."""
    _, db = build(tmp_path)
    with Library.open(db) as lib:
        want = {q: lib.search(q, limit=1000).total for q in ("半导体", "的", "春节 -人民")}
        hit = lib.search("半导体").hits[0]
        lib.set_starred(hit.path, hit.index)
        pages = lib.counts()
    corrupt_index(db)
    with Library.open(db, thorough=True) as lib:
        assert lib.recovery is None and lib.index_damage is not None
        assert lib.counts() == pages
        assert {q: lib.search(q, limit=1000).total for q in want} == want
        assert lib.is_starred(hit.path, hit.index)
        consistent(lib)


def test_damage_met_while_searching_is_mended(tmp_path: Path) -> None:
    _, db = build(tmp_path)
    with Library.open(db) as lib:
        want = {q: lib.search(q, limit=1000).total for q in ("的", "半导体", "人民", "发展")}
    corrupt_index(db)
    with Library.open(db) as lib:
        assert {q: lib.search(q, limit=1000).total for q in want} == want
        assert lib.index_damage is not None
        consistent(lib)


def test_a_damage_report_on_a_sound_library_sets_nothing_aside(tmp_path: Path) -> None:
    _, db = build(tmp_path)
    with Library.reopen_damaged(db, "a search said so") as lib:
        assert lib.recovery is None
    assert [p.name for p in tmp_path.glob("*.damaged-*")] == []


def test_a_library_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    _, db = build(tmp_path, 1)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="newer"):
        Library.open(db)
    assert db.exists()
