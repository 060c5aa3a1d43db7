"""Item 1 (and 13): a full disk is a full disk, not a damaged library.

Reading commands keep working (a WAL library can be read without its
shared-memory file when nothing waits in its log); writing ones say the disk
is full and change nothing; nothing is set aside, however often it is tried;
once there is space again everything is there.
"""

from __future__ import annotations

import json

from tests.core.newspages import write_news_pages
from tests.faults.conftest import Built, Cli
from tests.faults.inject import (
    Faults,
    digest,
    marks,
    page_paths,
    read_only,
    set_aside_files,
    settle,
)


def test_reading_commands_work_on_a_full_disk(built: Built, cli: Cli, faults: Faults) -> None:
    settle(built.db)
    before = digest(built.db)
    faults.disk_full(built.db.parent)
    r = cli("starred", "--json", "--db", built.db)
    assert r.status == 0, r.err
    assert len(json.loads(r.out)["starred"]) == sum(s for _, _, s in built.marks)
    assert cli("unread", "--db", built.db).status == 0
    assert cli("search", "--db", built.db, "本版").status == 0
    assert cli("export", "--starred", "--format", "md", "--db", built.db).status == 0
    assert set_aside_files(built.db) == []
    assert digest(built.db) == before


def test_writing_commands_say_the_disk_is_full_and_change_nothing(
        built: Built, cli: Cli, faults: Faults, tmp_path) -> None:
    settle(built.db)
    before = digest(built.db)
    more = write_news_pages(tmp_path / "more", 2, seed=5)
    faults.disk_full(built.db.parent)
    for _ in range(3):   # again and again: never another file
        r = cli("mark", "--db", built.db, built.pages[5], "0", "--star")
        assert r.status == 2, r.err
        assert r.err.startswith("reader: ") and r.err.count("\n") == 1
        assert "full" in r.err and "damaged" not in r.err
        r = cli("index", "--quiet", "--db", built.db, more[0].parent.parent)
        assert r.status == 2 and "full" in r.err and "damaged" not in r.err, r.err
        assert "Traceback" not in r.err and "unexpected" not in r.err
    assert set_aside_files(built.db) == []
    assert digest(built.db) == before
    faults.clear()   # space again
    assert marks(built.db) == built.marks
    assert page_paths(built.db) == built.page_paths
    assert cli("mark", "--db", built.db, built.pages[5], "0", "--star").status == 0
    assert len(marks(built.db)) == len(built.marks) + 1


def test_a_full_disk_while_indexing_keeps_what_was_there(
        built: Built, cli: Cli, faults: Faults, tmp_path) -> None:
    """The disk fills up in the middle of a run: the batch is rolled back, the
    user told in one line (exit 2), the library as it was."""
    more = write_news_pages(tmp_path / "more", 3, seed=9)
    window = read_only(built.db)   # a window holding the library open
    window.execute("SELECT count(*) FROM pages").fetchone()
    faults.disk_full(built.db.parent)
    r = cli("index", "--quiet", "--db", built.db, *more)
    assert r.status == 2 and "full" in r.err, r.err
    assert "Traceback" not in r.err and "unexpected" not in r.err
    faults.clear()
    window.close()
    assert page_paths(built.db) == built.page_paths
    assert marks(built.db) == built.marks
    assert cli("index", "--quiet", "--db", built.db, *more).status == 0
    assert len(page_paths(built.db)) == len(built.page_paths) + 3


def test_a_new_library_on_a_full_disk_is_not_left_half_made(cli: Cli, faults: Faults,
                                                             tmp_path) -> None:
    pages = write_news_pages(tmp_path / "pages", 1)
    db = tmp_path / "lib" / "library.sqlite3"
    db.parent.mkdir()
    faults.disk_full(db.parent)
    r = cli("index", "--quiet", "--db", db, *pages)
    assert r.status == 2 and "full" in r.err, r.err
    faults.clear()
    assert cli("index", "--quiet", "--db", db, *pages).status == 0
    assert set_aside_files(db) == []
