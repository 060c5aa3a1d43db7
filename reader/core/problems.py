"""What went wrong, as values: the core says *what* happened, the interface says
it to a person in their language (pure: no Qt).

The core never writes prose for the window.  Each problem is a small frozen
dataclass naming the facts (which file, which settings, why in a word);
:func:`reader.ui.problems.describe` turns one into a sentence in the interface
language.  The command line prints exceptions' English messages instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.library.faults import Fault
from reader.core.text.decode import Unreadable


@dataclass(frozen=True, slots=True)
class EmptyFolder:
    """A folder opened that holds no page files."""

    path: str


@dataclass(frozen=True, slots=True)
class UnreadableFile:
    """A file that cannot be opened as a page; *detail*: the core's English
    message (for a log or the command line)."""

    path: str
    reason: Unreadable
    detail: str = ""


@dataclass(frozen=True, slots=True)
class PageFailed:
    """Reading a page raised an error nobody expected (a parser bug)."""

    path: str
    error: str


@dataclass(frozen=True, slots=True)
class SettingsDamaged:
    """The settings file did not read back; defaults are used for *fields*
    (all of them when empty: the file was no JSON object), the file as it was
    is kept as *kept_as* (a file name in the same folder)."""

    detail: str
    kept_as: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SettingsUnreadable:
    """The settings file exists but cannot be read (permissions, encoding)."""

    detail: str


@dataclass(frozen=True, slots=True)
class PreferencesDamaged:
    """Some preferences were damaged and fell back to their defaults; *fields*
    names them as the file does (``theme``, ``keys`` …; ``file``: all of them)."""

    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PreferencesUnreadable:
    detail: str


@dataclass(frozen=True, slots=True)
class BytesReplaced:
    """A page's file had bytes that could not be decoded (a UTF-8 file cut in
    the middle of a character, a bad byte): *count* places show � instead."""

    path: str
    count: int


@dataclass(frozen=True, slots=True)
class LibraryProblem:
    """The library cannot be used, or not fully, for a reason that is not
    damage (nothing was set aside): the disk is full, another program holds
    it, its folder is read-only, it is not there, it is not a Dubao library, a
    newer Dubao wrote it, the system cannot read it; or it is damaged and could
    not be repaired here.  *read_only*: it is open for reading meanwhile."""

    fault: Fault
    path: str
    detail: str = ""
    read_only: bool = False


@dataclass(frozen=True, slots=True)
class LibraryRecovered:
    """The library file was damaged: it was set aside as *set_aside_as* and a
    new one made with everything that could be read from it: *pages* pages
    and *marks* read and star marks."""

    reason: str
    set_aside_as: str
    pages: int
    marks: int


@dataclass(frozen=True, slots=True)
class SearchIndexProblem:
    """The library's search index (a folder beside the library file, made
    from it) was found damaged, missing or made for another library.
    *rebuilt*: it was made again from the library, nothing lost; otherwise it
    cannot be made again now (the library is opened for reading only, the
    disk is full, another program is indexing) and searches read the library
    itself, more slowly, until it is.  *reason*: what is wrong, in English
    (the cause, for ``describe``); *damaged*: it was damage, not a missing or
    outdated index."""

    path: str
    reason: str
    rebuilt: bool
    damaged: bool


__all__ = ["BytesReplaced", "CoreProblem", "EmptyFolder", "Fault", "LibraryProblem",
           "LibraryRecovered", "PageFailed", "PreferencesDamaged", "PreferencesUnreadable",
           "SearchIndexProblem", "SettingsDamaged", "SettingsUnreadable", "Unreadable",
           "UnreadableFile"]

#: Every problem the core hands the interface.
CoreProblem = (
    EmptyFolder | UnreadableFile | PageFailed | SettingsDamaged | SettingsUnreadable
    | PreferencesDamaged | PreferencesUnreadable | BytesReplaced | LibraryProblem
    | LibraryRecovered | SearchIndexProblem
)
