"""Measure the library at scale: build, size, search speed, memory, and ripgrep.

    .venv/bin/python bench/library.py                 # 100,000 articles (~100 MB)
    .venv/bin/python bench/library.py --articles 5000 # a quick run

Generates a library of page files in a temporary folder from the real pages in
../shared/pages/dev (sentences recombined across articles, numbers redrawn, a
few characters swapped, dates spread over ten years: varied text, not one page
repeated), indexes it in a child process (a heartbeat thread standing in for
the window's event loop measures the longest stall), then answers query
classes (1-4 characters, two words, phrases; a third of them in traditional
script) in another child that only opens the library and searches, and times
ripgrep over the same files.  Nothing is written outside the temporary folder.
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


def child_index(db: Path, folder: Path) -> None:
    from reader.core.library.facade import Library

    done = threading.Event()
    result: dict[str, object] = {}

    def work() -> None:
        with Library.open(db) as lib:
            t0 = time.perf_counter()
            report = lib.indexer().index_paths([folder])
            result["index_s"] = time.perf_counter() - t0
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
            for q in qs:
                r = lib.search(q, limit=20)
                took.append(r.took_ms)
                totals.append(r.total)
            out[cls] = {"took": took, "totals": totals}
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out, ensure_ascii=False))


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


def rg_times(folder: Path, queries: dict[str, list[str]], n: int) -> dict[str, list[float]]:
    """ripgrep's time to list the files holding each query (fixed strings;
    two words: files with the first, then those with the second)."""
    out: dict[str, list[float]] = {}
    for cls, qs in queries.items():
        took = []
        for q in qs[:n]:
            words = [w.strip('"') for w in q.split()] if cls == "two words" else [q.strip('"')]
            t0 = time.perf_counter()
            listed = subprocess.run(["rg", "-l", "-F", "--", words[0], str(folder)],
                                    capture_output=True, text=True).stdout.split("\n")
            for w in words[1:]:
                files = [f for f in listed if f]
                if not files:
                    break
                listed = subprocess.run(["rg", "-l", "-F", "--", w, *files],
                                        capture_output=True, text=True).stdout.split("\n")
            took.append((time.perf_counter() - t0) * 1000)
        out[cls] = took
    return out


def recall_check(db: Path, queries: dict[str, list[str]], n: int) -> tuple[int, int]:
    """(queries whose total equals a plain scan of the stored articles, queries checked)."""
    import sqlite3

    from reader.core.library.query import article_fields, parse_query
    from reader.core.library.rows import ARTICLE_COLUMNS, article_from_row
    from reader.core.text.fold import fold

    conn = sqlite3.connect(db)
    texts = []
    for row in conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles"):
        head, body = article_fields(article_from_row(row))
        texts.append(re.sub(r"\s+", " ", fold(head + "\n" + body)))
    conn.close()
    from reader.core.library.facade import Library

    ok = checked = 0
    with Library.open(db) as lib:
        for qs in queries.values():
            for q in qs[:n]:
                terms = [fold(t) for t in parse_query(q).include]
                want = sum(1 for t in texts if all(term in t for term in terms))
                checked += 1
                ok += int(lib.search(q).total == want)
    return ok, checked


# ---------------------------------------------------------------- main

def pct(xs: list[float], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, round(p * (len(s) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=60, help="queries per class")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it")
    ap.add_argument("--child", choices=["index", "search"], help=argparse.SUPPRESS)
    ap.add_argument("child_args", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child == "index":
        child_index(Path(args.child_args[0]), Path(args.child_args[1]))
        return 0
    if args.child == "search":
        child_search(Path(args.child_args[0]), Path(args.child_args[1]))
        return 0

    work = args.keep or Path(tempfile.mkdtemp(prefix="dubao-bench-"))
    pages, db = work / "pages", work / "library.sqlite3"
    env = {**os.environ, "DUBAO_HOME": str(work / "home")}
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
        child = subprocess.Popen([*me, "index", str(db), str(pages)], env=env,
                                 stdout=subprocess.PIPE, text=True)
        finished = threading.Event()
        waiter = threading.Thread(target=lambda: (child.wait(), finished.set()))
        waiter.start()
        parent_stalls = heartbeat(finished)  # a window running the indexer as a child process
        waiter.join()
        assert child.stdout is not None and child.returncode == 0
        res = json.loads(child.stdout.read())
        db_mb = sum(f.stat().st_size for f in work.glob("library.sqlite3*")) / 1e6
        print(f"index: {res['articles']} articles from {res['files']} files "
              f"({res['failed']} failed) in {res['index_s']:.1f} s = "
              f"{res['articles'] / res['index_s']:.0f} articles/s, "
              f"{size / 1e6 / res['index_s']:.2f} MB/s; optimize {res['optimize_s']:.1f} s")
        print(f"database: {db_mb:.0f} MB ({db_mb * 1e6 / size:.2f}× the text)")
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
        n_rg = min(10, args.queries)
        rg = rg_times(pages, queries, n_rg) if shutil.which("rg") else {}
        print(f"\nsearch (limit 20, {args.queries} queries per class; rg: first {n_rg})")
        print(f"{'class':<10} {'median ms':>9} {'p95 ms':>7} {'max ms':>7} "
              f"{'median hits':>11} {'rg median ms':>12} {'speed-up':>8}")
        for cls in CLASSES:
            took = out[cls]["took"]
            med = statistics.median(took)
            rg_med = statistics.median(rg[cls]) if cls in rg else float("nan")
            print(f"{cls:<10} {med:9.2f} {pct(took, 0.95):7.2f} {max(took):7.2f} "
                  f"{statistics.median(out[cls]['totals']):11.0f} {rg_med:12.1f} "
                  f"{rg_med / med:7.0f}×")
        print(f"search process: peak RSS {out['rss_mb']:.0f} MB")
        ok, checked = recall_check(db, queries, 10)
        print(f"recall: {ok}/{checked} queries' totals equal a plain scan of every article")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
