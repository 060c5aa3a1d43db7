"""split_lines builds each Line field by field (cheaper than its __init__), so
a field added to Line and not set there would be missing: every field must be
set, to the value Line's own constructor gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.page.lines import Line, display_width, split_lines


def test_split_lines_sets_every_field_of_every_line() -> None:
    text = "　　第一段开头，写到这里。\n正文第二行接着写\n\n Latin 与中文，“引号”）\n"
    lines = split_lines(text)
    assert [x.text for x in lines] == ["第一段开头，写到这里。", "正文第二行接着写",
                                       "Latin 与中文，“引号”）"]
    for line in lines:
        # (every field in fields(): a plain class's slots, or a compiled one's attributes)
        slots = getattr(Line, "__slots__", None)
        names = tuple(slots if slots is not None else getattr(Line, "__mypyc_attrs__", ()))
        assert len(line.fields()) == len({n for n in names if not n.startswith("__")}) == 8
        assert Line(*line.fields()) == line
        assert repr(line).startswith(f"Line(number={line.number}, text={line.text!r}")
    first, second, third = lines
    assert (first.indent, first.gap, second.gap, third.gap) == (2, True, False, True)
    assert third.indent == 1  # one stray space: half an em
    assert first.squeeze == 2 and third.squeeze == 4
    assert third.core == third.width - 0.75  # the closing bracket hangs past the column


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=" \u3000\u00a0\t\r中文，。“”（）Latin1.%", max_size=14),
                max_size=8))
def test_widths_counted_for_the_whole_text_are_each_lines_own(rows: list[str]) -> None:
    """split_lines counts half-width characters once for the whole text: each
    line's width must still be that of its own text, blanks at its ends left out."""
    for line in split_lines("\n".join(rows)):
        assert line.width == display_width(line.text)
