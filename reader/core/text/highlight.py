"""Highlight spans on the text as shown, whatever script the terms were typed in.

Spans are always found in the shown text (after conversion), never shifted
from the original: phrase conversion changes length (``U盘`` → ``隨身碟``).
Both the text and the terms are folded (:func:`reader.core.text.fold.fold`, one
character for one), so ``开发区`` marks ``開發區`` and offsets in the folded
text are offsets in the shown text.  A term whose conversion changes more than
characters (``U盘`` shown as ``隨身碟``) is also looked for in its converted
form when the caller says which script is shown.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from reader.core.text.find import find_matches
from reader.core.text.fold import fold
from reader.core.text.script import Script

#: Categories, most important first: a span of an earlier one wins an overlap.
CATEGORIES: tuple[str, ...] = ("find", "query", "watch", "keyword")


@dataclass(frozen=True, slots=True)
class Span:
    """``text[start:end]`` is marked as *category* because of *term* (as given)."""

    start: int
    end: int
    category: str
    term: str


def compute_spans(
    text: str,
    terms: Mapping[str, Iterable[str]],
    priority: Sequence[str] = CATEGORIES,
    script: Script | None = None,
) -> list[Span]:
    """Non-overlapping spans of *terms* (category → terms) in *text*, sorted.

    On overlap the category earlier in *priority* wins (categories it does not
    name come after, in the mapping's order), then the longer match, then the
    earlier one.  Latin terms (other than ``find``) match whole words only, so
    ``AI`` does not mark ``MAIL``.  With *script*, each term is also converted
    into that script before matching.
    """
    if not text:
        return []
    order = [c for c in priority if c in terms] + [c for c in terms if c not in priority]
    folded = fold(text)
    candidates: list[tuple[int, int, int, str, str]] = []
    for rank, category in enumerate(order):
        whole_words = category != "find"
        for term in terms[category]:
            for form in _forms(term, script):
                for start, end in _occurrences(folded, form, whole_words):
                    candidates.append((rank, start - end, start, category, term))
    candidates.sort()
    taken = bytearray(len(text))
    spans: list[Span] = []
    for _, negative_length, start, category, term in candidates:
        end = start - negative_length
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        spans.append(Span(start, end, category, term))
    spans.sort(key=lambda s: s.start)
    return spans


#: Find in the article: every non-overlapping occurrence, script- and case-blind.
#: One implementation, shared with the window (``reader.core.text.find``).
find_all = find_matches


def _forms(term: str, script: Script | None) -> set[str]:
    """The folded shapes *term* may take in the shown text."""
    term = term.strip()
    if not term:
        return set()
    forms = {fold(term)}
    if script is not None:
        forms.add(fold(_converted(script.config, term)))
    forms.discard("")
    return forms


@functools.lru_cache(maxsize=4096)
def _converted(config: str, term: str) -> str:
    """Terms come back with every article shown; convert each once."""
    from reader.core.text.convert import get_converter  # OpenCC: only once asked

    return get_converter(config).convert(term)


def _occurrences(
    hay: str, needle: str, whole_words: bool, overlapping: bool = True
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    size = len(needle)
    check_start = whole_words and _is_word_char(needle[0])
    check_end = whole_words and _is_word_char(needle[-1])
    start = hay.find(needle)
    while start >= 0:
        end = start + size
        if not (
            (check_start and start > 0 and _is_word_char(hay[start - 1]))
            or (check_end and end < len(hay) and _is_word_char(hay[end]))
        ):
            out.append((start, end))
            if not overlapping:
                start = hay.find(needle, end)
                continue
        start = hay.find(needle, start + 1)
    return out


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "_")
