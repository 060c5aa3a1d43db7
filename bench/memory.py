"""Memory of the window: resident set size (RSS) of the real reader, offscreen,
next to a bare PySide6 window's, each in a fresh process (issue 12: <= 160 MB
with the sample page open after everything has loaded).

- bare: a ``QMainWindow`` with a ``QListView`` and a ``QTextEdit``, shown;
- sample page: the reader on a first run (empty ``DUBAO_HOME``) showing the
  sample page, once everything it loads on its own has loaded: the page,
  the text engine (conversion tables, jieba, the IDF table), the key terms of
  the article shown, the library (and the page indexed into it);
- 40-page folder: the same with a folder of 40 pages opened (the dev pages of
  ../shared/pages/dev, copied to a temporary folder, or the sample page
  40 times with its numbers changed when they are missing).

Each run also prints the RSS at each stage (Qt up, first paint, page shown,
converters, segmenter, settled) and the peak.  RSS is read from
``/proc/self/status`` (Linux); elsewhere only the peak is known
(``getrusage``), and it is printed as such.

    .venv/bin/python bench/memory.py [--runs N] [--script simplified|traditional|...]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "pages" / "dev"
SAMPLE = ROOT / "resources" / "sample_page.txt"
PAGES = 40
#: How long the window must stay idle (no task running) before the figure is read.
SETTLE_MS = 1500


def rss_mb() -> tuple[float, bool]:
    """Resident set size now in MB, and whether it is the current size (True)
    or only the peak (False, where ``/proc`` is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024, True
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024), False


def peak_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return rss_mb()[0]


def stage(name: str) -> None:
    value, current = rss_mb()
    print(f"stage {name} {value:.1f} {'rss' if current else 'peak'}", flush=True)
    if os.environ.get("DUBAO_BENCH_TRACE"):
        import tracemalloc

        parts = status_fields("RssAnon", "RssFile")
        print(f"traced at {name}: python {tracemalloc.get_traced_memory()[0] / 2**20:.1f} MB, "
              + ", ".join(f"{k} {v:.1f} MB" for k, v in parts.items()), flush=True)


def status_fields(*names: str) -> dict[str, float]:
    """Fields of ``/proc/self/status`` in MB (those there are; none off Linux)."""
    found: dict[str, float] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                key, _, rest = line.partition(":")
                if key in names:
                    found[key] = int(rest.split()[0]) / 1024
    except OSError:
        pass
    return found


# ---- the child processes ------------------------------------------------------------------
def child_bare() -> None:
    from PySide6.QtCore import QStringListModel, QTimer
    from PySide6.QtWidgets import QApplication, QListView, QMainWindow, QSplitter, QTextEdit

    app = QApplication(sys.argv[:1])
    stage("qt")
    window = QMainWindow()
    split = QSplitter()
    view = QListView()
    model = QStringListModel([f"article {i}" for i in range(20)])
    view.setModel(model)
    text = QTextEdit()
    text.setPlainText(SAMPLE.read_text(encoding="utf-8"))
    split.addWidget(view)
    split.addWidget(text)
    window.setCentralWidget(split)
    window.resize(1200, 800)
    window.show()

    def done() -> None:
        stage("settled")
        finish()

    QTimer.singleShot(SETTLE_MS, done)
    app.exec()


def child_reader(paths: list[str], pages: int) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.ui import app as app_module
    from reader.ui.compose import Reader
    from reader.ui.shell import build_shell
    from reader.ui.state import Change

    app = QApplication(sys.argv[:1] + app_module.fusion_arguments())
    app_module.set_identity(app, icon=False)
    app_module.tune_interpreter()
    stage("qt")
    shell = build_shell()   # as the reader starts: the shell, painted, then the rest
    window = shell.window
    started: list[Reader] = []
    seen: set[str] = set()

    def once(name: str) -> None:
        if name not in seen:
            seen.add(name)
            stage(name)

    def start() -> None:
        stage("first_paint")
        reader = app_module.start(shell, paths, app, None)
        started.append(reader)
        reader.commands.changed.connect(
            lambda change: once("page_shown") if change & Change.LOADED else None)
        reader.engine.segmenter_ready.connect(lambda: once("segmenter"))

    watcher = app_module.FirstPaint(window.article_view.viewport())
    watcher.painted.connect(start)
    idle = [0]

    def loaded() -> bool:
        if not started:
            return False
        reader = started[0]
        state, services, engine = reader.state, reader.services, reader.engine
        if engine.ready(state.script):
            once("converters")
        if not (engine.ready(state.script) and engine.has_segmenter):
            return False
        if len(services.open.pages) < pages or state.current is None:
            return False
        if services.open.shown(state.current.path) is None:
            return False
        if not services.terms.keywords(state.current):
            return False
        lib = services.library
        if lib is not None and (not lib.ready or lib.runner.busy()):
            return False
        return not (reader.workers.busy() or engine.workers.busy())

    def poll() -> None:
        idle[0] = idle[0] + 100 if loaded() else 0
        if idle[0] >= SETTLE_MS:
            stage("settled")
            reader = started[0]
            print(f"keywords {json.dumps(reader.services.terms.keywords(reader.state.current))}",
                  flush=True)
            finish()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(100)
    QTimer.singleShot(120_000, lambda: (print("timeout", flush=True), finish()))
    window.show()
    window.article_view.setFocus()
    app.exec()


def finish() -> None:
    if os.environ.get("DUBAO_BENCH_TRACE"):
        report_traced()
    print(f"peak {peak_mb():.1f}", flush=True)
    sys.stdout.flush()
    os._exit(0)


def report_traced(top: int = 25) -> None:
    """Where the Python objects alive now were allocated, by file (``--trace``)."""
    import tracemalloc

    for name, size in mapped_files()[:12]:
        print(f"traced {size:8.1f} MB  (resident, mapped) {name}")
    snapshot = tracemalloc.take_snapshot()
    stats = snapshot.statistics("filename")
    total = sum(s.size for s in stats)
    print(f"traced total {total / 2**20:.1f} MB in {sum(s.count for s in stats)} blocks")
    for stat in stats[:top]:
        name = stat.traceback[0].filename
        name = name.split("site-packages/")[-1].replace(str(ROOT) + "/", "")
        print(f"traced {stat.size / 2**20:8.1f} MB {stat.count:>9} blocks  {name}")


def mapped_files() -> list[tuple[str, float]]:
    """Resident MB of each mapped file and of the anonymous memory, largest
    first (``/proc/self/smaps``; empty off Linux)."""
    sizes: dict[str, float] = {}
    name = ""
    try:
        with open("/proc/self/smaps", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                first = line.split(maxsplit=5)
                if first and "-" in first[0] and len(first) >= 5:
                    name = first[5].strip() if len(first) > 5 else "[anonymous]"
                elif first and first[0] == "Rss:":
                    sizes[name] = sizes.get(name, 0.0) + int(first[1]) / 1024
    except OSError:
        return []
    return sorted(sizes.items(), key=lambda item: -item[1])


# ---- the parent ----------------------------------------------------------------------------
def folder_of_pages(where: Path) -> Path:
    """A folder of :data:`PAGES` pages: the dev pages, or the sample page made
    into as many different pages (its digits shifted)."""
    folder = where / "pages"
    folder.mkdir()
    dev = sorted(DEV.glob("*.txt"))[:PAGES]
    if len(dev) == PAGES:
        for path in dev:
            shutil.copyfile(path, folder / path.name)
        return folder
    text = SAMPLE.read_text(encoding="utf-8")
    for i in range(PAGES):
        shifted = text.translate({ord(d): str((int(d) + i) % 10) for d in "0123456789"})
        (folder / f"page_{i:02d}.txt").write_text(shifted, encoding="utf-8")
    return folder


def run(mode: str, args: list[str], env: dict[str, str], echo: str = "") -> dict[str, float]:
    """Run one child; its figures by stage (lines starting with *echo* are printed)."""
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", mode, *args],
                         env=env, cwd=ROOT, capture_output=True, text=True, timeout=180)
    figures: dict[str, float] = {}
    for line in out.stdout.splitlines():
        key, _, rest = line.partition(" ")
        if key == "stage":
            name, value, _kind = rest.split()
            figures[name] = float(value)
        elif key == "peak":
            figures["peak"] = float(rest)
        elif echo and key == echo:
            print(" ", rest)
        elif key == "timeout":
            raise RuntimeError(f"{mode}: never settled\n{out.stderr[-2000:]}")
    if "settled" not in figures:
        raise RuntimeError(f"{mode}: no figure\n{out.stdout[-1000:]}\n{out.stderr[-2000:]}")
    return figures


def fresh_home(home: Path, script: str) -> Path:
    """An empty ``DUBAO_HOME`` whose preferences show *script*."""
    (home / "config").mkdir(parents=True)
    (home / "config" / "preferences.json").write_text(
        json.dumps({"default_script": script.upper()}), encoding="utf-8")
    return home


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="runs of each (median)")
    ap.add_argument("--script", default="simplified",
                    help="the script the window shows (as a preference)")
    ap.add_argument("--trace", action="store_true",
                    help="one run of the sample page, with where its Python objects were made"
                         " (tracemalloc: slower, and its own bookkeeping adds to RSS)")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        if os.environ.get("DUBAO_BENCH_TRACE"):
            import tracemalloc

            tracemalloc.start()
        mode, *rest = args.child
        sys.path.insert(0, str(ROOT))
        if mode == "bare":
            child_bare()
        else:
            child_reader(rest[1:], int(rest[0]))
        return 0
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    order = ("qt", "first_paint", "page_shown", "converters", "segmenter", "settled", "peak")
    results: dict[str, list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = folder_of_pages(Path(tmp))
        cases = {
            "bare window": ("bare", []),
            "sample page": ("reader", ["1", str(SAMPLE)]),
            f"{PAGES}-page folder": ("reader", [str(PAGES), str(folder)]),
        }
        # A first start builds the caches (jieba, IDF); every measured run starts
        # on a fresh home with them, as a person's second and later starts do.
        warm = fresh_home(Path(tmp) / "warm", args.script)
        run("reader", ["1", str(SAMPLE)], dict(env, DUBAO_HOME=str(warm)))
        if args.trace:
            home = fresh_home(Path(tmp) / "traced", args.script)
            shutil.copytree(warm / "cache", home / "cache")
            out = run("reader", ["1", str(SAMPLE)],
                      dict(env, DUBAO_HOME=str(home), DUBAO_BENCH_TRACE="1"), echo="traced")
            print(f"  (sample page, traced: RSS {out['settled']:.1f} MB)")
            return 0
        for run_no in range(args.runs):
            for name, (mode, rest) in cases.items():
                home = fresh_home(Path(tmp) / f"home-{run_no}-{len(results.get(name, []))}"
                                  f"-{list(cases).index(name)}", args.script)
                shutil.copytree(warm / "cache", home / "cache")
                results.setdefault(name, []).append(run(mode, rest, dict(env, DUBAO_HOME=str(home))))
    print(f"RSS in MB (median of {args.runs} runs; Linux /proc/self/status VmRSS),"
          f" script shown: {args.script}")
    print(f"  {'':<16}" + "".join(f"{name:>16}" for name in results))
    for key in order:
        row = [statistics.median(r[key] for r in runs) if all(key in r for r in runs) else None
               for runs in results.values()]
        if any(v is not None for v in row):
            print(f"  {key:<16}" + "".join(f"{v:>16.1f}" if v is not None else f"{'-':>16}"
                                            for v in row))
    # The machine may be busy: how far apart the runs were.
    print(f"  {'settled spread':<16}" + "".join(
        f"{min(r['settled'] for r in runs):>9.1f}-{max(r['settled'] for r in runs):<6.1f}"
        for runs in results.values()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
