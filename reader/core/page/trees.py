"""A boosted tree ensemble over the parser's named signals, evaluated in plain Python.

A linear weighing cannot say "short, *and* the piece before ended a sentence,
*and* no dateline follows"; a sum of small decision trees can.  The ensemble
is fitted by ``scripts/train_parser.py`` and shipped as JSON (one flat list of
nodes for all trees); evaluating it needs nothing beyond the standard library,
so the reader never depends on the library that fitted it.

Each inner node sends a piece left when its signal is ``<=`` the node's
threshold (a missing signal counts as 0, as in the linear weighing); the
score is the ensemble's base plus the value of the leaf each tree reaches:
log-odds, like :func:`reader.core.page.features.score`.  ``DUBAO_PARSER_TREES``
names another ensemble file to parse with (for study: a missing file means no
trees, the linear weighing alone).
"""

from __future__ import annotations

import functools
import json
import os
from typing import Any

from reader.core.resources import resource

TREES_FILE = "parser_trees.json"


class Forest:
    """A sum of regression trees over named signals (log-odds)."""

    __slots__ = ("band", "base", "feature", "index", "left", "names", "right", "roots", "threshold",
                 "value")

    def __init__(self, data: dict[str, Any]) -> None:
        """*data*: ``{"names": [...], "base": b, "roots": [...], "nodes": [[feature,
        threshold, left, right, value], ...], "band": b}``; a leaf's feature is -1,
        and a node's children come after it (so every walk ends)."""
        self.names: list[str] = [str(n) for n in data["names"]]
        self.index: dict[str, int] = {n: k for k, n in enumerate(self.names)}
        self.base = float(data["base"])
        #: Where the linear weighing's log-odds lie within ±band, the trees decide.
        self.band = float(data.get("band", 0.0))
        self.roots: list[int] = [int(r) for r in data["roots"]]
        nodes = data["nodes"]
        size = len(nodes)
        # Children are held as steps forward from their parent (small ints, which
        # Python shares) and equal thresholds as one float: a walk through the
        # trees then touches little memory beyond the lists themselves.
        shared: dict[float, float] = {}
        self.feature: list[int] = []
        self.threshold: list[float] = []
        self.left: list[int] = []
        self.right: list[int] = []
        self.value: list[float] = []
        for k, n in enumerate(nodes):
            f = int(n[0])
            t = float(n[1])
            left, right = (int(n[2]) - k, int(n[3]) - k) if f >= 0 else (0, 0)
            if f >= len(self.names) or (f >= 0 and not (
                    0 < left < size - k and 0 < right < size - k)):
                raise ValueError(f"node {k} of the tree ensemble is malformed")
            self.feature.append(f)
            self.threshold.append(shared.setdefault(t, t))
            self.left.append(left)
            self.right.append(right)
            self.value.append(float(n[4]))
        if any(not 0 <= r < size for r in self.roots):
            raise ValueError("a root of the tree ensemble is out of range")

    def vector(self, signals: dict[str, float]) -> list[float]:
        """The signals as the ensemble's list of inputs (missing ones 0)."""
        x = [0.0] * len(self.names)
        index = self.index
        for k, v in signals.items():
            j = index.get(k)
            if j is not None:
                x[j] = v
        return x

    def score(self, x: list[float]) -> float:
        """The ensemble's log-odds for the input list *x* (see :meth:`vector`)."""
        feature = self.feature
        threshold = self.threshold
        left = self.left
        right = self.right
        s = self.base
        for node in self.roots:
            f = feature[node]
            while f >= 0:
                node += left[node] if x[f] <= threshold[node] else right[node]
                f = feature[node]
            s += self.value[node]
        return s


@functools.cache
def forest(name: str) -> Forest | None:
    """The parser's tree ensemble for decision *name* (``head0``, ``head``), or
    None when none is shipped (the linear weights decide alone then)."""
    path = os.environ.get("DUBAO_PARSER_TREES") or str(resource(TREES_FILE))
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        part = data.get(name) if isinstance(data, dict) else None
        return Forest(part) if isinstance(part, dict) else None
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None
