"""Preferences (`Ctrl+,`): a dialog usable from the keyboard; what it sets is
kept beside the settings and applied (font, spacing, theme, script, colours,
keys); rebinding changes what a key does, a conflict is refused with a clear
message, keys reset to the defaults; damaged values fall back to defaults."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from reader.core.paths import config_dir
from reader.core.preferences import Preferences, PreferencesStore, preferences_from_json
from reader.core.text.script import Script
from reader.ui.commands import application, terms
from tests.ui.conftest import wait_idle

Ctrl = Qt.KeyboardModifier.ControlModifier


def _open_dialog(qtbot, r):
    qtbot.keyClick(r.window.article_view, Qt.Key.Key_Comma, Ctrl)
    dialog = r.window.preferences_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _bind(qtbot, dialog, action_id: str, keys: str) -> None:
    dialog.action_box.setCurrentIndex(dialog.action_box.findData(action_id))
    dialog.key_field.setFocus()
    dialog.key_field.setText(keys)
    qtbot.keyClick(dialog.key_field, Qt.Key.Key_Return)


def test_preferences_persist_and_apply_after_a_restart(make_reader, qtbot):
    r = make_reader()
    dialog = _open_dialog(qtbot, r)
    dialog.spacing_box.setValue(200)
    dialog.size_box.setValue(18)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    dialog.script_box.setCurrentIndex(dialog.script_box.findData("TAIWAN"))
    dialog.colours_field.setText("#112233 #445566")
    _ok(dialog)
    assert r.window.preferences_dialog is None
    c = r.ctx
    assert c.state.prefs.line_spacing == 200 and r.window.pane.line_percent == 200
    assert c.state.text_size == 18
    assert c.services.terms.palette == ["#112233", "#445566"]
    wait_idle(qtbot, r)   # the preferences are written on a worker
    saved = json.loads((config_dir() / "preferences.json").read_text(encoding="utf-8"))
    assert saved["theme"] == "dark" and saved["default_script"] == "TAIWAN"
    r.window.close()

    r2 = make_reader()
    c2 = r2.ctx
    assert c2.state.prefs.theme == "dark"
    assert r2.window._dark
    assert c2.state.script == Script.TAIWAN, "the default script is the one shown at start"
    assert r2.window.pane.line_percent == 200
    assert c2.enter(terms.add_watch, "港口")
    assert c2.services.terms.watch[-1].colour == "#112233"
    r2.ctx.enter(application.set_preferences, Preferences())   # back to the system theme for later tests


def test_rebinding_changes_what_a_key_does(make_reader, qtbot):
    r = make_reader()
    w, c = r.window, r.ctx
    dialog = _open_dialog(qtbot, r)
    _bind(qtbot, dialog, "article.next", "x")
    assert dialog.isVisible(), "Enter in the keys field does not close the dialog"
    assert "x" in dialog.key_message.text()
    _ok(dialog)
    start = c.current_row()
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)
    assert c.current_row() == start, "j no longer moves"
    qtbot.keyClick(w.article_view, Qt.Key.Key_X)
    assert c.current_row() == start + 1
    assert "x" in w.menu_actions["article.next"].text()
    wait_idle(qtbot, r)   # the preferences are written on a worker
    assert PreferencesStore().load()[0].keys == {"article.next": "x"}


def test_a_conflicting_key_is_refused_and_keys_reset(make_reader, qtbot):
    r = make_reader()
    w, c = r.window, r.ctx
    dialog = _open_dialog(qtbot, r)
    _bind(qtbot, dialog, "article.next", "k")
    assert "Previous article" in dialog.key_message.text()
    assert "refused" in dialog.key_message.text().lower()
    assert dialog.keys == {}
    _bind(qtbot, dialog, "article.next", "Ctrl+Nonsense")
    assert "not understood" in dialog.key_message.text()
    _bind(qtbot, dialog, "article.next", "g")
    assert "starts" in dialog.key_message.text(), "g starts g g (first article)"
    _bind(qtbot, dialog, "article.next", "x")
    assert dialog.keys == {"article.next": "x"}
    dialog.reset_keys()
    assert dialog.keys == {}
    assert dialog.key_field.text() == "j"
    _ok(dialog)
    start = c.current_row()
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)
    assert c.current_row() == start + 1


def test_the_dialog_is_usable_from_the_keyboard(make_reader, qtbot):
    r = make_reader()
    dialog = _open_dialog(qtbot, r)
    focusable = [wd for wd in dialog.findChildren(QWidget)
                 if wd.focusPolicy() != Qt.FocusPolicy.NoFocus
                 and wd.objectName() != "qt_scrollarea_viewport"]
    assert focusable
    assert [type(wd).__name__ for wd in focusable if not wd.accessibleName()] == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert r.window.preferences_dialog is None
    assert r.ctx.state.prefs == Preferences()


def test_damaged_values_fall_back_to_defaults(make_reader, qtbot):
    prefs, bad = preferences_from_json({"theme": "purple", "line_spacing": 180,
                                        "watch_colours": ["red"], "keys": {"a": 3}})
    assert prefs.theme == "system" and prefs.line_spacing == 180
    assert prefs.watch_colours == Preferences().watch_colours
    assert prefs.keys == {}
    assert sorted(bad) == ["keys", "theme", "watch_colours"]
    path = config_dir() / "preferences.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"theme": "purple", "line_spacing": 180,
                                "keys": {"article.next": "k"}}), encoding="utf-8")
    r = make_reader()
    c = r.ctx
    assert c.state.prefs.theme == "system" and c.state.prefs.line_spacing == 180
    assert any("theme" in m for m in r.window.error_bar.messages)
    start = c.current_row()
    qtbot.keyClick(r.window.article_view, Qt.Key.Key_J)
    assert c.current_row() == start + 1, "conflicting keys: the defaults are used"
    path.write_text("{not json", encoding="utf-8")
    assert PreferencesStore().load()[0] == Preferences()


def test_the_default_keys_have_no_problem():
    from reader.actions import ACTIONS
    from reader.ui.keys import key_problem

    assert key_problem(ACTIONS) is None


def test_a_three_stroke_binding_runs_and_its_strokes_run_nothing_else(make_reader, qtbot):
    """Regression: "g j j" was accepted, could never run, and its j j moved the list."""
    r = make_reader()
    w, c = r.window, r.ctx
    dialog = _open_dialog(qtbot, r)
    _bind(qtbot, dialog, "text.larger", "g j j")
    assert dialog.keys == {"text.larger": "g j j"}
    _ok(dialog)
    row, size = c.current_row(), c.state.text_size
    for key in (Qt.Key.Key_G, Qt.Key.Key_J, Qt.Key.Key_J):
        qtbot.keyClick(w.article_view, key)
    assert (c.current_row(), c.state.text_size) == (row, size + 1)
    # g g (first article) still works beside it; g then k is no sequence: k stands alone
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)
    qtbot.keyClick(w.article_view, Qt.Key.Key_G)
    qtbot.keyClick(w.article_view, Qt.Key.Key_K)
    assert c.current_row() == row + 1
    qtbot.keyClick(w.article_view, Qt.Key.Key_G)
    qtbot.keyClick(w.article_view, Qt.Key.Key_G)
    assert c.current_row() == 0
    r.ctx.enter(application.set_preferences, Preferences())


def test_a_sequence_may_not_start_another_at_any_depth():
    from reader.actions import rebound
    from reader.ui.keys import key_problem

    problem = key_problem(rebound({"text.larger": "g j k", "text.smaller": "g j"}))
    assert problem is not None and "starts" in problem
    assert key_problem(rebound({"text.larger": "g j k", "text.smaller": "g j j"})) is None


def test_keys_refused_at_start_up_are_reported(make_reader, qtbot):
    """Regression: keys in preferences.json that cannot be bound were dropped at
    start-up without a word (the message went out before the window listened)."""
    path = config_dir() / "preferences.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"keys": {"article.next": "k"}}), encoding="utf-8")
    r = make_reader()
    refused = [m for m in r.window.error_bar.messages if "keys set were not valid" in m]
    assert len(refused) == 1 and "“k” is already" in refused[0]
    assert r.window.error_bar.isVisible()
    assert r.ctx.state.prefs.keys == {}, "the defaults are used"
