"""``mark``, ``starred``, ``unread``, ``export`` and ``trends`` as scripts use them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.core import export
from reader.core.library.facade import Library
from reader.core.page.pages import load_page
from tests.core.newspages import write_news_pages


@pytest.fixture
def pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    monkeypatch.setenv("DUBAO_HOME", str(tmp_path / "home"))
    paths = write_news_pages(tmp_path / "pages", 4, undated=1)
    assert main(["index", "--quiet", str(tmp_path / "pages")]) == 0
    return paths


def status(args: list[str]) -> int:
    """The exit status, whether ``main`` returns it or argparse exits with it."""
    try:
        return main(args)
    except SystemExit as exc:
        return int(exc.code or 0)


def out_of(capsys: pytest.CaptureFixture[bytes]) -> bytes:
    return capsys.readouterr().out


def test_mark_starred_and_unread(pages: list[Path], capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    out_of(capsysbinary)
    assert main(["mark", str(pages[1]), "2", "--star", "--json"]) == 0
    assert json.loads(out_of(capsysbinary)) == {
        "path": str(pages[1]), "index": 2, "read": False, "starred": True}
    assert main(["mark", str(pages[0]), "0"]) == 0
    assert out_of(capsysbinary).decode() == f"{pages[0]}#0: read\n"
    assert main(["mark", str(pages[0]), "0", "--unread", "--star"]) == 0
    assert out_of(capsysbinary).decode() == f"{pages[0]}#0: unread, starred\n"
    assert main(["mark", str(pages[0]), "1"]) == 0
    out_of(capsysbinary)

    assert main(["starred", "--json"]) == 0
    starred = json.loads(out_of(capsysbinary))["starred"]
    assert [(s["path"], s["index"]) for s in starred] == [(str(pages[0]), 0), (str(pages[1]), 2)]

    assert main(["unread", "--json"]) == 0
    doc = json.loads(out_of(capsysbinary))
    by_path = {p["path"]: p["unread"] for p in doc["pages"]}
    assert by_path[str(pages[0])] == 3 and by_path[str(pages[1])] == 4
    assert doc["unread"] == 5 * 4 - 1


def test_mark_an_article_the_library_lacks_is_a_usage_error(
    pages: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["mark", str(pages[0]), "17"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and err.count("\n") == 1 and "index the page" in err


def test_export_a_page_in_every_format(pages: list[Path], capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    page = load_page(pages[0])
    out_of(capsysbinary)
    assert main(["export", "--page", str(pages[0]), "--format", "json"]) == 0
    got = export.from_json(out_of(capsysbinary).decode("utf-8"))
    assert [i.article for i in got] == list(page.articles)

    assert main(["export", "--page", str(pages[0]), "--format", "csv", "--script", "traditional"]) == 0
    data = out_of(capsysbinary)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(page.articles)
    assert rows[0]["dateline"] == "本報訊" and rows[0]["date"] == "2019-02-01"

    assert main(["export", "--page", str(pages[0]), "--format", "md"]) == 0
    md = out_of(capsysbinary).decode("utf-8")
    assert md.startswith("# p000 2019-02-01\n\n## ")
    assert md.count("\n## ") == len(page.articles)


def test_export_starred_and_search_to_a_file(
    pages: list[Path], tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    main(["mark", str(pages[2]), "1", "--star"])
    main(["mark", str(pages[3]), "0", "--star"])
    out_of(capsysbinary)
    target = tmp_path / "starred.json"
    assert main(["export", "--starred", "--format", "json", "--out", str(target)]) == 0
    assert out_of(capsysbinary) == b""
    got = export.from_json(target.read_text(encoding="utf-8"))
    assert [(i.path, i.article.index) for i in got] == [(str(pages[3]), 0), (str(pages[2]), 1)]

    assert main(["export", "--search", "春節", "--format", "json"]) == 0
    found = export.from_json(out_of(capsysbinary).decode("utf-8"))
    with Library.open(tmp_path / "home" / "data" / "library.sqlite3") as lib:
        assert len(found) == lib.search("春节").total > 0


def test_export_never_overwrites_what_it_reads(
    pages: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = pages[0].read_bytes()
    db = tmp_path / "home" / "data" / "library.sqlite3"
    for args in (["--page", str(pages[0])], ["--starred"], ["--search", "春节"]):
        capsys.readouterr()
        assert main(["export", *args, "--format", "md", "--out", str(pages[0])]) == 2
        assert "refusing to overwrite" in capsys.readouterr().err
    assert main(["export", "--starred", "--format", "md", "--out", str(db)]) == 2
    assert pages[0].read_bytes() == before
    with Library.open(db) as lib:
        assert lib.counts()[0] == 5


def test_export_usage_errors(pages: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args in (
        ["export", "--format", "md"],
        ["export", "--starred", "--search", "x", "--format", "md"],
        ["export", "--starred", "--format", "pdf"],
        ["export", "--page", str(tmp_path / "missing.txt"), "--format", "md"],
        ["export", "--search=-发展", "--format", "md"],
        ["export", "--starred", "--format", "md", "--limit", "3"],
    ):
        capsys.readouterr()
        assert status(args) == 2, args
        err = capsys.readouterr().err
        assert err.startswith("reader: ") and err.count("\n") == 1, (args, err)


def test_trends_text_and_json(pages: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["trends", "本报讯", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["articles"] == 20 and doc["rows"][-1]["date"] is None
    assert [r["date"] for r in doc["rows"]] == ["2019-02-01", "2019-02-02", None]
    assert doc["rows"][0]["items"][0]["path"] == str(pages[0])

    assert main(["trends", "本報訊"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("20 articles, 20 mentions")
    assert lines[1].startswith("2019-02-01") and "8 articles" in lines[1]
    assert lines[-1].startswith("(no date)")

    assert main(["trends", "--", "-发展"]) == 2
    assert capsys.readouterr().err.startswith("reader: ")
