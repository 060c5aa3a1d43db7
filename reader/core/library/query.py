"""What the library indexes and how a typed query becomes an FTS5 expression.

The index holds every overlapping pair of characters of folded text (the
last character of a field pairs with an end mark), each written as two
six-digit hex code points (``中国`` → ``004e2d0056fd``).  A query term of
n ≥ 2 characters is the phrase of its n - 1 pairs; a single character is a
prefix query on the first six digits, answered by FTS5's prefix index.  Both
match exactly where the folded term occurs as a substring, so recall is
complete at every length and in any script, and pairs are rare enough that
phrase queries stay fast.  Hex tokens are plain ASCII words: nothing the
user types (quotes, ``*``, ``NEAR``, ``:`` …) can reach FTS5 as syntax.
Runs of whitespace are one character, so a term never matches across a
paragraph break it does not contain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.model import Article
from reader.core.text.fold import fold

#: Bumped whenever the tokens written for a text change; stored indexes made
#: with another version are rebuilt from the stored articles.
TOKENS_VERSION = 2
#: Hex digits per character; the FTS5 table's prefix index is on this length.
CHAR_WIDTH = 6
#: Pairs with the last character of a field, so that it too starts a token.
_END = "z" * CHAR_WIDTH

_WS = re.compile(r"\s+")
#: A term: optional ``-``, then a quoted phrase (closing quote optional while
#: the user is still typing) or a run of non-space, non-quote characters.
_TERM = re.compile(r'(-)?(?:"([^"]*)(?:"|$)|([^\s"]+))')
_CURLY = re.compile(r"“([^“”\"]*)”")


class QueryError(ValueError):
    """A query that cannot be answered; ``str(err)`` says why, in plain words."""


class _HexCache(dict[int, str]):
    """Code point → six hex digits, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        token = f"{code:06x}"
        self[code] = token
        return token


class CharTokens:
    """Turns text into the space-separated character-pair tokens the index stores."""

    def __init__(self) -> None:
        self._hex = _HexCache()

    def _digits(self, text: str) -> str:
        return _WS.sub(" ", fold(text)).strip().translate(self._hex)

    def tokens(self, text: str) -> str:
        """Folded *text* as index tokens: one per character, that character
        and the next; whitespace runs count as one space."""
        digits = self._digits(text)
        if not digits:
            return ""
        w = CHAR_WIDTH
        pairs = [digits[i: i + 2 * w] for i in range(0, len(digits) - w, w)]
        pairs.append(digits[-w:] + _END)
        return " ".join(pairs)

    def phrase(self, term: str) -> str:
        """An FTS5 query that matches *term* as a substring of indexed text."""
        digits = self._digits(term)
        w = CHAR_WIDTH
        if len(digits) <= w:
            return f'"{digits}"*'
        return '"' + " ".join(digits[i: i + 2 * w] for i in range(0, len(digits) - w, w)) + '"'


def article_fields(article: Article) -> tuple[str, str]:
    """The text of an article that search reads: (headline block, body block).

    The headline block holds kicker, title and subtitle; the body the lead (or,
    without one, dateline and byline) and the paragraphs, so every printed
    character of the article can be found.
    """
    head = [x for x in (article.kicker, article.title, article.subtitle) if x]
    lead = [article.lead] if article.lead else [x for x in (article.dateline, article.byline) if x]
    return "\n".join(head), "\n".join([*lead, *article.paragraphs])


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query split into required terms and excluded terms, as typed."""

    text: str
    include: tuple[str, ...]
    exclude: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.include and not self.exclude


def parse_query(text: str) -> ParsedQuery:
    """Whitespace-separated terms are all required, ``"…"`` (or ``“…”``) is a
    phrase and ``-term`` excludes.  A lone ``-`` is a character to look for."""
    include: list[str] = []
    exclude: list[str] = []
    # A Chinese input method types “…” for quotes; a lone “ or ” is text.
    for m in _TERM.finditer(_CURLY.sub(r'"\1"', text)):
        negated, quoted, bare = m.group(1), m.group(2), m.group(3)
        term = _WS.sub(" ", quoted).strip() if quoted is not None else bare
        if not term:
            continue
        target = exclude if negated else include
        if term not in target:
            target.append(term)
    return ParsedQuery(text=text, include=tuple(include), exclude=tuple(exclude))


def fts_expression(query: ParsedQuery, tokens: CharTokens) -> str:
    """The FTS5 MATCH expression for *query*; raises :class:`QueryError` when
    there is nothing to look for (only exclusions)."""
    if not query.include:
        raise QueryError("a search needs a word to look for, not only words to leave out")
    expr = " AND ".join(tokens.phrase(t) for t in query.include)
    if query.exclude:
        expr = f"({expr}) NOT ({' OR '.join(tokens.phrase(t) for t in query.exclude)})"
    return expr


def term_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """A regex finding any of *terms* in folded text (whitespace in a term
    matches any whitespace run), longest terms first."""
    parts = []
    for term in sorted({fold(t) for t in terms}, key=len, reverse=True):
        chunks = [re.escape(c) for c in _WS.split(term) if c]
        if chunks:
            parts.append(r"\s+".join(chunks))
    return re.compile("|".join(parts)) if parts else None
