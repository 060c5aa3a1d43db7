"""Compose page text the way e-paper extraction lays it out, for parser tests.

Body paragraphs are cut at a column width (CJK 1, ASCII ½; closing
punctuation may hang one past it), paragraphs are separated by blank lines,
and a column break is a blank line anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable


def char_width(ch: str) -> float:
    return 0.5 if ord(ch) < 256 else 1.0


#: Punctuation a printed line never starts with: it hangs at the end of the line before.
NO_LINE_START = frozenset("，。、；：？！”’）》」』】…%％·,.;:?!)")


def wrap(paragraph: str, width: int) -> list[str]:
    """Cut *paragraph* into lines of at most *width* em, closing punctuation
    hanging past the end as typesetters set it."""
    lines: list[str] = []
    line = ""
    used = 0.0
    for ch in paragraph:
        w = char_width(ch)
        if used + w > width and line and not (ch in NO_LINE_START and used <= width):
            lines.append(line)
            line, used = "", 0.0
        line += ch
        used += w
    if line:
        lines.append(line)
    return lines


def body(paragraphs: Iterable[str], width: int, breaks: Iterable[int] = ()) -> list[str]:
    """Wrapped paragraphs with blank lines between them; a blank line is also put
    after the body lines whose running numbers are in *breaks* (column breaks)."""
    out: list[str] = []
    brk = set(breaks)
    n = 0
    for k, para in enumerate(paragraphs):
        if k:
            out.append("")
        for line in wrap(para, width):
            out.append(line)
            n += 1
            if n in brk:
                out.append("")
    return out


def page(*blocks: list[str]) -> str:
    """Blocks of lines joined with one blank line between blocks."""
    lines: list[str] = []
    for block in blocks:
        if lines:
            lines.append("")
        lines.extend(block)
    return "\n".join(lines) + "\n"


def printed(text: str) -> str:
    """The printed characters of *text*: everything but white space."""
    return "".join(text.split())
