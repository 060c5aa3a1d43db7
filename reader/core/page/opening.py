"""Paths a person asked to open → parsed pages, and messages for what failed.

Runs on a worker: importing the parser and parsing are the slow part of start-up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from reader.core.model import Page
from reader.core.page.pages import iter_page_files, load_page
from reader.core.text.decode import UnreadableFileError


def expand_paths(paths: Iterable[str]) -> tuple[list[Path], list[str]]:
    """Files to open for *paths* (folders expanded) and messages for empty folders."""
    files: list[Path] = []
    errors: list[str] = []
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            found = iter_page_files(p)
            if not found:
                errors.append(f"{p}: 文件夹里没有版面文件 — no page files in this folder")
            files.extend(found)
        else:
            files.append(p)
    return files, errors


def load_pages(files: Sequence[Path]) -> tuple[list[Page], list[str]]:
    """Load every file; the ones that cannot be read become messages."""
    pages: list[Page] = []
    errors: list[str] = []
    for f in files:
        try:
            pages.append(load_page(f))
        except UnreadableFileError as err:
            errors.append(f"无法打开 — cannot open: {err}")
        except Exception as err:  # a parser bug must not take the window down
            errors.append(f"无法读取 — cannot read {f}: {err!r}")
    return pages, errors


def open_paths(paths: Iterable[str]) -> tuple[list[Page], list[str]]:
    files, errors = expand_paths(paths)
    pages, load_errors = load_pages(files)
    return pages, errors + load_errors
