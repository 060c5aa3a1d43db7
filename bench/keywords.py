"""Do the key terms name what an article is about?  The reader's next to jieba's
plain ``jieba.analyse.extract_tags``, on the same inputs, in the same run.

(a) Bodies without headlines.  Real 人民日报 articles of February 2019 and
    February 2020 (../shared/corpus, read in place, never copied): news items
    with a title, not a duplicate; title, kicker, subtitle and lead removed; each
    body given alone (no other article's statistics).  The articles are split in
    two halves by a hash of their id (``split_of``):
      - TUNE: what ``scripts/tune_keywords.py`` fitted the reader's weights on
        and counted its table of headline words from (its figure is in-sample);
      - HELD-OUT: never looked at while tuning.  Its figure is the one that counts
        and is printed first.
(b) Pages with headlines: the 40 dev pages and the sample page's gold
    (../shared/pages/dev), never used for tuning (but about half their
    articles are in the TUNE half, so the headline table counted their
    headlines: the figures for the others are printed apart):
      - body only, with the page's own document frequencies (what ``reader
        keywords`` uses) next to ``extract_tags`` on the body (the earlier measure);
      - whole article: the reader's ``extract_article`` (headline words first)
        next to ``extract_tags`` on headline + body.

Share of articles whose top 5 terms include a word of the headline, judged the
same way for both systems.  "A headline word" (the figure): a word of the title
as plain jieba cuts it (``jieba.lcut``, jieba's own dictionary), of two
characters or more with a letter or an ideograph, not a stop word
(``resources/stopwords.txt``: boilerplate such as 记者, 本报), or a run of up to
five consecutive title words one of which is such a word (疫情防控 for 疫情 +
防控: the headline has that term, cut where jieba cuts it).  Terms and title
words are compared folded (script, width, case).  The other readings, side by
side:
  - "single word": only the words themselves, no runs (the strictest);
  - "contains one": a term that contains a headline word (帆船赛 for 帆船);
  - "+ stop words": the figure's reading without the stop-word rule;
  - "in title": the term occurs anywhere in the title (the most lenient).
Beside them, one standard error of the figure (binomial, sqrt(p(1-p)/n)): on
the ~1,700 held-out bodies it is ~0.011, so two rows closer than ~0.02 are not
told apart by this draw.

    .venv/bin/python bench/keywords.py [--limit N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import lzma
import math
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

    def words(self, title: str) -> set[str]:
        """The headline words alone (no runs)."""
        return {w for w in (fold(w) for w in self._cut(title))
                if len(w.strip()) >= 2 and _WORDLIKE.search(w) and w not in self._stop}

    def scores(self, terms: list[str], title: str) -> tuple[bool, ...]:
        """*terms* judged by each reading of :data:`COLUMNS`."""
        folded = [fold(t) for t in terms[:TOP]]
        targets, words = self.targets(title), self.words(title)
        return (
            any(t in targets for t in folded),
            any(t in words for t in folded),
            any(w in t for t in folded for w in words),
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
        return (f"  {name:<50}{shares}{self.error():>10.3f}"
                f"   {self.seconds / max(1, self.n) * 1000:6.2f} ms")

    def error(self) -> float:
        """One standard error of the figure (the first reading): a difference
        smaller than about two of these between two rows is not one."""
        share = self.hits[0] / max(1, self.n)
        return math.sqrt(share * (1 - share) / max(1, self.n))


def tally(judge: Judge, items: list[tuple[str, object]], fn: Callable[[object], list[str]]) -> Tally:
    result = Tally([0] * len(COLUMNS))
    for title, item in items:
        start = time.perf_counter()
        terms = fn(item)
        result.seconds += time.perf_counter() - start
        for i, hit in enumerate(judge.scores(terms, title)):
            result.hits[i] += hit
        result.n += 1
    return result


COLUMNS = ("headline word", "single word", "contains one", "+ stop words", "in title")
HEADER = (f"  {'':<50}" + "".join(f"{c:>14}" for c in COLUMNS) + f"{'± s.e.':>10}"
          + "   time/article")


def bench_bodies(judge: Judge, segmenter: Segmenter, jieba_tags: Callable[[str], list[str]],
                 limit: int | None) -> None:
    if not CORPUS.exists():
        print(f"(a) skipped: {CORPUS} is missing (the corpus lives in ../shared)")
        return
    bodies = list(corpus_bodies())
    halves = {name: [b for b in bodies if split_of(b.id) == name][:limit]
              for name in ("held-out", "tune")}
    ours = KeywordExtractor(segmenter)
    tune_bodies = DocumentFrequencies.from_texts((b.text for b in halves["tune"]), segmenter)
    tune_library = DocumentFrequencies()
    for b in halves["tune"]:
        tune_library.add_text(b.text, segmenter, b.title)
    everything = DocumentFrequencies()
    for b in bodies:
        everything.add_text(b.text, segmenter, b.title)

    def others(body: Body) -> list[str]:
        """The reader with a library of every article but *body*."""
        everything.remove_text(body.text, segmenter, body.title)
        try:
            return [k.word for k in with_everything.extract(body.text, TOP)]
        finally:
            everything.add_text(body.text, segmenter, body.title)

    with_everything = KeywordExtractor(segmenter, everything)
    with_tune = KeywordExtractor(segmenter, tune_library)
    with_bodies = KeywordExtractor(segmenter, tune_bodies)
    print(f"(a) bodies without headlines: {len(bodies)} articles of {CORPUS.name}, top {TOP}")
    for name, half in halves.items():
        items = [(b.title, b) for b in half]
        print(f"\n  {name.upper()} ({len(items)} articles)"
              f"{'  <- the figure' if name == 'held-out' else '  (weights and table made here)'}")
        print(HEADER)
        rows = [
            ("reader alone (one body, jieba's IDF)",
             lambda b: [k.word for k in ours.extract(b.text, TOP)]),
            ("jieba extract_tags", lambda b: jieba_tags(b.text)),
        ]
        if name == "held-out":
            rows += [
                (f"reader, library: the {tune_library.documents} TUNE articles",
                 lambda b: [k.word for k in with_tune.extract(b.text, TOP)]),
                (f"reader, library: the {everything.documents - 1} other articles", others),
                ("reader, library: TUNE bodies, no headlines",
                 lambda b: [k.word for k in with_bodies.extract(b.text, TOP)]),
            ]
        for label, fn in rows:
            print(tally(judge, items, fn).row(label))  # type: ignore[arg-type]


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
