"""The façade's reading marks (read, starred): a base of
:class:`reader.core.library.facade.Library`.

Marks are kept per article text, so they survive re-indexing and moved files;
paths are named as the indexer names them (:func:`library_key`).  The module
that keeps them (:mod:`reader.core.library.reading`, which also writes the
marks file beside the library) is imported when marks are first asked for:
a command that only searches never loads it.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.filenames import fs_path, shown
from reader.core.library.faults import LibraryError
from reader.core.library.opener import LibraryFile
from reader.core.library.rows import page_key

if TYPE_CHECKING:
    from reader.core.library.reading import PageReading, StarredArticle


class LibraryMarks(LibraryFile):
    """Reading marks of the articles of an open library."""

    def mark_read(self, path: str | os.PathLike[str], index: int, read: bool = True) -> None:
        """Mark an article read (or unread).  Raises :class:`UnknownArticleError`
        when the library does not hold it."""
        from reader.core.library import reading

        reading.set_read(self._writer(), library_key(path), index, read, self._journal)

    def is_read(self, path: str | os.PathLike[str], index: int) -> bool:
        from reader.core.library import reading

        return reading.is_read(self.connection(), library_key(path), index)

    def set_starred(
        self, path: str | os.PathLike[str], index: int, starred: bool = True
    ) -> None:
        from reader.core.library import reading

        reading.set_starred(self._writer(), library_key(path), index, starred, self._journal)

    def toggle_star(self, path: str | os.PathLike[str], index: int) -> bool:
        """Star or unstar an article; returns whether it is starred now."""
        from reader.core.library import reading

        return reading.toggle_star(self._writer(), library_key(path), index, self._journal)

    def is_starred(self, path: str | os.PathLike[str], index: int) -> bool:
        from reader.core.library import reading

        return reading.is_starred(self.connection(), library_key(path), index)

    def starred(self) -> list[StarredArticle]:
        """Starred articles, most recently starred first."""
        from reader.core.library import reading

        return reading.starred(self.connection())

    def page_reading(self, path: str | os.PathLike[str]) -> PageReading:
        """Which articles of one page are read and starred, in one query."""
        from reader.core.library import reading

        return reading.page_reading(self.connection(), library_key(path))

    def unread_counts(self) -> dict[str, int]:
        """Unread articles per page path (every page, 0 included)."""
        from reader.core.library import reading

        return reading.unread_counts(self.connection())


def library_key(path: str | os.PathLike[str]) -> str:
    """*path* as the library names pages (absolute, symlinks resolved).  A
    symlink loop is refused in plain words."""
    try:
        os.stat(fs_path(os.fspath(path)))
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise LibraryError(f"{shown(os.fspath(path))} cannot be followed "
                               "(too many levels of symbolic links)") from None
    return page_key(Path(path))
