"""Opening the library for a command, the same way for every command.

Reading commands open it read-only (no lock taken, nothing written, nothing
created but the user's own library on first use); ``mark`` needs it to exist;
``index`` makes it where asked.  A problem is one line and exit status 2,
named for what it is (full, locked, read-only, missing, not a library).
Damage met at any moment — opening, or in the middle of the command — is
handled the same way everywhere: the file is checked, set aside with
everything readable carried over, the user told once, the pages that could
not be carried read again from their files, and the command run again.
Damage to the search index (a folder beside the file, made from it) never
sets the file aside: the index is made again from the library — or, by a
command that only reads, read around — and the user told once.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from reader.cli.common import CliError, print_error
from reader.core.library.facade import Access, Library, LibraryError
from reader.core.library.faults import LibraryDamagedError, about_library
from reader.core.library.indexfaults import TextIndexDamagedError

if TYPE_CHECKING:
    from reader.core.library.progress import IndexProgress

T = TypeVar("T")


def open_library(db: Path | None, access: Access = Access.CREATE, quiet: bool = True,
                 thorough: bool = False) -> Library:
    """The library for a command; a damaged one is set aside, the user told in
    one line, and the pages it held that could not be carried over indexed again."""
    try:
        lib = Library.open(db, thorough=thorough, access=access)
        if lib.read_only and lib.salvaged_pages():
            # A rebuilt library whose pages were not all read again yet: finish that first.
            with contextlib.suppress(LibraryError):
                writable = Library.open(lib.path, access=Access.WRITE)
                lib.close()
                lib = writable
    except LibraryError as err:
        raise CliError(str(err)) from None
    rebuild(lib, quiet)
    tell_index(lib)
    return lib


def tell_index(lib: Library) -> None:
    """One line when the search index was found damaged and made again (from
    the library's own rows: nothing was lost), or cannot be used now."""
    notice = lib.index_notice()
    if notice is None:
        return
    if notice.rebuilt:
        print_error(f"the search index of {notice.path} was damaged ({notice.reason}); "
                    "it was made again from the library, nothing was lost")
    else:
        print_error(f"the search index of {notice.path} cannot be used ({notice.reason}); "
                    "searches read the library itself, more slowly, until it is made again "
                    "(when the library is next written to, as by `index`)")


def recover_library(db: Path, reason: str, access: Access = Access.CREATE,
                    quiet: bool = True) -> Library:
    """After damage met in use: check the file; set it aside and rebuild it if it is damaged."""
    try:
        lib = Library.reopen_damaged(db, reason, access)
    except LibraryError as err:
        raise CliError(str(err)) from None
    rebuild(lib, quiet)
    return lib


def rebuild(lib: Library, quiet: bool) -> None:
    """Say that the library was rebuilt, and read again the pages it could not
    carry over (also those a run cut short left to read)."""
    if lib.recovery is not None:
        print_error(lib.recovery.message)
    salvaged = [] if lib.read_only else lib.salvaged_pages()
    if salvaged:
        try:
            lib.indexer().index_paths(salvaged, progress=None if quiet else ProgressLine())
        except Exception as err:
            problem = about_library(err, lib.path)
            if problem is None:
                raise
            raise CliError(str(problem)) from None
        if not quiet and sys.stderr.isatty():
            sys.stderr.write("\n")


def with_library(db: Path | None, access: Access, work: Callable[[Library], T], *,
                 quiet: bool = True, thorough: bool = False) -> T:
    """``work(library)``; damage met while it runs sets the file aside (once)
    and runs it again on the new library."""
    lib = open_library(db, access, quiet, thorough)
    for attempt in (1, 2):
        try:
            with lib:
                try:
                    return work(lib)
                finally:
                    tell_index(lib)
        except CliError:
            raise
        except TextIndexDamagedError as err:
            # Met while writing the index (searches mend it themselves): the
            # next opening that may write makes it again.
            if attempt == 2:
                raise CliError(f"the search index of {lib.path} is damaged ({err})") from None
            lib.note_index_damage(str(err))
            lib = open_library(lib.path, access, quiet, thorough)
        except Exception as err:
            problem = about_library(err, lib.path)
            if problem is None:
                raise
            if not isinstance(problem, LibraryDamagedError) or attempt == 2:
                raise CliError(str(problem)) from None
            lib = recover_library(lib.path, str(problem), access, quiet)
    raise AssertionError("unreachable")


class ProgressLine:
    """Indexing progress on stderr: one line redrawn in place on a terminal, a
    line every few seconds otherwise."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._tty = sys.stderr.isatty()
        self._last = -1e9

    def __call__(self, p: IndexProgress) -> None:
        now = self._clock()
        if p.done < p.total and now - self._last < (0.2 if self._tty else 5.0):
            return
        self._last = now
        eta = f", {p.eta_s:.0f} s left" if p.eta_s is not None and p.done < p.total else ""
        line = (f"indexing: {p.done}/{p.total} files ({100 * p.done // max(1, p.total)}%), "
                f"{p.articles} articles, {p.rate:.0f} files/s{eta}")
        if self._tty:
            sys.stderr.write("\r\x1b[K" + line)
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()
