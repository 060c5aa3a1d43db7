"""Item 8: file names that are not UTF-8 (GBK names from zip files made on a
Chinese Windows) work everywhere: indexed with the rest, marked, exported,
parsed; what is printed stays valid UTF-8, the undecodable bytes shown as �."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.core.newspages import write_news_pages
from tests.faults.conftest import Cli

#: 北京日报 in GBK: not UTF-8.
GBK_NAME = "北京日报".encode("gbk")


@pytest.fixture
def gbk_page(tmp_path: Path) -> tuple[Path, str]:
    """A folder of pages, one of them (in a GBK-named folder) named in GBK; its
    path as Python gives it (undecodable bytes as surrogates)."""
    folder = tmp_path / "pages"
    write_news_pages(folder, 2)
    src = write_news_pages(tmp_path / "src", 3, seed=4)[2]
    raw = os.fsencode(folder) + b"/" + GBK_NAME + b"/" + GBK_NAME + b"-01.txt"
    os.makedirs(os.path.dirname(raw))
    with open(raw, "wb") as fh:
        fh.write(src.read_bytes())
    return folder, os.fsdecode(raw)


def test_a_folder_with_a_gbk_name_is_indexed_whole(cli: Cli, gbk_page: tuple[Path, str]) -> None:
    folder, _ = gbk_page
    r = cli("index", "--quiet", "--json", folder)
    assert r.status == 0, r.err
    assert json.loads(r.out)["added"] == 3
    again = cli("index", "--quiet", "--json", folder)
    assert json.loads(again.out)["unchanged"] == 3 and again.status == 0
    # A recheck finds the file where it is (not "removed").
    check = cli("index", "--quiet", "--json")
    assert json.loads(check.out)["removed"] == 0 and check.status == 0


def test_search_and_unread_print_the_name_visibly(cli: Cli, gbk_page: tuple[Path, str]) -> None:
    folder, _ = gbk_page
    cli("index", "--quiet", folder)
    r = cli("search", "--json", "本版2")
    assert r.status == 0
    hits = json.loads(r.out)["results"]
    assert hits and all("\ufffd" in h["path"] for h in hits)
    text = cli("unread")
    assert text.status == 0 and "\ufffd" in text.out


def test_mark_starred_and_export_take_the_name(cli: Cli, gbk_page: tuple[Path, str],
                                               tmp_path: Path) -> None:
    folder, raw = gbk_page
    cli("index", "--quiet", folder)
    r = cli("mark", raw, "1", "--star")
    assert r.status == 0, r.err
    starred = json.loads(cli("starred", "--json").out)["starred"]
    assert len(starred) == 1 and "\ufffd" in starred[0]["path"]
    out = tmp_path / "starred.md"
    assert cli("export", "--starred", "--format", "md", "--out", out).status == 0
    assert "本版2" in out.read_text(encoding="utf-8")
    page = cli("export", "--page", raw, "--format", "json")
    assert page.status == 0, page.err
    assert "本版2" in page.out


@pytest.mark.parametrize("args", [("parse", "--json"), ("parse",), ("keywords", "--json"),
                                  ("keywords",)])
def test_parse_and_keywords_print_valid_utf8(cli: Cli, gbk_page: tuple[Path, str],
                                             args: tuple[str, ...]) -> None:
    _, raw = gbk_page
    r = cli(*args, raw)
    assert r.status == 0, r.err
    assert "\ufffd" in r.out
    if "--json" in args:
        assert "\ufffd" in json.loads(r.out.splitlines()[0] if args[0] == "keywords"
                                      else r.out)["path"]


def test_the_window_opens_a_page_with_a_gbk_name(gbk_page: tuple[Path, str]) -> None:
    from reader.core.opening import open_paths

    folder, raw = gbk_page
    opened = open_paths([str(folder)])
    assert len(opened.pages) == 3 and opened.problems == []
    assert raw in {p.path for p in opened.pages}
