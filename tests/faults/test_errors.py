"""Item 13: what goes wrong outside the reader is said in one clear line with
exit status 2, never as a raw internal error: a symlink loop, a folder that
cannot be read (nor silently taken for an empty one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.newspages import write_news_pages
from tests.faults.conftest import Built, Cli
from tests.faults.inject import Faults, marks


def test_a_symlink_loop_in_a_folder_is_reported_and_the_rest_indexed(cli: Cli,
                                                                     tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    write_news_pages(folder, 2)
    loop = folder / "loop.txt"
    loop.symlink_to(loop)
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    r = cli("index", "--quiet", "--json", folder)
    assert r.status == 2
    assert json.loads(r.out)["added"] == 2
    assert "loop.txt" in r.err and "a.txt" in r.err
    assert "symbolic links" in r.err and "Traceback" not in r.err and "unexpected" not in r.err


@pytest.mark.parametrize("command", [("mark", "LOOP", "0", "--star"), ("index", "--quiet", "LOOP"),
                                     ("parse", "LOOP"), ("export", "--page", "LOOP", "--format", "md")])
def test_a_symlink_loop_given_by_name_is_a_usage_error(built: Built, cli: Cli,
                                                       command: tuple[str, ...]) -> None:
    loop = built.folder / "loop.txt"
    loop.symlink_to(loop)
    extra = ("--db", str(built.db)) if command[0] in ("mark", "index") else ()
    r = cli(*[str(loop) if a == "LOOP" else a for a in command], *extra)
    assert r.status == 2, r.err
    assert r.err.startswith("reader: ") and r.err.count("\n") == 1
    assert "loop.txt" in r.err and "symbolic links" in r.err
    assert marks(built.db) == built.marks


@pytest.mark.parametrize("command", [("index", "--quiet"), ("keywords",)])
def test_an_unreadable_folder_is_said_not_taken_for_empty(cli: Cli, faults: Faults,
                                                          tmp_path: Path,
                                                          command: tuple[str, ...]) -> None:
    folder = tmp_path / "pages"
    write_news_pages(folder, 2)
    faults.make_unreadable(folder)
    r = cli(*command, folder)
    assert r.status == 2
    assert r.err.startswith("reader: ") and str(folder) in r.err
    assert "permission denied" in r.err and "Traceback" not in r.err


def test_the_window_says_a_folder_cannot_be_read(faults: Faults, tmp_path: Path) -> None:
    from reader.core.opening import open_paths

    folder = tmp_path / "pages"
    write_news_pages(folder, 2)
    faults.make_unreadable(folder / "2019-02-01")
    opened = open_paths([str(folder)])
    assert len(opened.pages) == 0
    assert [getattr(p, "path", "") for p in opened.problems] == [str(folder / "2019-02-01")]
