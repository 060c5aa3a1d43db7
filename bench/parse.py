"""Parser speed and memory: ms per page for the sample, MB/s on a large input,
and peak memory against input size (it must grow linearly).

    .venv/bin/python bench/parse.py [--mb 20]

Prints figures; asserts nothing.  The large input is generated: the sample page
and, when ../shared/pages/dev is present, the dev pages, repeated with their
numbers changed so that no two pages are identical.
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

from reader.core.page.articles import parse_articles  # noqa: E402
from reader.core.resources import sample_page  # noqa: E402

DEV = ROOT.parent / "shared" / "pages" / "dev"


def sources() -> list[str]:
    texts = [sample_page().read_text(encoding="utf-8")]
    if DEV.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    return texts


def generated(megabytes: float) -> str:
    """Pages one after another until the text is *megabytes* of UTF-8."""
    texts = sources()
    out: list[str] = []
    size = 0
    k = 0
    while size < megabytes * 1e6:
        text = re.sub(r"\d+", lambda m, k=k: str(int(m.group()) + k), texts[k % len(texts)])
        out.append(text)
        size += len(text.encode("utf-8"))
        k += 1
    return "\n\n".join(out)


def time_sample(runs: int = 200) -> list[float]:
    text = sample_page().read_text(encoding="utf-8")
    parse_articles(text)  # warm up regex caches
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        parse_articles(text)
        times.append((time.perf_counter() - t) * 1000)
    return times


def throughput(text: str) -> tuple[float, float, int]:
    mb = len(text.encode("utf-8")) / 1e6
    gc.collect()
    wall = time.perf_counter()
    cpu = time.process_time()
    articles = parse_articles(text)
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    return mb / wall, mb / cpu, len(articles)


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

    times = time_sample()
    print(f"sample page: median {statistics.median(times):.2f} ms, "
          f"p95 {sorted(times)[int(len(times) * 0.95)]:.2f} ms per page "
          f"({len(times)} runs; floor < 5 ms)")

    text = generated(args.mb)
    wall_rate, cpu_rate, n = throughput(text)
    print(f"large input: {len(text.encode('utf-8')) / 1e6:.1f} MB, {n} articles, "
          f"{wall_rate:.1f} MB/s wall, {cpu_rate:.1f} MB/s CPU (floor >= 5 MB/s)")

    print("peak memory (tracemalloc) by input size:")
    for size in (args.mb / 8, args.mb / 4, args.mb / 2):
        part = generated(size)
        mb = len(part.encode("utf-8")) / 1e6
        peak = peak_memory(part)
        print(f"  {mb:6.2f} MB in -> {peak:7.1f} MB peak ({peak / mb:.1f}x input)")


if __name__ == "__main__":
    main()
