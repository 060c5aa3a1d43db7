"""Fit the parser's learned weights (resources/parser_model.json).

    .venv/bin/python scripts/train_parser.py [--seeds 1000-1021,1040-1061] [--check 1090-1091]
        [--tree-seeds 1022-1029,1036-1039]
    .venv/bin/python scripts/train_parser.py --roles-only   # refit the roles weights alone
    .venv/bin/python scripts/train_parser.py --field-only   # refit the field weights alone

Trains only on pages generated here from TRAIN seeds (``make_pages.py`` via
``scripts/page_forms.py``, all four forms: as generated, headline-first,
indented, both) — never on the validation seeds of ``bench/parse_quality.py``
nor on the dev pages.  Each page's lines are labelled from its gold; the
parser's own code cuts them into pieces and computes the signals
(``reader.core.page.features``), so training and parsing see the same thing.

The model is a logistic regression per decision, fitted by plain stochastic
gradient descent with L2 in a fixed order: the same seeds give the same
weights, byte for byte.  ``--check`` prints the accuracy on other
(TRAIN/DEVELOP) seeds.

The second headline weighing also gets a boosted tree ensemble
(``resources/parser_trees.json``, :mod:`reader.core.page.trees`): the parser
asks it where the linear log-odds lie within ±``TREE_BAND``.  It is fitted
with scikit-learn's HistGradientBoostingClassifier (fixed random_state, no
early stopping: deterministic), an optional dependency of this script only —
``pip install scikit-learn``; without it the trees are not written and the
old file stays.  The trees see the same signals as the linear weighing (any
new signal in ``features.py`` reaches them without an edit here), on the
pages of ``--seeds`` and ``--tree-seeds`` (more TRAIN seeds: on develop pages
twice the pages took the trees' errors per piece from 418 to 365, the linear
weights' only from 1069 to 1061).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import page_forms  # noqa: E402

from reader.core.page import blocks as blocks_mod  # noqa: E402
from reader.core.page.features import (  # noqa: E402
    AFTER,
    FIRST,
    MODEL_FILE,
    head_signals,
    neighbour_signals,
    score,
)
from reader.core.page.geometry import geometry  # noqa: E402
from reader.core.page.heads import field_signals, role_signals  # noqa: E402
from reader.core.page.layout import (  # noqa: E402
    BODY,
    CREDIT,
    HEAD,
    Piece,
    cut_pieces,
)
from reader.core.page.lines import Line, display_width, split_lines  # noqa: E402
from reader.core.page.marks import COLUMN_TAG, is_section_marker  # noqa: E402
from reader.core.page.orient import orientation_signals  # noqa: E402
from reader.core.page.trees import TREES_FILE  # noqa: E402
from reader.core.page.weigh import tree_signals  # noqa: E402

HEAD_PARTS = {"kicker", "title", "subtitle"}
#: How much more the crossed signals (``ends_sentence@alone``) are held to
#: zero than the plain ones: they only correct the plain weights where the
#: pages show they must, so a page unlike the training pages is weighed
#: mostly on the plain signals.
CROSS_L2 = 20.0
Example = tuple[dict[str, float], int]


def is_head(recs: list[page_forms.Rec], line: Line) -> bool:
    return recs[line.number].part in HEAD_PARTS


def page_examples(text: str, recs: list[page_forms.Rec], orient: int,
                  head0: dict[str, float] | None = None) -> dict[str, list[Example]]:
    """Examples from one page for the piece models: ``head0`` (is a candidate
    piece a headline, orientation unknown) and ``head`` (the same, with the
    page's orientation, *orient*, known from the form)."""
    lines = split_lines(text)
    geo = geometry(lines)
    pieces = cut_pieces(lines, geo)
    ctx = blocks_mod._context(pieces, geo)

    def gold(p: Piece) -> bool:
        return sum(1 for line in p.lines if is_head(recs, line)) * 2 > len(p.lines)

    for i, p in enumerate(pieces):  # credits first, as the parser does
        if ctx.candidate[i] and p.label != CREDIT and len(p.text) <= 40:
            k = blocks_mod._credit_span(pieces, i)
            for j in range(i, i + k):
                pieces[j].label = CREDIT
    out: dict[str, list[Example]] = {"head0": [], "head": [], "orient": [], "trees": []}
    todo = [i for i, p in enumerate(pieces)
            if ctx.candidate[i] and p.label != CREDIT and not is_section_marker(p.text)]
    for i in todo:
        out["head0"].append((head_signals(ctx, i), int(gold(pieces[i]))))
    first = head0 or {}
    signals = {i: head_signals(ctx, i) for i in todo}
    for i in todo:  # the first weighing, as the parser makes it
        pieces[i].label = HEAD if score(first, signals[i]) > 0.0 else BODY
    lexical = blocks_mod.head_lexical(pieces, signals)
    out["orient"].append((orientation_signals(pieces, lexical), int(orient == FIRST)))
    for i in todo:
        x = head_signals(ctx, i, orient)
        for k, v in neighbour_signals(ctx, i).items():
            x[k] = v
            x[k + ("|first" if orient == FIRST else "|after")] = v
        out["head"].append((x, int(gold(pieces[i]))))
        out["trees"].append((tree_signals(x, orient == FIRST), int(gold(pieces[i]))))
    return out


def head_examples(recs: list[page_forms.Rec]) -> tuple[list[Example], list[Example]]:
    """From the gold headline lines of each article: (signals, same field) for
    every two lines printed one under the other, and (signals, kicker+title)
    for every headline of two fields that no dash or tag explains."""
    fields: list[Example] = []
    roles: list[Example] = []
    by_art: dict[int, list[tuple[bool, page_forms.Rec]]] = {}
    widths: dict[int, list[float]] = {}
    bodies: dict[int, list[str]] = {}
    gap = True
    for r in recs:
        if r.part == "blank":
            gap = True
            continue
        if r.part in HEAD_PARTS and r.art is not None:
            by_art.setdefault(r.art, []).append((gap, r))
        elif r.part in ("body", "lead") and r.art is not None:
            widths.setdefault(r.art, []).append(display_width(r.text.strip()))
            bodies.setdefault(r.art, []).append(r.text.strip())
        gap = False
    for art, heads in by_art.items():
        ws = sorted(widths.get(art, []))
        column = ws[len(ws) * 3 // 4] if len(ws) >= 3 else None
        blocks: list[list[page_forms.Rec]] = []
        for g, r in heads:
            if g or not blocks:
                blocks.append([])
            blocks[-1].append(r)
        for block in blocks:
            group = [block[0]]
            for k in range(1, len(block)):
                if len(group) == 1:
                    x = field_signals(group[0].text.strip(), block[k].text.strip(), len(block),
                                      k - 1, column, "".join(bodies.get(art, [])))
                    same = block[k].part == group[-1].part
                    fields.append((x, int(same)))
                    if same:
                        group.append(block[k])
                        continue
                group = [block[k]]
        parts: dict[str, str] = {}
        for _g, r in heads:
            parts[r.part] = parts.get(r.part, "") + r.text.strip()
        if len(parts) == 2:
            order = [p for p in ("kicker", "title", "subtitle") if p in parts]
            a, b = parts[order[0]], parts[order[1]]
            if not (a.endswith(("——", "—", "：", ":")) or b.startswith(("——", "—"))
                    or bool(COLUMN_TAG.search(a)) != bool(COLUMN_TAG.search(b))):
                roles.append((role_signals(a, b, "".join(bodies.get(art, []))),
                              int(order[0] == "kicker")))
    return fields, roles


Pages = Callable[[], Iterator[tuple[str, str, list[page_forms.Rec]]]]


def pages(seeds: list[int], n: int) -> Pages:
    """(form, text, labelled lines) of every training page of *seeds*, read
    afresh on every pass (all of them at once would take gigabytes)."""

    def read() -> Iterator[tuple[str, str, list[page_forms.Rec]]]:
        for seed in seeds:
            for form in page_forms.FORMS + page_forms.EXTRA_FORMS:
                folder = page_forms.generate(seed, n, form)
                for name, text, _gold in page_forms.load_dir(folder):
                    yield form, text, page_forms.roles_of(folder, name)

    return read


def examples(data: Pages, head0: dict[str, float] | None = None) -> dict[str, list[Example]]:
    """Examples of every model from the pages of *data*; the ``head`` examples
    see the first weighing made with *head0* (none: no ``head`` examples)."""
    out: dict[str, list[Example]] = {
        "head0": [], "head": [], "orient": [], "field": [], "roles": [], "trees": []}
    for form, text, recs in data():
        orient = FIRST if form.startswith("headline_first") else AFTER
        for k, v in page_examples(text, recs, orient, head0).items():
            if k not in ("head", "orient", "trees") or head0 is not None:
                out[k] += v
        if head0 is None and not form.endswith("foreign"):
            # (a borrowed headline's cut words are not printed whole in the body)
            c, d = head_examples(recs)
            out["field"] += c
            out["roles"] += d
    return out


#: How many SGD fits (each in its own order) are averaged into one model: one
#: fit's weights move the per-form figures by about ±.003 with the order alone.
RUNS = 4


def fit(data: list[Example], runs: int = RUNS) -> dict[str, float]:
    """The average of *runs* SGD fits, each visiting the examples in its own
    (seeded) order; deterministic."""
    total: dict[str, float] = {}
    for seed in range(1, runs + 1):
        for k, v in fit_once(data, seed=seed).items():
            total[k] = total.get(k, 0.0) + v
    return {k: round(v / runs, 4) for k, v in sorted(total.items()) if abs(v / runs) >= 1e-4}


def fit_once(data: list[Example], epochs: int = 12, l2: float = 1e-4, rate: float = 0.05,
             seed: int = 1) -> dict[str, float]:
    """Logistic regression by SGD with AdaGrad steps; deterministic for a seed."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            x, y = data[k]
            z = sum(w.get(f, 0.0) * v for f, v in x.items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = p - y
            for f, v in x.items():
                g = err * v + (l2 * CROSS_L2 if "@" in f else l2) * w.get(f, 0.0)
                acc = g2.get(f, 1e-8) + g * g
                g2[f] = acc
                w[f] = w.get(f, 0.0) - rate * g / math.sqrt(acc)
    return w


#: The tree ensemble's shape (scikit-learn's HistGradientBoostingClassifier).
TREES = {"max_iter": 400, "learning_rate": 0.05, "max_leaf_nodes": 31, "min_samples_leaf": 40,
         "l2_regularization": 1.0}
#: Where the linear log-odds lie within ±TREE_BAND the trees decide: on develop
#: pages the trees change almost no answer beyond ±3 (and 0.8 of the pieces lie there).
TREE_BAND = 3.0


def fit_trees(data: list[Example]) -> dict[str, object] | None:
    """A boosted tree ensemble on *data*, as :class:`reader.core.page.trees.Forest`
    reads it; None without scikit-learn."""
    try:
        import numpy as np
        from sklearn.ensemble import HistGradientBoostingClassifier
    except ImportError:
        print("trees: scikit-learn is not installed (pip install scikit-learn): not fitted")
        return None
    names = sorted({k for x, _ in data for k in x})
    vocab = {k: j for j, k in enumerate(names)}
    xs = np.zeros((len(data), len(names)))
    for row, (x, _) in enumerate(data):
        for k, v in x.items():
            xs[row, vocab[k]] = v
    ys = np.array([y for _, y in data])
    clf = HistGradientBoostingClassifier(random_state=0, early_stopping=False, **TREES)
    clf.fit(xs, ys)
    nodes: list[list[float]] = []
    roots: list[int] = []
    for (tree,) in clf._predictors:
        nd = tree.nodes
        off = len(nodes)
        roots.append(off)
        for k in range(len(nd)):
            if nd["is_leaf"][k]:
                nodes.append([-1, 0.0, 0, 0, float(nd["value"][k])])
            else:
                nodes.append([int(nd["feature_idx"][k]), float(nd["num_threshold"][k]),
                              off + int(nd["left"][k]), off + int(nd["right"][k]), 0.0])
    return {"names": names, "base": float(clf._baseline_prediction.ravel()[0]), "roots": roots,
            "nodes": nodes, "band": TREE_BAND}


def accuracy(w: dict[str, float], data: list[Example]) -> tuple[float, int, int]:
    ok = fp = fn = 0
    for x, y in data:
        z = sum(w.get(f, 0.0) * v for f, v in x.items())
        pred = int(z > 0)
        ok += pred == y
        fp += pred and not y
        fn += y and not pred
    return ok / max(1, len(data)), fp, fn


def refit_heads(train: Pages, out: Path, name: str) -> None:
    """Refit the ``roles`` (or ``field``) weights alone (the same examples and
    fit as a whole training run gives them) into the model at *out*, the rest
    left as it is: a new role signal is judged in a minute and a half, not a
    quarter hour."""
    data: list[Example] = []
    for form, _text, recs in train():
        if not form.endswith("foreign"):
            data += head_examples(recs)[name == "roles"]
    w = fit(data)
    acc, fp, fn = accuracy(w, data)
    print(f"{name}: {len(data)} examples, train accuracy {acc:.4f} "
          f"(false yes {fp}, false no {fn})")
    model = json.loads(out.read_text(encoding="utf-8"))
    model[name] = w
    out.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                   encoding="utf-8")
    print(f"wrote {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    # (44 seeds: twice the 22 of v10 gained on every draw, ~14 min on a quiet machine;
    # 1030-1039 are left for study as DEVELOP seeds)
    ap.add_argument("--seeds", default="1000-1021,1040-1061")
    ap.add_argument("--check", default="")
    ap.add_argument("--tree-seeds", default="1022-1029,1036-1039",
                    help="more TRAIN seeds for the trees alone")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--out", default=str(ROOT / "resources" / MODEL_FILE))
    ap.add_argument("--roles-only", action="store_true",
                    help="refit only the roles weights into --out, the rest kept (~1.5 min)")
    ap.add_argument("--field-only", action="store_true",
                    help="refit only the field weights into --out, the rest kept (~1.5 min)")
    a = ap.parse_args()
    train = pages(page_forms.seed_list(a.seeds), a.n)
    if a.roles_only or a.field_only:
        refit_heads(train, Path(a.out), "roles" if a.roles_only else "field")
        return
    held = pages(page_forms.seed_list(a.check), a.n) if a.check else None
    model: dict[str, object] = {
        "about": f"parser weights fitted by scripts/train_parser.py on TRAIN seeds {a.seeds}"}

    def fitted(name: str, data: list[Example], check: list[Example] | None) -> dict[str, float]:
        w = fit(data)
        acc, fp, fn = accuracy(w, data)
        print(f"{name}: {len(data)} examples ({sum(y for _, y in data)} positive), "
              f"train accuracy {acc:.4f} (false yes {fp}, false no {fn})", flush=True)
        if check is not None:
            acc, fp, fn = accuracy(w, check)
            print(f"{name}: check accuracy {acc:.4f} (false yes {fp}, false no {fn})")
        model[name] = w
        return w

    first = examples(train)
    check = examples(held) if held else None
    head0 = fitted("head0", first["head0"], check and check["head0"])
    for name in ("field", "roles"):
        fitted(name, first[name], check and check[name])
    second = examples(train, head0)
    check = examples(held, head0) if held else None
    for name in ("head", "orient"):
        fitted(name, second[name], check and check[name])
    Path(a.out).write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                           encoding="utf-8")
    print(f"wrote {a.out}")
    data = second["trees"]
    if a.tree_seeds:
        data += examples(pages(page_forms.seed_list(a.tree_seeds), a.n), head0)["trees"]
    trees = fit_trees(data)
    if trees is not None:
        out = Path(a.out).with_name(TREES_FILE)
        about = f"trees fitted by scripts/train_parser.py on TRAIN seeds {a.seeds},{a.tree_seeds}"
        out.write_text(json.dumps({"about": about, "head": trees}, separators=(",", ":"))
                       + "\n", encoding="utf-8")
        print(f"trees: {len(data)} examples; wrote {out}")


if __name__ == "__main__":
    main()
