"""The right script from the first frame: restored pages are shown converted to
the script shown, or not at all yet, never as printed, however many are
restored and however slow the converter."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt

from reader.core.session import Settings, SettingsStore
from reader.core.text.convert import convert_text
from reader.core.text.script import Script
from reader.ui.compose import build_reader, open_startup
from reader.ui.engine import TextEngine
from reader.ui.state import Change
from reader.ui.workers import WorkerPool
from tests.ui.conftest import compose_page, wait_idle

#: Words whose Simplified characters all differ from their Traditional ones.
WORDS = ["这个开发区发展", "经济会议报道", "铁路运输线", "乡村学校开学", "电视节目时间"]
PAGES = 150


def _write_pages(folder: Path) -> list[Path]:
    folder.mkdir()
    out = []
    for i in range(PAGES):
        w = WORDS[i % len(WORDS)]
        out.append(compose_page(folder / f"p{i:03d}_2024{1 + i // 28:02d}{1 + i % 28:02d}.txt", [
            (f"{w}第{i}号", f"{w}。{WORDS[(i + 1) % len(WORDS)]}。" * 3),
            # A body names what its headline says (the parser weighs that).
            (f"{WORDS[(i + 2) % len(WORDS)]}消息", f"{WORDS[(i + 2) % len(WORDS)]}。{w}。" * 2),
        ]))
    return out


class PaintWatch(QObject):
    """Calls *check* at each paint of the widgets it watches."""

    def __init__(self, check) -> None:
        super().__init__()
        self.check = check
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
            self.check("paint")
        return False


def test_restored_pages_never_show_in_the_wrong_script(qtbot, home, tmp_path: Path,
                                                      monkeypatch):
    files = _write_pages(tmp_path / "pages")
    simplified_only = {ch for w in WORDS for ch in w if convert_text(ch, Script.TRADITIONAL) != ch}
    settings_path = tmp_path / "settings.json"
    current = str(files[70])
    SettingsStore(settings_path).save(Settings(
        pages=[str(f) for f in files], current_page=current, current_article=1,
        script=Script.TRADITIONAL))

    slow_calls = []
    real = TextEngine.converter

    def slow(script: Script):
        conv = real(script)

        def convert(text: str) -> str:
            slow_calls.append(1)
            time.sleep(0.0005)
            return conv(text)

        return convert

    monkeypatch.setattr(TextEngine, "converter", staticmethod(slow))
    r = build_reader(settings_path=settings_path, engine=TextEngine(WorkerPool()),
                     workers=WorkerPool())
    qtbot.addWidget(r.window)
    w, c = r.window, r.ctx
    wrong: list[tuple[str, str]] = []

    def shown_now() -> list[str]:
        rows = c.models.articles.rows()
        texts = [w.pane.toPlainText(), w.windowTitle()]
        texts += [row.article.title + row.detail_line + row.subtitle_line for row in rows]
        pages = c.models.pages
        texts += [str(pages.index(i, 0).data()) for i in range(pages.rowCount())]
        texts += c.models.keywords.terms()
        return texts

    def check(where: str) -> None:
        for text in shown_now():
            if any(ch in simplified_only for ch in text):
                wrong.append((where, text[:40]))

    r.commands.changed.connect(lambda _change: check("change"))
    watch = PaintWatch(check)
    for view in (w.pane.viewport(), w.article_view.viewport(), w.page_view.viewport(), w):
        view.installEventFilter(watch)
    open_startup(r, [])
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: c.models.pages.rowCount() == PAGES, timeout=60_000)
    wait_idle(qtbot, r)
    assert wrong == []
    assert watch.paints > 0 and slow_calls
    # What was remembered is shown, converted.
    assert c.state.current is not None and c.state.current.path == current
    assert c.state.current.index == 1
    title = convert_text(f"{WORDS[(70 + 2) % len(WORDS)]}消息", Script.TRADITIONAL)
    assert w.pane.toPlainText().startswith(title)
    assert w.windowTitle().startswith(title)
    assert w.script_badge.text() == "Traditional"
    r.workers.wait(5000)


def test_a_new_script_replaces_the_old_one_never_the_printed_text(make_reader, qtbot, engine,
                                                                  tmp_path: Path):
    """While ``t`` converts, the article stays in the script it was shown in (the
    badge says it is on its way), then shows the new one."""
    from tests.ui.conftest import make_page

    printed = "发展经济，铁路运输。"
    r = make_reader(pages=[make_page(tmp_path / "p.txt", [("开发区", printed)])], engine=engine)
    w, c = r.window, r.ctx
    qtbot.keyClick(w.article_view, Qt.Key.Key_T)          # → 繁體
    wait_idle(qtbot, r)
    traditional = w.pane.toPlainText()
    assert "開發區" in traditional
    seen: list[str] = []
    r.commands.changed.connect(lambda _change: seen.append(w.pane.toPlainText()))
    with qtbot.waitSignal(r.commands.changed, timeout=10_000,
                          check_params_cb=lambda change: bool(change & Change.SHOWN)):
        qtbot.keyClick(w.article_view, Qt.Key.Key_T)      # → 臺灣正體
        assert w.script_badge.text() in ("Taiwan…", "Taiwan")
    wait_idle(qtbot, r)
    assert all("开发区" not in text for text in seen), "never the printed (Simplified) text"
    assert w.script_badge.text() == "Taiwan"
    assert c.state.script is Script.TAIWAN
