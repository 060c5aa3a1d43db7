"""What every command shares: exit codes, error lines, JSON output."""

from __future__ import annotations

import json
import sys
from typing import Any

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CliError(Exception):
    """Stops a command with one ``reader: …`` line and an exit status."""

    def __init__(self, message: str, status: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.status = status


def print_error(message: str) -> None:
    print(f"reader: {message}", file=sys.stderr)


def write_json(obj: Any, *, pretty: bool) -> None:
    """One JSON document on stdout: pretty for a person, one line for JSON Lines."""
    if pretty:
        text = json.dumps(obj, ensure_ascii=False, indent=1)
    else:
        text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    sys.stdout.write(text + "\n")
