"""Item 14: text a page supplies is plain text wherever Qt could take it for
rich text (tooltips of every list), and control characters never reach a
terminal raw (no escape sequence from a page runs in the user's terminal)."""

from __future__ import annotations

import io
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.model import ArticleRef

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = '<img src="/local/file.png"><b>粗体</b>'
#: An OSC that retitles the terminal, a screen clear, a bell, a CSI in C1 form.
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x9b31m"


def shown_as(tip: str) -> str:
    """What a tooltip shows: Qt takes it for rich text when it looks like markup."""
    from PySide6.QtGui import Qt as QtGui
    from PySide6.QtGui import QTextDocument

    if not QtGui.mightBeRichText(tip):
        return tip
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def test_list_tooltips_show_page_text_literally(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from reader.core.session import WatchTerm
    from reader.ui.models import (
        ArticleListModel,
        ArticleRow,
        KeywordListModel,
        PageListModel,
        WatchListModel,
        page_rows,
    )
    from tests.ui.conftest import make_page

    page = make_page(tmp_path / f"{HOSTILE}.txt", [(HOSTILE, "正文"), ("&lt;b&gt;x", "正文")])
    articles = ArticleListModel()
    articles.set_rows([ArticleRow(page.path, a.index, a, page.name) for a in page.articles])
    keywords, watch, pages = KeywordListModel(), WatchListModel(), PageListModel()
    keywords.set_terms([HOSTILE])
    watch.set_items([WatchTerm(HOSTILE)])
    pages.set_rows(page_rows([(page.path, page.name, None, 2)]), 0)
    tip = Qt.ItemDataRole.ToolTipRole
    assert HOSTILE in shown_as(articles.index(0, 0).data(tip))
    assert "&lt;b&gt;x" in shown_as(articles.index(1, 0).data(tip))
    assert shown_as(keywords.index(0, 0).data(tip)) == HOSTILE
    assert shown_as(watch.index(0, 0).data(tip)) == HOSTILE
    assert shown_as(pages.index(0, 0).data(tip)) == page.path
    assert articles.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == HOSTILE
    assert ArticleRef(page.path, 0) == articles.row_at(0).ref  # type: ignore[union-attr]


def hostile_page(folder: Path) -> Path:
    import random

    from tests.core.newspages import news_page

    folder.mkdir(parents=True, exist_ok=True)
    body = news_page(random.Random(2), "本版", 3)
    path = folder / "2019-02-01" / "evil.txt"
    path.parent.mkdir()
    path.write_text(f"恶意{ESCAPES}标题\n\n本报讯（记者 王明）正文一句。"
                    f"{'今年以来，我市半导体产业发展迅速。' * 40}\n\n{body}", encoding="utf-8")
    return path


def test_parse_neutralises_escapes_on_a_real_terminal(tmp_path: Path) -> None:
    page = hostile_page(tmp_path / "pages")
    master, slave = pty.openpty()
    env = {**os.environ, "DUBAO_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen([sys.executable, "-m", "reader", "parse", str(page)], cwd=ROOT,
                            env=env, stdout=slave, stderr=subprocess.PIPE)
    os.close(slave)
    got = b""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            got += chunk
        elif proc.poll() is not None:
            break
    proc.wait(10)
    os.close(master)
    assert proc.stderr is not None
    err = proc.stderr.read()
    proc.stderr.close()
    text = got.decode("utf-8")
    assert proc.returncode == 0, err
    assert "恶意" in text and "标题" in text
    for ch in "\x1b\x07\x9b":
        assert ch not in text


class Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("args", [("search", "恶意"), ("starred",), ("keywords", "PAGE"),
                                  ("parse", "PAGE")])
def test_commands_neutralise_escapes_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   args: tuple[str, ...]) -> None:
    monkeypatch.setenv("DUBAO_HOME", str(tmp_path / "home"))
    page = hostile_page(tmp_path / "pages")
    assert main(["index", "--quiet", str(page)]) == 0
    assert main(["mark", str(page), "0", "--star"]) == 0
    raw = io.BytesIO()
    terminal = Terminal(raw, encoding="utf-8", write_through=True)
    monkeypatch.setattr(sys, "stdout", terminal)
    status = main([str(page) if a == "PAGE" else a for a in args])
    sys.stdout.flush()
    out = raw.getvalue().decode("utf-8")
    assert status == 0
    assert "恶意" in out
    for ch in "\x1b\x07\x9b":
        assert ch not in out, args


def test_json_output_keeps_the_text_as_it_is(tmp_path: Path, capsys) -> None:
    """Not on a terminal and as JSON, the text is data: escaped by JSON, not changed."""
    page = hostile_page(tmp_path / "pages")
    assert main(["parse", "--json", str(page)]) == 0
    import json

    got = json.loads(capsys.readouterr().out)
    assert ESCAPES in got["articles"][0]["title"]
