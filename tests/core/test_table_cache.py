"""The cache file format of big word tables: round trips, damage, atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text.table_cache import read_parts, table_path, write_parts

PARTS = [b"trie bytes \x00\xff", b"", "开发区\n半导体".encode(), bytes(range(256)) * 3]
EXTRA = (42, {"开发区": "n"})


def _read(path: Path, key: str) -> tuple[list[bytes], object] | None:
    stored = read_parts(path, key)
    return None if stored is None else ([bytes(p) for p in stored[0]], stored[1])


def test_parts_and_their_extra_value_round_trip(tmp_path: Path) -> None:
    path = table_path(tmp_path, "words", "k1")
    assert write_parts(path, "k1", PARTS, EXTRA)
    assert _read(path, "k1") == (PARTS, EXTRA)


def test_the_wrong_key_or_a_missing_file_is_refused(tmp_path: Path) -> None:
    path = table_path(tmp_path, "words", "k1")
    write_parts(path, "k1", PARTS)
    assert read_parts(path, "k2") is None
    assert read_parts(tmp_path / "missing.table", "k1") is None


def test_every_truncation_is_refused(tmp_path: Path) -> None:
    path = table_path(tmp_path, "words", "k")
    write_parts(path, "k", PARTS, EXTRA)
    data = path.read_bytes()
    for size in range(len(data)):
        path.write_bytes(data[:size])
        assert read_parts(path, "k") is None, size
    path.write_bytes(data + b"\0")
    assert read_parts(path, "k") is None


def test_every_changed_byte_is_refused(tmp_path: Path) -> None:
    path = table_path(tmp_path, "words", "k")
    write_parts(path, "k", PARTS, EXTRA)
    data = path.read_bytes()
    for i in range(len(data)):
        path.write_bytes(data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1 :])
        assert read_parts(path, "k") is None, i


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = table_path(tmp_path, "words", "k")
    assert write_parts(path, "k", PARTS)
    before = path.read_bytes()

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    assert not write_parts(path, "k", [b"other"])
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
    assert path.read_bytes() == before


def test_writing_removes_the_same_tables_built_for_other_keys(tmp_path: Path) -> None:
    old = table_path(tmp_path, "words", "old")
    other = table_path(tmp_path, "idf", "old")
    write_parts(old, "old", PARTS)
    write_parts(other, "old", [b"x"])
    new = table_path(tmp_path, "words", "new")
    write_parts(new, "new", PARTS)
    assert not old.exists()
    assert other.exists()
    assert new.exists()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.binary(max_size=64), max_size=8),
       st.tuples(st.integers(), st.dictionaries(st.text(max_size=4), st.text(max_size=4))))
def test_any_parts_round_trip(parts: list[bytes], extra: tuple[int, dict[str, str]]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = table_path(Path(tmp), "words", "k")
        assert write_parts(path, "k", parts, extra)
        assert _read(path, "k") == (parts, extra)
