"""Item 4 (and 13): a page counts as deleted only when its file is gone from a
folder that is there and can be read.  An unreadable subfolder, or a drive
that is not mounted, keeps its pages (and their marks) and is reported."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.faults.conftest import Built, Cli
from tests.faults.inject import Faults, marks, page_paths


def summary(out: str) -> dict[str, object]:
    return dict(json.loads(out))


def test_an_unreadable_subfolder_is_reported_and_its_pages_kept(
        built: Built, cli: Cli, faults: Faults) -> None:
    sub = built.pages[0].parent          # two of the six pages are in it
    inside = [p for p in built.pages if p.parent == sub]
    assert len(inside) == 2
    faults.make_unreadable(sub)
    r = cli("index", "--quiet", "--json", "--db", built.db, built.folder)
    s = summary(r.out)
    assert s["removed"] == 0
    assert r.status == 2
    assert str(sub) in r.err and "permission denied" in r.err
    assert "Traceback" not in r.err
    faults.clear()
    assert page_paths(built.db) == built.page_paths
    assert marks(built.db) == built.marks


def test_checking_the_library_keeps_pages_it_cannot_look_at(
        built: Built, cli: Cli, faults: Faults) -> None:
    faults.make_unreadable(built.pages[0].parent)
    r = cli("index", "--quiet", "--json", "--db", built.db)
    assert summary(r.out)["removed"] == 0, r.err
    assert "permission denied" in r.err
    faults.clear()
    assert page_paths(built.db) == built.page_paths
    assert marks(built.db) == built.marks


def unmount(drive: Path, tmp_path: Path) -> Path:
    """The drive's files vanish; its mount point stays, empty."""
    away = tmp_path / "elsewhere"
    shutil.move(str(drive), str(away))
    drive.mkdir()
    return away


def test_an_unmounted_drive_keeps_its_pages(built: Built, cli: Cli, tmp_path: Path) -> None:
    away = unmount(built.folder, tmp_path)
    for args in (("index", "--quiet", "--json"),
                 ("index", "--quiet", "--json", str(built.folder)),
                 ("index", "--quiet", "--json", str(built.pages[0].parent))):
        r = cli(*args, "--db", built.db)
        assert summary(r.out)["removed"] == 0, (args, r.err)
        assert r.status == 2 and r.err
    assert page_paths(built.db) == built.page_paths
    # Mounted again: every page is there, nothing to do.
    shutil.rmtree(built.folder)
    shutil.move(str(away), str(built.folder))
    r = cli("index", "--quiet", "--json", "--db", built.db)
    assert r.status == 0 and summary(r.out)["unchanged"] == len(built.pages)
    assert marks(built.db) == built.marks


def test_files_really_deleted_are_still_dropped(built: Built, cli: Cli) -> None:
    built.pages[0].unlink()
    shutil.rmtree(built.pages[5].parent)
    r = cli("index", "--quiet", "--json", "--db", built.db, built.folder)
    assert r.status == 0, r.err
    gone = 1 + sum(1 for p in built.pages if p.parent == built.pages[5].parent)
    assert summary(r.out)["removed"] == gone
    assert len(page_paths(built.db)) == len(built.pages) - gone
