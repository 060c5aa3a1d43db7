"""Reading state: read/unread and starred, kept across restarts, re-indexing,
moved files, re-parsing and the migration from schema 1."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest

from reader.core.library import store as library_store
from reader.core.library.facade import Library, UnknownArticleError
from reader.core.library.rows import ARTICLE_COLUMNS, article_from_row, article_key
from reader.core.model import Article, ArticleRef
from tests.core.newspages import write_news_pages
from tests.core.test_library_index import consistent


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    pages = tmp_path / "pages"
    write_news_pages(pages, 6, seed=3)
    db = tmp_path / "lib" / "library.sqlite3"
    with Library.open(db) as lib:
        lib.indexer().index_paths([pages])
    return pages, db


def first_page(lib: Library) -> str:
    return sorted(p.path for p in lib.pages())[0]


def test_read_and_star_survive_closing_the_library(built: tuple[Path, Path]) -> None:
    _, db = built
    with Library.open(db) as lib:
        path = first_page(lib)
        assert not lib.is_read(path, 0) and not lib.is_starred(path, 0)
        lib.mark_read(path, 0)
        lib.set_starred(path, 1)
    with Library.open(db) as lib:
        assert lib.is_read(path, 0) and not lib.is_read(path, 1)
        assert lib.is_starred(path, 1) and not lib.is_starred(path, 0)
        lib.mark_read(path, 0, read=False)
        assert not lib.is_read(path, 0)
        state = lib.page_reading(path)
        assert state.read == frozenset() and state.starred == {1}
        assert state.unread == state.total == len(lib.articles(path))


def test_state_is_kept_by_article_text_through_edits_moves_and_reparsing(
    built: tuple[Path, Path]
) -> None:
    pages, db = built
    with Library.open(db) as lib:
        path = first_page(lib)
        kept = lib.articles(path)
        for a in kept:
            lib.mark_read(path, a.index)
        lib.set_starred(path, kept[-1].index)

        # An edit elsewhere on the page: its rows are deleted and rewritten.
        Path(path).write_text(Path(path).read_text(encoding="utf-8") +
                              "\n\n新增的一条消息\n\n本报讯 今天新开了一家书店。\n",
                              encoding="utf-8")
        report = lib.indexer().index_paths([pages])
        assert report.updated == 1
        now = lib.articles(path)
        assert now[: len(kept)] == kept and len(now) > len(kept)
        assert all(lib.is_read(path, a.index) for a in kept)
        assert not lib.is_read(path, now[-1].index)
        assert lib.unread_counts()[path] == len(now) - len(kept)

        # The file moves: the library adopts it under its new path.
        moved = Path(path).with_name("moved.txt")
        os.replace(path, moved)
        assert lib.indexer().index_paths([pages]).moved == 1
        assert lib.is_read(moved, 0) and lib.is_starred(moved, kept[-1].index)

        # A new parser version: every page is parsed and written again.
        lib.connection().execute("UPDATE pages SET parser_version = -1")
        assert lib.indexer().refresh().updated == 6
        assert lib.is_read(moved, 0) and lib.is_starred(moved, kept[-1].index)
        consistent(lib)


def test_a_dropped_page_comes_back_with_its_state(built: tuple[Path, Path], tmp_path: Path) -> None:
    pages, db = built
    with Library.open(db) as lib:
        path = first_page(lib)
        lib.set_starred(path, 0)
        aside = tmp_path / "aside.txt"
        os.replace(path, aside)
        assert lib.indexer().index_paths([pages]).removed == 1
        assert lib.starred() == []
        os.replace(aside, path)
        lib.indexer().index_paths([pages])
        assert [s.ref.path for s in lib.starred()] == [path]


def test_starred_lists_the_most_recently_starred_first(built: tuple[Path, Path]) -> None:
    _, db = built
    with Library.open(db) as lib:
        order = [(p.path, 0) for p in lib.pages()][:4]
        for path, index in order:
            assert lib.toggle_star(path, index) is True
        assert [(s.path, s.index) for s in lib.starred()] == order[::-1]
        assert lib.toggle_star(*order[1]) is False
        lib.set_starred(*order[0])  # starred again: now the newest
        got = [(s.path, s.index) for s in lib.starred()]
        assert got == [order[0], order[3], order[2]]
        first = lib.starred()[0]
        assert first.title == lib.articles(first.path)[0].title
        assert first.page_date is not None and first.to_json()["starred_at"]


def test_unread_counts_match_the_read_marks(built: tuple[Path, Path]) -> None:
    _, db = built
    with Library.open(db) as lib:
        read_keys: set[str] = set()
        for n, page in enumerate(lib.pages()):
            for a in lib.articles(page.path)[: n % 3]:
                lib.mark_read(page.path, a.index)
                read_keys.add(article_key(a))
        counts = lib.unread_counts()
        assert set(counts) == {p.path for p in lib.pages()}
        for page in lib.pages():
            want = sum(article_key(a) not in read_keys for a in lib.articles(page.path))
            assert counts[page.path] == want
            assert lib.page_reading(page.path).unread == want


def test_next_unread_skips_read_articles_and_goes_on_to_later_pages(
    built: tuple[Path, Path]
) -> None:
    _, db = built
    with Library.open(db) as lib:
        order = [p.path for p in lib.pages()]
        a, b, c = order[0], order[1], order[2]
        n = len(lib.articles(a))
        lib.mark_read(a, 1)
        assert lib.next_unread(a, 0) == ArticleRef(a, 2)
        for art in lib.articles(a)[2:]:
            lib.mark_read(a, art.index)
        for art in lib.articles(b):
            lib.mark_read(b, art.index)
        # Nothing left on a after 0, b all read: c's first unread article.
        found = lib.next_unread(a, 0)
        assert found is not None and found.path == c and not lib.is_read(c, found.index)
        # The window's own order wins over the library's.
        assert lib.next_unread(a, n, order=[c, a, order[3]]) == ArticleRef(order[3], 0)
        assert lib.next_unread(order[-1], len(lib.articles(order[-1]))) is None


def test_unknown_articles(built: tuple[Path, Path], tmp_path: Path) -> None:
    _, db = built
    with Library.open(db) as lib:
        path = first_page(lib)
        with pytest.raises(UnknownArticleError, match="no article 99"):
            lib.mark_read(path, 99)
        with pytest.raises(UnknownArticleError):
            lib.toggle_star(tmp_path / "nowhere.txt", 0)
        assert not lib.is_read(tmp_path / "nowhere.txt", 0)
        assert lib.next_unread(tmp_path / "nowhere.txt", 0) is None


def test_marks_from_many_threads_all_land(built: tuple[Path, Path]) -> None:
    _, db = built
    with Library.open(db) as lib:
        targets = [(p.path, a.index) for p in lib.pages() for a in lib.articles(p.path)]
        errors: list[BaseException] = []

        def work(part: list[tuple[str, int]]) -> None:
            try:
                for path, index in part:
                    lib.mark_read(path, index)
                    lib.toggle_star(path, index)
            except BaseException as err:  # pragma: no cover - reported below
                errors.append(err)

        threads = [threading.Thread(target=work, args=(targets[i::4],)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert all(lib.is_read(p, i) for p, i in targets)
        assert sum(lib.unread_counts().values()) == 0


def downgrade_to_v1(db: Path) -> None:
    """Turn a schema 2 file back into what schema 1 wrote."""
    conn = sqlite3.connect(db)
    conn.executescript(
        "DROP TABLE reading; DROP INDEX articles_key; ALTER TABLE articles DROP COLUMN key;"
        "UPDATE meta SET value = '1' WHERE key = 'schema_version';"
    )
    conn.close()


def test_migration_from_schema_1_keeps_everything_and_adds_keys(built: tuple[Path, Path]) -> None:
    _, db = built
    with Library.open(db) as lib:
        before = {p.path: lib.articles(p.path) for p in lib.pages()}
        hits = lib.search("半导体").total
    downgrade_to_v1(db)
    conn = sqlite3.connect(db)
    assert library_store.schema_version(conn) == 1
    assert "key" not in {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    conn.close()

    with Library.open(db) as lib:
        conn = lib.connection()
        assert library_store.schema_version(conn) == library_store.SCHEMA_VERSION == 2
        assert {p.path: lib.articles(p.path) for p in lib.pages()} == before
        assert lib.search("半导体").total == hits > 0
        rows = conn.execute(f"SELECT key, {ARTICLE_COLUMNS} FROM articles").fetchall()
        assert rows and all(r[0] == article_key(article_from_row(r[1:])) for r in rows)
        path = first_page(lib)
        lib.mark_read(path, 0)
        assert lib.is_read(path, 0)
        consistent(lib)


def test_article_key_ignores_layout_and_made_up_titles() -> None:
    a = Article(0, "标题", ("第一段文字。", "第二段。"), dateline="本报讯")
    assert article_key(a) == article_key(Article(3, "标题", ("第一段文字。第二段。",),
                                                 dateline="本报讯"))
    assert article_key(Article(0, "猜的标题", ("正文。",), title_inferred=True)) == \
        article_key(Article(0, "另一个", ("正文。",), title_inferred=True))
    assert article_key(a) != article_key(Article(0, "标题", ("第一段文字。", "第三段。"),
                                                 dateline="本报讯"))
