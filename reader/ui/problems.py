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
from reader.ui.i18n import tr
from reader.ui.workers import TaskKind


@dataclass(frozen=True, slots=True)
class TaskFailed:
    """A background task raised and its caller had nothing more to say."""

    kind: TaskKind
    error: Exception


#: Every problem the window shows.
Problem = CoreProblem | TaskFailed

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
    return tr("errors", _UNREADABLE[reason])


def describe(problem: Problem) -> str:
    """*problem* as one sentence in the interface language."""
    match problem:
        case TaskFailed(kind=kind, error=error):
            return tr("errors", "Something went wrong while %1: %2", tr("tasks", kind.value),
                      error)
        case EmptyFolder(path=path):
            return tr("errors", "No page files in the folder %1", path)
        case UnreadableFile(path=path, reason=reason):
            return tr("errors", "Cannot open %1: %2", path, unreadable_reason(reason))
        case PageFailed(path=path, error=error):
            return tr("errors", "Cannot read %1: %2", path, error)
        case SettingsDamaged(detail=detail, kept_as=kept_as):
            return tr("errors", "The settings file was damaged (%1); defaults are used, "
                      "the old file is kept as %2", detail, kept_as)
        case SettingsUnreadable(detail=detail):
            return tr("errors", "The settings could not be read (%1); defaults are used",
                      detail)
        case PreferencesDamaged(fields=fields):
            return tr("errors", "Damaged preferences were reset to their defaults: %1",
                      ", ".join(fields))
        case PreferencesUnreadable(detail=detail):
            return tr("errors", "The preferences could not be read (%1); defaults are used",
                      detail)
        case _:
            assert_never(problem)
