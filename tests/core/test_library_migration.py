"""Opening a library an older Dubao wrote migrates it: nothing to do for the
user, every article and every read and star mark kept, search as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core.library import store as library_store
from reader.core.library.facade import Library
from reader.core.library.query import article_fields
from reader.core.library.rows import article_key
from reader.core.model import Article
from reader.core.text.fold import fold
from tests.core.legacy_library import build_legacy_library, mark_legacy
from tests.core.newspages import write_news_pages
from tests.core.test_library_index import consistent


def scan(lib: Library, term: str) -> set[tuple[str, int]]:
    """The articles holding *term*, by reading every one."""
    needle = fold(term)
    return {
        (p.path, a.index) for p in lib.pages() for a in lib.articles(p.path)
        if needle in re.sub(r"\s+", " ", fold("\n".join(article_fields(a))))
    }


@pytest.mark.parametrize("version", [1, 2])
def test_an_old_library_is_migrated_keeping_articles_and_marks(
    tmp_path: Path, version: int
) -> None:
    pages = tmp_path / "pages"
    write_news_pages(pages, 8, seed=11)
    db = tmp_path / "library.sqlite3"
    articles = build_legacy_library(db, pages, version)
    marked = {articles[0]: (True, True), articles[3]: (True, False), articles[-1]: (False, True)}
    if version >= 2:
        for (path, index), (read, starred) in marked.items():
            mark_legacy(db, path, index, read, starred)
    size_before = db.stat().st_size

    with Library.open(db) as lib:
        assert lib.recovery is None and lib.index_damage is None
        conn = lib.connection()
        assert library_store.schema_version(conn) == library_store.SCHEMA_VERSION == 3
        assert [(p, i) for p in sorted(x.path for x in lib.pages())
                for i in range(len(lib.articles(p)))] == sorted(articles)
        for path, index in articles:
            a = lib.article(path, index)
            assert a is not None and a.index == index
        keys = dict(conn.execute("SELECT id, key FROM articles").fetchall())
        assert all(keys[i] == article_key(a) for i, a in _by_id(lib))
        if version >= 2:
            for (path, index), (read, starred) in marked.items():
                assert (lib.is_read(path, index), lib.is_starred(path, index)) == (read, starred)
            assert len(lib.starred()) == 2
        for term in ("的", "发展", "本報訊", "记者", "没有这个词"):
            assert {(h.path, h.index) for h in lib.search(term, limit=10_000).hits} == \
                scan(lib, term), term
        consistent(lib)
        lib.optimize()
    with Library.open(db) as lib:  # opened again: nothing more to do
        assert lib.counts()[1] == len(articles)
    assert db.stat().st_size <= size_before


def _by_id(lib: Library) -> list[tuple[int, Article]]:
    conn = lib.connection()
    out: list[tuple[int, Article]] = []
    for page in lib.pages():
        ids = [r[0] for r in conn.execute(
            "SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.path = ? "
            "ORDER BY a.idx", (page.path,))]
        out.extend(zip(ids, lib.articles(page.path), strict=True))
    return out
