"""Item 7: a FIFO (or another file that is not a regular file) named like a
page never blocks a command or the window: it is skipped with a message, the
other pages are read, no lock is held meanwhile.  A pipe someone writes a page
into (``parse <(…)``) is still read."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.text import decode
from tests.core.newspages import write_news_pages
from tests.faults.conftest import Cli, Result

#: Longer than any command here may take; an old reader blocks for ever.
PATIENCE_S = 8.0


@pytest.fixture(autouse=True)
def short_pipe_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode, "PIPE_WAIT_S", 0.3, raising=False)


@pytest.fixture
def folder(tmp_path: Path) -> tuple[Path, Path]:
    pages = tmp_path / "pages"
    write_news_pages(pages, 3)
    fifo = pages / "2019-02-01" / "zz-pipe.txt"
    os.mkfifo(fifo)
    return pages, fifo


def within(fifo: Path, run: Callable[[], Result]) -> tuple[Result, float]:
    """Run a command; if it is still blocked after :data:`PATIENCE_S`, unblock it
    (open the FIFO for writing, then close it) and fail."""
    box: list[Result] = []
    start = time.monotonic()
    worker = threading.Thread(target=lambda: box.append(run()), daemon=True)
    worker.start()
    worker.join(PATIENCE_S)
    if worker.is_alive():
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        worker.join(PATIENCE_S)
        pytest.fail(f"blocked on the FIFO {fifo.name} for more than {PATIENCE_S} s")
    return box[0], time.monotonic() - start


@pytest.mark.parametrize("command", [
    ("parse", "FIFO"), ("parse", "--json", "FIFO"), ("convert", "--config", "s2t", "FIFO"),
    ("keywords", "FIFO"), ("export", "--page", "FIFO", "--format", "md"),
    ("index", "--quiet", "FIFO"),
])
def test_a_fifo_given_by_name_is_refused_promptly(cli: Cli, folder: tuple[Path, Path],
                                                  command: tuple[str, ...]) -> None:
    _, fifo = folder
    args = [str(fifo) if a == "FIFO" else a for a in command]
    r, took = within(fifo, lambda: cli(*args))
    assert r.status == 2, r.err
    assert "not a regular file" in r.err or "nothing was written" in r.err, r.err
    assert took < 5


@pytest.mark.parametrize("command", [("parse", "PAGES"), ("keywords", "PAGES"),
                                     ("index", "--quiet", "--json", "PAGES")])
def test_a_fifo_in_a_folder_is_skipped_and_the_rest_read(cli: Cli, folder: tuple[Path, Path],
                                                         command: tuple[str, ...]) -> None:
    pages, fifo = folder
    if command[0] == "parse":
        args = ["parse", *map(str, sorted(pages.rglob("*.txt")))]
    else:
        args = [str(pages) if a == "PAGES" else a for a in command]
    r, took = within(fifo, lambda: cli(*args))
    assert r.status == 2
    assert fifo.name in r.err and "Traceback" not in r.err
    assert r.out.count(" articles)") == 3 or '"added": 3' in r.out, r.out
    assert took < 5


def test_indexing_holds_no_lock_on_a_fifo(cli: Cli, folder: tuple[Path, Path],
                                          tmp_path: Path) -> None:
    pages, fifo = folder
    db = tmp_path / "lib.db"
    assert cli("index", "--quiet", "--db", db, pages / "2019-02-02").status == 0
    r, _ = within(fifo, lambda: cli("index", "--quiet", "--db", db, pages))
    assert r.status == 2
    assert cli("starred", "--db", db).status == 0


def test_a_pipe_with_a_page_written_into_it_is_read(cli: Cli, tmp_path: Path) -> None:
    """As ``parse <(unzip -p paper.zip p01.txt)`` gives it."""
    text = (write_news_pages(tmp_path / "src", 1)[0]).read_bytes()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def writer() -> None:
        with open(fifo, "wb") as fh:
            for i in range(0, len(text), 100):
                fh.write(text[i: i + 100])
                fh.flush()
                time.sleep(0.01)

    t = threading.Thread(target=writer, daemon=True)
    t.start()
    r, _ = within(fifo, lambda: cli("parse", "--json", fifo))
    t.join(5)
    assert r.status == 0, r.err
    assert "本版0" in r.out


def test_the_window_opens_the_other_pages_of_a_folder_with_a_fifo(
        folder: tuple[Path, Path]) -> None:
    from reader.core.opening import open_paths

    pages, fifo = folder
    box: list[object] = []
    t = threading.Thread(target=lambda: box.append(open_paths([str(pages)])), daemon=True)
    t.start()
    t.join(PATIENCE_S)
    if t.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("the window's worker blocked on a FIFO")
    opened = box[0]
    assert len(opened.pages) == 3  # type: ignore[attr-defined]
    assert [getattr(p, "path", "") for p in opened.problems] == [str(fifo)]  # type: ignore[attr-defined]
