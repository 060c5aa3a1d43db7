"""Reading state from the command line: ``mark``, ``starred`` and ``unread``.

``python -m reader mark PATH INDEX [--read | --unread] [--star | --unstar]``
``python -m reader starred [--json]`` lists starred articles, newest star first;
``python -m reader unread [--json]`` counts unread articles per page.
All take ``--db FILE``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.cli.common import EXIT_OK, CliError, write_json
from reader.cli.library_access import with_library
from reader.core.filenames import shown
from reader.core.library.facade import Access, Library, LibraryPage, UnknownArticleError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    mark = sub.add_parser("mark", help="mark an article read or unread, starred or not")
    mark.add_argument("path", type=Path, metavar="PATH", help="a page file in the library")
    mark.add_argument("index", type=int, metavar="INDEX", help="the article's index on the page")
    read = mark.add_mutually_exclusive_group()
    read.add_argument("--read", dest="read", action="store_const", const=True,
                      help="mark it read (the default when nothing else is asked)")
    read.add_argument("--unread", dest="read", action="store_const", const=False)
    star = mark.add_mutually_exclusive_group()
    star.add_argument("--star", dest="star", action="store_const", const=True)
    star.add_argument("--unstar", dest="star", action="store_const", const=False)
    _common(mark)
    mark.set_defaults(run=run_mark)

    starred = sub.add_parser("starred", help="the starred articles, newest star first")
    _common(starred)
    starred.set_defaults(run=run_starred)

    unread = sub.add_parser("unread", help="unread articles per page")
    _common(unread)
    unread.set_defaults(run=run_unread)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, metavar="FILE", help="library file (default: data folder)")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def run_mark(args: argparse.Namespace) -> int:
    read = True if args.read is None and args.star is None else args.read

    def mark(lib: Library) -> dict[str, object]:
        try:
            if read is not None:
                lib.mark_read(args.path, args.index, read)
            if args.star is not None:
                lib.set_starred(args.path, args.index, args.star)
        except UnknownArticleError as err:
            raise CliError(f"{err} (index the page first)") from None
        return {"path": str(args.path), "index": args.index,
                "read": lib.is_read(args.path, args.index),
                "starred": lib.is_starred(args.path, args.index)}

    state = with_library(args.db, Access.WRITE, mark)
    if args.json:
        write_json(state, pretty=False)
    else:
        flags = ("read" if state["read"] else "unread") + (", starred" if state["starred"] else "")
        print(f"{args.path}#{args.index}: {flags}")
    return EXIT_OK


def run_starred(args: argparse.Namespace) -> int:
    starred = with_library(args.db, Access.READ, lambda lib: lib.starred())
    if args.json:
        write_json({"starred": [s.to_json() for s in starred]}, pretty=True)
    else:
        for s in starred:
            date = s.page_date.isoformat() if s.page_date else "----------"
            print(f"{date}  {s.page_name}#{s.index}  {s.title}\n            {shown(s.path)}")
    return EXIT_OK


def run_unread(args: argparse.Namespace) -> int:
    def ask(lib: Library) -> tuple[dict[str, int], list[LibraryPage]]:
        return lib.unread_counts(), lib.pages()

    counts, pages = with_library(args.db, Access.READ, ask)
    if args.json:
        write_json({"pages": [{"path": p.path, "articles": p.article_count,
                               "unread": counts.get(p.path, 0)} for p in pages],
                    "unread": sum(counts.values())}, pretty=True)
    else:
        for p in pages:
            print(f"{counts.get(p.path, 0):4d}/{p.article_count:<4d} {shown(p.path)}")
        print(f"{sum(counts.values())} unread articles")
    return EXIT_OK
