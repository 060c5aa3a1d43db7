"""Speed of the Chinese text engine: start-up, per-article latency, throughput.

- first conversion / first segmentation after start, each in a fresh process
  (imports included); segmentation without the cache next to with it, and how
  long a thread ticking every millisecond (the window's event loop) waits at
  worst while a worker loads the segmenter (issue 12: cached <= 0.5x uncached);
- a 2,000-character article converted and its highlight spans computed, once
  loaded (target ≤ 5 ms), for each script the reader shows;
- conversion and segmentation throughput in MB (UTF-8) per second;
- ``reader keywords`` on long inputs at two sizes each (issue 13: it was
  quadratic on runs without punctuation), whole process.

Text: the 40 pages of ../shared/pages/dev (read in place, never copied) or the
sample page when they are missing.

    .venv/bin/python bench/text.py
"""

from __future__ import annotations

import resource as rusage
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.text.convert import Script, get_converter  # noqa: E402
from reader.core.text.highlight import compute_spans  # noqa: E402
from reader.core.text.keywords import KeywordExtractor  # noqa: E402
from reader.core.text.words import Segmenter  # noqa: E402

DEV = ROOT.parent / "shared" / "pages" / "dev"


def corpus() -> str:
    files = sorted(DEV.glob("*.txt")) or [ROOT / "resources" / "sample_page.txt"]
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


def fresh(code: str, env_home: str) -> float:
    """Seconds a fresh interpreter takes to run *code* (it prints its own timing)."""
    return fresh_timed(code, env_home)[0]


def fresh_timed(code: str, env_home: str) -> tuple[float, float]:
    """What *code* prints (its own timing) and the wall time of the whole
    process, interpreter start and exit included."""
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"DUBAO_HOME": env_home, "PATH": "/usr/bin:/bin"},
    )
    return float(out.stdout.strip().splitlines()[-1]), time.perf_counter() - start


FIRST_CONVERT = """
import time; t = time.perf_counter()
from reader.core.text.convert import Script, convert_text
convert_text("开发区的软件和U盘", Script.{script})
print(time.perf_counter() - t)
"""

FIRST_CUT = """
import time; t = time.perf_counter()
from reader.core.paths import cache_dir
from reader.core.text.words import Segmenter
segmenter = Segmenter({cache})
segmenter.cut("开发区招商引资百日冲刺成效显著")
assert segmenter.loaded_from_cache == {expect_cached}
print(time.perf_counter() - t)
"""

#: A thread ticking every millisecond (the window's event loop) while a worker
#: loads what the window's text engine loads (segmenter, IDF table, stop
#: words, headline table): its longest wait is how long the window would freeze.
STALL = """
import threading, time
from reader.core.paths import cache_dir
from reader.core.text.headline_words import shipped_headline_words
from reader.core.text.keywords import default_stopwords, jieba_idf
from reader.core.text.words import Segmenter
segmenter = Segmenter({cache})
def load():
    segmenter.load()
    jieba_idf(segmenter.cache_dir)
    default_stopwords()
    shipped_headline_words()
worker = threading.Thread(target=load)
longest, last = 0.0, time.perf_counter()
worker.start()
while worker.is_alive():
    time.sleep(0.001)
    now = time.perf_counter()
    longest, last = max(longest, now - last), now
print(longest)
"""

RUNS = 7


def start_up() -> None:
    print("first use after start (fresh process, imports included)")
    with tempfile.TemporaryDirectory() as home:
        for script in Script:
            seconds = fresh(FIRST_CONVERT.format(script=script.name), home)
            print(f"  first conversion {script.label} ({script.config}): {seconds * 1000:6.0f} ms")
        filling = fresh(FIRST_CUT.format(cache="cache_dir()", expect_cached=False), home)
        uncached: list[tuple[float, float]] = []
        cached: list[tuple[float, float]] = []
        for _ in range(RUNS):  # interleaved, so both see the same machine
            uncached.append(fresh_timed(FIRST_CUT.format(cache="None", expect_cached=False), home))
            cached.append(fresh_timed(FIRST_CUT.format(cache="cache_dir()", expect_cached=True), home))
        stall_cached = max(fresh(STALL.format(cache="cache_dir()"), home) for _ in range(3))
        stall_uncached = max(fresh(STALL.format(cache="None"), home) for _ in range(3))
    print(f"\nfirst segmentation in a fresh process (median of {RUNS}, interleaved)")
    print(f"  {'':<30} {'uncached':>10} {'cached':>10} {'ratio':>7}")
    for i, label in ((0, "first cut, imports included"), (1, "whole process (python -c)")):
        no = statistics.median(t[i] for t in uncached)
        yes = statistics.median(t[i] for t in cached)
        print(f"  {label:<30} {no * 1000:8.0f} ms {yes * 1000:8.0f} ms {yes / no:7.2f}   (target <= 0.50)")
    print(f"  {'longest stall of a 1 ms ticker':<30} {stall_uncached * 1000:8.1f} ms {stall_cached * 1000:8.1f} ms"
          "          (worst of 3; target <= ~50 ms)")
    print(f"  first cut with an empty cache (builds and writes it): {filling * 1000:.0f} ms")


def article_latency(text: str, segmenter: Segmenter) -> None:
    print("\n2,000-character article: convert + highlight spans, once loaded (median, max)")
    extractor = KeywordExtractor(segmenter)
    chunks = [text[i : i + 2000] for i in range(0, len(text) - 2000, 2000)][:60]
    terms_of = [
        {
            "keyword": [k.word for k in extractor.extract(chunk, 10)],
            "watch": ["开发区", "半导体", "疫情防控", "U盘", "北京"],
            "query": ["经济", "发展"],
        }
        for chunk in chunks
    ]
    for script in Script:
        converter = get_converter(script.config)
        converter.load()
        for label, clear in (("steady", False), ("first sight", True)):
            times = []
            for chunk, terms in zip(chunks, terms_of, strict=True):
                if clear:
                    converter._get()._memo.clear()
                t = time.perf_counter()
                shown = converter.convert(chunk)
                compute_spans(shown, terms, script=script)
                times.append(time.perf_counter() - t)
            print(
                f"  {script.label:<6} ({script.config:<5}) {label:<11} "
                f"{statistics.median(times) * 1000:5.2f} ms  max {max(times) * 1000:5.2f} ms"
            )


def throughput(text: str, segmenter: Segmenter) -> None:
    size = len(text.encode("utf-8")) / 1e6
    print(f"\nthroughput on {size:.2f} MB of page text")
    traditional = get_converter("s2t").convert(text)
    taiwan = get_converter("s2twp").convert(text)
    for config, source in (
        ("s2t", text), ("s2tw", text), ("s2twp", text), ("s2hk", text),
        ("t2s", traditional), ("tw2sp", taiwan), ("t2tw", traditional),
    ):  # fmt: skip
        converter = get_converter(config)
        converter.load()
        converter._get()._memo.clear()
        t = time.perf_counter()
        converter.convert(source)
        first = time.perf_counter() - t
        t = time.perf_counter()
        converter.convert(source)
        again = time.perf_counter() - t
        print(f"  convert {config:<6} {size / first:6.2f} MB/s   (again, words remembered: {size / again:6.2f} MB/s)")
    import opencc  # opencc-python-reimplemented as shipped, for comparison

    for config, source in (("s2twp", text), ("t2s", traditional)):
        engine = opencc.OpenCC(config)
        t = time.perf_counter()
        engine.convert(source)
        print(f"  shipped engine {config:<6} {size / (time.perf_counter() - t):6.2f} MB/s")
    t = time.perf_counter()
    segmenter.cut(text)
    print(f"  segment (cut)          {size / (time.perf_counter() - t):6.2f} MB/s")
    t = time.perf_counter()
    segmenter.cut(traditional)
    print(f"  segment 繁體 (cut)     {size / (time.perf_counter() - t):6.2f} MB/s")


def long_inputs(text: str) -> None:
    """Whole-process ``python -m reader keywords`` on inputs jieba used to be
    quadratic on (issue 13: 1 MB of one letter took 34 s), each at two sizes:
    the time per MB must stay about the same."""
    print("\nkeywords on long inputs, whole process (seconds, and seconds per MB)")
    cases = {
        "one letter": lambda mb: "a" * int(mb * 1e6),
        "ideographs, no punctuation": lambda mb: "汉" * int(mb * 1e6 / 3),
        "newspaper pages": lambda mb: (text + "\n") * max(1, round(mb * 1e6 / len(text.encode()))),
    }
    sizes = {"one letter": (0.25, 1.0), "ideographs, no punctuation": (0.25, 1.0),
             "newspaper pages": (2.0, 8.0)}
    with tempfile.TemporaryDirectory() as home:
        fresh(FIRST_CUT.format(cache="cache_dir()", expect_cached=False), home)  # fill the cache
        for name, make in cases.items():
            row = []
            for mb in sizes[name]:
                path = Path(home) / "input.txt"
                path.write_text(make(mb), encoding="utf-8")
                real_mb = path.stat().st_size / 1e6
                start = time.perf_counter()
                subprocess.run([sys.executable, "-m", "reader", "keywords", str(path)], cwd=ROOT,
                               env={"DUBAO_HOME": home, "PATH": "/usr/bin:/bin"},
                               check=True, stdout=subprocess.DEVNULL)
                seconds = time.perf_counter() - start
                row.append(f"{real_mb:5.2f} MB {seconds:6.1f} s ({seconds / real_mb:5.1f} s/MB)")
            print(f"  {name:<27} " + "   ".join(row))


def main() -> int:
    start_up()
    text = corpus()
    with tempfile.TemporaryDirectory() as tmp:
        before = rusage.getrusage(rusage.RUSAGE_SELF).ru_maxrss
        segmenter = Segmenter(cache_dir=Path(tmp))
        segmenter.load()
        after = rusage.getrusage(rusage.RUSAGE_SELF).ru_maxrss
        print(f"\nsegmenter built with an empty cache (a first start): +{(after - before) / 1024:.0f}"
              " MB peak RSS (bench/memory.py: what the window holds once loaded)")
        article_latency(text, segmenter)
        throughput(text, segmenter)
    long_inputs(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
