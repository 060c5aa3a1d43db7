"""Paths a person asked to open → parsed pages, and the problems met on the way.

Runs on a worker: it touches the file system (folders listed, files read, real
paths resolved) and importing the parser and parsing are the slow part of
start-up.  Nothing here writes prose: what failed is a typed problem
(:mod:`reader.core.problems`) the interface says in its own language.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.model import Page
from reader.core.page.pages import iter_page_files, load_page
from reader.core.text.decode import UnreadableFileError

if TYPE_CHECKING:
    from reader.core.problems import CoreProblem


@dataclass(slots=True)
class Opened:
    """What an open request gave: the pages read, what failed, and each page's
    real path (absolute, symlinks resolved: how the library names the file)."""

    pages: list[Page] = field(default_factory=list)
    problems: list[CoreProblem] = field(default_factory=list)
    real_paths: dict[str, str] = field(default_factory=dict)


def expand_paths(paths: Iterable[str]) -> tuple[list[Path], list[CoreProblem]]:
    """Files to open for *paths* (folders expanded) and the folders found empty."""
    files: list[Path] = []
    problems: list[CoreProblem] = []
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            found = iter_page_files(p)
            if not found:
                from reader.core.problems import EmptyFolder  # loaded when it happens

                problems.append(EmptyFolder(str(p)))
            files.extend(found)
        else:
            files.append(p)
    return files, problems


def load_pages(files: Sequence[Path]) -> tuple[list[Page], list[CoreProblem]]:
    """Load every file; the ones that cannot be read become problems."""
    pages: list[Page] = []
    problems: list[CoreProblem] = []
    for f in files:
        try:
            pages.append(load_page(f))
        except UnreadableFileError as err:
            from reader.core.problems import UnreadableFile  # loaded when it happens

            problems.append(UnreadableFile(err.path or str(f), err.reason, str(err)))
        except Exception as err:  # a parser bug must not take the window down
            from reader.core.problems import PageFailed

            problems.append(PageFailed(str(f), repr(err)))
    return pages, problems


def open_paths(paths: Iterable[str], *, skip_missing: bool = False) -> Opened:
    """Read the pages at *paths* (files and folders).  With *skip_missing*
    (restoring a session) files that are gone are left out without a word."""
    wanted = [p for p in paths if not skip_missing or os.path.exists(p)]
    files, problems = expand_paths(wanted)
    pages, load_problems = load_pages(files)
    return Opened(pages, problems + load_problems,
                  {p.path: os.path.realpath(p.path) for p in pages})
