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
        self.feature: list[int] = [int(n[0]) for n in nodes]
        self.threshold: list[float] = [float(n[1]) for n in nodes]
        self.left: list[int] = [int(n[2]) for n in nodes]
        self.right: list[int] = [int(n[3]) for n in nodes]
        self.value: list[float] = [float(n[4]) for n in nodes]
        size = len(nodes)
        for k in range(size):
            f = self.feature[k]
            if f >= len(self.names) or (f >= 0 and not (
                    k < self.left[k] < size and k < self.right[k] < size)):
                raise ValueError(f"node {k} of the tree ensemble is malformed")
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
                node = left[node] if x[f] <= threshold[node] else right[node]
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
