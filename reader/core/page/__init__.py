"""A page file into articles: reflow by the page's geometry, then headlines, datelines,
bylines and photo items cut into :class:`reader.core.model.Article` values."""

from reader.core.page.compiled import use_build

#: The parser's modules run compiled by mypyc (:mod:`reader.core.page.compiled`).
COMPILED = use_build(__path__)
