"""The action registry: every action has a handler, keys, a place in the overlay and
the menus; no key is shared in one mode; the core stays free of Qt."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt

from reader.actions import ACTIONS, MODES, Mode, bindings_in, conflicts
from reader.ui.commands.registry import COMMANDS
from reader.ui.keys import KeyTable, parse_keys

#: The default keys of design/interfaces.md, as the registry writes them.
INTERFACE_KEYS = {
    "article.next": ["j", "Down"], "article.prev": ["k", "Up"],
    "article.first": ["g g", "Home"], "article.last": ["G", "End"],
    "article.page_down": ["Space"], "article.page_up": ["Shift+Space"],
    "focus.toggle": ["Tab"], "page.prev": ["["], "page.next": ["]"],
    "search.start": ["/"], "search.open_first": ["Return"], "find.start": ["Ctrl+F"],
    "find.next": ["n", "F3"], "find.prev": ["N", "Shift+F3"], "script.cycle": ["t"],
    "highlight.toggle": ["h"], "text.larger": ["+"], "text.smaller": ["-"],
    "text.reset": ["0"], "file.open": ["Ctrl+O"], "folder.open": ["Ctrl+Shift+O"],
    "help.show": ["?", "F1"], "app.escape": ["Esc"], "app.quit": ["Ctrl+Q"],
    "library.panel": ["l"], "library.open_page": ["Return"],
}


def test_interface_keys_are_all_bound():
    by_id = {a.id: a for a in ACTIONS}
    for action_id, keys in INTERFACE_KEYS.items():
        bound = [b.keys for b in by_id[action_id].bindings]
        for k in keys:
            assert k in bound, (action_id, k)


def test_no_key_shared_in_one_mode():
    assert conflicts() == []
    table = KeyTable()
    for mode in MODES:
        seen: dict[tuple[tuple[int, int], ...], str] = {}
        for b, act in bindings_in(mode):
            strokes = parse_keys(b.keys)
            assert seen.get(strokes, act.id) == act.id, (mode, b.keys)
            seen[strokes] = act.id
        assert table.table[mode]


def test_letters_bind_by_key_code():
    assert parse_keys("j") == ((int(Qt.Key.Key_J.value), 0),)
    shift = int(Qt.KeyboardModifier.ShiftModifier.value)
    assert parse_keys("G") == ((int(Qt.Key.Key_G.value), shift),)
    assert parse_keys("g g") == ((int(Qt.Key.Key_G.value), 0),) * 2
    ctrl = int(Qt.KeyboardModifier.ControlModifier.value)
    assert parse_keys("Ctrl+Shift+O") == ((int(Qt.Key.Key_O.value), ctrl | shift),)
    assert parse_keys("Shift+F3") == ((int(Qt.Key.Key_F3.value), shift),)


def test_every_action_has_a_handler_and_a_menu_entry(make_reader):
    r = make_reader()
    ids = {a.id for a in ACTIONS}
    assert set(COMMANDS) == ids
    assert set(r.window.menu_actions) == ids
    for a in ACTIONS:
        text = r.window.menu_actions[a.id].text()
        assert text.endswith("\t" + a.key_text), a.id


def test_help_overlay_lists_every_action(make_reader, qtbot):
    r = make_reader()
    qtbot.keyClick(r.window.article_view, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert r.window.overlay.isVisible()
    text = r.window.overlay.plain_text()
    for a in ACTIONS:
        assert a.title_zh in text and a.title_en in text, a.id
        assert a.key_text in text, a.id
    qtbot.keyClick(r.window.overlay.text, Qt.Key.Key_Escape)
    assert not r.window.overlay.isVisible()
    assert r.window.article_view.hasFocus()
    qtbot.keyClick(r.window.article_view, Qt.Key.Key_F1)
    assert r.window.overlay.isVisible()
    qtbot.keyClick(r.window.overlay.text, Qt.Key.Key_F1)
    assert not r.window.overlay.isVisible()


def test_core_and_registry_import_no_qt():
    code = ("import sys, reader.actions, reader.core.text.find, reader.core.session, "
            "reader.core.page.shown, reader.core.library.backends; "
            "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_sequences_of_any_length_are_matched_over_a_trie():
    from reader.ui.keys import KeyTrie, Match

    trie = KeyTrie()
    g, j, k = parse_keys("g j k")
    trie.add((g, j, k), "text.larger")
    trie.add((g, g), "article.first")
    assert trie.match([g]) == (Match.PARTIAL, None)
    assert trie.match([g, j]) == (Match.PARTIAL, None)
    assert trie.match([g, j, k]) == (Match.EXACT, "text.larger")
    assert trie.match([g, g]) == (Match.EXACT, "article.first")
    assert trie.match([j]) == (Match.NONE, None)
    assert trie.match([g, j, j]) == (Match.NONE, None)
    assert trie.match([]) == (Match.NONE, None)
    table = KeyTable()
    assert table.match(Mode.LIST, [g]) == (Match.PARTIAL, None)
    assert table.match(Mode.LIST, [g, g]) == (Match.EXACT, "article.first")
