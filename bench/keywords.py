"""Do the key terms name what an article is about?  The reader's next to jieba's
plain ``jieba.analyse.extract_tags``, on the same inputs, in the same run.

(a) Bodies without headlines.  Real 人民日报 articles of February 2019 and
    February 2020 (../shared/corpus, read in place, never copied): news items
    with a title, not a duplicate; title, kicker, subtitle and lead removed; each
    body given alone (no other article's statistics).  The articles are split in
    two halves by a hash of their id (``split_of``):
      - TUNE: what ``scripts/tune_keywords.py`` fitted the reader's weights on;
      - HELD-OUT: never looked at while tuning.  Its figure is the one that counts
        and is printed first.
(b) Pages with headlines: the 40 dev pages and the sample page's gold
    (../shared/pages/dev), never used for tuning:
      - body only, with the page's own document frequencies (what ``reader
        keywords`` uses) next to ``extract_tags`` on the body (the earlier measure);
      - whole article: the reader's ``extract_article`` (headline words first)
        next to ``extract_tags`` on headline + body.

Share of articles whose top 5 terms include a word of the headline.  "A word
of the headline" is the same for both systems: a word of the title as plain
jieba cuts it (``jieba.lcut``, jieba's own dictionary), of two characters or
more with a letter or an ideograph, not a stop word (``resources/stopwords.txt``:
boilerplate such as 记者, 本报); a run of up to five consecutive title words
counts too if one of them is a headline word (疫情防控 for 疫情 + 防控).
Terms and title words are compared folded (script, width, case).  Also shown:
the same without the stop-word rule, and "in title": the term occurs anywhere
in the title.

    .venv/bin/python bench/keywords.py [--limit N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import lzma
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.model import Article  # noqa: E402
from reader.core.text.fold import fold  # noqa: E402
from reader.core.text.keywords import (  # noqa: E402
    DocumentFrequencies,
    KeywordExtractor,
    default_stopwords,
)
from reader.core.text.words import Segmenter  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "rmrb-2019-02_2020-02.jsonl.xz"
DEV = SHARED / "pages" / "dev"
TOP = 5
_WORDLIKE = re.compile(r"[a-z\u3400-\u9fff]")


@dataclass(frozen=True)
class Body:
    """A corpus article as the benchmark gives it: its body alone, and its title
    to judge by."""

    id: str
    title: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def split_of(article_id: str) -> str:
    """``tune`` or ``held-out``: half and half, fixed by the id alone."""
    return "tune" if hashlib.sha256(article_id.encode()).digest()[0] % 2 == 0 else "held-out"


def corpus_bodies(path: Path = CORPUS) -> Iterator[Body]:
    """News articles with a title and a body, each once."""
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["kind"] != "news" or row.get("duplicate"):
                continue
            if not row.get("title") or not row.get("paragraphs"):
                continue
            yield Body(row["id"], row["title"], tuple(row["paragraphs"]))


class Judge:
    """Whether a list of terms names the headline (see the module docstring)."""

    def __init__(self) -> None:
        import jieba

        jieba.setLogLevel(60)
        self._cut = jieba.lcut
        self._stop = default_stopwords()

    def targets(self, title: str, stop: bool = True) -> set[str]:
        words = [fold(w) for w in self._cut(title)]
        good = [
            len(w.strip()) >= 2 and bool(_WORDLIKE.search(w)) and not (stop and w in self._stop)
            for w in words
        ]
        out = {w for w, ok in zip(words, good, strict=True) if ok}
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 5) + 1):
                if any(good[i:j]):
                    out.add("".join(words[i:j]))
        return out

    def scores(self, terms: list[str], title: str) -> tuple[bool, bool, bool]:
        """(headline word, headline word with stop words, in title) for *terms*."""
        folded = [fold(t) for t in terms[:TOP]]
        return (
            any(t in self.targets(title) for t in folded),
            any(t in self.targets(title, stop=False) for t in folded),
            any(len(t) >= 2 and t in fold(title) for t in folded),
        )


@dataclass
class Tally:
    hits: list[int]
    n: int = 0
    seconds: float = 0.0

    def row(self, name: str) -> str:
        shares = "".join(f"{h / max(1, self.n):>14.3f}" for h in self.hits)
        return f"  {name:<44}{shares}   {self.seconds / max(1, self.n) * 1000:6.2f} ms"


def tally(judge: Judge, items: list[tuple[str, object]], fn: Callable[[object], list[str]]) -> Tally:
    result = Tally([0, 0, 0])
    for title, item in items:
        start = time.perf_counter()
        terms = fn(item)
        result.seconds += time.perf_counter() - start
        for i, hit in enumerate(judge.scores(terms, title)):
            result.hits[i] += hit
        result.n += 1
    return result


HEADER = f"  {'':<44}{'headline word':>14}{'+ stop words':>14}{'in title':>14}   time/article"


def bench_bodies(judge: Judge, segmenter: Segmenter, jieba_tags: Callable[[str], list[str]],
                 limit: int | None) -> None:
    if not CORPUS.exists():
        print(f"(a) skipped: {CORPUS} is missing (the corpus lives in ../shared)")
        return
    bodies = list(corpus_bodies())
    halves = {name: [b for b in bodies if split_of(b.id) == name][:limit]
              for name in ("held-out", "tune")}
    ours = KeywordExtractor(segmenter)
    library = DocumentFrequencies.from_texts((b.text for b in halves["tune"]), segmenter)
    ours_library = KeywordExtractor(segmenter, library)
    print(f"(a) bodies without headlines: {len(bodies)} articles of {CORPUS.name}, top {TOP}")
    for name, half in halves.items():
        items = [(b.title, b.text) for b in half]
        print(f"\n  {name.upper()} ({len(items)} articles)"
              f"{'  <- the figure' if name == 'held-out' else '  (the weights were fitted here)'}")
        print(HEADER)
        reader = tally(judge, items, lambda t: [k.word for k in ours.extract(str(t), TOP)])
        jieba_ = tally(judge, items, lambda t: jieba_tags(str(t)))
        print(reader.row("reader (jieba's IDF only)"))
        print(jieba_.row("jieba extract_tags"))
        if name == "held-out":
            with_library = tally(
                judge, items, lambda t: [k.word for k in ours_library.extract(str(t), TOP)])
            print(with_library.row(f"reader, library of the {library.documents} tune bodies"))


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
            out.append(Article(index=i, title=a["title"], paragraphs=tuple(a["paragraphs"]),
                               kicker=a.get("kicker"), subtitle=a.get("subtitle")))
    return out


def bench_pages(judge: Judge, segmenter: Segmenter, jieba_tags: Callable[[str], list[str]]) -> None:
    if not DEV.exists():
        print(f"\n(b) skipped: {DEV} is missing (the dev pages live in ../shared)")
        return
    articles = gold_articles(DEV)
    tuned_titles = set()
    if CORPUS.exists():
        tuned_titles = {b.title for b in corpus_bodies() if split_of(b.id) == "tune"}
    seen = sum(a.title in tuned_titles for a in articles)
    print(f"\n(b) pages with headlines: {len(articles)} articles of {DEV} and the sample page"
          f" ({seen} of them also in the TUNE half of the corpus)")
    freqs = DocumentFrequencies.from_texts((a.body for a in articles), segmenter)
    ours = KeywordExtractor(segmenter, freqs)
    rows = [
        ("body only: reader (the pages' own document freq.)",
         lambda a: [k.word for k in ours.extract(a.body, TOP)]),
        ("body only: jieba extract_tags", lambda a: jieba_tags(a.body)),
        ("whole article: reader extract_article",
         lambda a: [k.word for k in ours.extract_article(a, TOP)]),
        ("whole article: jieba extract_tags(headline+body)",
         lambda a: jieba_tags("\n".join(h for h in (a.kicker, a.title, a.subtitle) if h)
                              + "\n" + a.body)),
    ]
    print(HEADER)
    for name, fn in rows:
        print(tally(judge, [(a.title, a) for a in articles], fn).row(name))  # type: ignore[arg-type]
    unseen = [(a.title, a) for a in articles if a.title not in tuned_titles]
    if seen:
        print(f"  the {len(unseen)} articles not in the TUNE half:")
        for name, fn in rows[:2]:
            print(tally(judge, unseen, fn).row(name))  # type: ignore[arg-type]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="articles per half (all by default)")
    args = parser.parse_args()
    import jieba
    import jieba.analyse

    jieba.setLogLevel(60)
    jieba.initialize()

    def jieba_tags(text: str) -> list[str]:
        return [str(t) for t in jieba.analyse.extract_tags(text, topK=TOP)]

    judge = Judge()
    with tempfile.TemporaryDirectory() as tmp:
        segmenter = Segmenter(cache_dir=Path(tmp))
        segmenter.load()
        KeywordExtractor(segmenter).extract("预热")  # load the IDF table before timing
        bench_bodies(judge, segmenter, jieba_tags, args.limit)
        bench_pages(judge, segmenter, jieba_tags)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
