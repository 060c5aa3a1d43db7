"""Asking the text index: a parsed query as tantivy queries, and what it answers.

Each query term is looked up by its tokens (:func:`reader.core.library.query.term_tokens`):
a phrase of character pairs, one pair, or (a single character) the article's
characters; in the headline block (weighted :data:`HEAD_WEIGHT`) or the body.
Terms are built as queries, never parsed from text, so nothing a user types
is query syntax.  Any failure to read the index is reported as
:class:`TextIndexDamagedError`: the index can be made again from the library.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import tantivy

from reader.core.library.indexfaults import TextIndexDamagedError, is_index_error
from reader.core.library.query import ParsedQuery, QueryError, term_tokens

__all__ = ["HEAD_WEIGHT", "TextIndexDamagedError", "all_ids", "ids", "top"]

#: The headline's weight against the body's 1.
HEAD_WEIGHT = 3.0


def top(
    searcher: tantivy.Searcher, schema: tantivy.Schema, query: ParsedQuery, limit: int,
    offset: int, without: Sequence[int] = (),
) -> tuple[int, list[tuple[int, float]]]:
    """(total, [(article id, score)]) of the slice asked for: best first,
    ties newest first; a query of single characters only newest first
    (score 0: such queries match much of the library and no order by
    relevance would mean much).  Articles *without* are left out."""
    q, flat = _query(schema, query, without)
    try:
        if flat:
            found = searcher.search(q, max(1, limit), offset=offset, order_by_field="id")
        else:
            found = searcher.search(q, max(1, limit), offset=offset)
        hits = found.hits[:limit]
        ids = searcher.fast_field_values("id", [addr for _, addr in hits])
    except BaseException as err:
        raise _damage(err) from err
    ranked = [(int(i or 0), 0.0 if flat else float(s))
              for i, (s, _) in zip(ids, hits, strict=True)]
    ranked.sort(key=lambda r: (-r[1], -r[0]))
    return _count(found), ranked


def all_ids(searcher: tantivy.Searcher, schema: tantivy.Schema, query: ParsedQuery,
            without: Sequence[int] = ()) -> list[int]:
    """Every matching article id but those *without*, newest first."""
    q, _ = _query(schema, query, without)
    return _ids(searcher, q)


def ids(searcher: tantivy.Searcher) -> list[int]:
    """Every article id the index holds, newest first."""
    return _ids(searcher, tantivy.Query.all_query())


def _ids(searcher: tantivy.Searcher, q: tantivy.Query) -> list[int]:
    try:
        total = _count(searcher.search(q, 1))
        if not total:
            return []
        found = searcher.search(q, total, order_by_field="id")
        return [int(key) for key, _ in found.hits]
    except BaseException as err:
        raise _damage(err) from err


def doc_freq(searcher: tantivy.Searcher, field: str, token: str) -> int:
    """In how many articles *field* holds *token*."""
    try:
        return int(searcher.doc_freq(field, token))
    except BaseException as err:
        raise _damage(err) from err


def _damage(err: BaseException) -> BaseException:
    """A failure to read the index (a panic on a garbled file included) is
    damage; anything else goes on as it is."""
    return TextIndexDamagedError(" ".join(str(err).split())[:300]) if is_index_error(err) else err


def _query(schema: tantivy.Schema, query: ParsedQuery,
           without: Sequence[int] = ()) -> tuple[tantivy.Query, bool]:
    if not query.include:
        raise QueryError("a search needs a word to look for, not only words to leave out")
    parts = [(tantivy.Occur.Must, _term(schema, t)) for t in query.include]
    parts += [(tantivy.Occur.MustNot, _term(schema, t)) for t in query.exclude]
    if without:
        parts.append((tantivy.Occur.MustNot,
                      tantivy.Query.term_set_query(schema, "id", list(without))))
    flat = all(len(term_tokens(t)) == 1 and len(term_tokens(t)[0]) == 1 for t in query.include)
    return tantivy.Query.boolean_query(parts), flat


def _term(schema: tantivy.Schema, term: str) -> tantivy.Query:
    toks = term_tokens(term)
    if not toks:
        return tantivy.Query.empty_query()
    if len(toks) == 1 and len(toks[0]) == 1:
        return tantivy.Query.term_query(schema, "chars", toks[0], index_option="basic")
    fields: Sequence[tantivy.Query] = [
        tantivy.Query.term_query(schema, f, toks[0], index_option="freq") if len(toks) == 1
        else tantivy.Query.phrase_query(schema, f, list(toks))
        for f in ("head", "body")
    ]
    return tantivy.Query.boolean_query([
        (tantivy.Occur.Should, tantivy.Query.boost_query(fields[0], HEAD_WEIGHT)),
        (tantivy.Occur.Should, fields[1]),
    ])


def _count(found: tantivy.SearchResult) -> int:
    """The total a search counted (missing from tantivy's type stubs)."""
    return int(cast(Any, found).count or 0)
