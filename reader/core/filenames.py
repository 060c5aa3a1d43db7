"""File names that are not UTF-8 (GBK names out of zip files made on a
Chinese Windows), kept exactly and shown visibly.

Python hands such a name over with each undecodable byte as a lone surrogate
(``os.fsdecode``), which the file system takes back byte for byte but SQLite,
JSON and a terminal cannot take at all.  So:

* :func:`key_text` is the name as the library stores it: each such byte
  becomes a private-use character of plane 16 (U+10FE80 … U+10FEFF) instead,
  valid UTF-8 that sorts and compares like any text;
* :func:`fs_path` turns either form back into the name the file system
  knows (every function that opens a page file goes through it);
* :func:`shown` is the name for a person: each such byte shown as �.
"""

from __future__ import annotations

#: Stand-in for byte b (0x80 … 0xFF) of a name that is not UTF-8: chr(_BASE + b).
_BASE = 0x10FE00
_TO_KEY = {0xDC00 + b: _BASE + b for b in range(0x80, 0x100)}
_TO_FS = {_BASE + b: 0xDC00 + b for b in range(0x80, 0x100)}
_SHOWN = {**{0xDC00 + b: 0xFFFD for b in range(0x80, 0x100)},
          **{_BASE + b: 0xFFFD for b in range(0x80, 0x100)}}


def _has_odd(text: str) -> bool:
    return not text.isascii() and any(
        0xDC80 <= ord(ch) <= 0xDCFF or _BASE + 0x80 <= ord(ch) <= _BASE + 0xFF for ch in text)


def key_text(path: str) -> str:
    """*path* as the library stores it (unchanged when it is UTF-8)."""
    return path.translate(_TO_KEY) if _has_odd(path) else path


def fs_path(text: str) -> str:
    """The name the file system knows for *text* (a path or a library key)."""
    return text.translate(_TO_FS) if _has_odd(text) else text


def shown(text: str) -> str:
    """*text* for a person: bytes of a name that is not UTF-8 shown as �."""
    if text.isascii():
        return text
    text = text.translate(_SHOWN) if _has_odd(text) else text
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):   # any other lone surrogate
        text = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    return text
