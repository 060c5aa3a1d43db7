"""Items 1 and 12: a lock is a lock.  A library another program holds is
reported as locked (never as damaged, never set aside); reading commands take
no write lock, so they answer at once while another copy of the reader writes.
"""

from __future__ import annotations

import json
import time

import pytest

from reader.core.library import store
from tests.faults.conftest import Built, Cli
from tests.faults.inject import digest, exclusive_lock, marks, set_aside_files, settle, writing


@pytest.mark.parametrize("command", [
    ("starred",), ("unread",), ("search", "本版"), ("mark", "PAGE", "0", "--star"),
    ("index", "--quiet"), ("export", "--starred", "--format", "md"),
])
def test_a_library_held_by_another_program_is_locked_not_damaged(
        built: Built, cli: Cli, command: tuple[str, ...]) -> None:
    settle(built.db)
    before = digest(built.db)
    args = [str(built.pages[5]) if a == "PAGE" else a for a in command]
    with exclusive_lock(built.db):
        r = cli(*args, "--db", built.db)
    assert r.status == 2, r.err
    assert r.err.startswith("reader: ") and r.err.count("\n") == 1
    assert "locked" in r.err and "damaged" not in r.err
    assert set_aside_files(built.db) == []
    assert digest(built.db) == before
    assert marks(built.db) == built.marks


@pytest.mark.parametrize("command", [
    ("starred", "--json"), ("unread", "--json"), ("search", "--json", "本版"),
    ("trends", "--json", "记者"), ("export", "--starred", "--format", "json"),
])
def test_reading_commands_answer_at_once_while_another_copy_writes(
        built: Built, cli: Cli, monkeypatch: pytest.MonkeyPatch,
        command: tuple[str, ...]) -> None:
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 5000)
    with writing(built.db):
        start = time.monotonic()
        r = cli(*command, "--db", built.db)
        took = time.monotonic() - start
    assert r.status == 0, r.err
    assert r.err == ""
    json.loads(r.out)
    assert took < 2.0, f"waited {took:.1f} s for a lock it does not need"


def test_a_writing_command_waits_for_the_other_writer_then_says_locked(
        built: Built, cli: Cli) -> None:
    with writing(built.db):
        r = cli("mark", "--db", built.db, built.pages[5], "0", "--star")
    assert r.status == 2 and "locked" in r.err and "damaged" not in r.err, r.err
    assert cli("mark", "--db", built.db, built.pages[5], "0", "--star").status == 0
    assert set_aside_files(built.db) == []
