"""The parser's tree ensemble (reader.core.page.trees) scores as a plain
reading of its trees does, refuses a malformed file, and the shipped one is
small and is what the parser asks where the linear weighing is
unsure."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.page.trees import TREES_FILE, Forest, forest
from reader.core.resources import resource

NAMES = ["len4", "ends_sentence", "words_after", "cohesion"]


def small_ensemble() -> dict[str, Any]:
    """Three hand-made trees: a stump, a tree of depth 2, a lone leaf."""
    nodes = [
        # tree 0: ends_sentence <= 0.5 ? +1.0 : -2.0
        [1, 0.5, 1, 2, 0.0], [-1, 0.0, 0, 0, 1.0], [-1, 0.0, 0, 0, -2.0],
        # tree 1: words_after <= 0.3 ? (len4 <= 0.5 ? -0.5 : 0.25) : (cohesion <= 0.6 ? 0.75 : -1.5)
        [2, 0.3, 4, 5, 0.0], [0, 0.5, 6, 7, 0.0], [3, 0.6, 8, 9, 0.0],
        [-1, 0.0, 0, 0, -0.5], [-1, 0.0, 0, 0, 0.25], [-1, 0.0, 0, 0, 0.75],
        [-1, 0.0, 0, 0, -1.5],
        # tree 2: a leaf
        [-1, 0.0, 0, 0, 0.125],
    ]
    return {"names": NAMES, "base": -0.25, "roots": [0, 3, 10], "nodes": nodes, "band": 2.0}


def reference(signals: dict[str, float]) -> float:
    """The same three trees, written out as conditions."""
    get = signals.get
    s = -0.25
    s += 1.0 if get("ends_sentence", 0.0) <= 0.5 else -2.0
    if get("words_after", 0.0) <= 0.3:
        s += -0.5 if get("len4", 0.0) <= 0.5 else 0.25
    else:
        s += 0.75 if get("cohesion", 0.0) <= 0.6 else -1.5
    return s + 0.125


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from([*NAMES, "bias", "not_in_trees"]),
                       st.sampled_from([0.0, 0.3, 0.5, 0.6, 1.0]) | st.floats(-2.0, 2.0)))
def test_the_ensemble_scores_as_its_trees_read_plainly(signals: dict[str, float]) -> None:
    f = Forest(small_ensemble())
    assert f.score(f.vector(signals)) == pytest.approx(reference(signals), abs=1e-12)


def test_each_path_of_the_hand_made_trees_is_taken() -> None:
    f = Forest(small_ensemble())
    cases = [({}, -0.25 + 1.0 - 0.5 + 0.125),
             ({"ends_sentence": 1.0}, -0.25 - 2.0 - 0.5 + 0.125),
             ({"len4": 1.0}, -0.25 + 1.0 + 0.25 + 0.125),
             ({"words_after": 0.5, "cohesion": 0.2}, -0.25 + 1.0 + 0.75 + 0.125),
             ({"words_after": 0.5, "cohesion": 0.9}, -0.25 + 1.0 - 1.5 + 0.125),
             ({"words_after": 0.3}, -0.25 + 1.0 - 0.5 + 0.125)]  # (a threshold goes left)
    for signals, want in cases:
        assert f.score(f.vector(signals)) == pytest.approx(want)
    assert f.band == 2.0


@pytest.mark.parametrize("damage", [
    lambda d: d["nodes"][0].__setitem__(2, 0),      # a child pointing back at its parent
    lambda d: d["nodes"][3].__setitem__(3, 99),     # a child out of range
    lambda d: d["nodes"][0].__setitem__(0, 7),      # a feature with no name
    lambda d: d["roots"].append(42),                # a root out of range
    lambda d: d.pop("nodes"),
])
def test_a_malformed_ensemble_is_refused(damage: Any) -> None:
    data = small_ensemble()
    damage(data)
    with pytest.raises((ValueError, KeyError)):
        Forest(data)


def test_a_missing_or_broken_trees_file_leaves_the_linear_weighing_alone(
        tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "trees.json"
    broken.write_text('{"head": {"names": ["a"], "nodes": [[0, 1.0, 0, 0, 0]]', encoding="utf-8")
    for path in (broken, tmp_path / "none.json"):
        monkeypatch.setenv("DUBAO_PARSER_TREES", str(path))
        forest.cache_clear()
        try:
            assert forest("head") is None
        finally:
            forest.cache_clear()


def test_the_shipped_ensemble_is_small_and_well_formed() -> None:
    path = resource(TREES_FILE)
    assert path.stat().st_size <= 5_000_000  # (issue 9; its load time: bench/parse.py)
    f = Forest(json.loads(path.read_text(encoding="utf-8"))["head"])
    assert f.band > 0.0 and len(f.roots) >= 10
    # it reads the plain signals and the page's orientation
    assert "first_page" in f.names and "ends_sentence" in f.names
    # the ensemble tells pieces apart: different signals, different scores
    scores = {round(f.score(f.vector({k: (i >> j) & 1 for j, k in enumerate(f.names[:12])})), 9)
              for i in range(64)}
    assert len(scores) > 4


def test_the_parser_asks_the_trees_within_the_band(tmp_path: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """With a band wider than any log-odds, the trees answer for every short
    piece of the second weighing: a lone leaf saying "headline" makes every
    weighed piece a headline, one saying "body" none."""
    import random

    from reader.core.page.blocks import page_blocks
    from reader.core.page.layout import HEAD
    from tests.core.newspages import news_page

    text = "\n\n".join(news_page(random.Random(seed), "", 5) for seed in range(4))
    counts = []
    for base in (50.0, -50.0):
        path = tmp_path / f"trees{base}.json"
        path.write_text(json.dumps({"head": {"names": ["bias"], "base": base, "roots": [0],
                                             "nodes": [[-1, 0.0, 0, 0, 0.0]], "band": 1e9}}),
                        encoding="utf-8")
        monkeypatch.setenv("DUBAO_PARSER_TREES", str(path))
        forest.cache_clear()
        try:
            blocks, _ = page_blocks(text)
        finally:
            forest.cache_clear()
        counts.append(sum(1 for b in blocks if b.kind == HEAD))
    monkeypatch.delenv("DUBAO_PARSER_TREES")
    shipped = sum(1 for b in page_blocks(text)[0] if b.kind == HEAD)
    assert counts[1] == 0 < shipped <= counts[0]


def _shipped() -> Forest:
    return Forest(json.loads(resource(TREES_FILE).read_text(encoding="utf-8"))["head"])


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_all_trees_at_once_score_the_very_float_of_walking_each(data: st.DataObject) -> None:
    """Forest.score (every exit leaf found at once) gives bit for bit what
    walking the shipped trees one by one gives: inputs at, just beside and
    between the trees' own thresholds, below zero, and NaN."""
    import math

    f = _shipped()
    thresholds = sorted(set(f.threshold))
    value = st.sampled_from(thresholds).flatmap(lambda t: st.sampled_from(
        [t, math.nextafter(t, -math.inf), math.nextafter(t, math.inf)])) | st.floats(
        -1.0, 3.0) | st.just(math.nan) | st.just(1.0)
    x = [0.0] * len(f.names)
    for j in data.draw(st.lists(st.integers(0, len(f.names) - 1), max_size=40)):
        x[j] = data.draw(value)
    assert f.score(x) == f.walk(x) or (math.isnan(f.score(x)) and math.isnan(f.walk(x)))
    assert f._exits is not None and f._exits.usable  # (the shipped trees: the quick way)


def test_trees_the_quick_way_cannot_read_are_walked() -> None:
    """A threshold below zero (a missing signal then fails its test), a tree
    of more leaves than a machine word holds, and trees sharing nodes (not a
    forest): scored by walking, the same."""
    negative = small_ensemble()
    negative["nodes"][0][1] = -0.5
    shared = small_ensemble()
    shared["roots"] = [0, 3, 10, 3]  # (tree 1 counted twice)
    chain: list[list[float]] = []  # one tree, a chain of 70 tests: 71 leaves
    for k in range(70):
        chain += [[0, k / 10, 2 * k + 1, 2 * k + 2, 0.0], [-1, 0.0, 0, 0, float(k)]]
    chain[-2:] = [[0, 6.9, len(chain) - 1, len(chain), 0.0], [-1, 0.0, 0, 0, 69.0],
                  [-1, 0.0, 0, 0, 70.0]]
    deep = {"names": ["v"], "base": 0.0, "roots": [0], "nodes": chain}
    for data, names in ((negative, NAMES), (shared, NAMES), (deep, ["v"])):
        f = Forest(data)
        for v in (-1.0, 0.0, 0.05, 0.3, 0.55, 2.5, 6.95, 9.0):
            x = [v] * len(names)
            assert f.score(x) == f.walk(x)
        assert f._exits is not None and not f._exits.usable
    assert Forest(deep).score([0.55]) == 6.0 and Forest(deep).score([9.0]) == 70.0
