"""What the library indexes and how a typed query becomes index terms.

The text index (:mod:`reader.core.library.textindex`) holds, for the
headline block and the body of each article, every overlapping pair of
characters of its folded text (the last character pairs with an end mark),
with positions; and, per article, each distinct folded character once.  A
query term of n >= 3 characters is the phrase of its n - 1 pairs, two
characters one pair, one character a look-up of the characters: each matches
exactly where the folded term occurs as a substring, so recall is complete at
every length and in any script.  Terms reach the index as terms, never as
query syntax: nothing the user types (quotes, ``*``, ``:`` …) can be read as
an operator.  Runs of whitespace are one character, so a term never matches
across a paragraph break it does not contain.  docs/LIBRARY_INDEX.md says
what was measured before choosing this.
"""

from __future__ import annotations

import array
import re

from reader.core.model import Article
from reader.core.record import record
from reader.core.text.fold import fold

#: Bumped whenever the tokens written for a text change; stored indexes made
#: with another version are rebuilt from the stored articles.
TOKENS_VERSION = 3
#: Stands for a run of whitespace inside a token.  Python counts it as
#: whitespace (so it never survives in folded, collapsed text) and the index's
#: tokenizer does not (so it never splits a token): the mapping is one to one.
SPACE = "\x1f"
#: Pairs with the last character of a field, so that it too starts a token.
END = "\x1e"

_WS = re.compile(r"\s+")
#: A term: optional ``-``, then a quoted phrase (closing quote optional while
#: the user is still typing) or a run of non-space, non-quote characters.
_TERM = re.compile(r'(-)?(?:"([^"]*)(?:"|$)|([^\s"]+))')
#: Curly quotes, compiled on first use (most queries have none).
_CURLY = r"“([^“”\"]*)”"


def index_text(text: str) -> str:
    """*text* as the index sees it: folded, whitespace runs one :data:`SPACE`."""
    return _WS.sub(" ", fold(text)).strip().replace(" ", SPACE)


def pair_tokens(text: str) -> str:
    """Folded *text* as space-separated index tokens: one per character, that
    character and the next (the last one with :data:`END`)."""
    return pairs(index_text(text))


def pairs(indexed: str) -> str:
    """The pair tokens of text already as :func:`index_text` makes it.

    Built as code points in arrays (each character, the next, a space),
    7x faster than joining a string per pair: indexing spends its time here."""
    n = len(indexed)
    if not n:
        return ""
    out = array.array("I", bytes(12 * n))
    out[0::3] = _code_points(indexed)
    out[1::3] = _code_points(indexed[1:] + END)
    out[2::3] = array.array("I", b" \0\0\0" * n)
    return out.tobytes()[:-4].decode("utf-32-le")


def _code_points(text: str) -> array.array[int]:
    points = array.array("I")
    points.frombytes(text.encode("utf-32-le"))
    return points


def char_tokens(*texts: str) -> str:
    """Each distinct folded character of *texts* once, space-separated."""
    seen: set[str] = set()
    for text in texts:
        seen.update(index_text(text))
    return " ".join(seen)


def term_tokens(term: str) -> list[str]:
    """The index tokens a query term is looked up by: its pairs in order, or
    the character itself for a one-character term (empty for blank terms)."""
    t = index_text(term)
    return [t[i: i + 2] for i in range(len(t) - 1)] or ([t] if t else [])


class QueryError(ValueError):
    """A query that cannot be answered; ``str(err)`` says why, in plain words."""


def article_fields(article: Article) -> tuple[str, str]:
    """The text of an article that search reads: (headline block, body block).

    The headline block holds kicker, title and subtitle; the body the lead (or,
    without one, dateline and byline) and the paragraphs, so every printed
    character of the article can be found.
    """
    head = [x for x in (article.kicker, article.title, article.subtitle) if x]
    lead = [article.lead] if article.lead else [x for x in (article.dateline, article.byline) if x]
    return "\n".join(head), "\n".join([*lead, *article.paragraphs])


@record
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
    typed = re.sub(_CURLY, r'"\1"', text) if "“" in text else text
    for m in _TERM.finditer(typed):
        negated, quoted, bare = m.group(1), m.group(2), m.group(3)
        term = _WS.sub(" ", quoted).strip() if quoted is not None else bare
        if not term:
            continue
        target = exclude if negated else include
        if term not in target:
            target.append(term)
    return ParsedQuery(text=text, include=tuple(include), exclude=tuple(exclude))


def term_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """A regex finding any of *terms* in folded text (whitespace in a term
    matches any whitespace run), longest terms first."""
    parts = []
    for term in sorted({fold(t) for t in terms}, key=len, reverse=True):
        chunks = [re.escape(c) for c in _WS.split(term) if c]
        if chunks:
            parts.append(r"\s+".join(chunks))
    return re.compile("|".join(parts)) if parts else None
