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
from collections.abc import Iterable

from reader.core.resources import resource

WORDS_FILE = "parser_words.txt"


class Lexicon:
    """The known words, held by their first character: for each, one string of
    the rest of every word that starts with it (国: ``"\\n家\\n家队\\n际\\n"``).
    Fifty thousand words as separate strings in a set took 5.9 MB of the
    window's memory, which is kept well under its limit (issue 12); these
    strings take 0.7 MB, and a look-up is one dict probe and one search of a
    short string in C."""

    __slots__ = ("rests",)

    def __init__(self, words: Iterable[str]) -> None:
        by_first: dict[str, list[str]] = {}
        for word in words:
            if len(word) >= 2:
                by_first.setdefault(word[0], []).append(word[1:])
        #: First character → ``"\\n"`` + the rests of its words, each followed by ``"\\n"``.
        self.rests = {first: "\n" + "\n".join(sorted(rests)) + "\n"
                      for first, rests in by_first.items()}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or len(word) < 2:
            return False
        rests = self.rests.get(word[0])
        return rests is not None and f"\n{word[1:]}\n" in rests


@functools.cache
def words() -> Lexicon:
    """The known words (none when the file is missing: no word is then known)."""
    try:
        return Lexicon(resource(WORDS_FILE).read_text(encoding="utf-8").split())
    except OSError:
        return Lexicon(())


def word_across(before: str, after: str) -> bool:
    """Does a known word run on from the end of *before* into the start of *after*?"""
    if not before or not after:
        return False
    rests = words().rests
    tail = before[-3:]
    head = after[:3]
    joined = tail + head
    for start, ends in _SPANS[len(tail), len(head)]:
        known = rests.get(joined[start])
        if known is None:
            continue
        # (the next character looked for alone first, a memchr in C, and with
        # several ends, as the start of a word; most of these pairs start none)
        second = joined[start + 1]
        if second in known and (len(ends) == 1 or f"\n{second}" in known):
            for end in ends:
                if f"\n{joined[start + 1 : end]}\n" in known:
                    return True
    return False


#: Where the two- to four-character stretches that cross the join lie in
#: ``tail + head`` (last three characters before it, first three after), by
#: their lengths: for each start, the ends (each stretch one slice of one
#: string; asked for twice per short piece of every page).
_SPANS = {
    (t, h): tuple((t - k, tuple(t + m for m in range(1, min(h, 4 - k) + 1)))
                  for k in range(1, t + 1))
    for t in range(1, 4)
    for h in range(1, 4)
}


def known_words(text: str) -> set[str]:
    """The known words (two to four characters) anywhere in *text*."""
    known = words()
    return {text[i : i + k] for i in range(len(text) - 1) for k in (2, 3, 4)
            if i + k <= len(text) and text[i : i + k] in known}


def clean_break(before: str, after: str) -> bool:
    """Does *before* end on a known word and *after* start on one (分区 / 分级)?
    A line broken there breaks between words, as a headline's fields do; a
    word found across it is then two words' halves met by chance (区分)."""
    known = words()
    return (any(before[-k:] in known for k in (2, 3, 4) if len(before) >= k)
            and any(after[:k] in known for k in (2, 3, 4) if len(after) >= k))
