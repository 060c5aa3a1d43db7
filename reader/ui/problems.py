"""Problems said to a person, in the interface language.

The core reports what went wrong as typed values (:mod:`reader.core.problems`);
the window adds its own (a background task that failed, a command that
raised).  :func:`describe` is the one place that turns any of them into a
sentence: every message in the error bar passes through it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import assert_never

from reader.core.library.faults import LibraryError
from reader.core.problems import (
    BytesReplaced,
    CoreProblem,
    EmptyFolder,
    Fault,
    LibraryProblem,
    LibraryRecovered,
    PageFailed,
    PreferencesDamaged,
    PreferencesUnreadable,
    SearchIndexProblem,
    SettingsDamaged,
    SettingsUnreadable,
    Unreadable,
    UnreadableFile,
)
from reader.messages import SETTING_NAMES
from reader.strings import PREFERENCE_NAMES, Tr
from reader.ui.causes import cause
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
class LibraryUnavailable:
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
    CoreProblem | TaskFailed | CommandFailed | KeysRefused | LibraryUnavailable | IndexFailed
    | ExportFailed
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
    Unreadable.NOT_REGULAR: "it is not a regular file (a pipe, a device or a socket)",
    Unreadable.SYMLINK_LOOP: "its symbolic links go round in a loop",
}

#: Why the library cannot be used, in a few words (for a task that failed).
_FAULTS = {
    Fault.MISSING: "the library is not there",
    Fault.FOREIGN: "the file is not a Dubao library",
    Fault.DAMAGED: "the library is damaged",
    Fault.FULL: "the disk holding the library is full",
    Fault.LOCKED: "another program holds the library locked",
    Fault.READ_ONLY: "the library is read-only here",
    Fault.NEWER: "a newer Dubao wrote the library",
    Fault.UNREADABLE: "the library cannot be read",
}


def library_problem(p: LibraryProblem) -> str:
    """What the window says when the library cannot be used, or not fully."""
    match p.fault:
        case Fault.FULL:
            return tr(Tr.ERRORS, "The disk holding the library %1 is full: it can be read, but "
                      "nothing can be saved in it until there is space again; nothing was lost",
                      p.path)
        case Fault.READ_ONLY:
            return tr(Tr.ERRORS, "The library %1 is read-only here: it can be read, not changed; "
                      "new read and star marks are kept until it can be written", p.path)
        case Fault.LOCKED:
            return tr(Tr.ERRORS, "The library %1 is locked by another program; search covers "
                      "the open pages until it is free", p.path)
        case Fault.MISSING:
            return tr(Tr.ERRORS, "There is no library at %1", p.path)
        case Fault.FOREIGN:
            return tr(Tr.ERRORS, "%1 is not a Dubao library; it was left untouched", p.path)
        case Fault.NEWER:
            return tr(Tr.ERRORS, "The library %1 was written by a newer Dubao; it was left "
                      "untouched", p.path)
        case Fault.DAMAGED:
            return tr(Tr.ERRORS, "The library %1 is damaged and could not be repaired here "
                      "(%2); it was left as it is", p.path, cause(p.detail))
        case Fault.UNREADABLE:
            return tr(Tr.ERRORS, "The library %1 cannot be read (%2); search covers the open "
                      "pages only", p.path, cause(p.detail))
        case _:
            assert_never(p.fault)


def unreadable_reason(reason: Unreadable) -> str:
    return tr(Tr.ERRORS, _UNREADABLE[reason])


def preference_names(fields: tuple[str, ...]) -> str:
    """Preferences as the dialog names them, in the interface language."""
    return tr(Tr.ERRORS, ", ").join(
        tr(Tr.PREFERENCES, PREFERENCE_NAMES[f]) if f in PREFERENCE_NAMES else f for f in fields)


def setting_names(fields: tuple[str, ...]) -> str:
    """Settings as a person would name them, in the interface language (a name
    the reader does not know is one of "other values")."""
    names = dict.fromkeys(SETTING_NAMES.get(f, "other values") for f in fields)
    return tr(Tr.ERRORS, ", ").join(tr(Tr.ERRORS, n) for n in names)


def describe(problem: Problem) -> str:
    """*problem* as one sentence in the interface language."""
    match problem:
        case TaskFailed(kind=kind, error=LibraryError(fault=fault)) if fault is not None:
            return tr(Tr.ERRORS, "Something went wrong while %1: %2", tr(Tr.TASKS, kind.value),
                      tr(Tr.ERRORS, _FAULTS[fault]))
        case TaskFailed(kind=kind, error=error):
            return tr(Tr.ERRORS, "Something went wrong while %1: %2", tr(Tr.TASKS, kind.value),
                      cause(str(error)))
        case CommandFailed(name=name, error=error):
            return tr(Tr.ERRORS, "“%1” failed: %2", name, error)
        case KeysRefused(reason=reason):
            return tr(Tr.ERRORS, "The keys set were not valid; the default keys are used: %1",
                      reason)
        case LibraryRecovered(reason=reason, set_aside_as=kept, pages=pages, marks=marks):
            return tr(Tr.ERRORS, "The library was damaged (%1); it was set aside as %2 and a "
                      "new one made with everything that could be read: %3 pages, %4 read and "
                      "star marks", cause(reason), kept, pages, marks)
        case LibraryProblem() as p:
            return library_problem(p)
        case SearchIndexProblem(reason=reason, rebuilt=True):
            return tr(Tr.ERRORS, "The library's search index was damaged (%1); it was made "
                      "again from the library, nothing was lost", cause(reason))
        case SearchIndexProblem(reason=reason):
            return tr(Tr.ERRORS, "The library's search index cannot be used now (%1); "
                      "searches read the library itself, more slowly, until it can be made "
                      "again", cause(reason))
        case BytesReplaced(path=path, count=count):
            return tr(Tr.ERRORS, "%1: %2 undecodable byte sequence(s) replaced by \ufffd",
                      path, count)
        case LibraryUnavailable(detail=""):
            return tr(Tr.ERRORS, "The library cannot be used")
        case LibraryUnavailable(detail=detail):
            return tr(Tr.ERRORS, "The library cannot be used (%1); search covers the open "
                      "pages only", cause(detail))
        case IndexFailed(detail=detail):
            return tr(Tr.ERRORS, "Indexing failed (%1)", cause(detail))
        case ExportFailed(path=path, detail=detail):
            return tr(Tr.ERRORS, "Export to %1 failed: %2", path, cause(detail))
        case EmptyFolder(path=path):
            return tr(Tr.ERRORS, "No page files in the folder %1", path)
        case UnreadableFile(path=path, reason=reason):
            return tr(Tr.ERRORS, "Cannot open %1: %2", path, unreadable_reason(reason))
        case PageFailed(path=path, error=error):
            return tr(Tr.ERRORS, "Cannot read %1: %2", path, cause(error))
        case SettingsDamaged(fields=fields, kept_as=kept_as) if fields:
            return tr(Tr.ERRORS, "Damaged settings were reset to their defaults: %1 (the file "
                      "as it was is kept as %2)", setting_names(fields), kept_as)
        case SettingsDamaged(detail=detail, kept_as=kept_as):
            return tr(Tr.ERRORS, "The settings file was damaged (%1); defaults are used, "
                      "the old file is kept as %2", cause(detail), kept_as)
        case SettingsUnreadable(detail=detail):
            return tr(Tr.ERRORS, "The settings could not be read (%1); defaults are used",
                      cause(detail))
        case PreferencesDamaged(fields=fields) if "file" in fields:
            return tr(Tr.ERRORS, "The preferences file was damaged; defaults are used")
        case PreferencesDamaged(fields=fields):
            return tr(Tr.ERRORS, "Damaged preferences were reset to their defaults: %1",
                      preference_names(fields))
        case PreferencesUnreadable(detail=detail):
            return tr(Tr.ERRORS, "The preferences could not be read (%1); defaults are used",
                      cause(detail))
        case _:
            assert_never(problem)
