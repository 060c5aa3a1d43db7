"""A page file into articles: reflow by the page's geometry, then headlines, datelines,
bylines and photo items cut into :class:`reader.core.model.Article` values."""
