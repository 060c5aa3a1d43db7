"""Every command the parser knows is in the README's command-line block."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from reader.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]


def commands() -> list[str]:
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Command line", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    documented = set(re.findall(r"python -m reader (\w+)", block))
    assert {"mark", "starred", "unread", "export", "trends"} <= set(commands())
    assert set(commands()) <= documented, set(commands()) - documented
