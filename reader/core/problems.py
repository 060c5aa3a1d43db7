"""What went wrong, as values: the core says *what* happened, the interface says
it to a person in their language (pure: no Qt).

The core never writes prose for the window.  Each problem is a small frozen
dataclass naming the facts (which file, which settings, why in a word);
:func:`reader.ui.problems.describe` turns one into a sentence in the interface
language.  The command line prints exceptions' English messages instead.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    """The settings file did not read back; defaults are used, the file is kept
    as *kept_as* (a file name in the same folder)."""

    detail: str
    kept_as: str


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


__all__ = ["CoreProblem", "EmptyFolder", "PageFailed", "PreferencesDamaged",
           "PreferencesUnreadable", "SettingsDamaged", "SettingsUnreadable", "Unreadable",
           "UnreadableFile"]

#: Every problem the core hands the interface.
CoreProblem = (
    EmptyFolder | UnreadableFile | PageFailed | SettingsDamaged | SettingsUnreadable
    | PreferencesDamaged | PreferencesUnreadable
)
