"""How the parser holds up when the same articles are laid out again differently.

Takes the gold articles of ../shared/pages/dev (third-party text: read here,
never copied into the project), lays each page out again the way e-paper
extraction does — body cut at a random column width (13–20), blank-line column
breaks at random rows, headline blocks after their bodies, photo captions in a
narrow column with a two-line credit — parses the result and scores it with
../shared/tools/score_pages.py.  Several seeds; prints each and the mean.

    .venv/bin/python bench/parse_relaid.py [--seeds 5]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(SHARED / "tools"))

import score_pages  # noqa: E402

from reader.core.page.articles import parse_articles  # noqa: E402
from tests.core.pagegen import wrap  # noqa: E402


def lay_out(articles: list[dict[str, object]], rng: random.Random) -> str:
    out: list[str] = []
    for art in articles:
        paras = [str(p) for p in art["paragraphs"]]  # type: ignore[union-attr]
        photo = art.get("kind") == "photo"
        width = rng.randint(9, 12) if photo else rng.randint(13, 20)
        if art.get("lead"):
            paras[0] = str(art["lead"]) + paras[0]
        rows = 0
        column = rng.randint(8, 30)
        for k, para in enumerate(paras):
            if k:
                out.append("")
            for line in wrap(para, width):
                out.append(line)
                rows += 1
                if rows % column == 0:
                    out.append("")  # a column break
        if photo and art.get("byline"):
            credit = str(art["byline"])
            cut = credit.rfind("摄")
            out += ["", *( [credit[:cut], credit[cut:]] if cut > 0 else [credit])]
        for field in ("kicker", "title", "subtitle"):
            value = art.get(field)
            if value:
                out += ["", str(value)]
        out.append("")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seeds", type=int, default=5)
    args = ap.parse_args()
    golds = sorted((SHARED / "pages" / "dev").glob("*.gold.json"))
    if not golds:
        sys.exit("no dev pages under ../shared/pages/dev")
    sums: dict[str, float] = {}
    for seed in range(args.seeds):
        rng = random.Random(seed)
        results = []
        for g in golds:
            articles = json.loads(g.read_text(encoding="utf-8"))["articles"]
            text = lay_out(articles, rng)
            pred = [a.to_json() for a in parse_articles(text)]
            results.append(score_pages.score_page(
                score_pages.load_gold(str(g)), score_pages.coerce_pred({"articles": pred})))
        s = score_pages.summarize(results)
        print(f"seed {seed}: " + score_pages.summary_line(s))
        for k in ("seg_f1", "title_acc", "para_acc", "preserved"):
            sums[k] = sums.get(k, 0.0) + s[k]
    print("mean:   " + " ".join(f"{k}={v / args.seeds:.3f}" for k, v in sums.items()))


if __name__ == "__main__":
    main()
