"""A small library with read and star marks to do harm to, and the command line
run in-process with its output captured as bytes (it must be valid UTF-8)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.library import store
from tests.core.newspages import write_news_pages
from tests.faults.inject import Faults, marks, page_paths
from tests.ui.conftest import engine, engine_cache, make_reader

__all__ = ["engine", "engine_cache", "make_reader"]   # fixtures for the window's tests


@dataclass
class Result:
    status: int
    out: str
    err: str


Cli = Callable[..., Result]


@pytest.fixture
def faults(monkeypatch: pytest.MonkeyPatch) -> Faults:
    return Faults(monkeypatch)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "home"
    monkeypatch.setenv("DUBAO_HOME", str(h))
    return h


@pytest.fixture(autouse=True)
def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lock is given up on after a moment, not 30 s."""
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 300)


@pytest.fixture
def cli(capsysbinary: pytest.CaptureFixture[bytes], home: Path) -> Cli:
    def run(*args: str | Path) -> Result:
        capsysbinary.readouterr()
        try:
            status = main([str(a) if isinstance(a, Path) else a for a in args])
        except SystemExit as exc:
            status = int(exc.code or 0)
        got = capsysbinary.readouterr()
        # Whatever a command prints is valid UTF-8.
        return Result(status, got.out.decode("utf-8"), got.err.decode("utf-8"))
    return run


@dataclass
class Built:
    """A library file with pages and marks, and what it held before any harm."""

    db: Path
    folder: Path
    pages: list[Path]
    marks: set[tuple[str, bool, bool]]
    page_paths: set[str]


#: (page number, article index, flags) of the marks the library is given.
MARKS = ((0, 0, ("--read", "--star")), (0, 1, ("--read",)), (1, 2, ("--star",)),
         (2, 0, ("--read",)), (4, 3, ("--star", "--unread")))


def build_library(cli: Cli, db: Path, folder: Path, n: int = 6) -> Built:
    pages = write_news_pages(folder, n)
    assert cli("index", "--quiet", "--db", db, folder).status == 0
    for page, index, flags in MARKS:
        assert cli("mark", "--db", db, pages[page], str(index), *flags).status == 0
    held = marks(db)
    assert len(held) == len(MARKS)
    return Built(db, folder, pages, held, page_paths(db))


@pytest.fixture
def built(cli: Cli, tmp_path: Path) -> Built:
    return build_library(cli, tmp_path / "lib" / "library.sqlite3", tmp_path / "pages")


@pytest.fixture
def default_built(cli: Cli, home: Path, tmp_path: Path) -> Built:
    """The same, in the user's default library (no ``--db``)."""
    from reader.core.paths import default_library_path

    return build_library(cli, default_library_path(), tmp_path / "pages")
