"""Measure the library at scale: build, size, search speed, start-up, trends, and ripgrep.

    .venv/bin/python bench/library.py                 # 100,000 articles (~110 MB)
    .venv/bin/python bench/library.py --articles 5000 # a quick run

Generates a library of page files in a temporary folder from the real pages in
../shared/pages/dev (sentences recombined across articles, numbers redrawn, a
few characters swapped, dates spread over ten years: varied text, not one page
repeated), indexes it in a child process (a heartbeat thread standing in for
the window's event loop measures the longest stall), then answers query
classes (1-4 characters, two words, phrases; a third of them in traditional
script) in another child that only opens the library and searches
(in-process), and again each as a whole ``python -m reader search`` process,
beside a bare ``python -c pass`` and ripgrep (``rg -l -F``) on the same
queries over the same files.  It prints ripgrep's recall against the
reader's: the files it misses because the text is in the other script or
the query runs across a line wrap.  Trends are timed beside the way they were
counted before (folding every matching article again).  Nothing is written
outside the temporary folder.  Figures of a run: docs/LIBRARY_INDEX.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEV = ROOT.parent / "shared" / "pages" / "dev"
CLASSES = ("1 char", "2 chars", "3 chars", "4 chars", "two words", "phrase")
_SENTENCE = re.compile(r"[^。！？]*[。！？”]*")


# ---------------------------------------------------------------- generation

def load_corpus() -> tuple[list[str], list[str], list[str]]:
    """(titles, sentences, bylines) from the dev pages' gold files."""
    titles: list[str] = []
    sentences: list[str] = []
    names: list[str] = []
    for gold in sorted(DEV.glob("*.gold.json")):
        for a in json.loads(gold.read_text(encoding="utf-8"))["articles"]:
            if a.get("title"):
                titles.append(a["title"])
            if a.get("byline"):
                names.append(a["byline"].replace("记者", "").strip())
            for para in a["paragraphs"]:
                sentences.extend(s for s in _SENTENCE.findall(para) if len(s) >= 6)
    return titles, sentences, names or ["李明"]


def make_article(rng: random.Random, corpus: tuple[list[str], list[str], list[str]],
                 chars: str, target_bytes: int) -> tuple[str, list[str], str]:
    titles, sentences, names = corpus
    title = rng.choice(titles)
    if rng.random() < 0.5:
        other = rng.choice(titles)
        title = title[: len(title) // 2] + other[len(other) // 2:]
    paras: list[str] = []
    size = 0
    while size < target_bytes:
        para = "".join(rng.choice(sentences) for _ in range(rng.randint(2, 4)))
        para = re.sub(r"\d", lambda _: str(rng.randint(0, 9)), para)
        chunk = list(para)
        for _ in range(len(chunk) // 40):
            chunk[rng.randrange(len(chunk))] = rng.choice(chars)
        para = "".join(chunk)
        paras.append(para)
        size += len(para.encode("utf-8"))
    return title, paras, rng.choice(names)


def page_text(articles: list[tuple[str, list[str], str]], month: int, day: int) -> str:
    """Articles laid out as extracted e-paper text: headline, dateline, body
    wrapped at 18 characters, blank lines between paragraphs."""
    out: list[str] = []
    for title, paras, name in articles:
        out.append(title)
        out.append("")
        body = [f"本报北京{month}月{day}日电（记者{name}）{paras[0]}", *paras[1:]]
        for para in body:
            out.extend(para[i: i + 18] for i in range(0, len(para), 18))
            out.append("")
    return "\n".join(out) + "\n"


def generate(folder: Path, n_articles: int, seed: int) -> tuple[int, int]:
    """Write page files under *folder*; returns (files, bytes)."""
    from reader.core.page.pages import page_from_text

    rng = random.Random(seed)
    corpus = load_corpus()
    chars = "".join(s for s in corpus[1])
    per_page = 8
    probe = page_text([make_article(rng, corpus, chars, 1000) for _ in range(per_page)], 2, 1)
    found = len(page_from_text(probe).articles)
    # Lay out as many articles per page as the parser finds on a page.
    per_page = max(1, found) if found <= per_page else per_page
    n_pages = max(1, round(n_articles / per_page))
    total_bytes = 0
    start = 3650
    import datetime as dt

    for i in range(n_pages):
        day = dt.date(2024, 12, 31) - dt.timedelta(days=(i * start) // n_pages)
        sub = folder / f"{day:%Y}" / f"{day:%m}"
        sub.mkdir(parents=True, exist_ok=True)
        arts = [make_article(rng, corpus, chars, rng.randint(450, 1000)) for _ in range(per_page)]
        text = page_text(arts, day.month, day.day)
        path = sub / f"{day:%Y%m%d}_p{i % 20 + 1:02d}_{i}.txt"
        path.write_text(text, encoding="utf-8")
        total_bytes += len(text.encode("utf-8"))
    return n_pages, total_bytes


# ---------------------------------------------------------------- child: index

def heartbeat(stop: threading.Event, seconds: float = 1e9) -> list[float]:
    """An "event loop" waking every 5 ms until *stop* (or *seconds*): how late
    each wake-up came."""
    stalls: list[float] = []
    start = last = time.perf_counter()
    while not stop.is_set() and last - start < seconds:
        time.sleep(0.005)
        now = time.perf_counter()
        stalls.append(now - last - 0.005)
        last = now
    return stalls


def child_index(db: Path, folder: Path, jobs: int) -> None:
    from reader.core.library.facade import Library

    done = threading.Event()
    result: dict[str, object] = {}

    def work() -> None:
        with Library.open(db) as lib:
            t0 = time.perf_counter()
            cpu0 = time.process_time()
            own0 = time.thread_time()
            report = lib.indexer(parse_workers=jobs).index_paths([folder])
            result["index_s"] = time.perf_counter() - t0
            result["index_cpu_s"] = time.process_time() - cpu0
            # This thread (reading, parsing, storing) against the index's own
            # threads: the longer of the two bounds the run on free cores.
            result["index_thread_cpu_s"] = time.thread_time() - own0
            t1 = time.perf_counter()
            lib.optimize()
            result["optimize_s"] = time.perf_counter() - t1
            result["articles"] = report.articles
            result["files"] = report.added
            result["failed"] = len(report.failed)
        done.set()

    # The same heartbeat with nothing else running: the machine's own noise.
    result["control_max_stall_ms"] = max(heartbeat(threading.Event(), 5.0)) * 1000
    worker = threading.Thread(target=work)
    worker.start()
    stalls = heartbeat(done)
    worker.join()
    result["max_stall_ms"] = max(stalls) * 1000 if stalls else 0.0
    result["stalls_over_50ms"] = sum(1 for x in stalls if x > 0.05)
    result["beats"] = len(stalls)
    result["p99_stall_ms"] = sorted(stalls)[int(len(stalls) * 0.99)] * 1000 if stalls else 0.0
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


# ---------------------------------------------------------------- child: search

def child_search(db: Path, queries_file: Path) -> None:
    from reader.core.library.facade import Library

    queries: dict[str, list[str]] = json.loads(queries_file.read_text(encoding="utf-8"))
    out: dict[str, object] = {}
    with Library.open(db) as lib:
        lib.search("预热")  # first query loads the fold table
        for cls, qs in queries.items():
            took = []
            totals = []
            cpu = []
            for q in qs:
                c0 = time.process_time()
                r = lib.search(q, limit=20)
                cpu.append((time.process_time() - c0) * 1000)
                took.append(r.took_ms)
                totals.append(r.total)
            # Every page file holding a match (a trend lists each matching article).
            files = [sorted({i.path for row in lib.trend(q).rows for i in row.items})
                     for q in qs]
            out[cls] = {"took": took, "cpu": cpu, "totals": totals, "files": files}
        out["trends"] = child_trends(lib)
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out, ensure_ascii=False))


TREND_QUERIES = ("经济", "發展", "人民", "的", "春节 -人民")


def child_trends(lib: object) -> dict[str, dict[str, float]]:
    """Each trend query: its articles, the best of 3 runs now, and the best of
    3 counted the way it was before (every matching article folded again)."""
    from reader.core.library import trends

    out: dict[str, dict[str, float]] = {}
    for q in TREND_QUERIES:
        now, cpu = [], []
        for _ in range(3):
            c0 = time.process_time()
            now.append(lib.trend(q))  # type: ignore[attr-defined]
            cpu.append((time.process_time() - c0) * 1000)
        spellings = trends._spellings
        trends._spellings = lambda terms, written: None  # type: ignore[assignment]
        try:
            before = [lib.trend(q) for _ in range(3)]  # type: ignore[attr-defined]
        finally:
            trends._spellings = spellings  # type: ignore[assignment]
        assert now[0].to_json()["rows"] == before[0].to_json()["rows"]
        out[q] = {"articles": now[0].articles, "ms": min(t.took_ms for t in now),
                  "cpu_ms": min(cpu), "fold_again_ms": min(t.took_ms for t in before)}
    return out


# ---------------------------------------------------------------- queries

def make_queries(folder: Path, rng: random.Random, per_class: int) -> dict[str, list[str]]:
    """Substrings of the generated text; every third one in traditional script."""
    from reader.core.text.convert import get_converter

    to_traditional = get_converter("s2t").convert

    files = sorted(folder.rglob("*.txt"))
    texts = [re.sub(r"\s", "", rng.choice(files).read_text(encoding="utf-8"))
             for _ in range(per_class * 3)]

    def sub(n: int) -> str:
        while True:
            t = rng.choice(texts)
            i = rng.randrange(0, max(1, len(t) - n))
            s = t[i: i + n]
            if len(s) == n and not re.search(r"[，。、：；“”（）！？《》\"']", s):
                return s

    q: dict[str, list[str]] = {c: [] for c in CLASSES}
    for i in range(per_class):
        q["1 char"].append(sub(1))
        q["2 chars"].append(sub(2))
        q["3 chars"].append(sub(3))
        q["4 chars"].append(sub(4))
        q["two words"].append(f"{sub(2)} {sub(2)}")
        q["phrase"].append(f'"{sub(rng.randint(5, 8))}"')
        if i % 3 == 2:
            for c in CLASSES:
                q[c][-1] = to_traditional(q[c][-1])
    q["1 char"][:4] = ["的", "国", "發", "年"]  # the most common ones, always
    q["2 chars"][:2] = ["人民", "中國"]
    q["3 chars"][:1] = ["春节前"]
    return q


def words_of(cls: str, q: str) -> list[str]:
    """The fixed strings ripgrep looks for: each word (two words), the phrase
    without its quotes, or the query."""
    return [w.strip('"') for w in q.split()] if cls == "two words" else [q.strip('"')]


def children_cpu_ms() -> float:
    """CPU time (user + system) of every child process waited for so far."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (r.ru_utime + r.ru_stime) * 1000


def rg_files(folder: Path, words: list[str]) -> tuple[set[str], float]:
    """(files holding every word, ms): ``rg -l -F`` for the first word, then
    again over the files it listed for each further word; whole processes."""
    t0 = time.perf_counter()
    listed = subprocess.run(["rg", "-l", "-F", "--", words[0], str(folder)],
                            capture_output=True, text=True).stdout.split("\n")
    for w in words[1:]:
        files = [f for f in listed if f]
        if not files:
            break
        listed = subprocess.run(["rg", "-l", "-F", "--", w, *files],
                                capture_output=True, text=True).stdout.split("\n")
    return {f for f in listed if f}, (time.perf_counter() - t0) * 1000


def reader_process(db: Path, query: str, env: dict[str, str]) -> float:
    """Whole-process ms of one ``python -m reader search --json`` (20 results)."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reader", "search", "--db", str(db), "--json",
                    "--", query], cwd=ROOT, env=env, capture_output=True, check=True)
    return (time.perf_counter() - t0) * 1000


def bare_python_ms(env: dict[str, str], *flags: str, n: int = 20) -> tuple[float, float]:
    """The median whole-process time of ``python -c pass`` (the same
    interpreter, with *flags*), and its mean CPU time."""
    took = []
    cpu0 = children_cpu_ms()
    for _ in range(n):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, *flags, "-c", "pass"], env=env, check=True)
        took.append((time.perf_counter() - t0) * 1000)
    return statistics.median(took), (children_cpu_ms() - cpu0) / n


def why_missed(path: str, words: list[str]) -> str:
    """Why ripgrep did not list a file the reader found: the words are there
    once line breaks are dropped (a wrap), or only when folded (the other
    script, wraps or not)."""
    from reader.core.text.fold import fold

    joined = re.sub(r"\s+", "", Path(path).read_text(encoding="utf-8"))
    if all(w in joined for w in words):
        return "wrap"
    if all(fold(w) in fold(joined) for w in words):
        return "script"
    return "other"


def recall_check(db: Path, queries: dict[str, list[str]], n: int) -> tuple[int, int]:
    """(queries whose total equals a plain scan of the stored articles, queries checked)."""
    from reader.core.library.facade import Library
    from reader.core.library.query import article_fields, parse_query
    from reader.core.text.fold import fold

    ok = checked = 0
    with Library.open(db) as lib:
        texts = [re.sub(r"\s+", " ", fold("\n".join(article_fields(a))))
                 for page in lib.pages() for a in lib.articles(page.path)]
        for qs in queries.values():
            for q in qs[:n]:
                parsed = parse_query(q)
                terms = [re.sub(r"\s+", " ", fold(t)) for t in parsed.include]
                want = sum(1 for t in texts if all(term in t for term in terms))
                checked += 1
                ok += int(lib.search(q).total == want)
    return ok, checked


# ---------------------------------------------------------------- report

def report_search(db: Path, pages: Path, queries: dict[str, list[str]],
                  out: dict[str, dict[str, list[Any]]], env: dict[str, str]) -> None:
    """In-process and whole-process times per class, ripgrep beside them on
    the same queries, and ripgrep's recall against the reader's."""
    have_rg = shutil.which("rg") is not None
    if not have_rg:
        print("\nripgrep (rg) is not installed: its columns are left out "
              "(Debian: apt-get install ripgrep)")
    reader_process(db, "预热", env)  # writes the byte code caches, warms the file cache
    bare, bare_cpu = bare_python_ms(env)
    # Without site: no site-packages and none of their start-up hooks.  A dev
    # venv's editable install adds one (~25 ms on a slow VM) that a user's
    # install does not, so the first figure flatters the reader's own start.
    no_site, _ = bare_python_ms(env, "-S")
    n = len(next(iter(queries.values())))
    print(f"\nsearch, {n} queries per class (limit 20 in-process); whole process: "
          f"`python -m reader search --json` vs `rg -l -F` (two words: rg again over the "
          f"files listed), a bare `python -c pass` takes {bare:.1f} ms ({bare_cpu:.1f} ms CPU); "
          f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'class':<10} {'in-process ms':>14} {'(CPU ms)':>13} {'whole-process ms':>17} "
          f"{'rg whole ms':>12} {'CPU p50 ms':>12} {'hits':>6}   "
          f"rg recall (missed: script / wrap / other)")
    print(f"{'':<10} {'p50':>6} {'p95':>7} {'p50':>6} {'p95':>6} {'p50':>8} {'p95':>8} "
          f"{'p50':>5} {'p95':>6} {'reader':>6} {'rg':>5}")
    missed_all = {"script": 0, "wrap": 0, "other": 0}
    found_all = extra_all = 0
    proc_all: list[float] = []
    cpu_reader = cpu_rg = 0.0
    for cls in CLASSES:
        took = out[cls]["took"]
        whole, rg_ms, whole_cpu, rg_cpu = [], [], [], []
        found = extra = 0
        missed = {"script": 0, "wrap": 0, "other": 0}
        for q, in_files in zip(queries[cls], out[cls]["files"], strict=True):
            files = set(in_files)
            cpu0 = children_cpu_ms()
            whole.append(reader_process(db, q, env))
            whole_cpu.append(children_cpu_ms() - cpu0)
            if have_rg:
                words = words_of(cls, q)
                cpu0 = children_cpu_ms()
                listed, rms = rg_files(pages, words)
                rg_cpu.append(children_cpu_ms() - cpu0)
                rg_ms.append(rms)
                found += len(files)
                extra += len(listed - files)
                for f in files - listed:
                    missed[why_missed(f, words)] += 1
        proc_all += whole
        cpu_reader += sum(whole_cpu)
        cpu_rg += sum(rg_cpu)
        rg_cols = (f"{statistics.median(rg_ms):5.0f} {pct(rg_ms, 0.95):6.0f}" if rg_ms
                   else f"{'-':>5} {'-':>6}")
        cpu_cols = f"{statistics.median(whole_cpu):6.1f} " + (
            f"{statistics.median(rg_cpu):5.0f}" if rg_cpu else f"{'-':>5}")
        recall = (f"{1 - sum(missed.values()) / max(1, found):6.1%} of {found} files "
                  f"({missed['script']} / {missed['wrap']} / {missed['other']}; "
                  f"{extra} listed the reader does not)") if have_rg else ""
        cpu = out[cls]["cpu"]
        print(f"{cls:<10} {statistics.median(took):6.2f} {pct(took, 0.95):7.2f} "
              f"{statistics.median(cpu):6.2f} {pct(cpu, 0.95):6.2f} "
              f"{statistics.median(whole):8.1f} {pct(whole, 0.95):8.1f} {rg_cols} {cpu_cols} "
              f"{statistics.median(out[cls]['totals']):6.0f}   {recall}")
        for k in missed:
            missed_all[k] += missed[k]
        found_all += found
        extra_all += extra
    print(f"whole-process `reader search` above a bare python: median "
          f"{statistics.median(proc_all) - bare:.1f} ms, p95 {pct(proc_all, 0.95) - bare:.1f} ms "
          f"(above `python -S -c pass`, {no_site:.1f} ms: median "
          f"{statistics.median(proc_all) - no_site:.1f} ms); "
          f"CPU per process {cpu_reader / len(proc_all):.1f} ms (bare python "
          f"{bare_cpu:.1f} ms" + (f", rg {cpu_rg / len(proc_all):.1f} ms)" if have_rg else ")"))
    if have_rg:
        print(f"ripgrep found {1 - sum(missed_all.values()) / max(1, found_all):.1%} of the "
              f"{found_all} files the reader found: it missed {missed_all['script']} written in "
              f"the other script, {missed_all['wrap']} where the words run across a line wrap, "
              f"{missed_all['other']} other; it listed {extra_all} files the reader does not "
              f"(two words in different articles of one page)")


def report_trends(trends: dict[str, dict[str, float]]) -> None:
    print(f"\ntrends (in-process, best of 3): now vs folding every matching article again; "
          f"load average {os.getloadavg()[0]:.1f}")
    for q, t in trends.items():
        print(f"  {q:<12} {t['articles']:7.0f} articles  {t['ms']:7.1f} ms ({t['cpu_ms']:6.1f} ms "
              f"CPU)   fold again: {t['fold_again_ms']:7.1f} ms")


# ---------------------------------------------------------------- main

def machine_loop_s(steps: int = 10**7) -> float:
    """Seconds a plain Python loop of *steps* additions takes (best of 3): a
    yardstick for comparing this run's absolute times with another machine's
    (docs/LIBRARY_INDEX.md: 0.67 s on a VM that ran everything about twice
    as slow as the runs the issue's limits came from)."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        total = 0
        for i in range(steps):
            total += i
        best = min(best, time.perf_counter() - t0)
    return best


def pct(xs: list[float], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, round(p * (len(s) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=60, help="queries per class")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it")
    ap.add_argument("--jobs", type=int, default=2,
                    help="processes parsing pages ahead of the indexer, as `reader index "
                         "--jobs` (default: as the command, as the cores allow)")
    ap.add_argument("--child", choices=["index", "search"], help=argparse.SUPPRESS)
    ap.add_argument("child_args", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child == "index":
        child_index(Path(args.child_args[0]), Path(args.child_args[1]), args.jobs)
        return 0
    if args.child == "search":
        child_search(Path(args.child_args[0]), Path(args.child_args[1]))
        return 0

    work = args.keep or Path(tempfile.mkdtemp(prefix="dubao-bench-"))
    pages, db = work / "pages", work / "library.sqlite3"
    # As a user runs it: byte code cached (a shell may say otherwise for its own reasons).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["DUBAO_HOME"] = str(work / "home")
    print(f"this machine: a 10^7-step Python loop takes {machine_loop_s():.2f} s "
          f"(best of 3), {os.cpu_count()} cores", flush=True)
    try:
        t0 = time.perf_counter()
        if not pages.exists():
            files, size = generate(pages, args.articles, args.seed)
        else:
            files = sum(1 for _ in pages.rglob("*.txt"))
            size = sum(f.stat().st_size for f in pages.rglob("*.txt"))
        print(f"generated {files} page files, {size / 1e6:.1f} MB in "
              f"{time.perf_counter() - t0:.0f} s", flush=True)
        if db.exists():
            db.unlink()
        me = [sys.executable, __file__, "--child"]
        child = subprocess.Popen([*me[:2], "--jobs", str(args.jobs), *me[2:], "index", str(db),
                                  str(pages)], env=env,
                                 stdout=subprocess.PIPE, text=True)
        finished = threading.Event()
        waiter = threading.Thread(target=lambda: (child.wait(), finished.set()))
        waiter.start()
        parent_stalls = heartbeat(finished)  # a window running the indexer as a child process
        waiter.join()
        assert child.stdout is not None and child.returncode == 0
        res = json.loads(child.stdout.read())
        index_mb = sum(f.stat().st_size for f in db.with_name(db.name + ".index").iterdir()) / 1e6
        sqlite_mb = sum(f.stat().st_size for f in work.glob("library.sqlite3*")
                        if f.is_file()) / 1e6
        db_mb = sqlite_mb + index_mb
        print(f"index (--jobs {args.jobs}): {res['articles']} articles from {res['files']} files "
              f"({res['failed']} failed) in {res['index_s']:.1f} s = "
              f"{res['articles'] / res['index_s']:.0f} articles/s, "
              f"{size / 1e6 / res['index_s']:.2f} MB/s; optimize {res['optimize_s']:.1f} s; "
              f"CPU {res['index_cpu_s']:.0f} s over all threads (parsing processes not "
              f"counted), of which the indexing "
              f"thread {res['index_thread_cpu_s']:.0f} s (on two cores to themselves at most "
              f"{size / 1e6 / max(res['index_thread_cpu_s'], res['index_cpu_s'] / 2):.1f} MB/s); "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"library: {db_mb:.0f} MB = {db_mb * 1e6 / size:.2f}× the page text "
              f"(SQLite file {sqlite_mb:.0f} MB: pages, articles compressed, marks; "
              f"search index {index_mb:.0f} MB)")
        over = sum(1 for x in parent_stalls if x > 0.05)
        print(f"indexer process: peak RSS {res['rss_mb']:.0f} MB")
        print(f"event-loop stand-in (5 ms heartbeat) while indexing runs on a thread: max "
              f"{res['max_stall_ms']:.1f} ms, p99 {res['p99_stall_ms']:.1f} ms, "
              f"{res['stalls_over_50ms']} of {res['beats']} beats late > 50 ms")
        print(f"  same heartbeat in another process at the same time (machine noise, or a "
              f"window indexing through a child process): max {max(parent_stalls) * 1000:.1f} "
              f"ms, {over} of {len(parent_stalls)} late > 50 ms; with nothing running: max "
              f"{res['control_max_stall_ms']:.1f} ms")

        rng = random.Random(args.seed + 1)
        queries = make_queries(pages, rng, args.queries)
        qfile = work / "queries.json"
        qfile.write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
        out = json.loads(subprocess.run([*me, "search", str(db), str(qfile)], env=env,
                                        capture_output=True, text=True, check=True).stdout)
        report_search(db, pages, queries, out, env)
        report_trends(out["trends"])
        print(f"search process: peak RSS {out['rss_mb']:.0f} MB")
        ok, checked = recall_check(db, queries, 10)
        print(f"recall: {ok}/{checked} queries' totals equal a plain scan of every article")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
