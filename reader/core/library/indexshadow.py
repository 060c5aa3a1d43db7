"""Reading a text index folder that cannot be written.

tantivy takes a lock file in the index folder even to read it (observed on a
read-only bind mount: ``Failed to acquire Lockfile … ReadOnlyFilesystem``),
so a library on a read-only share, or in a folder of another user, could not
be searched through its index at all.  Its files are written once and only
read here: a private folder of symbolic links to them, where tantivy may put
its lock, reads the very same files.  The links are made again before each
reload (files a writer added since), and the folder removed when the library
is closed.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

#: tantivy's lock files: each reader's own, never linked.
_LOCKS = (".tantivy-meta.lock", ".tantivy-writer.lock")


class Shadow:
    """A private folder of links to the files of *folder*."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._path: Path | None = None

    @property
    def active(self) -> bool:
        """Whether the index is read through the links (and so never written)."""
        return self._path is not None

    def make(self) -> Path:
        """The private folder, its links brought up to date with *folder*."""
        if self._path is None:
            import tempfile  # here: rarely needed, and it brings shutil and random

            self._path = Path(tempfile.mkdtemp(prefix="dubao-index-"))
        names = set(os.listdir(self.folder))
        for name in names - set(_LOCKS):
            link = self._path / name
            if not os.path.lexists(link):
                os.symlink(self.folder / name, link)
        for name in set(os.listdir(self._path)) - names - set(_LOCKS):
            with contextlib.suppress(OSError):
                os.unlink(self._path / name)
        return self._path

    def remove(self) -> None:
        path, self._path = self._path, None
        if path is not None:
            import shutil

            shutil.rmtree(path, ignore_errors=True)
