"""Linear weights against boosted trees, per piece, on dumped examples (issue 9).

    .venv/bin/python scripts/dump_parser_examples.py --seeds 1000-1021 --out /tmp/train.pkl
    .venv/bin/python scripts/dump_parser_examples.py --seeds 1030-1035 --out /tmp/dev.pkl
    .venv/bin/python scripts/study_trees.py /tmp/train.pkl /tmp/dev.pkl [--more /tmp/train2.pkl]

For each of the two headline weighings (``head0``, ``head``) prints the
shipped linear weights' accuracy and log-loss on the DEVELOP examples, per
form, and those of tree ensembles fitted on the TRAIN examples (scikit-learn,
fixed random_state); then, for ``head``, how many answers change when the
linear weighing keeps the pieces it is sure of (|log-odds| > band) and the
trees weigh the rest, as the parser does.  A study tool: needs numpy and
scikit-learn (``pip install -e '.[train]'``); the reader never imports it.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.page.weigh import tree_signals  # noqa: E402

FORMS = ("plain", "headline_first", "indented", "headline_first_indented")
Row = tuple[str, int, str, int, dict[str, float], int]
SHAPES = ((200, 0.1, 15), (400, 0.05, 31))


def tree_x(r: Row) -> dict[str, float]:
    return tree_signals(r[4], r[0] == "head" and r[2].startswith("headline_first"))


def metrics(z: Any, y: Any) -> tuple[float, float]:
    p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
    acc = float(np.mean((z > 0) == (y == 1)))
    ll = float(-np.mean(y * np.log(np.clip(p, 1e-12, 1))
                        + (1 - y) * np.log(np.clip(1 - p, 1e-12, 1))))
    return acc, ll


def report(name: str, z: Any, rows: list[Row]) -> None:
    y = np.array([r[5] for r in rows])
    acc, ll = metrics(z, y)
    parts = [f"{name:26s} acc {acc:.4f} logloss {ll:.4f}"]
    for form in FORMS:
        m = np.array([r[2] == form for r in rows])
        parts.append(f"{form} {metrics(z[m], y[m])[0]:.4f}")
    parts.append(f"errors {int(np.sum((z > 0) != (y == 1)))}")
    print("  ".join(parts), flush=True)


def matrix(rows: list[Row], vocab: dict[str, int]) -> Any:
    xs = np.zeros((len(rows), len(vocab)))
    for i, r in enumerate(rows):
        for k, v in tree_x(r).items():
            j = vocab.get(k)
            if j is not None:
                xs[i, j] = v
    return xs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("train")
    ap.add_argument("dev")
    ap.add_argument("--more", default="", help="more TRAIN examples (comma-separated dumps)")
    a = ap.parse_args()
    rows: list[Row] = []
    for path in [a.train, *filter(None, a.more.split(","))]:
        with open(path, "rb") as fh:
            rows += pickle.load(fh)
    with open(a.dev, "rb") as fh:
        dev: list[Row] = pickle.load(fh)
    shipped = json.loads((ROOT / "resources" / "parser_model.json").read_text(encoding="utf-8"))
    for kind in ("head0", "head"):
        tr = [r for r in rows if r[0] == kind]
        dv = [r for r in dev if r[0] == kind]
        print(f"== {kind}: {len(tr)} TRAIN examples, {len(dv)} DEVELOP")
        w = shipped[kind]
        linear = np.array([sum(w.get(k, 0.0) * v for k, v in r[4].items()) for r in dv])
        report("linear (shipped)", linear, dv)
        vocab = {k: j for j, k in enumerate(sorted({k for r in tr for k in tree_x(r)}))}
        xs, ys, xd = matrix(tr, vocab), np.array([r[5] for r in tr]), matrix(dv, vocab)
        for n, rate, leaves in SHAPES:
            started = time.process_time()
            clf = HistGradientBoostingClassifier(
                random_state=0, early_stopping=False, l2_regularization=1.0, max_iter=n,
                learning_rate=rate, max_leaf_nodes=leaves, min_samples_leaf=40)
            clf.fit(xs, ys)
            z = clf.decision_function(xd)
            report(f"trees {n}x{leaves}", z, dv)
            if kind == "head":
                y = np.array([r[5] for r in dv])
                for band in (1.0, 2.0, 3.0, 4.0):
                    sure = np.abs(linear) > band
                    both = np.where(sure, linear, z)
                    print(f"   linear beyond ±{band:g} ({sure.mean():.3f} of pieces), trees "
                          f"within: errors {int(np.sum((both > 0) != (y == 1)))}")
            print(f"   ({time.process_time() - started:.0f} s CPU to fit)", flush=True)


if __name__ == "__main__":
    main()
