"""Words of the language, to tell a line broken inside a word from one that
ends where a phrase ends.

Body text is wrapped at the column wherever the column ends, in the middle of
a word as often as not (国 / 家统计局); a headline line ends where its phrase
ends.  ``resources/parser_words.txt`` holds two- to four-character words
(``scripts/make_lexicon.py`` takes them from jieba's dictionary, in both
scripts); it is read on first use.
"""

from __future__ import annotations

import functools

from reader.core.resources import resource

WORDS_FILE = "parser_words.txt"


@functools.cache
def words() -> frozenset[str]:
    """The known words (empty when the file is missing: no word is then known)."""
    try:
        return frozenset(resource(WORDS_FILE).read_text(encoding="utf-8").split())
    except OSError:
        return frozenset()


def word_across(before: str, after: str) -> bool:
    """Does a known word run on from the end of *before* into the start of *after*?"""
    if not before or not after:
        return False
    known = words()
    tail = before[-3:]
    head = after[:3]
    joined = tail + head
    return any(joined[a:b] in known for a, b in _SPANS[len(tail), len(head)])


#: Where the two- to four-character stretches that cross the join lie in
#: ``tail + head`` (last three characters before it, first three after), by
#: their lengths: each one slice of one string, asked for twice per short
#: piece of every page.
_SPANS = {
    (t, h): tuple((t - k, t + m) for k in range(1, t + 1) for m in range(1, min(h, 4 - k) + 1))
    for t in range(1, 4)
    for h in range(1, 4)
}
