"""The library: every page the user has added, in one store, searchable.

:mod:`reader.core.library.facade` holds :class:`Library`, the one way in."""
