"""The text index folder's marker: which library and tokens it was made for,
and a checksum of each of its files.

The marker (:data:`MARKER`, written atomically beside tantivy's files) says
which library the folder's index was made for (the library's id in its
``meta`` table), with which tokens (tokenizer version, how text folds,
tantivy's version), and the size and CRC-32 of each file of the segments
its last commit names: tantivy writes those files once, so a changed one is
damage (the size is looked at on every opening, the checksum by the
thorough check).  Damage met while searching, where the index cannot be
made again at once, is noted in the marker (``damaged``) so that the next
opening that can write makes it again.

Beside the marker lies the folding table the index was made with
(:data:`FOLD_TABLE`, its checksum in the marker): a command loads it in
0.6 ms instead of building it from OpenCC's tables in 3.7.
"""

from __future__ import annotations

import _thread
import contextlib
import json
import os
import sqlite3
from pathlib import Path

import tantivy

from reader.core.library.query import TOKENS_VERSION
from reader.core.library.store import LibraryError, get_meta
from reader.core.text.fold import FOLD_VERSION, adopt_table, signature_files, table_bytes
from reader.core.text.fold import signature as fold_signature

MARKER = "dubao-index.json"
#: The folding table, saved (:func:`reader.core.text.fold.table_bytes`).
FOLD_TABLE = "fold-table.marshal"

Marker = dict[str, object]


class MarkerUnreadableError(ValueError):
    """The marker is there but cannot be read: the folder is damaged."""


def read_marker(folder: Path) -> Marker | None:
    """The folder's marker; None when there is none (no index made yet)."""
    try:
        data = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, ValueError) as err:
        raise MarkerUnreadableError(f"its marker cannot be read ({err})") from err
    if not isinstance(data, dict):
        raise MarkerUnreadableError("its marker cannot be read")
    return data


def write_marker(folder: Path, library_id: str, tokens: str) -> None:
    """The marker of an index just made for *library_id* with *tokens*."""
    crcs, sizes = _files(folder, {}, {})
    _save(folder, {"library": library_id, "tokens": tokens, "files": crcs, "sizes": sizes,
                   "fold": _fold(folder)})


def update_marker(folder: Path) -> None:
    """After a commit: the sizes and checksums of the segments it names."""
    try:
        marker = read_marker(folder) or {}
    except MarkerUnreadableError:
        marker = {}
    known, sizes = marker.get("files"), marker.get("sizes")
    marker["files"], marker["sizes"] = _files(folder, known if isinstance(known, dict) else {},
                                              sizes if isinstance(sizes, dict) else {})
    _save(folder, marker)


def note_damage(folder: Path, reason: str) -> None:
    """Damage met that could not be mended at once: the next opening that can
    write makes the index again (best effort: a folder that cannot be
    written is left as it is, and read around until then)."""
    with contextlib.suppress(OSError, ValueError):
        marker = read_marker(folder)
        if marker is not None:
            marker["damaged"] = reason
            _save(folder, marker)


def cut_file(folder: Path, marker: Marker) -> str | None:
    """The first file of the index whose size is not the one recorded (cut
    short, grown, gone): a look at each file, for every opening."""
    sizes = marker.get("sizes", {})
    if not isinstance(sizes, dict):
        return MARKER
    for name in segment_files(folder):
        if name not in sizes:
            continue  # written after the marker (a run stopped before noting it)
        try:
            if (folder / name).stat().st_size != sizes[name]:
                return name
        except OSError:
            return name
    return None


def bad_file(folder: Path, marker: Marker) -> str | None:
    """The first file of the index whose checksum is not the one recorded."""
    files = marker.get("files", {})
    if not isinstance(files, dict):
        return MARKER
    for name in segment_files(folder):
        try:
            if name in files and _crc(folder / name) != files[name]:
                return name
        except OSError:
            return name
    return None


def segment_files(folder: Path) -> list[str]:
    """The files of the segments the index's last commit names (a merge
    still being written, or a segment merged away, is not among them)."""
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    segments = {str(seg["segment_id"]).replace("-", "") for seg in meta["segments"]}
    return sorted(name for name in os.listdir(folder) if name.split(".", 1)[0] in segments)


def wipe(folder: Path) -> None:
    """Remove the folder, if it is an index folder (or empty)."""
    if not folder.exists():
        return
    names = set(os.listdir(folder))
    if names and not names & {"meta.json", MARKER, FOLD_TABLE, ".managed.json",
                              ".tantivy-meta.lock", ".tantivy-writer.lock"}:
        raise LibraryError(f"{folder} is in the way of the library's search index")
    import shutil

    shutil.rmtree(folder)


def identity(conn: sqlite3.Connection, marker: Marker | None = None) -> tuple[str, str]:
    """(the library's id, what its index depends on: the tokenizer, how text
    folds — a new OpenCC table changes it — and tantivy's index format): an
    index made for another library or with others is made again.  How text
    folds is read from *marker* while the files it was digested from have
    the sizes and times recorded there (digesting them costs a command 3 ms)."""
    fold = marker.get("fold") if marker else None
    stats = _fold_stats()
    digest = fold["signature"] if isinstance(fold, dict) and fold.get("stats") == stats \
        else fold_signature()
    return (get_meta(conn, "library_id") or "",
            f"{TOKENS_VERSION}:{digest}:{getattr(tantivy, '__version__', '')}")


def refresh_fold_stats(folder: Path, marker: Marker | None) -> None:
    """The index matches how text folds, but the files that decide it were
    written again (a reinstall), or its saved table is missing or damaged:
    record their sizes and times and save the table again, so the next
    command need neither digest them nor build it (best effort: a read-only
    folder is left as it is)."""
    if marker is None or _saved_table(folder, marker) is not None:
        return
    with contextlib.suppress(OSError):
        marker["fold"] = _fold(folder)
        _save(folder, marker)


def load_fold_table(folder: Path, marker: Marker) -> bool:
    """Fold with the table saved beside *marker* rather than build it, when the
    files that decide folding are as recorded (and the index's tokens were
    found current: the caller checks) and the saved table is whole."""
    data = _saved_table(folder, marker)
    return data is not None and adopt_table(data)


def _saved_table(folder: Path, marker: Marker) -> bytes | None:
    """The bytes of the table saved beside *marker*, if the files that decide
    folding are as recorded and its checksum is the one recorded."""
    fold = marker.get("fold")
    if not isinstance(fold, dict) or fold.get("stats") != _fold_stats():
        return None
    try:
        data = (folder / FOLD_TABLE).read_bytes()
    except OSError:
        return None
    return data if _checksum(data) == fold.get("table") else None


def _fold(folder: Path) -> dict[str, object]:
    """The marker's record of how text folds: the files that decide it, as
    they are now, the signature made of them, and the checksum of the table
    saved beside the marker (left out when it cannot be saved: the disk
    full, say; commands then build the table)."""
    record: dict[str, object] = {"stats": _fold_stats(), "signature": fold_signature()}
    data = table_bytes()
    tmp = _scratch(folder, FOLD_TABLE)
    try:
        tmp.write_bytes(data)
        os.replace(tmp, folder / FOLD_TABLE)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return record
    record["table"] = _checksum(data)
    return record


def _checksum(data: bytes) -> int:
    """A checksum of the saved table that needs no extension module (loading
    zlib for a CRC costs a command 0.9 ms): the bytes as a number, modulo a
    prime (2**61 - 1); any change of one byte, or of a run of up to 7, changes it."""
    return int.from_bytes(data, "little") % ((1 << 61) - 1)


def _fold_stats() -> list[list[int]]:
    """The version of folding's rules and the size and time of each OpenCC
    table it is built from: when they are as recorded, so is the signature."""
    stats = [[FOLD_VERSION]]
    for path in signature_files():
        st = path.stat()
        stats.append([st.st_size, st.st_mtime_ns])
    return stats


def _files(folder: Path, known: dict[str, object],
           sizes: dict[str, object]) -> tuple[dict[str, object], dict[str, object]]:
    """The checksum and the size of each file of the committed segments
    (those known already not read again)."""
    names = segment_files(folder)
    return ({n: known[n] if n in known else _crc(folder / n) for n in names},
            {n: sizes[n] if n in sizes and n in known else (folder / n).stat().st_size
             for n in names})


def _scratch(folder: Path, name: str) -> Path:
    """A file to write *name* into before it replaces *name*: one of its own
    for every process and thread, as openers of one library race to write
    the same marker (a shared name let one writer move another's away)."""
    return folder / f"{name}.{os.getpid()}-{_thread.get_ident()}.tmp"


def _save(folder: Path, marker: Marker) -> None:
    tmp = _scratch(folder, MARKER)
    try:
        tmp.write_text(json.dumps(marker), encoding="utf-8")
        os.replace(tmp, folder / MARKER)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _crc(path: Path) -> int:
    import zlib  # here: only writing and the thorough check read checksums

    crc = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc
