"""What is wrong with a text index folder, found from its marker and its
files' sizes and checksums alone (:mod:`reader.core.library.indexmarker`),
before tantivy is asked to open it; nothing is written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.core.library.faults import Fault
from reader.core.library.indexmarker import (
    MarkerUnreadableError,
    bad_file,
    cut_file,
    identity,
    load_fold_table,
    read_marker,
)
from reader.core.record import record

__all__ = ["Trouble", "folder_trouble"]


@record
class Trouble:
    """Why the index folder cannot serve as it is."""

    reason: str
    #: Damage (the user is told); otherwise missing, or made for another
    #: library or other tokens (made again without a word).
    damaged: bool = False
    #: A fault of the folder (read-only, unreadable …): making it again here
    #: would not help.
    fault: Fault | None = None


def folder_trouble(folder: Path, conn: sqlite3.Connection, thorough: bool) -> Trouble | None:
    """Why the index in *folder* cannot serve the library of *conn* as it is
    (None: nothing its marker shows; *thorough* also reads every file's checksum)."""
    try:
        marker = read_marker(folder)
    except MarkerUnreadableError as err:
        return Trouble(str(err), damaged=True)
    if marker is None:
        return Trouble("it is missing")
    library_id, tokens = identity(conn, marker)
    if marker.get("library") != library_id or marker.get("tokens") != tokens:
        return Trouble("it was made for another library or with other tokens")
    load_fold_table(folder, marker)  # folding as the index has it, without building it
    noted = marker.get("damaged")
    if isinstance(noted, str):
        return Trouble(noted, damaged=True)
    try:
        bad = cut_file(folder, marker)
        if bad is None and thorough:
            bad = bad_file(folder, marker)
    except (OSError, ValueError, KeyError, TypeError) as err:
        return Trouble(f"its list of segments cannot be read ({err})", damaged=True)
    if bad:
        return Trouble(f"its file {bad} is not as it was written", damaged=True)
    return None
