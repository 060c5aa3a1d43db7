"""``python -m reader search QUERY [--db FILE] [--limit N] [--json]``: ranked articles."""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.cli.common import EXIT_OK, CliError, write_json
from reader.cli.library_access import with_library
from reader.core.library.facade import Access, Library, QueryError, SearchHit, SearchResult


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("search", help="search the library")
    p.add_argument("query", nargs="+", metavar="QUERY",
                   help='words (all required), "a phrase", -excluded '
                        "(put -- before a query that starts with -)")
    p.add_argument("--db", type=Path, metavar="FILE", help="library file (default: data folder)")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="results (default 20)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N results")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.limit < 0 or args.offset < 0:
        raise CliError("--limit and --offset take a number of results, 0 or more")
    query = " ".join(args.query)
    if not query.strip():
        raise CliError("the query is empty")
    result = _search(args.db, query, args.limit, args.offset)
    if args.json:
        write_json(result.to_json(), pretty=True)
    else:
        print(f"{result.total} articles ({result.took_ms:.1f} ms)")
        for hit in result.hits:
            print(_describe(hit))
    return EXIT_OK


def _search(db: Path | None, query: str, limit: int, offset: int) -> SearchResult:
    def ask(lib: Library) -> SearchResult:
        try:
            return lib.search(query, limit=limit, offset=offset)
        except QueryError as err:
            raise CliError(str(err)) from None

    return with_library(db, Access.READ, ask)


def _describe(hit: SearchHit) -> str:
    date = hit.page_date.isoformat() if hit.page_date else "----------"
    title = mark(hit.title, hit.title_spans)
    return (f"{hit.score:6.2f}  {date}  {hit.page_name}#{hit.index}  {title}\n"
            f"        {mark(hit.snippet, hit.snippet_spans)}\n        {hit.path}")


def mark(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """*text* with each span put in 【】."""
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], "【", text[start:end], "】"]
        last = end
    out.append(text[last:])
    return "".join(out)
