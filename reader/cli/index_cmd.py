"""``python -m reader index PATH ... [--db FILE]``: add pages to the library.

Progress goes to stderr, the summary to stdout.  Without a PATH every page
the library already holds is checked again (changed, moved, deleted files,
pages parsed by an older parser).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from reader.cli.common import EXIT_OK, EXIT_USAGE, print_error, write_json
from reader.cli.library_access import ProgressLine, with_library
from reader.core.library.facade import Access, IndexProgress, IndexReport, Library

#: Files added or changed in one run past which the index is merged into one
#: segment afterwards (searches are fastest on a merged index).
OPTIMIZE_AFTER = 500
#: ``--jobs`` at most (and by default, as cores allow: see
#: :func:`reader.core.library.parseahead.parse_workers`).
MAX_JOBS = 2


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
    p.add_argument("--jobs", type=int, metavar="N", default=None,
                   help="other processes that parse pages ahead of the indexer on a long "
                        "run (default: one per spare core, at most 2; 0: none)")
    p.set_defaults(run=run)


def _json_progress(p: IndexProgress) -> None:
    sys.stderr.write(p.to_json_line() + "\n")
    sys.stderr.flush()


def run(args: argparse.Namespace) -> int:
    report, pages, articles, db = with_library(
        args.db, Access.CREATE, lambda lib: _index(lib, args), quiet=args.quiet,
        thorough=args.check)
    for _, message in report.failed:
        print_error(message)
    _print_summary(report, pages, articles, db, args.json)
    return EXIT_USAGE if report.failed else EXIT_OK


def _index(lib: Library, args: argparse.Namespace) -> tuple[IndexReport, int, int, str]:
    progress: Callable[[IndexProgress], None] | None = (
        _json_progress if args.progress_json else None if args.quiet else ProgressLine()
    )
    indexer = lib.indexer(parse_workers=MAX_JOBS if args.jobs is None else max(0, args.jobs))
    report = indexer.index_paths(args.paths, progress) if args.paths \
        else indexer.refresh(progress)
    if isinstance(progress, ProgressLine) and sys.stderr.isatty():
        sys.stderr.write("\n")
    if report.added + report.updated >= OPTIMIZE_AFTER:
        lib.optimize()
    pages, articles = lib.counts()
    return report, pages, articles, str(lib.path)


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
