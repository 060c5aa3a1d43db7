"""A page file on disk into a :class:`Page`: read, parse, name and date it."""

from __future__ import annotations

import datetime as dt
import enum
import errno
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.filenames import shown
from reader.core.model import Page
from reader.core.page.articles import parse_articles
from reader.core.page.furniture import furniture_date, peel_furniture
from reader.core.record import replace
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
    return replace(page, replaced=decoded.replaced) if decoded.replaced else page


def page_from_text(text: str, path: str = "", encoding: str = "utf-8") -> Page:
    """The page *text* prints: its furniture set apart, its articles parsed,
    dated by its file's name or else by the date its furniture prints."""
    p = Path(path) if path else None
    text, furniture = peel_furniture(text)
    return Page(
        path=path,
        name=shown(p.stem) if p else "",
        encoding=encoding,
        articles=parse_articles(text),
        date=(date_from_path(path) if path else None) or furniture_date(furniture),
        furniture=furniture,
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


@dataclass(slots=True)
class Walk:
    """The page files below a folder; the files named like pages that are no
    regular files (a FIFO, a socket, a device: never opened); and the folders
    that could not be listed (their pages are unknown, not absent)."""

    files: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    unreadable: list[OSError] = field(default_factory=list)


def walk_page_files(folder: str | os.PathLike[str]) -> Walk:
    """Page files below *folder*, recursively, in a stable order (hidden entries
    skipped, symlinked folders not followed); names that are not UTF-8
    included as the file system has them."""
    walk = Walk()
    todo = [os.fspath(folder)]
    while todo:
        here = todo.pop()
        try:
            with os.scandir(here) as found:
                entries = sorted(found, key=lambda e: e.name)
        except OSError as err:
            walk.unreadable.append(err)
            continue
        folders: list[str] = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            if _is_folder(entry, follow=False):
                folders.append(entry.path)
            elif Path(name).suffix.lower() in PAGE_SUFFIXES and not name.endswith(".gold.json") \
                    and not _is_folder(entry, follow=True):
                (walk.files if _readable_kind(entry) else walk.skipped).append(Path(entry.path))
        todo.extend(reversed(folders))
    return walk


def _is_folder(entry: os.DirEntry[str], follow: bool) -> bool:
    try:
        return entry.is_dir(follow_symlinks=follow)
    except OSError:
        return False


def _readable_kind(entry: os.DirEntry[str]) -> bool:
    """A regular file, or a link whose target cannot be looked at (reading it
    says why); not a FIFO, socket or device."""
    try:
        if entry.is_file():
            return True
        if not entry.is_symlink():
            return False
        os.stat(entry.path)
    except OSError:
        return True
    return False


def iter_page_files(folder: str | os.PathLike[str]) -> list[Path]:
    """Page files below *folder* (see :func:`walk_page_files`)."""
    return walk_page_files(folder).files


class FileState(enum.Enum):
    """Whether a page file the library holds is still there."""

    PRESENT = "present"
    GONE = "gone"                # deleted: its folder is there and can be read
    UNREACHABLE = "unreachable"  # cannot be looked at: a folder that cannot be read,
    #                              a drive not mounted, an I/O error


def file_state(path: str | os.PathLike[str], root: str | os.PathLike[str] | None = None
               ) -> FileState:
    """Whether the file at *path* is there, gone, or cannot be reached.

    Gone means: the file system says it does not exist (not "permission
    denied", not an I/O error), and the folder that held it is there — or
    the first folder above it that is there is below *root* (a folder the user
    named, listed just now) and is not empty.  A folder above the file that is
    missing, with an empty one above it, is what an unmounted drive looks like
    (its mount point left empty), as is an empty mount point holding the file
    itself: their pages are kept.
    """
    try:
        os.lstat(path)
        return FileState.PRESENT
    except OSError as err:
        if err.errno not in (errno.ENOENT, errno.ENOTDIR):
            return FileState.UNREACHABLE
    parent = Path(os.path.abspath(path)).parent
    here = parent
    while True:
        try:
            os.stat(here)
            break
        except OSError as err:
            if err.errno not in (errno.ENOENT, errno.ENOTDIR) or here.parent == here:
                return FileState.UNREACHABLE
            here = here.parent
    try:
        with os.scandir(here) as entries:
            empty = next(entries, None) is None
    except OSError:
        return FileState.UNREACHABLE
    if here == parent:
        return FileState.UNREACHABLE if empty and _mount_point(here) else FileState.GONE
    if empty:
        return FileState.UNREACHABLE
    if root is not None:
        top = os.path.abspath(root)
        if str(here) == top or str(here).startswith(top.rstrip(os.sep) + os.sep):
            return FileState.GONE
    return FileState.UNREACHABLE


#: Folders whose subfolders are where removable drives are mounted.
_MOUNT_ROOTS = ("/mnt", "/media", "/run/media", "/Volumes")


def _mount_point(folder: Path) -> bool:
    """Whether *folder* is where a drive is mounted (or would be): named in
    ``/etc/fstab``, or a folder of the usual places for removable drives."""
    if str(folder.parent) in _MOUNT_ROOTS or str(folder.parent.parent) in _MOUNT_ROOTS:
        return True
    try:
        with open("/etc/fstab", encoding="utf-8", errors="replace") as fh:
            points = {line.split()[1] for line in fh
                      if line.strip() and not line.lstrip().startswith("#")
                      and len(line.split()) > 1}
    except OSError:
        return False
    return str(folder) in points
