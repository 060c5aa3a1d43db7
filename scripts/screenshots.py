"""Render the main window offscreen to PNGs: light and dark, English, 简体中文 and
繁體中文(臺灣), the sample page open with a find active; for looking at, not for
committing.

    .venv/bin/python scripts/screenshots.py OUT_DIR [--size 1400x900] [--extra]

``--extra`` also renders the key list, the key-terms panel, the preferences and
a small window (640×480) for each theme and language.  Tests check state; these
pictures are how a person checks what the window looks like.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from reader.core.preferences import Preferences, PreferencesStore, Theme  # noqa: E402
from reader.core.resources import sample_page  # noqa: E402
from reader.ui.app import set_identity  # noqa: E402
from reader.ui.compose import Reader, build_reader, open_startup  # noqa: E402
from reader.ui.engine import TextEngine  # noqa: E402
from reader.ui.workers import WorkerPool  # noqa: E402

LANGUAGES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文(臺灣)"}
THEMES = (Theme.LIGHT, Theme.DARK)
#: What find looks for in the sample page (it occurs in several articles).
FIND = "半导体"


def wait_until(ready: Callable[[], bool], timeout_ms: int = 30_000) -> None:
    """Run the event loop until *ready()* (or the time is up)."""
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if ready() else None)
    timer.start(20)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()


def settle(reader: Reader, ms: int = 150) -> None:
    wait_until(lambda: not reader.workers.busy() and not reader.engine.workers.busy())
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def make_reader(home: Path, theme: Theme, language: str, engine: TextEngine) -> Reader:
    settings = home / "settings.json"
    PreferencesStore(home / "preferences.json").save(Preferences(theme=theme, language=language))
    reader = build_reader(settings_path=settings, engine=engine, workers=WorkerPool())
    open_startup(reader, [str(sample_page())])
    reader.window.show()
    settle(reader)
    return reader


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path, help="folder for the PNGs (made if missing)")
    ap.add_argument("--size", default="1400x900", help="window size, WIDTHxHEIGHT")
    ap.add_argument("--extra", action="store_true",
                    help="also the key list, the key-terms panel, the preferences, a small window")
    args = ap.parse_args()
    width, height = (int(x) for x in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    set_identity(app)
    engine = TextEngine(WorkerPool())
    engine.start()
    wait_until(lambda: engine.has_segmenter)
    for theme in THEMES:
        for language in LANGUAGES:
            with tempfile.TemporaryDirectory() as tmp:
                reader = make_reader(Path(tmp), theme, language, engine)
                shoot(reader, args.out, f"{theme.value}-{language}", (width, height), args.extra)
                reader.window.close()
                reader.workers.wait(5000)
                reader.window.deleteLater()
    return 0


def shoot(reader: Reader, out: Path, name: str, size: tuple[int, int], extra: bool) -> None:
    w, run = reader.window, reader.commands.run
    w.resize(*size)
    run("find.start")
    w.find_bar.field.setText(FIND)
    run("find.next")
    settle(reader)
    save(w, out / f"{name}-find.png")
    if not extra:
        return
    run("help.show")
    settle(reader)
    save(w, out / f"{name}-keys.png")
    run("app.escape")
    run("terms.panel")
    settle(reader)
    save(w, out / f"{name}-terms.png")
    run("app.escape")
    w.resize(640, 480)
    settle(reader)
    save(w, out / f"{name}-small.png")
    w.resize(*size)
    run("app.preferences")
    settle(reader)
    dialog = w.preferences_dialog
    if dialog is not None:
        save(dialog, out / f"{name}-preferences.png")
        dialog.reject()
        settle(reader)


if __name__ == "__main__":
    raise SystemExit(main())
