"""Parser accuracy on pages it has never seen, scored as a whole.

    .venv/bin/python bench/parse_quality.py            # validation (3 forms) + dev
    .venv/bin/python bench/parse_quality.py --train 1000-1004 --verbose   # study errors

Three sets are kept apart (issue 9):

* VALIDATION — ``make_pages.py --seed S --n 60 --archives 2019-02,2020-02`` for
  S in 9001..9005 (about 240 pages), plus the same pages printed headline-first,
  with indented paragraphs, and both (``scripts/page_forms.py``).  These pages
  are only ever scored as a whole: this script refuses to list them page by
  page, and nobody reads them.  A change to the parser is kept only if these
  figures do not get worse.
* TRAIN / DEVELOP — any other seed (the project uses 1000..1099 for training
  the line model, ``scripts/train_parser.py``, and for studying errors with
  ``--train``).  Never 2 (the dev pages) and never 9001..9005.
* DEV — the 40 pages of ``../shared/pages/dev`` (seed 2): the pages the old
  rules were tuned on, kept as a second check.

Pages are generated into ``$XDG_CACHE_HOME/dubao/pages`` (or ``~/.cache``), never
into the repository: they hold third-party text.  Scoring is
``../shared/tools/score_pages.py``'s own (imported), on the reader's JSON.
Prints ``seg_f1 title_acc para_acc preserved`` per set; asserts nothing.
Skips with a message where ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import page_forms  # noqa: E402

from reader.core.page.articles import parse_articles  # noqa: E402

VALIDATION_SEEDS = page_forms.VALIDATION_SEEDS
VALIDATION_N = 60
FORM_NAMES = {
    "plain": "plain",
    "headline_first": "headline-first",
    "indented": "indented",
    "headline_first_indented": "headline-first+indented",
    # training-only forms, for study on TRAIN/DEVELOP seeds (--train … --forms foreign)
    "foreign": "foreign heads",
    "headline_first_foreign": "headline-first, foreign heads",
    "unwrapped": "unwrapped",
    "headline_first_unwrapped": "headline-first, unwrapped",
    "unwrapped_bare": "unwrapped, no blank lines",
    "headline_first_unwrapped_bare": "hf, unwrapped, no blank lines",
}


def score_dir(folder: Path, verbose: bool = False) -> list[dict[str, object]]:
    sp = page_forms.score_pages()
    results = []
    for name, text, gold_path in page_forms.load_dir(folder):
        try:
            pred = sp.coerce_pred({"articles": [a.to_json() for a in parse_articles(text)]})
        except Exception as err:  # a crash scores zero on its page, as score_pages does
            print(f"  {name}: parser failed: {err!r}", file=sys.stderr)
            pred = None
        r = sp.score_page(sp.load_gold(str(gold_path)), pred)
        r["name"] = f"{folder.parent.name}/{folder.name}/{name}"
        results.append(r)
        if verbose:
            print("  " + sp.page_line(r["name"], r))
            for p in r["pairs"]:
                if not p["title_ok"]:
                    print(f"      title gold={p['gold_title']!r} pred={p['pred_title']!r} "
                          f"overlap={p['overlap']}")
    return results


def report(label: str, results: list[dict[str, object]]) -> dict[str, float]:
    sp = page_forms.score_pages()
    s: dict[str, float] = sp.summarize(results)
    print(f"{label:<34} seg_f1={s['seg_f1']:.3f} title_acc={s['title_acc']:.3f} "
          f"para_acc={s['para_acc']:.3f} preserved={s['preserved']:.3f} "
          f"pages={s['pages']} articles={s['articles']}", flush=True)
    return s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--forms", default=",".join(page_forms.FORMS),
                    help="comma-separated forms (plain, headline_first, indented, "
                         "headline_first_indented)")
    ap.add_argument("--train", metavar="SEEDS",
                    help="score TRAIN/DEVELOP seeds (e.g. 1000-1004) instead of validation")
    ap.add_argument("--n", type=int, default=60, help="pages asked of make_pages per seed")
    ap.add_argument("--no-dev", action="store_true", help="skip the 40 dev pages")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="per-page lines (TRAIN/DEVELOP and dev pages only)")
    ap.add_argument("--json", metavar="FILE", help="write the summaries here")
    a = ap.parse_args()

    shared = page_forms.shared_dir()
    if shared is None:
        print("parse_quality: ../shared (make_pages.py, score_pages.py, the corpus) is not "
              "here; nothing to measure. Set DUBAO_SHARED to its folder.")
        return
    forms = [f for f in a.forms.split(",") if f]
    summaries: dict[str, dict[str, float]] = {}
    started = time.perf_counter()
    if a.train:
        seeds = page_forms.seed_list(a.train)
        label, n, verbose = f"train {a.train}", a.n, a.verbose
    else:
        seeds, label, n, verbose = list(VALIDATION_SEEDS), "validation", VALIDATION_N, False
        if a.verbose:
            print("(validation pages are scored as a whole only: --verbose ignored)")
    for form in forms:
        results = []
        for seed in seeds:
            results += score_dir(page_forms.generate(seed, n, form), verbose)
        summaries[f"{label} {form}"] = report(f"{label} {FORM_NAMES[form]}", results)
    dev = shared / "pages" / "dev"
    if not a.no_dev and dev.is_dir():
        summaries["dev"] = report("dev (40 pages, seed 2)", score_dir(dev, a.verbose))
    print(f"({time.perf_counter() - started:.0f} s)")
    if a.json:
        Path(a.json).write_text(json.dumps(summaries, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
