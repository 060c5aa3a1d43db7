"""The user's own library is told from any other without asking platformdirs
where it is, and never mistaken for another."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.paths import LIBRARY_FILE_NAME, default_library_path, may_be_default_library


@pytest.mark.parametrize("home", [True, False])
def test_the_default_library_may_be_the_default(home: bool,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    if not home:  # where platformdirs puts it
        monkeypatch.delenv("DUBAO_HOME", raising=False)
    assert may_be_default_library(default_library_path())
    assert may_be_default_library(default_library_path().parent / "x" / ".." / LIBRARY_FILE_NAME)


def test_other_files_are_not(tmp_path: Path) -> None:
    assert not may_be_default_library(tmp_path / LIBRARY_FILE_NAME)
    assert not may_be_default_library(default_library_path().with_name("other.sqlite3"))
    assert not may_be_default_library(default_library_path() / "..")
