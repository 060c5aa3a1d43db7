"""The longest event-loop stall while a person uses the reader.

Runs the real window (on the screen if there is one, else offscreen) with the
sample page, and drives it with key presses and the command runner's one
entry point: open a 50-page folder, cycle the script four times, find in the
article and step through the matches, search all open pages as one types,
open the first hit, move through articles and pages; then add a 240-page
folder to the library (indexed by a child process, as the window does) while
moving through articles and pages.  A 2 ms timer measures
how late the event loop gets to it; the longest delay in each phase is the
longest time the window could not react.  Target: ≤ 50 ms for every action.

    python bench/latency.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QInputMethodEvent, QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TICK_MS = 2
LIBRARY_PAGES = 240


class StallMeter:
    """Records how late a repeating timer fires: the event loop's stalls."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.worst = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.on_tick)
        self.timer.start(TICK_MS)

    def on_tick(self) -> None:
        now = self.clock.nsecsElapsed()
        if self.last:
            self.worst = max(self.worst, (now - self.last) / 1e6 - TICK_MS)
        self.last = now

    def reset(self) -> None:
        self.worst = 0.0
        self.last = self.clock.nsecsElapsed()


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="dubao-bench-"))
    os.environ["DUBAO_HOME"] = str(home)
    folder = home / "pages"
    from reader.core.resources import sample_page

    for i in range(50):
        day = folder / f"2019-02-{1 + i // 8:02d}"
        day.mkdir(parents=True, exist_ok=True)
        shutil.copy(sample_page(), day / f"p{i % 8 + 1:02d}.txt")
    # A folder for the library: every page different (a file the library has seen
    # under another name would cost nothing to index).
    shelf = home / "shelf"
    sample_text = sample_page().read_text(encoding="utf-8")
    for i in range(LIBRARY_PAGES):
        day = shelf / f"2018-{1 + i // 28:02d}-{1 + i % 28:02d}"
        day.mkdir(parents=True, exist_ok=True)
        (day / "p01.txt").write_text(sample_text + f"\n\n本报讯 第{i}期编后记。\n",
                                     encoding="utf-8")

    app = QApplication(sys.argv[:1])
    from reader.ui.app import build_reader, on_loaded, open_startup, tune_interpreter
    from reader.ui.commands import library, showing

    tune_interpreter()

    reader = build_reader()
    w, services = reader.window, reader.services
    keeper = services.library
    assert keeper is not None
    # As main() does: the library opens once the first page is shown, and every
    # page opened goes into it quietly (a child process).
    on_loaded(reader, keeper.start)
    index_seen: dict[str, object] = {}
    keeper.index_progressed.connect(lambda st: index_seen.__setitem__("last", st))
    meter = StallMeter()
    # The GUI thread's own share of a stall: the longest single handler (a key's
    # action, or a worker's answer being shown).  The rest of a stall is waiting for
    # the interpreter lock while a worker thread runs.
    handler = {"worst": 0.0}

    def timed(fn: Callable[..., None]) -> Callable[..., None]:
        def call(*args: object) -> None:
            t = time.perf_counter()
            fn(*args)
            handler["worst"] = max(handler["worst"], (time.perf_counter() - t) * 1000)
        return call

    reader.workers.on_task_finished = timed(reader.workers.on_task_finished)  # type: ignore[method-assign]
    results: list[tuple[str, float, float, float]] = []
    steps: list[tuple[str, Callable[[], None], Callable[[], bool]]] = []

    def key(widget_name: str, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            text: str = "") -> Callable[[], None]:
        def press() -> None:
            widget = {"list": w.article_view, "find": w.find_bar.field,
                      "search": w.search_bar.field, "pane": w.pane}[widget_name]
            timed(lambda: QApplication.sendEvent(
                widget, QKeyEvent(QEvent.Type.KeyPress, k, mods, text)))()
        return press

    def ime(widget_name: str, text: str) -> Callable[[], None]:
        def commit() -> None:
            widget = {"find": w.find_bar.field, "search": w.search_bar.field}[widget_name]
            ev = QInputMethodEvent("", [])
            ev.setCommitString(text)
            timed(lambda: QApplication.sendEvent(widget, ev))()
        return commit

    def idle() -> bool:
        return not reader.workers.busy() and not services.search.pending()

    def engine_ready() -> bool:
        return (reader.engine.has_converter and reader.engine.has_segmenter and idle()
                and keeper.state != "opening")

    def indexed() -> bool:
        return idle() and not keeper.runner.busy()

    def add(name: str, *actions: Callable[[], None], until: Callable[[], bool] = idle) -> None:
        for i, act in enumerate(actions):
            steps.append((name, act, until if i == len(actions) - 1 else (lambda: True)))

    add("start: sample page, then jieba + OpenCC on workers",
        lambda: (open_startup(reader, [str(sample_page())]), reader.engine.start()),
        until=engine_ready)
    add("open a 50-page folder (Ctrl+Shift+O)",
        lambda: reader.commands.do(showing.open_pages, [str(folder)]))
    add("t ×4 (convert all open pages)", *[key("list", Qt.Key.Key_T)] * 4)
    add("j ×20, ] ×10, [ ×10", *([key("list", Qt.Key.Key_J)] * 20
                                 + [key("list", Qt.Key.Key_BracketRight)] * 10
                                 + [key("list", Qt.Key.Key_BracketLeft)] * 10))
    add("Ctrl+F, type 招商, n ×10, N ×10",
        key("list", Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier),
        ime("find", "招"), ime("find", "商"),
        *[key("find", Qt.Key.Key_Return)] * 10,
        *[key("find", Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)] * 10)
    add("Esc; / and type 半导体 (51 pages), Enter",
        key("find", Qt.Key.Key_Escape), key("list", Qt.Key.Key_Slash),
        ime("search", "半"), ime("search", "导"), ime("search", "体"),
        key("search", Qt.Key.Key_Return))
    add("Esc (full list back), h, h, +, -, 0",
        key("pane", Qt.Key.Key_Escape), key("list", Qt.Key.Key_H), key("list", Qt.Key.Key_H),
        key("list", Qt.Key.Key_Plus), key("list", Qt.Key.Key_Minus), key("list", Qt.Key.Key_0))
    add(f"index a {LIBRARY_PAGES}-page folder; j ×20, ] ×5 meanwhile",
        lambda: reader.commands.do(library.add_folder_to_library, str(shelf)),
        *([key("list", Qt.Key.Key_J)] * 20 + [key("list", Qt.Key.Key_BracketRight)] * 5),
        until=indexed)

    state = {"i": 0, "phase": "", "t0": 0.0, "waiting": False}

    def finish_phase() -> None:
        if state["phase"]:
            results.append((str(state["phase"]), meter.worst, handler["worst"],
                            time.perf_counter() - state["t0"]))

    def pump() -> None:
        i = int(state["i"])
        if state["waiting"]:
            _name, _act, until = steps[i - 1]
            if not until():
                QTimer.singleShot(5, pump)
                return
            state["waiting"] = False
        if i >= len(steps):
            finish_phase()
            app.quit()
            return
        name, act, _until = steps[i]
        if name != state["phase"]:
            finish_phase()
            meter.reset()
            handler["worst"] = 0.0
            state["phase"], state["t0"] = name, time.perf_counter()
            print(f"… {name}", file=sys.stderr, flush=True)
        act()
        state["i"] = i + 1
        state["waiting"] = True
        QTimer.singleShot(30, pump)  # a person's key repeat is slower than this

    w.show()
    QTimer.singleShot(200, pump)
    app.exec()
    reader.workers.wait(10_000)
    w.close()
    shutil.rmtree(home, ignore_errors=True)

    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'default (screen)')}; "
          f"cpus: {os.cpu_count()}; pages open at the end: {len(services.open.pages)}")
    print(f"{'phase':54s} {'longest stall':>14s} {'of it GUI work':>15s} {'took':>8s}")
    worst = worst_gui = 0.0
    for name, stall, gui, took in results:
        print(f"{name:54s} {stall:11.1f} ms {gui:12.1f} ms {took:7.2f} s")
        if not name.startswith("start"):
            worst, worst_gui = max(worst, stall), max(worst_gui, gui)
    print(f"longest stall during actions: {worst:.1f} ms (target ≤ 50 ms); "
          f"longest GUI-thread handler: {worst_gui:.1f} ms")
    last = index_seen.get("last")
    index_phase = next((r for r in results if r[0].startswith("index")), None)
    if last is not None and index_phase is not None:
        print(f"indexing: {getattr(last, 'done', 0)}/{getattr(last, 'total', 0)} pages, "
              f"{getattr(last, 'rate', 0.0):.0f} pages/s in the child process; longest stall "
              f"while it ran: {index_phase[1]:.1f} ms (target ≤ 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
