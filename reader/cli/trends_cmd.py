"""``python -m reader trends QUERY [--db FILE] [--json]``: mentions per issue date."""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.cli.common import EXIT_OK, CliError, write_json
from reader.cli.index_cmd import open_library
from reader.core.library.facade import QueryError
from reader.core.library.trends import Trend

#: Width of the longest bar in the text output.
BAR_WIDTH = 40


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("trends", help="how often the library mentions a term, per issue date")
    p.add_argument("query", nargs="+", metavar="QUERY",
                   help='words (all required), "a phrase", -excluded, as for search')
    p.add_argument("--db", type=Path, metavar="FILE", help="library file (default: data folder)")
    p.add_argument("--json", action="store_true",
                   help="machine-readable output, with each date's articles")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    if not query.strip():
        raise CliError("the query is empty")
    with open_library(args.db, quiet=True) as lib:
        try:
            trend = lib.trend(query)
        except QueryError as err:
            raise CliError(str(err)) from None
    if args.json:
        write_json(trend.to_json(), pretty=True)
    else:
        print(describe(trend))
    return EXIT_OK


def describe(trend: Trend) -> str:
    """One line per date: date, articles, mentions and a bar of the mentions."""
    lines = [f"{trend.articles} articles, {trend.occurrences} mentions of {trend.query}"]
    top = max((r.occurrences for r in trend.rows), default=0)
    for row in trend.rows:
        date = row.date.isoformat() if row.date else "(no date)"
        bar = "█" * max(1, round(BAR_WIDTH * row.occurrences / top)) if top else ""
        lines.append(
            f"{date:<10}  {row.articles:5d} articles  {row.occurrences:6d} mentions  {bar}"
        )
    return "\n".join(lines)
