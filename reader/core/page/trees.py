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
import sys
from array import array
from bisect import bisect_left
from typing import Any

from reader.core.resources import resource

TREES_FILE = "parser_trees.json"


class Forest:
    """A sum of regression trees over named signals (log-odds)."""

    __slots__ = ("_exits", "band", "base", "feature", "index", "left", "names", "right", "roots",
                 "threshold", "value")

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
        self._exits: _Exits | None = None  # (made on the first score)

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
        """The ensemble's log-odds for the input list *x* (see :meth:`vector`):
        the sum of the leaves :meth:`walk` reaches, found all trees at once
        (see :class:`_Exits`)."""
        exits = self._exits
        if exits is None:
            exits = self._exits = _Exits(self)
        if exits.usable:
            s = exits.score(x)
            if s == s:
                return s
        return self.walk(x)

    def walk(self, x: list[float]) -> float:
        """:meth:`score` read plainly, tree by tree from the root to a leaf."""
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


class _Exits:
    """Every tree's exit leaf found at once (the QuickScorer way), for a
    fifth of the time of walking 400 trees node by node in Python.

    Each tree's leaves are numbered left to right, as bits of one word per
    tree, all words one integer.  A node whose test fails for an input (its
    signal is above its threshold) rules out the leaves of its left subtree;
    the leaf a walk reaches is the leftmost one no failing node rules out.
    The failing nodes of a signal are the ones whose threshold lies below its
    value: with each signal's thresholds sorted, the leaves ruled out by the
    first *k* of them are one mask made in advance, found by bisection.  The
    leaves' values are then added in the trees' order, so the sum is the very
    float :meth:`Forest.walk` gives."""

    __slots__ = ("base", "code", "full", "nbytes", "signals", "usable", "values", "width")

    def __init__(self, trees: Forest) -> None:
        self.base = trees.base
        feature = trees.feature
        size = len(feature)
        # how many leaves under each node (children come after their parent: backwards)
        count = [1] * size
        for node in range(size - 1, -1, -1):
            if feature[node] >= 0:
                count[node] = count[node + trees.left[node]] + count[node + trees.right[node]]
        # each node's tree, and the number of its first leaf in it (parents first)
        tree = [-1] * size
        first = [0] * size
        proper = True  # (every node in one tree once: no node shared)
        for t, root in enumerate(trees.roots):
            proper = proper and tree[root] < 0
            tree[root] = t
        for node in range(size):
            t = tree[node]
            if t >= 0 and feature[node] >= 0:
                lo = node + trees.left[node]
                hi = node + trees.right[node]
                proper = proper and tree[lo] < 0 and tree[hi] < 0
                tree[lo] = tree[hi] = t
                first[lo] = first[node]
                first[hi] = first[node] + count[lo]
        most = max((count[r] for r in trees.roots), default=1)
        width = next((w for w in (8, 16, 32, 64) if w >= most), 0)
        codes = [c for c in "BHILQ" if array(c).itemsize * 8 == width]
        # (a threshold below 0 fails for a missing signal: inputs are read sparsely)
        self.usable = proper and bool(codes) and all(t >= 0.0 for t in set(trees.threshold))
        self.width = width
        self.code = codes[0] if codes else "B"
        self.nbytes = len(trees.roots) * width // 8
        self.full = (1 << (8 * self.nbytes)) - 1
        self.values: list[float] = [0.0] * (len(trees.roots) * width)
        self.signals: list[tuple[int, list[float], list[int]]] = []
        if not self.usable:
            return
        # feature → threshold → for each tree, the leaves a failing test rules out
        out: dict[int, dict[float, array[int]]] = {}
        empty = array(self.code, bytes(self.nbytes))
        for node in range(size):
            t = tree[node]
            if t < 0:
                continue
            f = feature[node]
            if f < 0:
                self.values[t * width + first[node]] = trees.value[node]
                continue
            by_threshold = out.get(f)
            if by_threshold is None:
                by_threshold = out[f] = {}
            words = by_threshold.get(trees.threshold[node])
            if words is None:
                words = by_threshold[trees.threshold[node]] = array(self.code, empty)
            lo = node + trees.left[node]
            words[t] |= ((1 << count[lo]) - 1) << first[lo]
        for f in sorted(out):
            thresholds = sorted(out[f])
            masks = [self.full]
            for th in thresholds:
                masks.append(masks[-1] & ~self._number(out[f][th]))
            self.signals.append((f, thresholds, masks))

    def _number(self, words: array[int]) -> int:
        """One word per tree as one integer (tree 0 in the lowest bits)."""
        if sys.byteorder == "big":
            words.byteswap()
        return int.from_bytes(words.tobytes(), "little")

    def score(self, x: list[float]) -> float:
        """:meth:`Forest.score` (only when :attr:`usable`), or NaN for an input holding NaN."""
        m = self.full
        for f, thresholds, masks in self.signals:
            v = x[f]
            if v:
                if v != v:  # (NaN: every test of it fails; the caller walks)
                    return v
                k = bisect_left(thresholds, v)
                if k:
                    m &= masks[k]
        words = array(self.code, m.to_bytes(self.nbytes, "little"))
        if sys.byteorder == "big":
            words.byteswap()
        values = self.values
        width = self.width
        s = self.base
        o = -1
        for w in words:
            s += values[o + (w & -w).bit_length()]
            o += width
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
