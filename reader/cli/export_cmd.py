"""``python -m reader export (--page PATH | --starred | --search QUERY) --format md|json|csv``.

Writes to stdout, or with ``--out FILE`` to a file written whole (a temporary
file renamed into place), never over a page file the export reads or the
library.  ``--page`` reads the file itself, indexed or not; ``--starred`` and
``--search`` read the library.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from reader.cli.common import EXIT_OK, CliError
from reader.cli.library_access import with_library
from reader.core.export import (
    ExportFormat,
    ExportItem,
    page_items,
    render,
    search_items,
    starred_items,
)
from reader.core.filenames import fs_path
from reader.core.library.facade import Access, Library, QueryError
from reader.core.library.faults import LibraryError
from reader.core.library.identity import Found, identify
from reader.core.page.pages import load_page
from reader.core.paths import default_library_path
from reader.core.text.convert import Script
from reader.core.text.decode import UnreadableFileError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="export a page, the starred articles or a search")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--page", type=Path, metavar="PATH", help="every article of a page file")
    source.add_argument("--starred", action="store_true", help="the starred articles")
    source.add_argument("--search", metavar="QUERY", help="the articles a search finds")
    p.add_argument("--format", required=True, choices=[f.value for f in ExportFormat],
                   help="Markdown, JSON (reads back) or CSV (for spreadsheets)")
    p.add_argument("--script", choices=[s.value for s in Script],
                   help="convert the text (default: as printed)")
    p.add_argument("--limit", type=int, metavar="N", help="with --search: the best N only")
    p.add_argument("--out", type=Path, metavar="FILE", help="write to FILE (default: stdout)")
    p.add_argument("--db", type=Path, metavar="FILE", help="library file (default: data folder)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.limit is not None and (args.limit < 0 or args.search is None):
        raise CliError("--limit takes a number of results, 0 or more, and only with --search")
    fmt = ExportFormat(args.format)
    script = Script(args.script) if args.script else None
    if args.page is not None:
        items, heading, inputs = _page(args.page)
    else:
        items, heading, inputs = _library(args)
    data = render(items, fmt, script, heading)
    if args.out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        _write(args.out, data, inputs, _libraries(args))
    return EXIT_OK


def _page(path: Path) -> tuple[list[ExportItem], str, list[Path]]:
    try:
        page = load_page(path)
    except UnreadableFileError as err:
        raise CliError(str(err)) from None
    except OSError as err:
        raise CliError(f"{path} cannot be read ({err.strerror or err})") from None
    heading = " ".join(x for x in (page.name, page.date.isoformat() if page.date else "") if x)
    return page_items(page), heading, [path]


def _library(args: argparse.Namespace) -> tuple[list[ExportItem], str, list[Path]]:
    if args.search is not None and not args.search.strip():
        raise CliError("the query is empty")

    def export(lib: Library) -> tuple[list[ExportItem], str, list[Path]]:
        inputs = [Path(fs_path(p.path)) for p in lib.pages()]
        if args.starred:
            return starred_items(lib), "Starred articles", inputs
        try:
            return search_items(lib, args.search, args.limit), f"Search: {args.search}", inputs
        except QueryError as err:
            raise CliError(str(err)) from None

    return with_library(args.db, Access.READ, export)


def _libraries(args: argparse.Namespace) -> list[Path]:
    """The library files (and the files beside them that belong to them) an
    export must never write over: the user's own, and the one ``--db`` names."""
    out: list[Path] = []
    for db in (default_library_path(), args.db):
        if db is not None:
            out += [db.with_name(db.name + s) for s in ("", "-wal", "-shm", "-journal",
                                                      ".marks")]
    return out


def _is_library(path: Path) -> bool:
    try:
        return identify(path).found in (Found.LIBRARY, Found.DAMAGED)
    except LibraryError:
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def _write(out: Path, data: bytes, inputs: Iterable[Path], libraries: Iterable[Path]) -> None:
    """Write *data* to *out* whole, refusing to replace a file the export read
    or a library."""
    for path in inputs:
        if _same_file(out, path):
            raise CliError(f"refusing to overwrite {out}: the export reads it")
    if any(_same_file(out, lib) for lib in libraries) or _is_library(out):
        raise CliError(f"refusing to overwrite {out}: it is a library")
    if out.is_dir():
        raise CliError(f"{out} is a folder")
    folder = out.resolve().parent
    if not folder.is_dir():
        raise CliError(f"the folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private
        os.replace(tmp, out)
    except OSError as err:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise CliError(f"{out} cannot be written ({(err.strerror or str(err)).lower()})") \
            from None


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
