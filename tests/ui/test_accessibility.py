"""What a screen reader and a desktop need: every widget that can take the focus
has an accessible name, and the window has the application's icon and desktop file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from reader.core.resources import resource
from reader.ui.app import DESKTOP_FILE, set_identity


def test_every_focusable_widget_has_an_accessible_name(make_reader):
    r = make_reader()
    w = r.window
    # Build what is built on first use.
    assert w.terms_panel and w.library_panel and w.overlay and w.index_bar
    unnamed = []
    for widget in w.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.parent() is not None and widget.objectName() == "qt_scrollarea_viewport":
            continue   # the view itself carries the name
        if not widget.accessibleName():
            unnamed.append((type(widget).__name__, widget.objectName()))
    assert unnamed == []


def test_the_article_pane_names_the_article_shown(make_reader):
    r = make_reader()
    title = r.ctx.shown_article().title
    assert r.window.pane.accessibleName() == f"Article: {title}"  # the interface in English (C locale)


def test_icon_and_desktop_file(make_reader, qapp: QApplication):
    r = make_reader()
    assert not r.window.windowIcon().isNull()
    set_identity(qapp)
    assert qapp.desktopFileName() == DESKTOP_FILE
    desktop = resource(f"{DESKTOP_FILE}.desktop").read_text(encoding="utf-8")
    assert "Exec=dubao" in desktop
    assert not qapp.windowIcon().isNull()
