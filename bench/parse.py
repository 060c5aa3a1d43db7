"""Parser speed and memory: ms per page for the sample, MB/s over many pages
parsed one by one, MB/s on one large text (it must hold the per-page rate:
parsing is linear), and peak memory against input size.

    .venv/bin/python bench/parse.py [--mb 20]

Prints figures; asserts nothing.  "Many pages" are the sample page and, when
../shared/pages/dev is present, the 40 dev pages, each parsed on its own;
the large input is those pages one after another, repeated with their
numbers changed so that no two pages are identical.  Times are CPU time
(``time.process_time``), the best of a few runs, so that other work on the
machine does not blur them.  The first line says whether the parser ran
compiled by mypyc (optional: ``scripts/compile_parser.py``) or as plain Python;
``DUBAO_PURE_PARSER=1`` measures the plain one even when a build is there.
"""

from __future__ import annotations

import argparse
import gc
import re
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.page import COMPILED  # noqa: E402
from reader.core.page.articles import parse_articles  # noqa: E402
from reader.core.resources import sample_page  # noqa: E402

DEV = ROOT.parent / "shared" / "pages" / "dev"


def sources() -> list[str]:
    texts = [sample_page().read_text(encoding="utf-8")]
    if DEV.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    return texts


def generated_pages(megabytes: float) -> list[str]:
    """Pages, numbers changed so that no two are alike, *megabytes* of UTF-8 in all."""
    texts = sources()
    out: list[str] = []
    size = 0
    k = 0
    while size < megabytes * 1e6:
        text = re.sub(r"\d+", lambda m, k=k: str(int(m.group()) + k), texts[k % len(texts)])
        out.append(text)
        size += len(text.encode("utf-8"))
        k += 1
    return out


def generated(megabytes: float) -> str:
    """Those pages one after another: one text of *megabytes*."""
    return "\n\n".join(generated_pages(megabytes))


def time_sample(runs: int = 200) -> list[float]:
    text = sample_page().read_text(encoding="utf-8")
    parse_articles(text)  # warm up regex caches and the model
    times = []
    for _ in range(runs):
        t = time.process_time()
        parse_articles(text)
        times.append((time.process_time() - t) * 1000)
    return times


def per_page_rate(texts: list[str], rounds: int = 5) -> float:
    """MB/s parsing each page on its own (best of *rounds*)."""
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        t = time.process_time()
        for text in texts:
            parse_articles(text)
        best = min(best, time.process_time() - t)
    return mb / best


def one_text_rate(text: str, rounds: int = 2) -> tuple[float, int]:
    """MB/s parsing *text* as one page (best of *rounds*), and its article count."""
    mb = len(text.encode("utf-8")) / 1e6
    best = float("inf")
    n = 0
    for _ in range(rounds):
        gc.collect()
        t = time.process_time()
        n = len(parse_articles(text))
        best = min(best, time.process_time() - t)
    return mb / best, n


def peak_memory(text: str) -> float:
    gc.collect()
    tracemalloc.start()
    parse_articles(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=20.0, help="size of the large input")
    args = ap.parse_args()

    print("parser: " + ("compiled by mypyc (scripts/compile_parser.py)" if COMPILED else
                        "plain Python (DUBAO_PURE_PARSER set, or no fresh build of "
                        "scripts/compile_parser.py)"))
    from reader.core.page.trees import TREES_FILE, forest

    loads = []
    for _ in range(5):
        forest.cache_clear()
        started = time.process_time()
        trees = forest("head")
        if trees is not None:  # (the first score makes the masks it scores with)
            trees.score([0.0] * len(trees.names))
        loads.append(time.process_time() - started)
    print(f"tree ensemble ({TREES_FILE}): " + ("none" if trees is None else
          f"{len(trees.roots)} trees, {len(trees.threshold)} nodes, loaded and made ready "
          f"to score in {min(loads) * 1e3:.1f} ms (best of 5, CPU; ceiling 50 ms)"))
    times = time_sample()
    print(f"sample page: median {statistics.median(times):.2f} ms, "
          f"p95 {sorted(times)[int(len(times) * 0.95)]:.2f} ms per page "
          f"({len(times)} runs; floor < 5 ms)")

    texts = sources()
    pages = max(per_page_rate(texts) for _ in range(2))
    size = sum(len(t.encode("utf-8")) for t in texts) / len(texts) / 1e3
    print(f"many pages: {len(texts)} pages of {size:.1f} KB on average, each parsed on its "
          f"own: {pages:.1f} MB/s (floor >= 10 MB/s)")

    # the same pages parsed one by one and as one text, interleaved, best of
    # each (other work on the machine slows both alike)
    parts = generated_pages(args.mb)
    text = "\n\n".join(parts)
    one_by_one = rate = 0.0
    n = 0
    for _ in range(3):
        one_by_one = max(one_by_one, per_page_rate(parts, rounds=1))
        r, n = one_text_rate(text, rounds=1)
        rate = max(rate, r)
    print(f"one large text: {len(text.encode('utf-8')) / 1e6:.1f} MB, {n} articles, "
          f"{rate:.1f} MB/s; its {len(parts)} pages one by one {one_by_one:.1f} MB/s: "
          f"{rate / one_by_one:.2f}x (floor >= 0.9x)")

    print("peak memory (tracemalloc) by input size:")
    for part_mb in (args.mb / 8, args.mb / 4, args.mb / 2):
        part = generated(part_mb)
        mb = len(part.encode("utf-8")) / 1e6
        peak = peak_memory(part)
        print(f"  {mb:6.2f} MB in -> {peak:7.1f} MB peak ({peak / mb:.1f}x input)")


if __name__ == "__main__":
    main()
