"""One event filter: a key press → an action id → the command runner.

Keys are matched by Qt key code and modifiers, never by the text a key
produces, so they work while a Chinese input method is active.  Which
bindings are live depends on the focus mode (see :data:`reader.actions.MODES`):
single letters never fire inside a text field.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from reader.actions import ACTIONS, MODES, Action, Mode, bindings_in
from reader.strings import Tr
from reader.ui.i18n import action_title, tr

SEQUENCE_TIMEOUT_MS = 1200
_MODS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
         | Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.MetaModifier)
_SHIFT = int(Qt.KeyboardModifier.ShiftModifier.value)
_NAMED = {"Esc": Qt.Key.Key_Escape, "Return": Qt.Key.Key_Return, "Enter": Qt.Key.Key_Enter,
          "Space": Qt.Key.Key_Space, "Tab": Qt.Key.Key_Tab, "Down": Qt.Key.Key_Down,
          "Up": Qt.Key.Key_Up, "Home": Qt.Key.Key_Home, "End": Qt.Key.Key_End,
          "Delete": Qt.Key.Key_Delete}
_MOD_NAMES = {"Ctrl": Qt.KeyboardModifier.ControlModifier,
              "Shift": Qt.KeyboardModifier.ShiftModifier,
              "Alt": Qt.KeyboardModifier.AltModifier,
              "Meta": Qt.KeyboardModifier.MetaModifier}

Stroke = tuple[int, int]  # (key code, modifiers)


def parse_stroke(text: str) -> tuple[Stroke, bool]:
    """``"Ctrl+Shift+O"`` → ((key, mods), shift_free).  *shift_free*: a punctuation key
    whose Shift state depends on the keyboard layout (``?``, ``+``), so Shift is ignored."""
    if len(text) == 1:
        ch = text
        if ch.isalpha():
            mods = _SHIFT if ch.isupper() else 0
            return (ord(ch.upper()), mods), False
        return (ord(ch), 0), True
    *mod_names, name = text.split("+")
    mods = 0
    for m in mod_names:
        mods |= int(_MOD_NAMES[m].value)
    if name == "Tab" and mods & _SHIFT:
        return (int(Qt.Key.Key_Backtab.value), mods), False
    if name in _NAMED:
        return (int(_NAMED[name].value), mods), False
    if len(name) == 1:
        return (ord(name.upper()), mods), False
    if name.startswith("F") and name[1:].isdigit():
        return (int(Qt.Key.Key_F1.value) + int(name[1:]) - 1, mods), False
    raise ValueError(f"unknown key name {name!r}")


def parse_keys(keys: str) -> tuple[Stroke, ...]:
    """``"g g"`` → two strokes, ``"g j k"`` three (any number); anything else → one."""
    parts = keys.split(" ") if " " in keys and keys != " " else [keys]
    return tuple(parse_stroke(p)[0] for p in parts)


def stroke_of(event: QKeyEvent) -> Stroke:
    """The (key, modifiers) of a key event; falls back on the native key when an input
    method leaves the Qt key unknown."""
    key = event.key()
    code = int(key.value) if isinstance(key, Qt.Key) else int(key)
    if code in (0, int(Qt.Key.Key_unknown.value)):
        native = event.nativeVirtualKey()
        if 0x20 < native < 0x7F:
            code = ord(chr(native).upper())
    mods = int(event.modifiers().value) & int(_MODS.value)
    return code, mods


class Match(enum.Enum):
    """How far a sequence of strokes got in the bindings."""

    NONE = "none"          # bound to nothing, nor the start of anything
    PARTIAL = "partial"    # the start of one or more longer sequences
    EXACT = "exact"        # bound to an action


class KeyTrie:
    """Key sequences of any length → action ids, as a trie: each stroke steps
    one level down; a node holds the action its sequence is bound to, if any."""

    def __init__(self) -> None:
        self.action: str | None = None
        self.children: dict[Stroke, KeyTrie] = {}

    def add(self, strokes: Sequence[Stroke], action_id: str) -> None:
        node = self
        for stroke in strokes:
            node = node.children.setdefault(stroke, KeyTrie())
        node.action = action_id

    def match(self, strokes: Sequence[Stroke]) -> tuple[Match, str | None]:
        """(how far *strokes* got, the action when exactly bound)."""
        node: KeyTrie | None = self
        for stroke in strokes:
            node = node.children.get(stroke) if node is not None else None
        if node is None or node is self:
            return Match.NONE, None
        if node.action is not None:
            return Match.EXACT, node.action
        return (Match.PARTIAL, None) if node.children else (Match.NONE, None)


class KeyTable:
    """Strokes → action ids, one trie per focus mode."""

    def __init__(self, actions: Sequence[Action] = ACTIONS) -> None:
        #: Every bound sequence per mode (what the tries hold, flat).
        self.table: dict[Mode, dict[tuple[Stroke, ...], str]] = {}
        self.tries: dict[Mode, KeyTrie] = {}
        for mode in MODES:
            t: dict[tuple[Stroke, ...], str] = {}
            for b, act in bindings_in(mode, actions):
                strokes = parse_keys(b.keys)
                t[strokes] = act.id
                if len(strokes) == 1:
                    _stroke, shift_free = parse_stroke(b.keys)
                    if shift_free:  # '?' arrives as Shift+? on most layouts
                        (code, mods), = strokes
                        t[((code, mods | _SHIFT),)] = act.id
            trie = KeyTrie()
            for strokes, action_id in t.items():
                trie.add(strokes, action_id)
            self.table[mode] = t
            self.tries[mode] = trie

    def match(self, mode: Mode, strokes: Sequence[Stroke]) -> tuple[Match, str | None]:
        return self.tries[mode].match(strokes)

    def lookup(self, mode: Mode, strokes: tuple[Stroke, ...]) -> str | None:
        return self.table[mode].get(strokes)


def key_problem(actions: Sequence[Action]) -> str | None:
    """Why *actions* cannot be bound as they are (a key not understood, one key
    for two actions where both are live, or a sequence that starts another), or
    None.  Sequences may be any length."""
    titles = {a.id: action_title(a) for a in actions}
    for mode in MODES:
        seen: dict[tuple[Stroke, ...], tuple[str, str]] = {}
        for b, act in bindings_in(mode, actions):
            try:
                strokes = parse_keys(b.keys)
            except (ValueError, KeyError):
                return tr(Tr.KEYS, "Keys not understood: “%1”", b.keys)
            other = seen.get(strokes)
            if other is not None and other[0] != act.id:
                return tr(Tr.KEYS, "“%1” is already %2; it cannot also be %3",
                          b.keys, titles[other[0]], titles[act.id])
            seen[strokes] = (act.id, b.keys)
        # A sequence that starts another (g of "g g") cannot also stand alone.
        for strokes, (action_id, keys) in seen.items():
            for n in range(1, len(strokes)):
                alone = seen.get(strokes[:n])
                if alone is not None:
                    return tr(Tr.KEYS, "“%1” (%2) starts “%3” (%4)",
                              alone[1], titles[alone[0]], keys, titles[action_id])
    return None


def is_text_field(w: QObject) -> bool:
    """Whether keys typed into *w* are text (single-letter actions must not fire).
    By class name, so no Python class of every kind of field need be loaded."""
    if w.inherits("QLineEdit") or w.inherits("QAbstractSpinBox"):
        return True
    if w.inherits("QComboBox"):
        return bool(w.property("editable"))
    if w.inherits("QTextEdit") or w.inherits("QPlainTextEdit"):
        return not w.property("readOnly")
    return False


class KeyDispatcher(QObject):
    """Handles key presses in *window*.

    It is installed on the window and on each of its focusable widgets (see
    :meth:`watch`), not on the application: an application-wide filter would be
    called from C++ for every event of every object, which costs PySide start-up
    time and a Python call per event."""

    pending_changed = Signal(str)  # the keys typed so far of a sequence ("" when none)

    def __init__(self, window: QWidget, mode: Callable[[], Mode], run: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._mode = mode
        self._run = run
        self.keys = KeyTable()
        self._actions: Sequence[Action] = ACTIONS
        #: The strokes typed so far of a sequence.
        self._pending: list[Stroke] = []
        self._typed = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEQUENCE_TIMEOUT_MS)
        self._timer.timeout.connect(self.on_timer_timeout)

    def set_actions(self, actions: Sequence[Action]) -> None:
        """Bind the keys of *actions* (after a rebinding)."""
        if actions != self._actions:
            self._actions = actions
            self.keys = KeyTable(actions)

    def watch(self, root: QWidget) -> None:
        """Filter the keys of *root* and of every focusable widget inside it."""
        widgets = [root, *root.findChildren(QWidget)]
        for w in widgets:
            if w is root or w.focusPolicy() != Qt.FocusPolicy.NoFocus:
                w.removeEventFilter(self)
                w.installEventFilter(self)

    def on_timer_timeout(self) -> None:
        self._pending = []
        self._typed = ""
        self.pending_changed.emit("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QWidget):
            return False
        if QApplication.activePopupWidget() is not None or QApplication.activeModalWidget():
            return False
        assert isinstance(event, QKeyEvent)
        return self.handle(event)

    def handle(self, event: QKeyEvent) -> bool:
        stroke = stroke_of(event)
        if stroke[0] in (int(Qt.Key.Key_Shift.value), int(Qt.Key.Key_Control.value),
                         int(Qt.Key.Key_Alt.value), int(Qt.Key.Key_Meta.value)):
            return False
        mode = self._mode()
        typed = [*self._pending, stroke]
        found, action = self.keys.match(mode, typed)
        if found is Match.NONE and self._pending:
            # Not a sequence after all: the stroke stands alone.
            typed = [stroke]
            found, action = self.keys.match(mode, typed)
        self._timer.stop()
        if found is Match.PARTIAL:
            self._pending = typed
            self._typed = (self._typed if len(typed) > 1 else "") + (event.text() or "…")
            self._timer.start()
            self.pending_changed.emit(self._typed)
            return True
        if self._pending:
            self.on_timer_timeout()
        if action is None:
            return False
        self._run(action)
        return True
