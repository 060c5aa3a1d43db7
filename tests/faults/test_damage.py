"""Items 2 and 10: a damaged library is set aside only when it really is
damaged, and then everything readable is carried over (pages, read and star
marks); damage is handled the same way whichever command meets it.

Each kind of damage is done to a real library file; then the commands a user
runs meet it one after the other, the last one checking the whole file.  In
the end no mark and no page is lost, the damaged file is kept exactly as it
was, and every message says "damaged".
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.faults.conftest import Built, Cli, Result
from tests.faults.inject import (
    damage_index,
    digest,
    drop_table,
    garbage_header,
    marks,
    overwrite,
    page_paths,
    set_aside_files,
    settle,
    truncate,
)

PAGE = 4096

DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated to a half": lambda db: truncate(db, 0.5),
    # (a fifth of this small library, 18 pages since its text is compressed,
    # ends before the page list: test_a_lost_page_list_keeps_every_mark)
    "truncated to a third": lambda db: truncate(db, 0.34),
    "4 KB overwritten at 0": lambda db: overwrite(db, 0),
    "4 KB overwritten at page 2": lambda db: overwrite(db, PAGE),
    "4 KB overwritten at page 4": lambda db: overwrite(db, 3 * PAGE),
    "4 KB overwritten at page 7": lambda db: overwrite(db, 6 * PAGE),
    "4 KB overwritten in the middle": lambda db: overwrite(db, db.stat().st_size // 2 // PAGE * PAGE),
    "4 KB overwritten at the last page": lambda db: overwrite(db, db.stat().st_size - PAGE),
    "4 KB overwritten off a page boundary": lambda db: overwrite(db, 5 * PAGE + 1000),
    "garbage header": garbage_header,
    "reading table missing": lambda db: drop_table(db, "reading"),
    "articles table missing": lambda db: drop_table(db, "articles"),
}


def meet(cli: Cli, db: Path) -> list[Result]:
    """What a user runs: reading commands, a search, then a check of the whole file."""
    return [
        cli("starred", "--json", "--db", db),
        cli("unread", "--json", "--db", db),
        cli("search", "--json", "--db", db, "本版"),
        cli("trends", "--json", "--db", db, "记者"),
        cli("export", "--search", "记者", "--format", "json", "--db", db),
        cli("index", "--quiet", "--check", "--db", db),
    ]


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damage_of_every_kind_loses_no_mark_and_no_page(built: Built, cli: Cli, kind: str) -> None:
    DAMAGE[kind](built.db)
    damaged = digest(built.db)
    results = meet(cli, built.db)
    for r in results:
        assert r.status == 0, (kind, r.err)
        assert "unexpected" not in r.err and "Traceback" not in r.err
        for line in r.err.splitlines():
            assert line.startswith("reader: ") and "damaged" in line, line
    told = [r.err for r in results if r.err]
    aside = set_aside_files(built.db)
    assert aside, f"{kind}: the damage was never found"
    assert len(told) == len(aside) == 1, "set aside once, said once"
    # The damaged file is kept as it was: nothing written into it.
    assert digest(aside[0]) == damaged
    assert aside[0].name in told[0]
    # Nothing lost: every mark, every page.
    assert marks(built.db) == built.marks, kind
    assert page_paths(built.db) == built.page_paths, kind
    # And the new library is sound and answers.
    final = cli("starred", "--json", "--db", built.db)
    assert {s["title"] for s in json.loads(final.out)["starred"]} and final.err == ""


def test_a_lost_page_list_keeps_every_mark(built: Built, cli: Cli) -> None:
    """Without its page list (nothing outside the file keeps the paths: SQLite
    here zeroes what is dropped), the pages must be added again; the marks,
    kept in the marks file too, come back with them."""
    drop_table(built.db, "pages")
    results = meet(cli, built.db)
    assert all(r.status == 0 for r in results), [r.err for r in results]
    assert sum("damaged" in r.err for r in results) == 1
    assert marks(built.db) == built.marks
    assert cli("index", "--quiet", "--db", built.db, built.folder).status == 0
    assert page_paths(built.db) == built.page_paths
    starred = json.loads(cli("starred", "--json", "--db", built.db).out)["starred"]
    assert len(starred) == sum(1 for _, _, s in built.marks if s)


def test_a_healthy_library_goes_through_every_command_untouched(built: Built, cli: Cli) -> None:
    settle(built.db)
    results = meet(cli, built.db)
    assert [r.status for r in results] == [0] * len(results)
    assert all(r.err == "" for r in results)
    assert set_aside_files(built.db) == []
    assert marks(built.db) == built.marks


def test_a_damaged_search_index_is_made_again_and_nothing_set_aside(built: Built, cli: Cli) -> None:
    """The index is a folder made from the library: its damage never sets the
    library file aside; it is made again, the user told once, nothing lost."""
    want = json.loads(cli("search", "--json", "--db", built.db, "本版").out)["total"]
    damage_index(built.db)
    results = meet(cli, built.db)
    assert [r.status for r in results] == [0] * len(results), [r.err for r in results]
    said = "".join(r.err for r in results)
    assert said.count("\n") == 1 and said.startswith("reader: "), said
    assert "search index" in said and "damaged" in said and "nothing was lost" in said
    assert "unexpected" not in said and "Traceback" not in said
    assert set_aside_files(built.db) == []
    assert marks(built.db) == built.marks
    assert page_paths(built.db) == built.page_paths
    assert json.loads(cli("search", "--json", "--db", built.db, "本版").out)["total"] == want > 0


@pytest.mark.parametrize("command", [
    ("starred", "--json"), ("unread",), ("search", "本版"), ("trends", "记者"),
    ("export", "--search", "记者", "--format", "md"), ("export", "--starred", "--format", "csv"),
    ("mark", "PAGE", "1", "--star"), ("index", "--quiet"),
])
def test_every_command_meets_a_damaged_index_the_same_way(built: Built, cli: Cli,
                                                         command: tuple[str, ...]) -> None:
    """Item 10: not a rebuild here and "unexpected error" there."""
    damage_index(built.db)
    args = [str(built.pages[3]) if a == "PAGE" else a for a in command]
    # Searches read the index; the others meet the damage when it is checked.
    r = cli(*args, "--db", built.db)
    follow = cli("index", "--quiet", "--check", "--db", built.db)
    assert r.status == 0 and follow.status == 0, (r.err, follow.err)
    said = r.err + follow.err
    assert said.count("\n") == 1 and "damaged" in said and "unexpected" not in said
    assert set_aside_files(built.db) == []
    assert marks(built.db) >= built.marks
    assert page_paths(built.db) == built.page_paths
    assert cli("search", "--json", "--db", built.db, "本版").status == 0


def test_the_message_says_what_was_carried_over(built: Built, cli: Cli) -> None:
    drop_table(built.db, "reading")  # the marks live on in the marks file
    r = cli("search", "--db", built.db, "本版")
    assert r.status == 0
    line = r.err.strip()
    assert "damaged" in line and f"{len(built.page_paths)} pages" in line
    assert f"{len(built.marks)} read and star marks" in line


def test_pages_left_to_read_again_are_read_by_the_next_command(built: Built, cli: Cli) -> None:
    """The library was rebuilt, then the run stopped before reading its pages
    again (killed, the window closed): the list is in the library, the next
    command takes it up."""
    from reader.core.library.facade import Library

    truncate(built.db, 0.5)
    with Library.open(built.db) as lib:   # rebuilt; nothing read again yet
        assert lib.recovery is not None and lib.salvaged_pages()
    assert page_paths(built.db) != built.page_paths
    r = cli("unread", "--json", "--db", built.db)
    assert r.status == 0 and r.err == ""
    assert page_paths(built.db) == built.page_paths
    assert marks(built.db) == built.marks
    with Library.open(built.db) as lib:
        assert lib.salvaged_pages() == []
