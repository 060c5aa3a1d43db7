"""The compact matcher against the plain definition of OpenCC's matching."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text.opencc_matcher import PhraseTable, build_matcher

_KEYS = st.text(alphabet="abcd", min_size=1, max_size=4)
_TABLE = st.dictionaries(_KEYS, st.text(alphabet="xyzé中", min_size=1, max_size=3), max_size=12)


def _decide(tables: list[dict[str, str]], text: str, i: int) -> tuple[int, str] | None:
    """Short-circuit maximum matching as OpenCC defines it: the first table
    with any key starting at *i* decides, with its longest."""
    for table in tables:
        keys = [k for k in table if text.startswith(k, i)]
        if keys:
            key = max(keys, key=len)
            return len(key), table[key]
    return None


def _reference_scan(tables: list[dict[str, str]], text: str) -> str:
    out, i = [], 0
    while i < len(text):
        found = _decide(tables, text, i)
        length, value = found if found is not None else (1, text[i])
        out.append(value)
        i += length
    return "".join(out)


def _reference_segment(tables: list[dict[str, str]], text: str) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    run, i = "", 0
    while i < len(text):
        found = _decide(tables, text, i)
        if found is None:
            run += text[i]
            i += 1
            continue
        if run:
            out.append((run, False))
            run = ""
        out.append((text[i : i + found[0]], True))
        i += found[0]
    if run:
        out.append((run, False))
    return out


@settings(max_examples=400, deadline=None)
@given(st.lists(_TABLE, min_size=1, max_size=3), st.text(alphabet="abcde", max_size=30))
def test_matching_is_opencc_short_circuit_longest_match(tables: list[dict[str, str]],
                                                        text: str) -> None:
    matcher = build_matcher(tables)
    assert matcher.scan(text) == _reference_scan(tables, text)
    assert matcher.segment(text) == _reference_segment(tables, text)


@given(_TABLE)
def test_a_phrase_table_holds_what_it_was_given(table: dict[str, str]) -> None:
    compact = PhraseTable(table)
    assert dict(compact.pairs()) == table
    assert dict(compact) == table
    assert len(compact) == len(table)
    assert compact.longest == max(map(len, table), default=0)
