"""Taking text out of the window: `y` / `Y` copy the article as plain text or
Markdown in the script shown; Ctrl+E exports the article, the page, the starred
articles or the search results to Markdown, JSON, CSV or PDF."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from reader.core.export import from_json
from reader.ui.state import Change
from tests.ui.conftest import changed, ime_type, make_page, wait_idle

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


def _page(tmp_path: Path):
    return make_page(tmp_path / "a_20190221.txt", [
        ("本市召开农业工作会议", "会议部署春耕生产。\n农业部门负责落实。"),
        ("城区道路改造完工", "交通恢复。"),
    ])


def test_y_copies_plain_text_and_shift_y_markdown_in_the_script_shown(
        make_reader, qtbot, engine, tmp_path):
    r = make_reader(pages=[_page(tmp_path)], engine=engine)
    w = r.window
    clipboard = QApplication.clipboard()
    qtbot.keyClick(w.article_view, Qt.Key.Key_Y)
    assert clipboard.text().startswith("本市召开农业工作会议\n\n")
    assert "农业部门负责落实。" in clipboard.text()
    with changed(qtbot, r, Change.SHOWN, timeout=5000):
        qtbot.keyClick(w.article_view, Qt.Key.Key_T)     # 繁體
    wait_idle(qtbot, r)
    qtbot.keyClick(w.article_view, Qt.Key.Key_Y)
    assert clipboard.text().startswith("本市召開農業工作會議\n\n")
    qtbot.keyClick(w.article_view, Qt.Key.Key_Y, Shift)
    md = clipboard.text()
    assert md.startswith("## 本市召開農業工作會議")
    assert "農業部門負責落實。" in md


def _export(qtbot, r, monkeypatch, scope: str, path: Path) -> None:
    monkeypatch.setattr(r.view, "ask_export", lambda _scopes, _name: (scope, str(path)))
    with qtbot.waitSignal(r.ctx.services.exporter.written, timeout=10_000):
        qtbot.keyClick(r.window.article_view, Qt.Key.Key_E, Ctrl)


def test_export_the_page_to_json_round_trips(make_reader, qtbot, monkeypatch, tmp_path):
    page = _page(tmp_path)
    r = make_reader(pages=[page])
    out = tmp_path / "out.json"
    _export(qtbot, r, monkeypatch, "page", out)
    items = from_json(out.read_text(encoding="utf-8"))
    assert [i.article for i in items] == list(page.articles)
    assert {i.path for i in items} == {page.path}


def test_export_the_article_to_csv_and_pdf(make_reader, qtbot, monkeypatch, tmp_path):
    page = _page(tmp_path)
    r = make_reader(pages=[page])
    qtbot.keyClick(r.window.article_view, Qt.Key.Key_J)
    out = tmp_path / "one.csv"
    _export(qtbot, r, monkeypatch, "article", out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [row["title"] for row in rows] == ["城区道路改造完工"]
    pdf = tmp_path / "one.pdf"
    _export(qtbot, r, monkeypatch, "article", pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_export_search_results_to_markdown(make_reader, qtbot, monkeypatch, tmp_path):
    r = make_reader(pages=[_page(tmp_path)])
    w = r.window
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    with changed(qtbot, r, Change.SEARCH, timeout=5000):
        ime_type(w.search_bar.field, "交通")
    out = tmp_path / "hits.md"
    _export(qtbot, r, monkeypatch, "search", out)
    text = out.read_text(encoding="utf-8")
    assert "城区道路改造完工" in text
    assert "本市召开农业工作会议" not in text


def test_the_export_dialogs_give_a_scope_and_a_file_with_its_type(make_reader, monkeypatch,
                                                                  tmp_path):
    r = make_reader(pages=[_page(tmp_path)])
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda *_a, **_k: ("The page", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(tmp_path / "x"), "CSV (*.csv)"))
    from reader.ui.exporting import SCOPES

    assert r.view.ask_export(list(SCOPES), "题") == ("page", str(tmp_path / "x.csv"))
