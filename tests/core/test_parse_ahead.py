"""Pages parsed ahead in other processes: the same library as parsing them in
the indexer, a page changed since it was parsed read again, and nothing left
running when the indexer is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.library import index as library_index
from reader.core.library import parseahead
from reader.core.library.facade import Library
from reader.core.library.parseahead import ParseAhead, Parsed, parse_file
from tests.core.test_library_index import consistent, write_pages


def articles_of(lib: Library) -> list[tuple[str, int, str]]:
    rows = lib.connection().execute(
        "SELECT p.path, a.idx, a.key FROM articles a JOIN pages p ON p.id = a.page_id "
        "ORDER BY p.path, a.idx").fetchall()
    return [(str(p), int(i), str(k)) for p, i, k in rows]


def test_pages_parsed_ahead_make_the_same_library(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(library_index, "parse_workers", lambda files: 1)  # even on one core
    taken: list[Parsed | None] = []
    take = ParseAhead.take

    def counted(self: ParseAhead, path: Path) -> Parsed | None:
        taken.append(take(self, path))
        return taken[-1]

    monkeypatch.setattr(ParseAhead, "take", counted)
    folder = tmp_path / "pages"
    write_pages(folder, parseahead.MIN_FILES + 12, articles=4)
    (folder / "2019-02-01" / "broken.txt").write_bytes(b"\x00\x01" * 100)  # binary: refused
    with Library.open(tmp_path / "alone.sqlite3") as alone, \
            Library.open(tmp_path / "ahead.sqlite3") as ahead:
        one = alone.indexer().index_paths([folder])
        two = ahead.indexer(parse_workers=1).index_paths([folder])
        assert (two.added, two.articles) == (one.added, one.articles) > (0, 0)
        assert [f for f, _ in two.failed] == [f for f, _ in one.failed] != []
        assert articles_of(ahead) == articles_of(alone)
        assert sum(t is not None for t in taken) == two.added  # each parsed in the other process
        consistent(ahead)
        again = ahead.indexer(parse_workers=1).index_paths([folder])
        assert again.unchanged == two.added and again.added == 0


def test_a_page_changed_after_it_was_parsed_is_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    [page] = write_pages(folder, 1, articles=2)
    stale = parse_file(str(page))
    assert stale is not None
    [other] = write_pages(tmp_path / "other", 1, seed=9, articles=5)
    page.write_bytes(other.read_bytes())
    os.utime(page, ns=(stale.mtime_ns + 10**9, stale.mtime_ns + 10**9))
    fresh = parse_file(str(page))
    assert fresh is not None and fresh.digest != stale.digest
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        indexer = lib.indexer()
        indexer._index_one(page, str(page.resolve()), _Report(), stale)  # type: ignore[arg-type]
        indexer._batch.finish()
        conn = lib.connection()
        assert conn.execute("SELECT hash FROM pages").fetchone()[0] == fresh.digest
        titles = [r[0] for r in conn.execute("SELECT title FROM articles ORDER BY idx")]
        assert titles == [a.title for a in fresh.page.articles]
        consistent(lib)


class _Report:
    added = updated = moved = unchanged = articles = 0

    def __init__(self) -> None:
        self.failed: list[tuple[str, str]] = []


def test_paths_not_wanted_are_not_sent_and_order_is_kept(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "pages", 6)
    with ParseAhead(pages, 1, wanted=lambda p: p.name != "p002.txt") as ahead:
        got = [ahead.take(p) for p in pages]
    assert got[2] is None
    assert all(isinstance(g, Parsed) for i, g in enumerate(got) if i != 2)
    assert [g.page.path for g in got if g is not None] == \
        [str(p) for i, p in enumerate(pages) if i != 2]


def _processes_with(mark: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if mark.encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def test_a_killed_indexer_leaves_no_parsing_process(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    write_pages(folder, 400, articles=6)
    mark = f"DUBAO_TEST_MARK={os.getpid()}_{time.monotonic_ns()}"
    env = {**os.environ, mark.split("=")[0]: mark.split("=")[1],
           "DUBAO_HOME": str(tmp_path / "home")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "index", "--quiet", "--jobs", "1",
         "--db", str(tmp_path / "lib.sqlite3"), str(folder)], env=env)
    deadline = time.monotonic() + 30
    while len(_processes_with(mark)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)  # the indexer and its parsing process(es)
    assert len(_processes_with(mark)) >= 2, "no parsing process was started"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 20
    while _processes_with(mark) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_with(mark) == []
