"""``python -m reader search QUERY [--db FILE] [--limit N] [--json]``: ranked articles."""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.cli.common import EXIT_OK, CliError, write_json
from reader.cli.index_cmd import open_library, recover_library, tell_index_damage
from reader.core.library.facade import LibraryDamagedError, QueryError, SearchHit, SearchResult


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
    lib = open_library(db, quiet=True)
    try:
        told = lib.index_damage
        result = lib.search(query, limit=limit, offset=offset)
        if lib.index_damage != told:  # found while searching
            tell_index_damage(lib)
        return result
    except QueryError as err:
        raise CliError(str(err)) from None
    except LibraryDamagedError as err:
        reason = str(err)
    finally:
        lib.close()
    # Damage found while searching: set the file aside, rebuild, ask again.
    lib = recover_library(lib.path, reason)
    with lib:
        return lib.search(query, limit=limit, offset=offset)


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
