"""``python -m reader parse PATH ... [--json]``: pages into articles."""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import EXIT_OK, EXIT_USAGE, CliError, print_error, write_json
from reader.core.page.pages import load_page
from reader.core.text.decode import UnreadableFileError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("parse", help="split pages into articles")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    paths: list[str] = args.paths
    failures = 0
    for path in paths:
        try:
            page = load_page(path)
        except UnreadableFileError as err:
            if len(paths) == 1:
                raise CliError(str(err)) from None
            print_error(str(err))
            failures += 1
            continue
        if page.replaced:
            print_error(f"{page.path}: {page.replaced} undecodable byte sequence(s) "
                        "replaced by \ufffd")
        if args.json:
            obj = page.to_json()
            write_json(obj, pretty=len(paths) == 1)
        else:
            print(f"# {page.path} ({page.encoding}, {len(page.articles)} articles)")
            for a in page.articles:
                flags = ("*" if a.title_inferred else "") + (" →" if a.continued else "")
                byline = f"  [{a.byline}]" if a.byline else ""
                print(f"{a.index:3d}  {a.kind:<6} {a.title}{flags}{byline}")
        sys.stdout.flush()
    return EXIT_USAGE if failures else EXIT_OK
