"""Fit the key-term weights (``reader.core.text.keywords.WEIGHTS``) on the TUNE
half of the corpus that ``bench/keywords.py`` measures: for each body, the
candidate terms the reader finds and their features; the weights make the
terms that are words of the (removed) headline most likely, one article at a
time (a softmax over the article's candidates, L2-regularised). The HELD-OUT
half is never read. Without ``--library`` the two headline features come from
the table of TUNE headline words (``resources/headline_words.txt``, which
``--write-table`` writes): each body judged by the counts of the other TUNE
articles (its own taken out), as the table is to an article it never saw.
Prints a 4-fold cross-validated top-5 share on TUNE and the weights to paste
into keywords.py: ``WEIGHTS``, or with ``--library`` ``LIBRARY_WEIGHTS``, for
which each body is judged with a library of the other TUNE articles (their
bodies and headlines; its own taken out), as a user's library would hold them.

A body's own headline left out of the table's counts (leave-one-out) still
tells on it: a word of its headline has one headline fewer than the same
counts would give a body whose headline lacks it.  A weighted sum cannot use
that; a flexible model can.  ``--trees`` (an experiment, not shipped) checks a
second stage of gradient-boosted trees (scikit-learn, fixed seed) re-ranking
the sum's best :data:`SECOND_STAGE` candidates, with the table's counts for
each body taken from the other four of five fixed parts of TUNE (no body's
own headline in them; the sum is then fitted on the same counts).  Measured
(top-5 share): with leave-one-out counts the trees gave 0.767 cross-validated
on TUNE but 0.700 on HELD-OUT; out of fold 0.725 on TUNE (the sum 0.735) and
0.733 on HELD-OUT (the sum 0.729): within noise, for ~5 ms more per article,
so the reader ranks by the sum alone.

Needs numpy (and scikit-learn for ``--trees``), which the reader itself does
not (``.venv/bin/pip install numpy scikit-learn``).

    .venv/bin/python scripts/tune_keywords.py [--l2 0.01] [--library] [--write-table]
        [--without latin,name] [--trees]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.text.keywords import DocumentFrequencies, KeywordExtractor  # noqa: E402
from reader.core.text.term_features import FEATURES, library_features  # noqa: E402
from reader.core.text.words import Segmenter  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_keywords", ROOT / "bench" / "keywords.py")
assert _spec and _spec.loader
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench_keywords"] = bench
_spec.loader.exec_module(bench)

Doc = tuple[np.ndarray, np.ndarray]
TABLE = ROOT / "resources" / "headline_words.txt"
#: ``--trees``: how many trees, how deep, how fast they learn; how many of the
#: sum's best candidates they re-rank; in how many parts the table is counted.
FOREST = {"max_iter": 200, "max_depth": 4, "learning_rate": 0.05}
SECOND_STAGE = 60
TABLE_PARTS = 5


def articles(extractor: KeywordExtractor, library: bool) -> tuple[list[Doc], list[list[str]]]:
    """Each TUNE body's candidates' features and whether each is a headline
    word, and the candidates themselves."""
    judge = bench.Judge()
    docs: list[Doc] = []
    words: list[list[str]] = []
    tune = [body for body in bench.corpus_bodies() if bench.split_of(body.id) == "tune"]
    segmenter = extractor.segmenter
    freqs = DocumentFrequencies()
    if library:
        for body in tune:
            freqs.add_text(body.text, segmenter, body.title)
        extractor.doc_freqs = freqs
    for body in tune:
        targets = judge.targets(body.title)
        if library:
            freqs.remove_text(body.text, segmenter, body.title)
        rows = extractor.features(body.text)
        if library:
            freqs.add_text(body.text, segmenter, body.title)
        if rows:
            docs.append((np.array([x for _, x in rows]),
                         np.array([word in targets for word, _ in rows], dtype=float)))
            words.append([word for word, _ in rows])
    return docs, words


def headline_counts(docs: list[Doc], words: list[list[str]]) -> dict[str, list[int]]:
    """Word -> [TUNE articles with it as a headline word, with it as a candidate]."""
    counts: dict[str, list[int]] = {}
    for (_, y), doc_words in zip(docs, words, strict=True):
        for word, target in zip(doc_words, y, strict=True):
            entry = counts.setdefault(word, [0, 0])
            entry[0] += int(target)
            entry[1] += 1
    return counts


def use_table(docs: list[Doc], words: list[list[str]], counts: dict[str, list[int]]) -> None:
    """Put each body's headline features from *counts* less its own, as the
    shipped table (words of a headline only) would give them."""
    first = FEATURES.index("title_prior")
    for (x, y), doc_words in zip(docs, words, strict=True):
        for row, (word, target) in enumerate(zip(doc_words, y, strict=True)):
            titles, seen = counts[word][0] - int(target), counts[word][1] - 1
            if titles == 0:
                titles = seen = 0
            x[row, first : first + 2] = library_features(titles, seen)


def write_table(counts: dict[str, list[int]], path: Path) -> None:
    lines = [f"{word} {titles} {seen}" for word, (titles, seen) in sorted(counts.items())
             if titles and not any(ch.isspace() for ch in word)]
    path.write_text(
        "# word, headlines with it, articles with it as a candidate: the TUNE half of the\n"
        "# corpus bench/keywords.py reads (counts only). Made by scripts/tune_keywords.py.\n"
        + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path}: {len(lines)} words")


def fit(docs: list[Doc], l2: float, steps: int = 600) -> np.ndarray:
    """Maximise the mean log-probability of an article's headline words under a
    softmax of its candidates' scores (Adam on standardised features); every
    article's candidates stacked, the softmax taken per article."""
    kept = [(x, y) for x, y in docs if y.any()]
    stacked = np.vstack([x for x, _ in docs])
    mean, scale = stacked.mean(0), stacked.std(0) + 1e-9
    z = (np.vstack([x for x, _ in kept]) - mean) / scale
    targets = np.concatenate([y for _, y in kept])
    sizes = [len(y) for _, y in kept]
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(int)
    article = np.repeat(np.arange(len(kept)), sizes)
    w = np.zeros(len(FEATURES))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, steps + 1):
        s = z @ w
        e = np.exp(s - np.maximum.reduceat(s, starts)[article])
        p = e / np.add.reduceat(e, starts)[article]
        py = p * targets
        q = py / np.add.reduceat(py, starts)[article]
        grad = l2 * w - z.T @ (q - p) / len(kept)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w / scale  # weights of the raw features (a shift per article changes no rank)


def share(w: np.ndarray, docs: list[Doc], top: int = 5) -> float:
    return float(np.mean([y[np.argsort(-(x @ w), kind="stable")[:top]].any() for x, y in docs]))


def fit_trees(docs: list[Doc]) -> Any:
    """The forest, fitted on every candidate of *docs* (deterministic: fixed
    seed, no early stopping)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    kept = [(x, y) for x, y in docs if len(y)]
    model = HistGradientBoostingClassifier(**FOREST, random_state=0, early_stopping=False)
    return model.fit(np.vstack([x for x, _ in kept]), np.concatenate([y for _, y in kept]))


def staged_share(w: np.ndarray, model: Any, docs: list[Doc], top: int = 5) -> float:
    """Top-*top* share when the forest re-ranks the linear stage's best
    :data:`SECOND_STAGE` candidates of each article (the rest stay below)."""
    hits = []
    for x, y in docs:
        first = np.argsort(-(x @ w), kind="stable")[:SECOND_STAGE]
        scores = model.decision_function(x[first])
        hits.append(y[first[np.argsort(-scores, kind="stable")[:top]]].any())
    return float(np.mean(hits))


def use_table_out_of_fold(docs: list[Doc], words: list[list[str]]) -> None:
    """Put each body's headline features from the counts of the other
    :data:`TABLE_PARTS` - 1 parts of TUNE (the parts fixed by position)."""
    parts = [headline_counts(docs[k::TABLE_PARTS], words[k::TABLE_PARTS])
             for k in range(TABLE_PARTS)]
    first = FEATURES.index("title_prior")
    for i, ((x, _), doc_words) in enumerate(zip(docs, words, strict=True)):
        others = [part for k, part in enumerate(parts) if k != i % TABLE_PARTS]
        for row, word in enumerate(doc_words):
            titles = sum(part.get(word, [0, 0])[0] for part in others)
            seen = sum(part.get(word, [0, 0])[1] for part in others) if titles else 0
            x[row, first : first + 2] = library_features(titles, seen)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--without", default="", metavar="F,G",
                        help="features left out (their weight stays 0)")
    parser.add_argument("--library", action="store_true",
                        help="with a library of the other TUNE articles (LIBRARY_WEIGHTS)")
    parser.add_argument("--write-table", action="store_true",
                        help=f"write the TUNE headline counts to {TABLE.relative_to(ROOT)}")
    parser.add_argument("--trees", action="store_true",
                        help="cross-validate a second stage of trees (table counted out of fold)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        # The headline features are put in below (or are the library's): no table is read.
        extractor = KeywordExtractor(Segmenter(cache_dir=Path(tmp)), headline_words={})
        docs, words = articles(extractor, args.library)
    if not args.library:
        counts = headline_counts(docs, words)
        if args.trees:
            use_table_out_of_fold(docs, words)
        else:
            use_table(docs, words, counts)
        if args.write_table:
            write_table(counts, TABLE)
    for name in filter(None, args.without.split(",")):
        column = FEATURES.index(name)
        for x, _ in docs:
            x[:, column] = 0.0
    order = np.random.default_rng(0).permutation(len(docs))
    folds = np.array_split(order, 4)
    cv, cv_trees = [], []
    for k, test in enumerate(folds):
        train = [docs[i] for j, fold in enumerate(folds) if j != k for i in fold]
        held = [docs[i] for i in test]
        w = fit(train, args.l2)
        cv.append(share(w, held))
        if args.trees:
            cv_trees.append(staged_share(w, fit_trees(train), held))
    print(f"TUNE half: {len(docs)} articles; cross-validated top-5 share "
          f"{np.mean(cv):.3f} ({', '.join(f'{c:.3f}' for c in cv)})")
    if cv_trees:
        print(f"  with the forest re-ranking the top {SECOND_STAGE}: {np.mean(cv_trees):.3f} "
              f"({', '.join(f'{c:.3f}' for c in cv_trees)})")
    w = fit(docs, args.l2)
    name = "LIBRARY_WEIGHTS" if args.library else "WEIGHTS"
    print(f"fitted on all of TUNE: top-5 share {share(w, docs):.3f}\n\n{name} = {{")
    for name, value in zip(FEATURES, w, strict=True):
        print(f'    "{name}": {value:.4f},')
    print("}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
