"""``python -m reader keywords PATH ... [--top N] [--json]``: key terms per article.

Document frequencies come from every article of the pages given, so asking
about several pages of one paper at once gives better-weighted terms.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from reader.cli.common import EXIT_OK, EXIT_USAGE, CliError, print_error, write_json
from reader.core.model import Page
from reader.core.page.pages import load_page, walk_page_files
from reader.core.paths import cache_dir
from reader.core.text.decode import UnreadableFileError
from reader.core.text.keywords import DocumentFrequencies, KeywordExtractor
from reader.core.text.words import Segmenter


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("keywords", help="each article's key terms, with weights")
    p.add_argument("paths", nargs="+", metavar="PATH", help="page files or folders")
    p.add_argument("--top", type=int, default=10, metavar="N", help="terms per article (10)")
    p.add_argument("--json", action="store_true", help="one JSON object per PATH, one a line")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    top: int = args.top
    if top < 1:
        raise CliError(f"--top must be 1 or more, not {top}")
    files: list[Path] = []
    failures = 0
    for raw in args.paths:
        path = Path(raw)
        if not os.path.isdir(path):
            files.append(path)
            continue
        walk = walk_page_files(path)
        files.extend(walk.files)
        for skipped in walk.skipped:
            print_error(f"{skipped} is not a regular file; skipped")
        for err in walk.unreadable:
            print_error(f"{err.filename} cannot be read ({(err.strerror or str(err)).lower()})")
        failures += len(walk.skipped) + len(walk.unreadable)
    pages: list[Page] = []
    for path in files:
        try:
            pages.append(load_page(path))
        except UnreadableFileError as err:
            if len(files) == 1:
                raise CliError(str(err)) from None
            print_error(str(err))
            failures += 1
    segmenter = Segmenter(cache_dir=cache_dir())
    freqs = DocumentFrequencies.from_texts(
        (a.body for page in pages for a in page.articles), segmenter
    )
    extractor = KeywordExtractor(segmenter, freqs)
    for page in pages:
        results = [(a, extractor.extract_article(a, top)) for a in page.articles]
        if args.json:
            write_json(
                {
                    "path": page.path,
                    "articles": [
                        {
                            "index": a.index,
                            "title": a.title,
                            "keywords": [k.to_json() for k in keywords],
                        }
                        for a, keywords in results
                    ],
                },
                pretty=False,
            )
        else:
            print(f"# {page.path} ({len(page.articles)} articles)")
            for a, keywords in results:
                print(f"{a.index:3d}  {a.title}")
                terms = "  ".join(f"{k.word} {k.weight:.2f}" for k in keywords)
                print(f"     {terms}")
        sys.stdout.flush()
    return EXIT_USAGE if failures else EXIT_OK
