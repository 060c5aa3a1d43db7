"""Do the key terms name what an article is about?

For every article with a printed headline (the 40 pages of ../shared/pages/dev
plus the sample page's gold), the share whose top 5 terms, taken from the body
alone, include a word of the headline: ours (TF-IDF with the user's document
frequencies, our stop words and user dictionary) next to jieba's plain
``jieba.analyse.extract_tags`` on the same bodies.

Two readings of "a word of the headline": *in* — the term occurs in the
headline; *word* — the term is one of the headline's words as the same method's
segmenter cuts it.  Also shown: ours with jieba's IDF table only (no pages of
the user's own), and ours on the whole article (headline words counted too,
which is what ``reader keywords`` does; near-trivially high, shown for scale).

    .venv/bin/python bench/keywords.py [GOLD_DIR]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.model import Article  # noqa: E402
from reader.core.text.fold import fold  # noqa: E402
from reader.core.text.keywords import DocumentFrequencies, KeywordExtractor  # noqa: E402
from reader.core.text.words import Segmenter  # noqa: E402

TOP = 5


def gold_articles(folder: Path) -> list[Article]:
    files = sorted(folder.glob("*.gold.json"))
    sample = ROOT / "tests" / "data" / "000_d48977a43abbad4a.gold.json"
    if sample.exists():
        files.append(sample)
    out: list[Article] = []
    for path in files:
        for i, a in enumerate(json.loads(path.read_text(encoding="utf-8"))["articles"]):
            if not a.get("title") or not a.get("paragraphs"):
                continue
            out.append(
                Article(
                    index=i,
                    title=a["title"],
                    paragraphs=tuple(a["paragraphs"]),
                    kicker=a.get("kicker"),
                    subtitle=a.get("subtitle"),
                )
            )
    return out


def hit_in(words: list[str], title: str) -> bool:
    folded = fold(title)
    return any(len(w) >= 2 and fold(w) in folded for w in words)


def hit_word(words: list[str], title_words: set[str]) -> bool:
    return any(fold(w) in title_words for w in words)


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "pages" / "dev"
    articles = gold_articles(folder)
    n = len(articles)
    print(f"{n} articles with a printed headline ({folder})")

    with tempfile.TemporaryDirectory() as tmp:
        segmenter = Segmenter(cache_dir=Path(tmp))
        segmenter.load()
        freqs = DocumentFrequencies.from_texts((a.body for a in articles), segmenter)
        ours = KeywordExtractor(segmenter, freqs)
        ours_plain = KeywordExtractor(segmenter)

        def title_words_ours(title: str) -> set[str]:
            return {fold(w) for w in segmenter.cut(title) if len(w.strip()) >= 2}

        rows: dict[str, tuple[int, int]] = {}
        t0 = time.perf_counter()
        for name, fn in (
            ("ours (body, own pages' IDF)", lambda a: [k.word for k in ours.extract(a.body, TOP)]),
            ("ours (body, jieba IDF only)", lambda a: [k.word for k in ours_plain.extract(a.body, TOP)]),
        ):
            hits_in = hits_word = 0
            for a in articles:
                words = fn(a)
                hits_in += hit_in(words, a.title)
                hits_word += hit_word(words, title_words_ours(a.title))
            rows[name] = (hits_in, hits_word)
        ours_time = time.perf_counter() - t0
        whole_in = sum(
            hit_in([k.word for k in ours.extract_article(a, TOP)], a.title) for a in articles
        )

    import jieba
    import jieba.analyse

    jieba.setLogLevel(60)
    jieba.initialize()
    hits_in = hits_word = 0
    t0 = time.perf_counter()
    for a in articles:
        words = jieba.analyse.extract_tags(a.body, topK=TOP)
        hits_in += hit_in(words, a.title)
        title_words = {fold(w) for w in jieba.lcut(a.title) if len(w.strip()) >= 2}
        hits_word += hit_word(words, title_words)
    jieba_time = time.perf_counter() - t0
    rows["jieba extract_tags (body)"] = (hits_in, hits_word)

    print(f"\nshare of articles whose top {TOP} terms include a headline word")
    print(f"{'method':<34} {'in headline':>12} {'headline word':>14}")
    for name, (a_in, a_word) in rows.items():
        print(f"{name:<34} {a_in / n:>12.3f} {a_word / n:>14.3f}")
    print(f"{'ours (whole article, for scale)':<34} {whole_in / n:>12.3f}")
    print(f"\ntime: ours {ours_time / (2 * n) * 1000:.2f} ms/article, jieba {jieba_time / n * 1000:.2f} ms/article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
