"""Items 1 and 12: a library in a folder the user cannot write (a read-only
share, a colleague's archive) can be read by every reading command; writing
ones say it is read-only; nothing is renamed, created or set aside."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.faults.conftest import Built, Cli
from tests.faults.inject import Faults, digest, marks, set_aside_files, settle


def listing(folder: Path) -> dict[str, str]:
    """Every file under *folder* (the search index's folder too) and its digest."""
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*"))
            if p.is_file()}


@pytest.mark.parametrize("command", [
    ("starred", "--json"), ("unread", "--json"), ("search", "--json", "本版"),
    ("trends", "--json", "记者"), ("export", "--starred", "--format", "json"),
    ("export", "--search", "本版", "--format", "json"),
])
def test_reading_commands_read_a_library_in_a_read_only_folder(
        built: Built, cli: Cli, faults: Faults, command: tuple[str, ...]) -> None:
    settle(built.db)
    before = listing(built.db.parent)
    faults.make_read_only(built.db.parent)
    r = cli(*command, "--db", built.db)
    assert r.status == 0, r.err
    assert r.err == ""
    assert json.loads(r.out)
    assert listing(built.db.parent) == before


def test_what_is_read_from_a_read_only_library_is_all_there(
        built: Built, cli: Cli, faults: Faults) -> None:
    settle(built.db)
    faults.make_read_only(built.db.parent)
    starred = json.loads(cli("starred", "--json", "--db", built.db).out)["starred"]
    assert len(starred) == sum(1 for _, _, s in built.marks if s)
    pages = json.loads(cli("unread", "--json", "--db", built.db).out)["pages"]
    assert {p["path"] for p in pages} == {str(p.resolve()) for p in built.pages}


@pytest.mark.parametrize("command", [
    ("mark", "PAGE", "0", "--star"), ("index", "--quiet"), ("index", "--quiet", "PAGE"),
])
def test_writing_commands_say_the_library_is_read_only(
        built: Built, cli: Cli, faults: Faults, command: tuple[str, ...]) -> None:
    settle(built.db)
    before = listing(built.db.parent)
    faults.make_read_only(built.db.parent)
    args = [str(built.pages[5]) if a == "PAGE" else a for a in command]
    r = cli(*args, "--db", built.db)
    assert r.status == 2, r.err
    assert r.err.startswith("reader: ") and r.err.count("\n") == 1
    assert "read-only" in r.err and "damaged" not in r.err
    assert "Traceback" not in r.err and "Permission" not in r.err
    assert listing(built.db.parent) == before
    assert set_aside_files(built.db) == []
    faults.clear()
    assert marks(built.db) == built.marks


def test_a_read_only_library_without_its_search_index_is_read_around(
        built: Built, cli: Cli, faults: Faults) -> None:
    """A library copied without its index folder onto a share the user cannot
    write: the index cannot be made again there, so searches read the library
    itself (the same answers), the user is told once a command, and nothing
    is created."""
    import shutil

    want = json.loads(cli("search", "--json", "--db", built.db, "本版").out)["total"]
    shutil.rmtree(built.db.with_name(built.db.name + ".index"))
    settle(built.db)
    before = listing(built.db.parent)
    faults.make_read_only(built.db.parent)
    r = cli("search", "--json", "--db", built.db, "本版")
    assert r.status == 0, r.err
    assert json.loads(r.out)["total"] == want > 0
    assert r.err.startswith("reader: ") and r.err.count("\n") == 1
    assert "search index" in r.err and "cannot be used" in r.err and "read-only" in r.err
    assert listing(built.db.parent) == before
    faults.clear()
    r = cli("search", "--json", "--db", built.db, "本版")  # writable again: made again
    assert r.status == 0 and json.loads(r.out)["total"] == want
    assert built.db.with_name(built.db.name + ".index").is_dir()
