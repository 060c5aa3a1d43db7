"""A page file on disk into a :class:`Page`: read, parse, name and date it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from pathlib import Path

from reader.core.model import Page
from reader.core.page.articles import parse_articles
from reader.core.text.decode import MAX_BYTES, read_page_text

#: File suffixes treated as pages when a folder is opened or indexed.
PAGE_SUFFIXES = frozenset({".txt", ".text"})

_DATE_PATTERNS = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.年]?(0[1-9]|1[0-2])[-_.月]?(0[1-9]|[12]\d|3[01])(?!\d)"),
)


def load_page(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> Page:
    """Read and parse one page file.  Raises ``UnreadableFileError`` with a plain message."""
    p = Path(path)
    decoded = read_page_text(p, max_bytes=max_bytes)
    page = page_from_text(decoded.text, path=str(p), encoding=decoded.encoding)
    return dataclasses.replace(page, replaced=decoded.replaced) if decoded.replaced else page


def page_from_text(text: str, path: str = "", encoding: str = "utf-8") -> Page:
    p = Path(path) if path else None
    return Page(
        path=path,
        name=p.stem if p else "",
        encoding=encoding,
        articles=parse_articles(text),
        date=date_from_path(path) if path else None,
    )


def date_from_path(path: str | os.PathLike[str]) -> dt.date | None:
    """The issue date a file name or its folders state (``p01_20190221_17.txt``,
    ``2019-02-21/01.txt``, ``2019/02/21/01.txt``), or None."""
    p = Path(path)
    candidates = [p.name, *(part for part in reversed(p.parent.parts[-3:]))]
    candidates.append("/".join(p.parent.parts[-3:]))
    for text in candidates:
        for pat in _DATE_PATTERNS:
            m = pat.search(text)
            if m:
                try:
                    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                except ValueError:
                    continue
    m = re.search(r"((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)",
                  "/".join(p.parent.parts[-3:]) + "/")
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


def iter_page_files(folder: str | os.PathLike[str]) -> list[Path]:
    """Page files below *folder*, recursively, in a stable order (hidden entries skipped)."""
    out: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.endswith(".gold.json"):
                continue
            if Path(name).suffix.lower() in PAGE_SUFFIXES:
                out.append(Path(root) / name)
    return out
