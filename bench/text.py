"""Speed of the Chinese text engine: start-up, per-article latency, throughput.

- first conversion / first segmentation after start, each in a fresh process
  (imports included; segmentation with an empty and with a filled cache);
- a 2,000-character article converted and its highlight spans computed, once
  loaded (target ≤ 5 ms), for each script the reader shows;
- conversion and segmentation throughput in MB (UTF-8) per second.

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
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"DUBAO_HOME": env_home, "PATH": "/usr/bin:/bin"},
    )
    return float(out.stdout.strip().splitlines()[-1])


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
Segmenter(cache_dir()).cut("开发区招商引资百日冲刺成效显著")
print(time.perf_counter() - t)
"""


def start_up() -> None:
    print("first use after start (fresh process, imports included)")
    with tempfile.TemporaryDirectory() as home:
        for script in Script:
            seconds = fresh(FIRST_CONVERT.format(script=script.name), home)
            print(f"  first conversion {script.label} ({script.config}): {seconds * 1000:6.0f} ms")
        cold = fresh(FIRST_CUT, home)
        warm = statistics.median(fresh(FIRST_CUT, home) for _ in range(3))
    print(f"  first segmentation, empty cache:  {cold * 1000:6.0f} ms (builds and writes the cache)")
    print(f"  first segmentation, cache filled: {warm * 1000:6.0f} ms")


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


def main() -> int:
    start_up()
    text = corpus()
    with tempfile.TemporaryDirectory() as tmp:
        before = rusage.getrusage(rusage.RUSAGE_SELF).ru_maxrss
        segmenter = Segmenter(cache_dir=Path(tmp))
        segmenter.load()
        after = rusage.getrusage(rusage.RUSAGE_SELF).ru_maxrss
        print(f"\nsegmenter memory: +{(after - before) / 1024:.0f} MB peak RSS")
        article_latency(text, segmenter)
        throughput(text, segmenter)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
