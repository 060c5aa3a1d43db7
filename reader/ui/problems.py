"""Problems said to a person, in the interface language.

The core reports what went wrong as typed values (:mod:`reader.core.problems`);
the window adds its own (a background task that failed, a command that
raised).  :func:`describe` is the one place that turns any of them into a
sentence: every message in the error bar passes through it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import assert_never

from reader.core.problems import (
    CoreProblem,
    EmptyFolder,
    PageFailed,
    PreferencesDamaged,
    PreferencesUnreadable,
    SettingsDamaged,
    SettingsUnreadable,
    Unreadable,
    UnreadableFile,
)
from reader.strings import Tr
from reader.ui.i18n import tr
from reader.ui.workers import TaskKind


@dataclass(frozen=True, slots=True)
class TaskFailed:
    """A background task raised and its caller had nothing more to say."""

    kind: TaskKind
    error: Exception


@dataclass(frozen=True, slots=True)
class CommandFailed:
    """A command raised: a bug, caught by the one error boundary."""

    name: str
    error: Exception


@dataclass(frozen=True, slots=True)
class KeysRefused:
    """The keys set in the preferences cannot be bound; the defaults are used.
    *reason*: why (already in the interface language)."""

    reason: str


@dataclass(frozen=True, slots=True)
class LibraryRebuilt:
    """The library file was damaged; it was set aside as *set_aside_as* and a
    new one is being built from the pages it held."""

    reason: str
    set_aside_as: str


@dataclass(frozen=True, slots=True)
class LibraryUnavailable:
    detail: str


@dataclass(frozen=True, slots=True)
class LibraryDamaged:
    """Found damaged while in use: set aside and reopened."""

    detail: str


@dataclass(frozen=True, slots=True)
class IndexFailed:
    detail: str


@dataclass(frozen=True, slots=True)
class ExportFailed:
    path: str
    detail: str


#: Every problem the window shows.
Problem = (
    CoreProblem | TaskFailed | CommandFailed | KeysRefused | LibraryRebuilt
    | LibraryUnavailable | LibraryDamaged | IndexFailed | ExportFailed
)

#: Why a file is unreadable, in a few words (English: the source texts).
_UNREADABLE = {
    Unreadable.MISSING: "it does not exist",
    Unreadable.FOLDER: "it is a folder, not a page file",
    Unreadable.PERMISSION: "permission denied",
    Unreadable.TOO_LARGE: "it is too large",
    Unreadable.OS_ERROR: "the system could not read it",
    Unreadable.EMPTY: "it is empty",
    Unreadable.BINARY: "it is not text",
    Unreadable.BAD_BOM: "its byte-order mark does not match its bytes",
    Unreadable.ENCODING: "its encoding is not one the reader knows",
}


def unreadable_reason(reason: Unreadable) -> str:
    return tr(Tr.ERRORS, _UNREADABLE[reason])


def describe(problem: Problem) -> str:
    """*problem* as one sentence in the interface language."""
    match problem:
        case TaskFailed(kind=kind, error=error):
            return tr(Tr.ERRORS, "Something went wrong while %1: %2", tr(Tr.TASKS, kind.value),
                      error)
        case CommandFailed(name=name, error=error):
            return tr(Tr.ERRORS, "“%1” failed: %2", name, error)
        case KeysRefused(reason=reason):
            return tr(Tr.ERRORS, "The keys set were not valid; the default keys are used: %1",
                      reason)
        case LibraryRebuilt(reason=reason, set_aside_as=kept):
            return tr(Tr.ERRORS, "The library was damaged (%1); it was set aside as %2 and "
                      "is being rebuilt", reason, kept)
        case LibraryUnavailable(detail=""):
            return tr(Tr.ERRORS, "The library cannot be used")
        case LibraryUnavailable(detail=detail):
            return tr(Tr.ERRORS, "The library cannot be used (%1); search covers the open "
                      "pages only", detail)
        case LibraryDamaged(detail=detail):
            return tr(Tr.ERRORS, "The library is damaged (%1); searching the open pages "
                      "until it is rebuilt", detail)
        case IndexFailed(detail=detail):
            return tr(Tr.ERRORS, "Indexing failed (%1)", detail)
        case ExportFailed(path=path, detail=detail):
            return tr(Tr.ERRORS, "Export to %1 failed: %2", path, detail)
        case EmptyFolder(path=path):
            return tr(Tr.ERRORS, "No page files in the folder %1", path)
        case UnreadableFile(path=path, reason=reason):
            return tr(Tr.ERRORS, "Cannot open %1: %2", path, unreadable_reason(reason))
        case PageFailed(path=path, error=error):
            return tr(Tr.ERRORS, "Cannot read %1: %2", path, error)
        case SettingsDamaged(detail=detail, kept_as=kept_as):
            return tr(Tr.ERRORS, "The settings file was damaged (%1); defaults are used, "
                      "the old file is kept as %2", detail, kept_as)
        case SettingsUnreadable(detail=detail):
            return tr(Tr.ERRORS, "The settings could not be read (%1); defaults are used",
                      detail)
        case PreferencesDamaged(fields=fields):
            return tr(Tr.ERRORS, "Damaged preferences were reset to their defaults: %1",
                      ", ".join(fields))
        case PreferencesUnreadable(detail=detail):
            return tr(Tr.ERRORS, "The preferences could not be read (%1); defaults are used",
                      detail)
        case _:
            assert_never(problem)
