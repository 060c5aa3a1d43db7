"""Dump the parser's training examples (signals and gold labels) for study.

    .venv/bin/python scripts/dump_parser_examples.py --seeds 1030-1035 --out /tmp/dev.pkl

The same examples ``scripts/train_parser.py`` fits its models on: the
``head0`` examples (a candidate piece, orientation unknown) and the ``head``
examples (orientation from the form, neighbours as the first weighing with the
shipped ``head0`` weights labelled them), each with its seed, form and page, so
that other learners can be compared on the same pieces.  A study tool: the
reader never imports it.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import page_forms  # noqa: E402
import train_parser  # noqa: E402

from reader.core.page.features import AFTER, FIRST, model  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    head0 = model("head0")
    rows: list[tuple[str, int, str, int, dict[str, float], int]] = []
    for seed in page_forms.seed_list(a.seeds):
        for form in page_forms.FORMS + page_forms.EXTRA_FORMS:
            folder = page_forms.generate(seed, a.n, form)
            orient = FIRST if form.startswith("headline_first") else AFTER
            for page, (name, text, _gold) in enumerate(page_forms.load_dir(folder)):
                recs = page_forms.roles_of(folder, name)
                ex = train_parser.page_examples(text, recs, orient, head0)
                for kind in ("head0", "head"):
                    for x, y in ex[kind]:
                        rows.append((kind, seed, form, page, x, y))
        print(seed, len(rows), flush=True)
    with open(a.out, "wb") as fh:
        pickle.dump(rows, fh, protocol=pickle.HIGHEST_PROTOCOL)


if __name__ == "__main__":
    main()
