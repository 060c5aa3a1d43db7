"""Library pages of several datelined articles each, for reading-state,
export and trend tests (the index tests' pages parse as one article)."""

from __future__ import annotations

import random
from pathlib import Path

from tests.core.pagegen import wrap
from tests.core.test_library_index import SENTENCES

REPORTERS = ("王明", "李华", "张三", "陳小文", "赵四")


def news_page(rng: random.Random, tag: str, articles: int) -> str:
    """*articles* items, each a headline and a ``本报讯（记者 …）`` body; *tag*
    makes every article's text unique (no two share reading state)."""
    out: list[str] = []
    for k in range(articles):
        sentences = [rng.choice(SENTENCES) for _ in range(rng.randint(1, 4))]
        headline = sentences[0][:10].rstrip("，。")
        body = f"本报讯（记者 {rng.choice(REPORTERS)}）{tag}第{k + 1}条。" + "".join(sentences)
        out += [headline, "", *wrap(body, 20), ""]
    return "\n".join(out)


def write_news_pages(
    folder: Path, n: int, seed: int = 1, articles: int = 4, undated: int = 0
) -> list[Path]:
    """*n* dated pages (a few per day) plus *undated* pages in a folder without a date."""
    rng = random.Random(seed)
    paths = []
    for i in range(n + undated):
        if i < n:
            p = folder / f"2019-02-{1 + i // 2:02d}" / f"p{i:03d}.txt"
        else:
            p = folder / "misc" / f"page{i:03d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(news_page(rng, f"本版{i}", articles), encoding="utf-8")
        paths.append(p)
    return paths
