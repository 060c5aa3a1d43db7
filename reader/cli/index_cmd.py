"""``python -m reader index PATH ... [--db FILE]``: add pages to the library.

Progress goes to stderr, the summary to stdout.  Without a PATH every page
the library already holds is checked again (changed, moved, deleted files,
pages parsed by an older parser).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from reader.cli.common import EXIT_OK, EXIT_USAGE, CliError, print_error, write_json
from reader.core.library.facade import IndexProgress, IndexReport, Library, LibraryError

#: Files added or changed in one run past which the index is merged into one
#: segment afterwards (searches are fastest on a merged index).
OPTIMIZE_AFTER = 500


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("index", help="add pages (files or folders) to the library")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files and folders (searched recursively); none: recheck the library")
    p.add_argument("--db", type=Path, metavar="FILE", help="library file (default: data folder)")
    p.add_argument("--json", action="store_true", help="summary as JSON")
    p.add_argument("--check", action="store_true",
                   help="check the whole library file first (seconds per 100 MB)")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.add_argument("--progress-json", action="store_true",
                   help="progress on stderr as one JSON object per file (for a window "
                        "running the indexer as a child process)")
    p.set_defaults(run=run)


def open_library(db: Path | None, quiet: bool = False, thorough: bool = False) -> Library:
    """Open the library for a command; a damaged file is set aside, the user
    told in one line, and the pages it held indexed again."""
    try:
        lib = Library.open(db, thorough=thorough)
    except LibraryError as err:
        raise CliError(str(err), status=1) from None
    _rebuild(lib, quiet)
    return lib


def recover_library(db: Path, reason: str, quiet: bool = True) -> Library:
    """After damage found in use: set the file aside and rebuild it."""
    try:
        lib = Library.reopen_damaged(db, reason)
    except LibraryError as err:
        raise CliError(str(err), status=1) from None
    _rebuild(lib, quiet)
    return lib


def _rebuild(lib: Library, quiet: bool) -> None:
    if lib.recovery is None:
        return
    print_error(lib.recovery.message)
    salvaged = lib.salvaged_pages()
    if salvaged:
        lib.indexer().index_paths(salvaged, progress=None if quiet else ProgressLine())
        if not quiet and sys.stderr.isatty():
            sys.stderr.write("\n")


def _json_progress(p: IndexProgress) -> None:
    sys.stderr.write(p.to_json_line() + "\n")
    sys.stderr.flush()


class ProgressLine:
    """Progress on stderr: one line redrawn in place on a terminal, a line
    every few seconds otherwise."""

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


def run(args: argparse.Namespace) -> int:
    lib = open_library(args.db, args.quiet, thorough=args.check)
    with lib:
        progress: Callable[[IndexProgress], None] | None = (
            _json_progress if args.progress_json else None if args.quiet else ProgressLine()
        )
        indexer = lib.indexer()
        report = indexer.index_paths(args.paths, progress) if args.paths \
            else indexer.refresh(progress)
        if isinstance(progress, ProgressLine) and sys.stderr.isatty():
            sys.stderr.write("\n")
        if report.added + report.updated >= OPTIMIZE_AFTER:
            lib.optimize()
        for _, message in report.failed:
            print_error(message)
        pages, articles = lib.counts()
        _print_summary(report, pages, articles, str(lib.path), args.json)
    return EXIT_USAGE if report.failed else EXIT_OK


def _print_summary(report: IndexReport, pages: int, articles: int, db: str, as_json: bool) -> None:
    if as_json:
        write_json({
            "db": db, "added": report.added, "updated": report.updated,
            "unchanged": report.unchanged, "moved": report.moved, "removed": report.removed,
            "failed": [{"path": p, "error": m} for p, m in report.failed],
            "articles_indexed": report.articles, "elapsed_s": round(report.elapsed_s, 3),
            "library": {"pages": pages, "articles": articles},
        }, pretty=True)
    else:
        print(report.summary())
        print(f"library {db}: {pages} pages, {articles} articles")
