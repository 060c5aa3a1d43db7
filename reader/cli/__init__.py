"""``python -m reader …``: the command line over the core.

Each command lives in its own module with ``register(subparsers)`` and a
``run(args) -> int`` set as the parser's default.  Only the module of the
command being run is imported (:data:`COMMANDS` names them): a command
starts without loading what the others need (the exporter alone took 46 ms).
Exit status: 0 success, 2 bad usage or unusable input (one ``reader: …``
line on stderr), 1 anything else.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any

from reader import __version__
from reader.cli.common import EXIT_USAGE, CliError, ShownText, explain, print_error

#: Each command, in the order ``--help`` lists them: the module under
#: ``reader.cli`` that registers and runs it, and its line in ``--help``.
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("parse_cmd", "split pages into articles"),
    "index": ("index_cmd", "add pages (files or folders) to the library"),
    "search": ("search_cmd", "search the library"),
    "convert": ("convert_cmd", "convert text between Chinese scripts (OpenCC configurations)"),
    "keywords": ("keywords_cmd", "each article's key terms, with weights"),
    "mark": ("reading_cmd", "mark an article read or unread, starred or not"),
    "starred": ("reading_cmd", "the starred articles, newest star first"),
    "unread": ("reading_cmd", "unread articles per page"),
    "export": ("export_cmd", "export a page, the starred articles or a search"),
    "trends": ("trends_cmd", "how often the library mentions a term, per issue date"),
}


def _columns() -> int:
    """``shutil.get_terminal_size().columns``, the same way, without importing
    shutil (2.5 ms of every command's start: argparse makes a help formatter,
    which asks, for each argument it registers)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        stdout = sys.__stdout__
        try:
            columns = os.get_terminal_size(stdout.fileno()).columns if stdout else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help, as wide as the terminal (as argparse has it: 2 less)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one ``reader: …`` line, exit 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        print_error(message)
        raise SystemExit(EXIT_USAGE)


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser for *argv*: the command it names alone, registered in full
    (its module imported); without one, every command by name and help line
    (for ``--help`` and the message about an unknown command)."""
    parser = _Parser(prog="python -m reader", description="Dubao 读报 — newspaper pages")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub: argparse._SubParsersAction[argparse.ArgumentParser] = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser
    )
    chosen = next((a for a in argv if not a.startswith("-")), None)
    if chosen in COMMANDS:  # the others are not needed to parse it
        importlib.import_module(f"reader.cli.{COMMANDS[chosen][0]}").register(sub)
        return parser
    for name, (_, line) in COMMANDS.items():
        sub.add_parser(name, help=line)
    gui = sub.add_parser("gui", help="open the reader window (same as main.py)")
    gui.add_argument("paths", nargs="*", metavar="PATH")
    gui.set_defaults(run=_run_gui)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from reader.ui.app import main as gui_main

    return gui_main(list(args.paths))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(arguments)
    args = parser.parse_args(arguments)
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
