"""Short pieces weighed as headline or body, the cohesion signal measured only
where it can change the answer.

The cohesion signal (:func:`~reader.core.page.features.run_cohesion`: do the
words after a run of short pieces come back before it?) is the dearest to
measure, a tenth of the parser's time, and most pieces do not need it: it
lies between 0 and 1 (missing weighs as 0), so a piece whose score without it
stays on one side of 0 whatever it is gets its label at once.  Otherwise it
is measured and added; and a score within a hair of 0 is added up again from
all the signals in their own order, so that every label is the one weighing
all signals of every piece gives (floating-point sums depend on their order).
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

#: A score this far from 0 keeps its sign whatever order its terms are added in.
_MARGIN = 1e-9
_COHESION_NAMES = _CROSS_NAMES["cohesion"]


class Weighing:
    """The signals of a page's candidate pieces, all but cohesion."""

    __slots__ = ("ctx", "signals")

    def __init__(self, ctx: Context, todo: list[int]) -> None:
        self.ctx = ctx
        #: Piece index → its signals without cohesion (in page order).
        self.signals = {i: base_signals(ctx, i, cohesion=False) for i in todo}

    def head(self, weights: dict[str, float], i: int, own: float, extra: float = 0.0) -> bool:
        """Is ``score(weights, base_signals(ctx, i)) + extra`` above 0?  *own*:
        ``score(weights, self.signals[i])``, the same without cohesion."""
        ctx = self.ctx
        x = own + extra
        w = weights.get("cohesion", 0.0) + weights.get(_COHESION_NAMES[run_class(ctx, i)], 0.0)
        if x + min(w, 0.0) > _MARGIN:
            return True
        if x + max(w, 0.0) < -_MARGIN:
            return False
        c = run_cohesion(ctx, i)
        if c >= 0.0:
            x += w * c
        if x > _MARGIN or x < -_MARGIN:
            return x > 0.0
        return score(weights, base_signals(ctx, i)) + extra > 0.0
