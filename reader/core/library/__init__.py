"""The library: every page the user has added, in one store, searchable.

:class:`reader.core.library.facade.Library` is the one way in: open, search,
trends, pages, reading marks, indexing.  It alone (with the modules beside it,
each one concern of the store: schema, rows, index, search, reading, trends)
writes SQL; everything outside this package goes through it.  Hits have one
type, :class:`reader.core.library.hits.SearchHit`, whoever answers.
"""
