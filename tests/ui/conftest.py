"""Fixtures for the reader window: a fresh window per test, settings in tmp_path,
and one text engine (OpenCC, jieba) loaded once for the whole session."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.wait_signal import SignalBlocker

from reader.core.model import Article, Page
from reader.core.opening import Opened
from reader.core.page.pages import date_from_path
from reader.core.resources import sample_page
from reader.ui.app import Reader, build_reader, open_startup
from reader.ui.commands import files
from reader.ui.engine import TextEngine
from reader.ui.library import LibraryState
from reader.ui.open_pages import OpenRequest
from reader.ui.state import Change
from reader.ui.workers import WorkerPool

_ENGINE: list[TextEngine] = []


@pytest.fixture(scope="session")
def engine_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("engine-cache")


@pytest.fixture
def engine(qapp: QApplication, engine_cache: Path) -> TextEngine:
    """The text engine, loaded (on its workers) once per session."""
    if not _ENGINE:
        eng = TextEngine(WorkerPool(), cache_dir=engine_cache)
        eng.start()
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(
            lambda: loop.quit() if eng.has_converter and eng.has_segmenter else None)
        timer.start(20)
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        timer.stop()
        assert eng.has_converter and eng.has_segmenter, "text engine did not load"
        _ENGINE.append(eng)
    return _ENGINE[0]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "home"
    monkeypatch.setenv("DUBAO_HOME", str(h))
    return h


MakeReader = Callable[..., Reader]


@pytest.fixture
def make_reader(qtbot, home: Path) -> Iterator[MakeReader]:
    made: list[Reader] = []

    def make(args: Sequence[str] | None = None, engine: TextEngine | None = None,
             settings_path: Path | None = None, pages: Sequence[Page] | None = None,
             library: bool = False) -> Reader:
        """*library*: open the library (in ``DUBAO_HOME``) as ``main`` does; without
        it the window runs as if the library had not opened yet (no child processes)."""
        r = build_reader(settings_path=settings_path,
                         engine=engine if engine is not None else TextEngine(WorkerPool()),
                         workers=WorkerPool())
        made.append(r)
        qtbot.addWidget(r.window)
        if pages is not None:
            r.commands.do(files.on_opened, Opened(list(pages)), OpenRequest(()))
        else:
            open_startup(r, [str(sample_page())] if args is None else list(args))
        r.window.show()
        qtbot.waitExposed(r.window)
        r.window.activateWindow()
        r.window.article_view.setFocus()
        wait_idle(qtbot, r)
        if library:
            keeper = r.services.library
            assert keeper is not None
            keeper.start()
            qtbot.waitUntil(lambda: keeper.state is not LibraryState.OPENING, timeout=10_000)
            wait_idle(qtbot, r)
        return r

    yield make
    for r in made:
        r.workers.wait(5000)


def changed(qtbot, r: Reader, what: Change, timeout: int = 5000) -> SignalBlocker:
    """Wait (as a ``with`` block) for an operation that changes *what*: the one
    change notification of the command runner, the kind looked for in it."""
    blocker: SignalBlocker = qtbot.waitSignal(
        r.commands.changed, timeout=timeout, check_params_cb=lambda change: bool(change & what))
    return blocker


def wait_idle(qtbot, r: Reader) -> None:
    """Wait until every task the window started has reported back."""
    qtbot.waitUntil(lambda: not r.workers.busy(), timeout=10_000)


def compose_page(path: Path, articles: Sequence[tuple[str, str]]) -> Path:
    """A page file of (dateline-led) articles, one blank line between paragraphs."""
    parts = []
    for title, body in articles:
        parts.append(f"{title}\n\n本报讯（记者 王明）{body}\n")
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def ime_type(widget, text: str) -> None:
    """Type *text* as a Chinese input method does: one commit per character."""
    from PySide6.QtGui import QInputMethodEvent

    for ch in text:
        ev = QInputMethodEvent("", [])
        ev.setCommitString(ch)
        QApplication.sendEvent(widget, ev)


def make_page(path: Path | str, articles: Sequence[tuple[str, str]]) -> Page:
    """A parsed page made directly (the parser's heuristics are not under test here)."""
    p = Path(path)
    arts = tuple(
        Article(index=i, title=title, paragraphs=tuple(body.split("\n")),
                dateline="本报讯", byline="记者 王明")
        for i, (title, body) in enumerate(articles)
    )
    return Page(path=str(p), name=p.stem, encoding="utf-8", articles=arts,
                date=date_from_path(p))
