"""Item 5 (and 13): ``--db`` naming anything but a Dubao library is refused
before the file is touched; a mistyped ``--db`` creates nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.faults.conftest import Built, Cli
from tests.faults.inject import digest

READING = [("starred",), ("unread",), ("search", "本版"), ("trends", "本版"),
           ("export", "--starred", "--format", "md"), ("export", "--search", "x", "--format", "md")]
WRITING = [("mark", "PAGE", "0", "--star"), ("index", "--quiet"), ("index", "--quiet", "PAGE")]


def other_apps_database(path: Path, wal: bool = False) -> Path:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('my notes')")
    conn.commit()
    conn.close()
    return path


def plain_database(path: Path) -> Path:
    """Another program's database that sets no application id (most do not)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE pages (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO pages (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    return path


def files(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("make", [other_apps_database, plain_database,
                                  lambda p: other_apps_database(p, wal=True)])
@pytest.mark.parametrize("command", READING + WRITING)
def test_another_programs_database_is_refused_untouched(
        built: Built, cli: Cli, tmp_path: Path, make, command: tuple[str, ...]) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir()
    db = make(folder / "data.sqlite")
    before = files(folder)
    args = [str(built.pages[0]) if a == "PAGE" else a for a in command]
    r = cli(*args, "--db", db)
    assert r.status == 2, r.err
    assert r.err.startswith("reader: ") and r.err.count("\n") == 1
    assert "not a Dubao library" in r.err
    assert files(folder) == before, "not a byte changed, no file added"
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] in (
        ["notes"], ["pages"])
    conn.close()


@pytest.mark.parametrize("command", [*READING, ("mark", "PAGE", "0", "--star")])
def test_a_mistyped_db_creates_nothing(built: Built, cli: Cli, tmp_path: Path,
                                       command: tuple[str, ...]) -> None:
    typo = built.db.with_name("libary.sqlite3")
    before = files(typo.parent)
    args = [str(built.pages[0]) if a == "PAGE" else a for a in command]
    r = cli(*args, "--db", typo)
    assert r.status == 2, r.err
    assert "no library" in r.err and str(typo) in r.err
    assert files(typo.parent) == before


def test_index_makes_a_new_library_where_asked(cli: Cli, built: Built, tmp_path: Path) -> None:
    db = tmp_path / "second" / "library.sqlite3"
    assert cli("index", "--quiet", "--db", db, built.pages[0]).status == 0
    assert cli("starred", "--db", db).status == 0


@pytest.mark.parametrize("command", READING + WRITING)
def test_db_naming_a_folder_is_a_clear_usage_error(cli: Cli, built: Built, tmp_path: Path,
                                                   command: tuple[str, ...]) -> None:
    args = [str(built.pages[0]) if a == "PAGE" else a for a in command]
    r = cli(*args, "--db", tmp_path)
    assert r.status == 2
    assert "is a folder" in r.err and "Errno" not in r.err


@pytest.mark.parametrize("content", [b"hello, these are my notes\n" * 50,
                                     b"SQLite format 3\x00" + b"\x00" * 84])
def test_a_file_that_is_no_library_is_left_alone(cli: Cli, tmp_path: Path,
                                                 content: bytes) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_bytes(content)
    for command in READING + WRITING:
        args = [str(notes) if a == "PAGE" else a for a in command]
        r = cli(*args, "--db", notes)
        assert r.status == 2, (command, r.err)
        assert notes.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["notes.txt"]


def test_an_empty_file_is_no_library_to_read(cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    for command in READING:
        r = cli(*command, "--db", empty)
        assert r.status == 2 and "no library" in r.err, (command, r.err)
    assert empty.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["empty.db"]
