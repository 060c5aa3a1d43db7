"""Time from process start to the first paint: the reader vs a bare PySide6 window.

Each run spawns a fresh interpreter with ``DUBAO_BENCH_T0`` set to the wall-clock
time just before the spawn; the program prints ``first_paint SECONDS`` at its
first paint event and quits.  The reader runs on a temporary ``DUBAO_HOME`` whose
last session is the sample page shown in 繁體 (Traditional): the page must be
painted in that script from its first frame (each run's painted title is
checked).  Median of several runs.

    python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QSplitter, QTextEdit

class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print(f"first_paint {time.time() - float(os.environ['DUBAO_BENCH_T0']):.4f}",
                  flush=True)
            print(f"first_paint_cpu {time.process_time():.4f}", flush=True)
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False

app = QApplication(sys.argv[:1])
split = QSplitter()
lst = QListWidget()
lst.addItems([f"article {i}" for i in range(10)])
text = QTextEdit()
text.setPlainText("text " * 200)
split.addWidget(lst)
split.addWidget(text)
watch = Watch()
lst.viewport().installEventFilter(watch)
split.resize(1000, 700)
split.show()
app.exec()
"""


def one_run(cmd: list[str], env: dict[str, str], titles: list[str]) -> dict[str, float]:
    """The times the program printed: ``first_paint`` and (the reader) ``page_paint``;
    the title it painted goes to *titles*."""
    env = dict(env, DUBAO_BENCH_T0=repr(time.time()))
    out = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    times = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("first_paint", "page_paint", "first_paint_cpu", "page_paint_cpu"):
            times[key] = float(value)
        elif key == "page_title":
            titles.append(value)
    if "first_paint" not in times:
        raise RuntimeError(f"no first_paint from {cmd}: {out.stderr[-500:]}")
    return times


def restore_session(home: Path) -> str:
    """The last session: the sample page in 繁體; returns its first title so shown."""
    sys.path.insert(0, str(ROOT))
    from reader.core.page.pages import load_page
    from reader.core.session import Settings, SettingsStore
    from reader.core.text.convert import convert_text
    from reader.core.text.script import Script

    sample = ROOT / "resources" / "sample_page.txt"
    SettingsStore(home / "config" / "settings.json").save(Settings(
        pages=[str(sample)], current_page=str(sample), script=Script.TRADITIONAL))
    return str(convert_text(load_page(sample).articles[0].title, Script.TRADITIONAL))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    env = dict(os.environ)
    # Measure what a person's second and later starts see: bytecode cached (the
    # warm-up run below writes it), as Python does unless told not to.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    titles: list[str] = []
    with tempfile.TemporaryDirectory() as home:
        env["DUBAO_HOME"] = home
        expected = restore_session(Path(home))
        reader_cmd = [sys.executable, str(ROOT / "main.py")]
        bare_cmd = [sys.executable, "-c", BARE]
        one_run(reader_cmd, env, [])  # warm the OS file cache for both
        one_run(bare_cmd, env, [])
        runs: dict[str, list[float]] = {}
        for _ in range(args.runs):
            for prefix, cmd in (("reader_", reader_cmd), ("bare_", bare_cmd)):
                for key, value in one_run(cmd, env, titles).items():
                    runs.setdefault(prefix + key, []).append(value)
    platform = env.get("QT_QPA_PLATFORM", "default (screen)")
    print(f"platform: {platform}; runs: {args.runs}; cpus: {os.cpu_count()}; "
          f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("wall clock from spawn (what a person waits; noisy when the machine is busy):")
    b = statistics.median(runs["bare_first_paint"])

    def line(name: str, xs: list[float], base: float) -> None:
        m = statistics.median(xs)
        print(f"  {name:46s} median {m:.3f} s  (min {min(xs):.3f}, max {max(xs):.3f})"
              f"  = {m / base:.2f}× bare")

    line("bare PySide6 window (list + text), first paint", runs["bare_first_paint"], b)
    line("Dubao reader, first paint (window, menus, bars)", runs["reader_first_paint"], b)
    line("Dubao reader, sample page's articles painted", runs["reader_page_paint"], b)
    print("CPU time of the process until then (steadier under load):")
    bc = statistics.median(runs["bare_first_paint_cpu"])
    line("bare PySide6 window (list + text), first paint", runs["bare_first_paint_cpu"], bc)
    line("Dubao reader, first paint (window, menus, bars)", runs["reader_first_paint_cpu"], bc)
    line("Dubao reader, sample page's articles painted", runs["reader_page_paint_cpu"], bc)
    right = sum(t == expected for t in titles)
    print(f"sample page painted in its restored script (繁體, “{expected}”): "
          f"{right} of {args.runs} runs" + ("" if right == args.runs else f"; saw {titles}"))
    print("targets: first paint ≤ 1.5× bare; sample page painted ≤ 1.0 s, in its script")
    return 0 if right == args.runs else 1


if __name__ == "__main__":
    sys.exit(main())
