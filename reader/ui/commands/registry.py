"""Commands by action id: each action of :data:`reader.actions.ACTIONS` is one
function ``fn(ctx)``, declared once, at the function (as qutebrowser's
``@cmdutils.register`` does)."""

from __future__ import annotations

from collections.abc import Callable

from reader.actions import BY_ID
from reader.ui.context import Context

Command = Callable[[Context], None]

#: Action id → its command (filled as the category modules are imported).
COMMANDS: dict[str, Command] = {}


def command(action_id: str) -> Callable[[Command], Command]:
    """Register the decorated function as the command of *action_id*, which
    the registry of actions must know (a misspelt id fails at import)."""
    if action_id not in BY_ID:
        raise KeyError(f"no action {action_id!r} in reader.actions")

    def register(fn: Command) -> Command:
        if action_id in COMMANDS:
            raise KeyError(f"two commands for {action_id!r}")
        COMMANDS[action_id] = fn
        return fn

    return register
