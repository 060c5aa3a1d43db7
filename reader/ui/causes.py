"""Why something failed, in the interface language.

Problems carry the system's own explanation (an ``OSError``'s text, a JSON
parser's, SQLite's), which is English whatever the interface language.  The
common causes are recognised here and said in the reader's words (a file name
or a position stays as it is); anything else is kept as the system wrote it.
"""

from __future__ import annotations

import errno
import re

from reader.strings import Tr
from reader.ui.i18n import tr

#: errno → the cause in a few words (English: the source texts, group "errors").
_ERRNO = {
    errno.ENOENT: "it does not exist",
    errno.EACCES: "access is not allowed",
    errno.EPERM: "access is not allowed",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "it is a folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EIO: "the disk could not be read or written",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EMFILE: "too many files are open",
    errno.EBUSY: "it is in use",
    errno.ELOOP: "the path loops through links",
}
#: Other systems' sentences (a pattern over the English text) → the cause.
_TEXTS = (
    (re.compile(r"database is locked|database table is locked", re.I),
     "another program is using it"),
    (re.compile(r"database disk image is malformed|file is not a database", re.I),
     "the file is damaged"),
    (re.compile(r"disk I/O error", re.I), "the disk could not be read or written"),
    (re.compile(r"database or disk is full", re.I), "the disk is full"),
    (re.compile(r"attempt to write a readonly database", re.I), "the disk is read-only"),
    (re.compile(r"unable to open database file", re.I), "the file cannot be opened"),
    (re.compile(r"codec can't decode", re.I), "its text is not in the expected encoding"),
)
_ERRNO_TEXT = re.compile(r"^\[Errno (\d+)\] [^:]*(?:: (.*))?$", re.S)
_JSON_AT = re.compile(r": line (\d+) column (\d+) \(char \d+\)$")


def cause(detail: str) -> str:
    """*detail* (a system's English explanation) in the interface language when
    it is one the reader knows, else as it was."""
    detail = detail.strip()
    found = _ERRNO_TEXT.match(detail)
    if found is not None:
        words = _ERRNO.get(int(found.group(1)))
        if words is not None:
            where = (found.group(2) or "").strip()
            said = tr(Tr.ERRORS, words)
            return tr(Tr.ERRORS, "%1: %2", said, where) if where else said
    at = _JSON_AT.search(detail)
    if at is not None:
        return tr(Tr.ERRORS, "not valid JSON (line %1, column %2)", at.group(1), at.group(2))
    for pattern, words in _TEXTS:
        if pattern.search(detail):
            return tr(Tr.ERRORS, words)
    return detail


#: Every English phrase above, for the translation table's check.
PHRASES = frozenset(_ERRNO.values()) | {words for _p, words in _TEXTS}
