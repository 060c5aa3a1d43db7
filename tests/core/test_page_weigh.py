"""Weighing measures a piece's cohesion signal only where it can change the
label (reader.core.page.weigh): every label must be the one the full signals
give, also for weights that put scores close to 0, and exactly at 0."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.page.blocks import _context
from reader.core.page.features import Context, base_signals, model, score
from reader.core.page.geometry import geometry
from reader.core.page.layout import cut_pieces
from reader.core.page.lines import split_lines
from reader.core.page.weigh import Weighing
from tests.core.newspages import news_page


def page_context(seed: int) -> tuple[Context, list[int]]:
    lines = split_lines(news_page(random.Random(seed), "", 5))
    geo = geometry(lines)
    ctx = _context(cut_pieces(lines, geo), geo)
    return ctx, [i for i, c in enumerate(ctx.candidate) if c]


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.floats(-8.0, 8.0), st.floats(-8.0, 8.0),
       st.floats(-3.0, 3.0))
def test_labels_are_those_of_the_full_signals(seed: int, bias: float, cohesion: float,
                                               extra: float) -> None:
    ctx, todo = page_context(seed)
    assert todo
    weights = dict(model("head0"), bias=bias, cohesion=cohesion)
    weighing = Weighing(ctx, todo)
    for i in todo:
        full = score(weights, base_signals(ctx, i)) + extra
        assert weighing.head(weights, i, score(weights, weighing.signals[i]), extra) == (full > 0)


def test_a_score_at_zero_is_added_up_in_the_full_signals_order() -> None:
    ctx, todo = page_context(3)
    weighing = Weighing(ctx, todo)
    for i in todo:
        weights = dict(model("head0"), cohesion=-2.0)
        # shift the bias so that this piece's full score is (about) 0
        weights["bias"] -= score(weights, base_signals(ctx, i))
        full = score(weights, base_signals(ctx, i))
        assert abs(full) < 1e-9
        assert weighing.head(weights, i, score(weights, weighing.signals[i])) == (full > 0)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.floats(-8.0, 8.0), st.floats(-8.0, 8.0),
       st.floats(-3.0, 3.0), st.floats(0.5, 4.0))
def test_the_linear_answer_stands_only_beyond_the_band(seed: int, bias: float, cohesion: float,
                                                      extra: float, band: float) -> None:
    """Beyond ±band the linear weighing answers (as the full signals would);
    within it, it leaves the piece to the trees (-1)."""
    ctx, todo = page_context(seed)
    weights = dict(model("head"), bias=bias, cohesion=cohesion)
    weighing = Weighing(ctx, todo)
    for i in todo:
        full = score(weights, base_signals(ctx, i)) + extra
        said = weighing.beyond(weights, i, score(weights, weighing.signals[i]), extra, band)
        assert said == (1 if full > band else 0 if full < -band else -1)
