"""Item 3: ``export --out`` never writes over a library, whichever library the
export reads (or none)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.paths import default_library_path
from tests.faults.conftest import Built, Cli, build_library
from tests.faults.inject import digest, marks, settle


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_export_of_a_page_never_overwrites_the_default_library(
        default_built: Built, cli: Cli, suffix: str) -> None:
    settle(default_built.db)
    target = default_built.db.with_name(default_built.db.name + suffix)
    if suffix:
        target.write_bytes(b"")   # a window has the library open
    before = digest(target)
    r = cli("export", "--page", default_built.pages[0], "--format", "md", "--out", target)
    assert r.status == 2 and "refusing" in r.err and "library" in r.err, r.err
    assert digest(target) == before
    assert marks(default_built.db) == default_built.marks


def test_export_from_another_library_never_overwrites_the_default_one(
        default_built: Built, cli: Cli, tmp_path: Path) -> None:
    other = build_library(cli, tmp_path / "other" / "lib.db", tmp_path / "other-pages")
    settle(default_built.db)
    before = digest(default_built.db)
    r = cli("export", "--starred", "--db", other.db, "--format", "json",
            "--out", default_library_path())
    assert r.status == 2 and "refusing" in r.err, r.err
    assert digest(default_built.db) == before


def test_export_never_overwrites_any_library(built: Built, cli: Cli, tmp_path: Path) -> None:
    settle(built.db)
    before = digest(built.db)
    link = tmp_path / "innocent.md"
    link.symlink_to(built.db)
    for out in (built.db, link):
        r = cli("export", "--page", built.pages[1], "--format", "md", "--out", out)
        assert r.status == 2 and "refusing" in r.err, r.err
    assert digest(built.db) == before
    # An ordinary file is written as before.
    fine = tmp_path / "out.md"
    assert cli("export", "--page", built.pages[1], "--format", "md", "--out", fine).status == 0
    assert fine.read_text(encoding="utf-8")
