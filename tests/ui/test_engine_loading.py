"""What the text engine loads, and when: only the tables of the scripts shown,
and its word tables through the cache folder.

Conversion tables are process-wide, so each check runs in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from reader.core.text.convert import get_converter
from reader.core.text.script import Script
from reader.ui.engine import TextEngine
from reader.ui.workers import TaskKind, WorkerPool

app = QApplication([])

def wait(cond, ms=30_000):
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if cond() else None)
    timer.start(10)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    assert cond(), "timed out"

from pathlib import Path
engine = TextEngine(WorkerPool(), cache_dir=Path(sys.argv[1]))
engine.start()
wait(lambda: engine.has_segmenter)
loaded = lambda s: get_converter(s.config).is_loaded
print("after start", sorted(s.name for s in Script if loaded(s)))
# Both big tables went to the cache folder: the next start reads them (ms, not ~1 s).
print("cached", sorted(p.name.partition("-")[0] for p in Path(sys.argv[1]).glob("*.table")))

# A worker converting into a script loads its tables there.
answer = []
engine.workers.submit(TaskKind.CONVERT,
                      lambda: engine.converter(Script.SIMPLIFIED)("開發區"), answer.append)
wait(lambda: answer)
print("worker", answer[0], sorted(s.name for s in Script if loaded(s)))

# The GUI thread never loads: until a worker has prepared a script it is not
# ready (the window converts on workers meanwhile), its spans are script-bound.
print("gui before", engine.ready(Script.TAIWAN), loaded(Script.TAIWAN))
print("spans before", [s.term for s in engine.spans("隨身碟", {"query": ["U盘"]}, Script.TAIWAN)])
done = []
engine.workers.submit(TaskKind.CONVERT, lambda: engine.prepare(Script.TAIWAN), done.append)
wait(lambda: done)
print("gui after", engine.ready(Script.TAIWAN), engine.converter(Script.TAIWAN)("软件和U盘"))
print("spans after", [s.term for s in engine.spans("隨身碟", {"query": ["U盘"]}, Script.TAIWAN)])
print("finally", sorted(s.name for s in Script if loaded(s)))
"""


def test_only_the_scripts_asked_for_are_loaded_and_the_gui_never_waits(tmp_path: Path):
    env = {"QT_QPA_PLATFORM": "offscreen", "DUBAO_HOME": str(tmp_path / "home"),
           "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "cache")], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    lines = out.stdout.splitlines()
    assert lines == [
        "after start []",
        "cached ['idf', 'jieba']",
        "worker 开发区 ['SIMPLIFIED']",
        "gui before False False",
        "spans before []",
        "gui after True 軟體和隨身碟",
        "spans after ['U盘']",
        "finally ['SIMPLIFIED', 'TAIWAN']",
    ], out.stdout
