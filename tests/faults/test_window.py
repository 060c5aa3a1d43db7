"""Items 1, 2 and 9 in the window: a healthy library is never set aside (full
disk, read-only folder, lock, a damage report that does not hold up); a
damaged one is rebuilt with its marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library.facade import Library, LibraryDamagedError
from reader.ui.library import LibraryState
from tests.faults.conftest import Built
from tests.faults.inject import (
    Faults,
    damage_index,
    digest,
    drop_table,
    exclusive_lock,
    garbage_header,
    marks,
    set_aside_files,
    settle,
)
from tests.ui.conftest import wait_idle


def starred_titles(db: Path) -> set[str]:
    from tests.faults.inject import read_only

    conn = read_only(db)
    try:
        return {r[0] for r in conn.execute("SELECT title FROM reading WHERE starred_at IS NOT NULL")}
    finally:
        conn.close()


def settled_window(make_reader, qtbot):
    r = make_reader(library=True)
    keeper = r.services.library
    qtbot.waitUntil(lambda: keeper.state is not LibraryState.OPENING, timeout=10_000)
    wait_idle(qtbot, r)
    return r, keeper


@pytest.mark.parametrize("fault", ["disk full", "read-only folder"])
def test_the_window_reads_a_library_it_cannot_write_and_sets_nothing_aside(
        default_built: Built, make_reader, qtbot, faults: Faults, fault: str) -> None:
    settle(default_built.db)
    before = digest(default_built.db)
    if fault == "disk full":
        faults.disk_full(default_built.db.parent)
    else:
        faults.make_read_only(default_built.db.parent)
    r, keeper = settled_window(make_reader, qtbot)
    assert keeper.state is LibraryState.READY
    assert keeper.lib is not None
    assert {s.title for s in keeper.lib.starred()} == starred_titles(default_built.db)
    text = r.window.error_bar.label.text()
    assert ("full" if fault == "disk full" else "read-only") in text
    assert "damaged" not in text
    assert set_aside_files(default_built.db) == []
    assert digest(default_built.db) == before


def test_the_window_says_the_library_is_locked_and_sets_nothing_aside(
        default_built: Built, make_reader, qtbot) -> None:
    settle(default_built.db)
    before = digest(default_built.db)
    with exclusive_lock(default_built.db):
        r, keeper = settled_window(make_reader, qtbot)
        assert keeper.state is LibraryState.UNAVAILABLE
        assert "locked" in r.window.error_bar.label.text()
    assert set_aside_files(default_built.db) == []
    assert digest(default_built.db) == before


def test_a_damage_report_on_a_healthy_library_sets_nothing_aside(
        default_built: Built, make_reader, qtbot) -> None:
    r, keeper = settled_window(make_reader, qtbot)
    assert keeper.lib is not None

    class Broken:
        """A search that reports damage (or a lock misread as damage)."""

        def search(self, query, limit=20, offset=0):
            raise LibraryDamagedError("the library is damaged: database is locked")

    keeper.search.library = Broken()
    keeper.search.search("半导体")
    qtbot.waitUntil(lambda: keeper.state is LibraryState.READY
                    and isinstance(keeper.search.library, Library), timeout=10_000)
    wait_idle(qtbot, r)
    assert set_aside_files(default_built.db) == []
    assert marks(default_built.db) == default_built.marks


@pytest.mark.parametrize("damage", [garbage_header, lambda db: drop_table(db, "reading")],
                         ids=["garbage header", "marks table missing"])
def test_a_damaged_library_is_rebuilt_with_its_marks_at_start_up(
        default_built: Built, make_reader, qtbot, damage) -> None:
    """Damage the opening check finds (the header, a table the library must
    have): set aside at start-up, every mark carried over (from the file, or
    from the marks file when the file has lost them)."""
    want = starred_titles(default_built.db)
    damage(default_built.db)
    r, keeper = settled_window(make_reader, qtbot)
    assert keeper.state is LibraryState.READY and keeper.lib is not None
    assert "damaged" in r.window.error_bar.label.text()
    assert len(set_aside_files(default_built.db)) == 1
    assert {s.title for s in keeper.lib.starred()} == want
    assert marks(default_built.db) == default_built.marks


def test_damage_a_search_meets_is_repaired_with_the_marks(
        default_built: Built, make_reader, qtbot) -> None:
    """Damage only reading finds (the search index's files): the index is made
    again from the library, the user told once; the library file is not set
    aside, no mark is lost, and the search answers from the library."""
    from PySide6.QtCore import Qt

    from tests.ui.conftest import ime_type

    want = starred_titles(default_built.db)
    damage_index(default_built.db)
    r, keeper = settled_window(make_reader, qtbot)
    w = r.window
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    ime_type(w.search_bar.field, "本版")
    qtbot.waitUntil(lambda: "search index" in w.error_bar.label.text(), timeout=20_000)
    said = w.error_bar.label.text()
    assert "damaged" in said and "nothing was lost" in said
    wait_idle(qtbot, r)
    assert keeper.state is LibraryState.READY and keeper.lib is not None
    assert set_aside_files(default_built.db) == []
    assert {s.title for s in keeper.lib.starred()} == want
    assert marks(default_built.db) == default_built.marks
    assert keeper.lib.index_problem() is None  # made again whole
