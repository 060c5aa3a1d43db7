"""``python -m reader convert --config NAME [FILE]``: text into another script.

The text comes back unchanged except for what the configuration converts:
line breaks (CRLF stays CRLF), punctuation and Latin text are kept; output is
UTF-8 whatever the input's encoding.
"""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import EXIT_OK, CliError
from reader.core.text.convert import CONFIGS, UnknownConfigError, get_converter
from reader.core.text.decode import MAX_BYTES, UnreadableFileError, decode_bytes, read_file_bytes

# The codec that decodes the bytes exactly as reader.core.text.decode detected them, keeping
# line breaks as they are and dropping a UTF-8 byte-order mark.
_EXACT_CODECS = {"utf-8": "utf-8-sig"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "convert",
        help="convert text between Chinese scripts (OpenCC configurations)",
        description=f"Configurations: {' '.join(CONFIGS)}.",
    )
    p.add_argument("--config", required=True, metavar="NAME", help="s2t, t2s, s2twp, …")
    p.add_argument("file", nargs="?", metavar="FILE", help="the text to convert (default: stdin)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        converter = get_converter(args.config)
    except UnknownConfigError as err:
        raise CliError(str(err)) from None
    data = _read(args.file)
    if not data:
        return EXIT_OK
    text = _decode(data, args.file)
    sys.stdout.buffer.write(converter.convert(text).encode("utf-8"))
    sys.stdout.flush()
    return EXIT_OK


def _read(file: str | None) -> bytes:
    if file is None or file == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = "standard input"
    else:
        try:
            return read_file_bytes(file)
        except UnreadableFileError as err:
            raise CliError(str(err)) from None
    if len(data) > MAX_BYTES:
        raise CliError(f"{name} is too large (the limit is {MAX_BYTES // 2**20} MB)")
    return data


def _decode(data: bytes, file: str | None) -> str:
    try:
        decoded = decode_bytes(data)
    except UnreadableFileError as err:
        raise CliError(f"{file or 'standard input'}: {err}") from None
    if not decoded.text.strip():
        return data.decode("utf-8", errors="replace")
    try:
        return data.decode(_EXACT_CODECS.get(decoded.encoding, decoded.encoding))
    except (UnicodeDecodeError, LookupError):
        return decoded.text
