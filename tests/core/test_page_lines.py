"""split_lines builds each Line field by field (cheaper than its __init__), so
a field added to Line and not set there would be missing: every field must be
set, to the value the dataclass's own constructor gives."""

from __future__ import annotations

import dataclasses

from reader.core.page.lines import Line, split_lines


def test_split_lines_sets_every_field_of_every_line() -> None:
    text = "　　第一段开头，写到这里。\n正文第二行接着写\n\n Latin 与中文，“引号”）\n"
    lines = split_lines(text)
    assert [x.text for x in lines] == ["第一段开头，写到这里。", "正文第二行接着写",
                                       "Latin 与中文，“引号”）"]
    for line in lines:
        values = {f.name: getattr(line, f.name) for f in dataclasses.fields(Line)}
        assert Line(**values) == line
    first, second, third = lines
    assert (first.indent, first.gap, second.gap, third.gap) == (2, True, False, True)
    assert third.indent == 1  # one stray space: half an em
    assert first.squeeze == 2 and third.squeeze == 4
    assert third.core == third.width - 0.75  # the closing bracket hangs past the column
