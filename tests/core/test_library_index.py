"""Indexing: incremental runs, moves, deletions, failures, cancel, re-parsing."""

from __future__ import annotations

import hashlib
import os
import random
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.library import index as library_index
from reader.core.library import indexmarker
from reader.core.library.facade import IndexProgress, Library
from reader.core.page import articles as page_articles
from reader.core.page.articles import PARSER_VERSION

#: Real-looking sentences to compose pages from (written for these tests).
SENTENCES = (
    "今年以来，我市半导体产业发展迅速，多家企业签约落户。",
    "春节前夕，各地市场供应充足，价格总体平稳。",
    "人民群众的获得感、幸福感、安全感不断增强。",
    "臺灣同胞在大陸發展的機會越來越多。",
    "记者从市交通局获悉，新建的高速公路将于年底通车。",
    "會議強調，要堅持穩中求進工作總基調。",
    "5G网络覆盖全市所有乡镇，用户超过120万户。",
    "学校开展“书香校园”读书活动，学生踊跃参加。",
    "农业农村部发布通知，部署春耕生产工作。",
    "國家統計局發布數據，居民消費價格同比上漲2.1%。",
)


def compose_page(rng: random.Random, articles: int = 3) -> str:
    """A page of *articles* items: headline, dateline, wrapped paragraphs."""
    out: list[str] = []
    for _ in range(articles):
        # a headline's words come back in its article (its first sentence here)
        lead = rng.choice(SENTENCES)
        out += [lead[:10].rstrip("，。"), ""]
        for k in range(rng.randint(1, 3)):
            para = ("" if k else lead) + "".join(
                rng.choice(SENTENCES) for _ in range(rng.randint(1, 4)))
            out += [para[i: i + 18] for i in range(0, len(para), 18)]
            out.append("")
    return "\n".join(out)


def write_pages(folder: Path, n: int, seed: int = 1, articles: int = 3) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        day = 1 + i % 28
        p = folder / f"2019-02-{day:02d}" / f"p{i:03d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(compose_page(rng, articles), encoding="utf-8")
        paths.append(p)
    return paths


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def consistent(lib: Library) -> None:
    """Articles, pages and the search index agree: the index holds each article once."""
    conn = lib.connection()
    pages = conn.execute("SELECT sum(article_count) FROM pages").fetchone()[0] or 0
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert pages == articles
    assert lib.index_problem() is None
    orphans = conn.execute(
        "SELECT count(*) FROM articles WHERE page_id NOT IN (SELECT id FROM pages)"
    ).fetchone()[0]
    assert orphans == 0


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib" / "library.sqlite3")
    yield library
    library.close()


def test_second_run_skips_everything_and_files_are_never_written(
    tmp_path: Path, lib: Library
) -> None:
    folder = tmp_path / "pages"
    write_pages(folder, 12)
    before = fingerprint(folder)
    first = lib.indexer().index_paths([folder])
    assert (first.added, first.failed) == (12, [])
    assert first.articles == lib.counts()[1] > 0
    second = lib.indexer().index_paths([folder])
    assert (second.added, second.updated, second.unchanged) == (0, 0, 12)
    assert fingerprint(folder) == before
    consistent(lib)


def test_changed_touched_moved_deleted(tmp_path: Path, lib: Library) -> None:
    folder = tmp_path / "pages"
    paths = write_pages(folder, 6)
    lib.indexer().index_paths([folder])
    # Changed content: parsed again, the new text is found, the old is not.
    paths[0].write_text("独一无二的新内容出现在这里。\n", encoding="utf-8")
    # Touched only: same bytes, new mtime: recognised by hash, not re-parsed.
    os.utime(paths[1], ns=(1, 10**18))
    # Moved to another folder on the same date.
    moved_to = folder / "2019-02-02" / "renamed.txt"
    paths[1].rename(moved_to)
    # Deleted.
    paths[2].unlink()
    report = lib.indexer().index_paths([folder])
    assert (report.updated, report.moved, report.removed, report.added) == (1, 1, 1, 0)
    assert lib.search("独一无二").total == 1
    hits_paths = {h.path for h in lib.search("的", limit=1000).hits}
    assert str(moved_to.resolve()) in hits_paths
    assert str(paths[2].resolve()) not in hits_paths
    assert all(Path(p.path).exists() for p in lib.pages())
    consistent(lib)


def test_a_failing_file_is_reported_and_the_rest_indexed(tmp_path: Path, lib: Library) -> None:
    folder = tmp_path / "pages"
    write_pages(folder, 3)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    report = lib.indexer().index_paths([folder, tmp_path / "missing.txt"])
    assert report.added == 3
    failed = {Path(p).name: msg for p, msg in report.failed}
    assert set(failed) == {"empty.txt", "binary.txt", "missing.txt"}
    assert all(msg for msg in failed.values())


def test_legacy_encodings_are_indexed(tmp_path: Path, lib: Library) -> None:
    (tmp_path / "gbk.txt").write_bytes("广东省半导体产业园开工。\n".encode("gbk"))
    (tmp_path / "big5.txt").write_bytes("臺灣半導體產業持續成長。\n".encode("big5"))
    lib.indexer().index_paths([tmp_path / "gbk.txt", tmp_path / "big5.txt"])
    assert lib.search("半导体").total == 2
    assert lib.search("半導體产业").total == 2


def test_progress_and_cancel_then_resume(tmp_path: Path, lib: Library) -> None:
    folder = tmp_path / "pages"
    write_pages(folder, 10)
    cancel = threading.Event()
    seen: list[IndexProgress] = []

    def progress(p: IndexProgress) -> None:
        seen.append(p)
        if p.done == 4:
            cancel.set()

    report = lib.indexer().index_paths([folder], progress, cancel)
    assert report.cancelled and report.added == 4
    assert [p.done for p in seen] == [1, 2, 3, 4]
    assert all(p.total == 10 for p in seen)
    assert seen[-1].eta_s is not None and seen[-1].rate > 0
    rest = lib.indexer().index_paths([folder])
    assert (rest.added, rest.unchanged) == (6, 4)
    consistent(lib)


def test_new_parser_version_parses_pages_again(
    tmp_path: Path, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "pages"
    write_pages(folder, 4)
    lib.indexer().index_paths([folder])
    assert lib.stale_pages() == []
    monkeypatch.setattr(library_index, "PARSER_VERSION", PARSER_VERSION + 1)
    monkeypatch.setattr(page_articles, "PARSER_VERSION", PARSER_VERSION + 1)
    assert len(lib.stale_pages()) == 4
    report = lib.indexer().refresh()
    assert report.updated == 4
    assert lib.stale_pages() == []
    versions = {r[0] for r in lib.connection().execute("SELECT parser_version FROM pages")}
    assert versions == {PARSER_VERSION + 1}
    consistent(lib)


def test_pages_listed_by_date_then_folder(tmp_path: Path, lib: Library) -> None:
    for rel in ("2019-02-03/a.txt", "2020-01-05/b.txt", "misc/zz/c.txt", "misc/aa/d.txt"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("今年以来，我市半导体产业发展迅速。\n", encoding="utf-8")
    lib.indexer().index_paths([tmp_path])
    names = [p.name for p in lib.pages()]
    assert names == ["b", "a", "d", "c"]
    assert (lib.pages_under(tmp_path / "misc"), lib.pages_under(tmp_path)) == (2, 4)
    assert lib.pages_under(tmp_path / "mis") == 0
    assert lib.pages()[0].article_count == len(lib.articles(lib.pages()[0].path)) >= 1


def test_two_writers_at_once_leave_one_consistent_library(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    write_pages(folder, 30)
    db = tmp_path / "library.sqlite3"
    Library.open(db).close()
    errors: list[BaseException] = []

    def index() -> None:
        try:
            with Library.open(db) as library:
                library.indexer().index_paths([folder])
        except BaseException as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=index) for _ in range(2)]
    for t in threads:
        t.start()
    with Library.open(db) as reader:  # searching while both write
        for _ in range(20):
            reader.search("半导体")
    for t in threads:
        t.join()
    assert errors == []
    with Library.open(db) as library:
        assert library.counts()[0] == 30
        consistent(library)


def test_changed_tokens_rebuild_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "pages"
    write_pages(folder, 5)
    db = tmp_path / "library.sqlite3"
    with Library.open(db) as lib:
        lib.indexer().index_paths([folder])
        want = lib.search("半导体").total
    # New tokens (another OpenCC table, a new tokenizer): the index is made again.
    monkeypatch.setattr(indexmarker, "TOKENS_VERSION", 99)
    marker = db.with_name(db.name + ".index") / "dubao-index.json"
    before = marker.read_text(encoding="utf-8")
    with Library.open(db) as lib:
        assert lib.index_damage is None  # not damage: nothing to tell the user
        assert lib.search("半导体").total == want > 0
        consistent(lib)
    assert marker.read_text(encoding="utf-8") != before and '"99:' in marker.read_text()


def test_an_index_folder_of_another_library_is_made_again(tmp_path: Path) -> None:
    """A library file set aside and started anew, its old index folder left
    beside it: the new library does not read the old one's articles."""
    folder = tmp_path / "pages"
    write_pages(folder, 5)
    db = tmp_path / "library.sqlite3"
    with Library.open(db) as library:
        library.indexer().index_paths([folder])
    db.unlink()
    with Library.open(db) as library:
        assert library.counts() == (0, 0)
        assert library.search("的").total == 0
        consistent(library)
