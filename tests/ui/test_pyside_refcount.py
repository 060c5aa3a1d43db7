"""Guard against the PySide6 build that leaks references to None.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of
a method that returns nothing; after a few thousand calls the interpreter
aborts with ``Fatal Python error: none_dealloc``.  pyproject.toml pins around
it; this test fails CI if an upgrade brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel


def test_void_methods_keep_none_refcount(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    doc = QTextDocument("抽样文本")
    cursor = QTextCursor(doc)
    before = sys.getrefcount(None)
    for i in range(10_000):
        label.setText("x" if i % 2 else "y")
        cursor.setPosition(i % 3)
    after = sys.getrefcount(None)
    # Immortal None (3.12+) reports a huge constant; 3.11 counts exactly.
    assert abs(after - before) < 100
