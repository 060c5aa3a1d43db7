"""Short pieces weighed as headline or body: the linear weighing first, with
the cohesion signal measured only where it can change the answer, and a tree
ensemble where the linear weighing is unsure.

The cohesion signal (:func:`~reader.core.page.features.run_cohesion`: do the
words after a run of short pieces come back before it?) is the dearest to
measure, a tenth of the parser's time, and most pieces do not need it: it
lies between 0 and 1 (missing weighs as 0), so a piece whose score without it
stays on one side of the bound whatever it is gets its answer at once.
Otherwise it is measured and added; and a score within a hair of the bound is
added up again from all the signals in their own order, so that every answer
is the one weighing all signals of every piece gives (floating-point sums
depend on their order).

A linear weighing cannot express "short, *and* the piece before ended a
sentence, *and* no dateline follows"; the trees (:mod:`reader.core.page.trees`)
can, but cost more.  Where the linear log-odds lie beyond ±``band`` its answer
stands (on generated develop pages the trees change almost none of those);
only the pieces in between are weighed again by the trees.
"""

from __future__ import annotations

from reader.core.page.features import (
    _CROSS_NAMES,
    Context,
    base_signals,
    run_class,
    run_cohesion,
    score,
)
from reader.core.page.trees import Forest

#: A score this far from a bound keeps its side whatever order its terms are added in.
_MARGIN = 1e-9
_COHESION_NAMES = _CROSS_NAMES["cohesion"]
#: Signals the trees see beyond a piece's own: the page prints headlines first.
FIRST_PAGE = "first_page"


def tree_signals(signals: dict[str, float], first_page: bool) -> dict[str, float]:
    """What the trees are trained on from a piece's linear signals: the plain
    signals (products with a run class ``x@alone`` and twins by orientation
    ``x|first`` only serve the linear weighing) and whether the page prints
    headlines first."""
    out = {k: v for k, v in signals.items() if "@" not in k and "|" not in k}
    if first_page:
        out[FIRST_PAGE] = 1.0
    return out


class Weighing:
    """The signals of a page's candidate pieces, all but cohesion."""

    __slots__ = ("ctx", "signals", "trees_said")

    def __init__(self, ctx: Context, todo: list[int]) -> None:
        self.ctx = ctx
        #: Piece index → its signals without cohesion (in page order).
        self.signals = {i: base_signals(ctx, i, cohesion=False) for i in todo}
        #: (piece, its extra signals) → the trees' log-odds: the second round of
        #: weighing mostly sees the neighbours as the first did.
        self.trees_said: dict[tuple[int, tuple[tuple[str, float], ...]], float] = {}

    def head(self, weights: dict[str, float], i: int, own: float, extra: float = 0.0) -> bool:
        """Is ``score(weights, base_signals(ctx, i)) + extra`` above 0?  *own*:
        ``score(weights, self.signals[i])``, the same without cohesion."""
        return self.beyond(weights, i, own, extra, 0.0) == 1

    def beyond(self, weights: dict[str, float], i: int, own: float, extra: float,
               band: float) -> int:
        """1 if ``score(weights, base_signals(ctx, i)) + extra`` is above
        *band*, 0 if below ``-band``, -1 if within (*band* > 0; with 0, a
        score of exactly 0 is 0)."""
        ctx = self.ctx
        x = own + extra
        w = weights.get("cohesion", 0.0) + weights.get(_COHESION_NAMES[run_class(ctx, i)], 0.0)
        hi = band + _MARGIN
        if x + min(w, 0.0) > hi:
            return 1
        if x + max(w, 0.0) < -hi:
            return 0
        c = run_cohesion(ctx, i)
        if c >= 0.0:
            x += w * c
        if x > hi:
            return 1
        if x < -hi:
            return 0
        if abs(x) < band - _MARGIN:
            return -1
        x = score(weights, base_signals(ctx, i)) + extra
        return 1 if x > band else 0 if x < -band or band == 0.0 else -1

    def tree_score(self, trees: Forest, i: int, extra: dict[str, float]) -> float:
        """The trees' log-odds for piece *i* (cohesion measured), with *extra*
        signals (the neighbours' labels, :data:`FIRST_PAGE`)."""
        key = (i, tuple(sorted(extra.items())))
        said = self.trees_said.get(key)
        if said is not None:
            return said
        x = trees.vector(self.signals[i])
        index = trees.index
        c = run_cohesion(self.ctx, i)
        j = index.get("cohesion")
        if c >= 0.0 and j is not None:
            x[j] = c
        for k, v in extra.items():
            j = index.get(k)
            if j is not None:
                x[j] = v
        said = self.trees_said[key] = trees.score(x)
        return said
