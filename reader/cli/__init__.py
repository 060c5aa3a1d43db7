"""``python -m reader …``: the command line over the core.

Each command lives in its own module with ``register(subparsers)`` and a
``run(args) -> int`` set as the parser's default.  Exit status: 0 success,
2 bad usage or unusable input (one ``reader: …`` line on stderr), 1 anything else.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Protocol

from reader import __version__
from reader.cli import (
    convert_cmd,
    export_cmd,
    index_cmd,
    keywords_cmd,
    parse_cmd,
    reading_cmd,
    search_cmd,
    trends_cmd,
)
from reader.cli.common import EXIT_USAGE, CliError, ShownText, explain, print_error


class _Command(Protocol):
    def register(self, sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...


#: Commands in the order ``--help`` lists them.
COMMANDS: list[_Command] = [
    parse_cmd, index_cmd, search_cmd, convert_cmd, keywords_cmd, reading_cmd, export_cmd,
    trends_cmd,
]


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one ``reader: …`` line, exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        print_error(message)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m reader", description="Dubao 读报 — newspaper pages")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub: argparse._SubParsersAction[argparse.ArgumentParser] = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser
    )
    for command in COMMANDS:
        command.register(sub)
    gui = sub.add_parser("gui", help="open the reader window (same as main.py)")
    gui.add_argument("paths", nargs="*", metavar="PATH")
    gui.set_defaults(run=_run_gui)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from reader.ui.app import main as gui_main

    return gui_main(list(args.paths))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    stdout = sys.stdout
    sys.stdout = ShownText(stdout)
    try:
        return int(run(args))
    except CliError as err:
        print_error(str(err))
        return err.status
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # the last line of defence: one line, not a traceback
        message, status = explain(err)
        print_error(message)
        return status
    finally:
        sys.stdout = stdout
