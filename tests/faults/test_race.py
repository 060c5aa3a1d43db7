"""Item 9: many copies of the reader opening a library that does not exist yet
all get the same, sound library: none is told it is damaged or locked, none
sets it aside.  (bench/faults.py runs the same race between processes.)"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reader.core.library import store
from reader.core.library.facade import Library
from tests.faults.inject import set_aside_files

OPENERS = 6
TRIALS = 60


@pytest.fixture(autouse=True)
def real_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Openers wait for each other as long as the app does (on a loaded
    machine a writer may well take longer than the other tests' 0.3 s)."""
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 30_000)


def race(db: Path) -> list[str]:
    """Open *db* from :data:`OPENERS` threads at once; what went wrong."""
    start = threading.Barrier(OPENERS)
    problems: list[str] = []

    def open_it() -> None:
        start.wait()
        try:
            with Library.open(db) as lib:
                if lib.recovery is not None:
                    problems.append(f"set aside: {lib.recovery.reason}")
                lib.counts()
        except Exception as err:
            problems.append(repr(err))

    threads = [threading.Thread(target=open_it) for _ in range(OPENERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return problems


def test_concurrent_first_opens_never_fail(tmp_path: Path) -> None:
    failed: list[str] = []
    for trial in range(TRIALS):
        db = tmp_path / f"t{trial}" / "library.sqlite3"
        failed += race(db)
        assert set_aside_files(db) == []
    assert failed == []


def test_concurrent_opens_of_an_old_library_never_fail(tmp_path: Path) -> None:
    """A library made before the application id existed is stamped once, by
    whichever opener gets there first."""
    import sqlite3

    failed: list[str] = []
    for trial in range(10):
        db = tmp_path / f"t{trial}" / "library.sqlite3"
        with Library.open(db):
            pass
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA application_id = 0")
        conn.commit()
        conn.close()
        failed += race(db)
    assert failed == []


def test_markers_written_at_once_by_many_openers_all_land(tmp_path: Path) -> None:
    """Openers of one library write the index marker and the saved fold
    table at the same moment; none may move another's half-written file
    away (each used to write through the same scratch name)."""
    from reader.core.library import indexmarker

    errors: list[str] = []
    start = threading.Barrier(4)

    def save_often(n: int) -> None:
        start.wait()
        for i in range(150):
            try:
                indexmarker._save(tmp_path, {"writer": n, "round": i})
            except OSError as err:
                errors.append(repr(err))

    threads = [threading.Thread(target=save_often, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    marker = indexmarker.read_marker(tmp_path)
    assert marker is not None and marker["round"] == 149
    assert [p.name for p in tmp_path.iterdir()] == [indexmarker.MARKER]
