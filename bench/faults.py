"""Faults at random moments: an indexer killed (SIGKILL) mid-run, and copies of
the reader racing to open a library that does not exist yet.

    .venv/bin/python bench/faults.py                 # 30 kills, 100 races
    .venv/bin/python bench/faults.py --kills 60 --races 300 --seed 7

Kills: a library is built from generated pages and given read and star marks;
then, again and again, ``python -m reader index`` is started on more pages (a
new folder each time, so there is always work) and killed at a random moment
of its run.  After each kill the library must open as it is (not set aside),
pass SQLite's ``quick_check`` and the search index's own check, hold every
page and article consistently, and hold every mark it was given.  At the end
the library is completed and every query must answer as a library built in
one clean run does.

Races: each trial forks several processes that open a new library at the same
instant; every one must open it, none may find it damaged or locked, nothing
may be set aside.

Prints ``kills survived``, ``races failed``, ``marks lost`` (and the details
of any failure).  Everything is written in a temporary folder.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.library.facade import Library  # noqa: E402
from tests.core.newspages import write_news_pages  # noqa: E402

QUERIES = ("本版", "记者", "半导体", "春节", "人民群众", "臺灣", "第3条", "高速公路 通车")


def marks_of(db: Path) -> set[tuple[str, bool, bool]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT key, read_at IS NOT NULL, starred_at IS NOT NULL "
                            "FROM reading").fetchall()
    finally:
        conn.close()
    return {(str(k), bool(r), bool(s)) for k, r, s in rows if r or s}


def sound(db: Path) -> str | None:
    """None if the library is sound as it is, else what is wrong."""
    try:
        with Library.open(db, thorough=True) as lib:
            if lib.recovery is not None:
                return f"set aside: {lib.recovery.reason}"
            conn = lib.connection()
            pages = conn.execute("SELECT coalesce(sum(article_count), 0) FROM pages").fetchone()[0]
            articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            if pages != articles:
                return f"pages list {pages} articles, {articles} stored"
            orphans = conn.execute("SELECT count(*) FROM articles WHERE page_id NOT IN "
                                   "(SELECT id FROM pages)").fetchone()[0]
            if orphans:
                return f"{orphans} articles without a page"
    except Exception as err:
        return repr(err)
    return None


def answers(db: Path) -> dict[str, int]:
    with Library.open(db) as lib:
        return {q: lib.search(q, limit=0).total for q in QUERIES}


def kills(work: Path, n: int, rng: random.Random) -> tuple[int, int, list[str]]:
    """(kills survived, marks lost, what went wrong)."""
    env = {**os.environ, "DUBAO_HOME": str(work / "home")}
    db = work / "library.sqlite3"
    first = write_news_pages(work / "pages" / "base", 20, seed=1)
    run = [sys.executable, "-m", "reader", "index", "--quiet", "--db", str(db)]
    subprocess.run([*run, str(work / "pages" / "base")], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    for i, page in enumerate(first[:10]):
        flags = ["--star"] if i % 3 == 0 else ["--read", "--star"] if i % 3 == 1 else ["--read"]
        subprocess.run([sys.executable, "-m", "reader", "mark", "--db", str(db), str(page),
                        str(i % 4), *flags], cwd=ROOT, env=env, check=True,
                       capture_output=True)
    want = marks_of(db)
    # How long indexing a folder takes, to kill within it.
    timing = work / "pages" / "timing"
    write_news_pages(timing, PAGES, seed=2)
    span = _indexing_time(run, timing, env)
    survived, lost, wrong, midway = 0, 0, [], 0
    for k in range(n):
        folder = work / "pages" / f"run{k:03d}"
        write_news_pages(folder, PAGES, seed=100 + k)
        proc = subprocess.Popen([*run, "--progress-json", str(folder)], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert proc.stderr is not None
        proc.stderr.readline()            # indexing has begun
        time.sleep(rng.uniform(0.0, 0.8 * span))
        midway += proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
        problem = sound(db)
        missing = want - marks_of(db)
        lost += len(missing)
        if problem is None and not missing:
            survived += 1
        else:
            wrong.append(f"kill {k}: {problem or ''} {len(missing)} marks missing".strip())
    # Finish every run, then compare with a library built in one go.
    subprocess.run([*run, str(work / "pages")], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    clean = work / "clean.sqlite3"
    subprocess.run([sys.executable, "-m", "reader", "index", "--quiet", "--db", str(clean),
                    str(work / "pages")], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    got, expected = answers(db), answers(clean)
    if got != expected:
        wrong.append(f"answers differ from a clean build: {got} != {expected}")
    print(f"({midway} of {n} kills landed while the indexer was writing)")
    return survived, lost, wrong


#: Pages in each folder an indexer is started on (and killed in).
PAGES = 200


def _indexing_time(run: list[str], folder: Path, env: dict[str, str]) -> float:
    """Seconds from the first progress line of a run to its end."""
    proc = subprocess.Popen([*run, "--progress-json", str(folder)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    proc.stderr.readline()
    start = time.monotonic()
    proc.stderr.read()
    proc.wait()
    proc.stderr.close()
    return time.monotonic() - start


def _open_at_once(db: str, gate: multiprocessing.synchronize.Barrier,
                  out: multiprocessing.queues.Queue[str]) -> None:
    gate.wait()
    try:
        with Library.open(db) as lib:
            out.put(f"set aside: {lib.recovery.reason}" if lib.recovery else "")
    except Exception as err:
        out.put(repr(err))


def races(work: Path, n: int, openers: int) -> tuple[int, list[str]]:
    """(trials with a failure, what went wrong)."""
    ctx = multiprocessing.get_context("fork")
    failed, wrong = 0, []
    for t in range(n):
        db = work / "races" / f"t{t:03d}" / "library.sqlite3"
        gate = ctx.Barrier(openers)
        out: multiprocessing.queues.Queue[str] = ctx.Queue()
        procs = [ctx.Process(target=_open_at_once, args=(str(db), gate, out))
                 for _ in range(openers)]
        for p in procs:
            p.start()
        results = [out.get(timeout=120) for _ in procs]
        for p in procs:
            p.join()
        bad = [r for r in results if r] + [f"exit {p.exitcode}" for p in procs if p.exitcode]
        aside = list(db.parent.glob("*.damaged-*"))
        if bad or aside:
            failed += 1
            wrong.append(f"race {t}: {'; '.join(bad) or 'set aside'}")
    return failed, wrong


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=30)
    ap.add_argument("--races", type=int, default=100)
    ap.add_argument("--openers", type=int, default=4, help="processes per race")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="dubao-faults-") as tmp:
        work = Path(tmp)
        start = time.monotonic()
        survived, lost, kill_wrong = kills(work, args.kills, rng)
        kill_s = time.monotonic() - start
        start = time.monotonic()
        failed, race_wrong = races(work, args.races, args.openers)
        race_s = time.monotonic() - start
    print(f"kills survived  {survived}/{args.kills}   ({kill_s:.0f} s)")
    print(f"races failed    {failed}/{args.races}   ({args.openers} processes each, {race_s:.0f} s)")
    print(f"marks lost      {lost}")
    for line in kill_wrong + race_wrong:
        print(f"  {line}")
    return 0 if survived == args.kills and failed == 0 and lost == 0 and not kill_wrong else 1


if __name__ == "__main__":
    sys.exit(main())
