"""What every command shares: exit codes, error lines, output fit for a
terminal, JSON output, the line for an error no command caught."""

from __future__ import annotations

import json
import re
import sys
from typing import Any, TextIO

from reader.core.filenames import shown

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CliError(Exception):
    """Stops a command with one ``reader: …`` line and an exit status."""

    def __init__(self, message: str, status: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.status = status


#: Control characters a terminal would act on (C0 but tab and newline, DEL, C1).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _picture(m: re.Match[str]) -> str:
    """A control character as a visible sign: ␛ for ESC, ␇ for BEL …; � for C1."""
    code = ord(m.group())
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"


#: Lone surrogates: bytes of a file name that is not UTF-8, as Python decodes
#: them (compiled on first use: text that encodes has none).
_SURROGATES = "[\ud800-\udfff]"


def fit(text: str, terminal: bool) -> str:
    """*text* as the command line prints it: undecodable bytes of file names as
    � (page text never holds such a thing, and is otherwise left as it is); on a
    terminal, control characters (escape sequences from a page) made visible
    instead of acted on."""
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = re.sub(_SURROGATES, "\ufffd", text)
    return _CONTROLS.sub(_picture, text) if terminal else text


class ShownText:
    """A text stream that prints everything through :func:`fit`."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._terminal = bool(getattr(stream, "isatty", lambda: False)())

    def write(self, text: str) -> int:
        self._stream.write(fit(text, self._terminal))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def print_error(message: str) -> None:
    stream = sys.stderr
    print(f"reader: {fit(message, stream.isatty())}", file=stream)


def with_paths_shown(obj: Any) -> Any:
    """*obj* with every ``"path"`` field as a person may read it (a library's
    name for a file that is not UTF-8 shown with �): file names only, never
    the text of a page."""
    if isinstance(obj, dict):
        return {k: shown(v) if k == "path" and isinstance(v, str) else with_paths_shown(v)
                for k, v in obj.items()}
    if isinstance(obj, list):
        return [with_paths_shown(v) for v in obj]
    return obj


def write_json(obj: Any, *, pretty: bool) -> None:
    """One JSON document on stdout: pretty for a person, one line for JSON Lines."""
    obj = with_paths_shown(obj)
    if pretty:
        text = json.dumps(obj, ensure_ascii=False, indent=1)
    else:
        text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    sys.stdout.write(text + "\n")


def explain(err: Exception) -> tuple[str, int]:
    """The line and exit status for an error no command caught."""
    from pathlib import Path

    from reader.core.library.faults import about_library
    from reader.core.text.decode import UnreadableFileError

    if isinstance(err, UnreadableFileError):
        return str(err), EXIT_USAGE
    problem = about_library(err, Path("(the library)"))
    if problem is not None:
        return str(problem), EXIT_USAGE
    if isinstance(err, OSError) and err.strerror:
        where = f"{err.filename}: " if err.filename else ""
        return f"{where}{err.strerror.lower()}", EXIT_USAGE
    return f"unexpected error: {err!r}", EXIT_ERROR
