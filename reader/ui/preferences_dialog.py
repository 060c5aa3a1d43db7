"""The preferences dialog (``Ctrl+,``), usable from the keyboard alone: Tab
moves between the fields, each field has a label with a mnemonic, Enter
accepts and Esc cancels.

Keys are rebound one action at a time: choose the action, type its keys the
way the key list writes them (``x``, ``Ctrl+Shift+E``, ``g g``), and Set.  A
key another action already uses where both are live is refused with a
message naming that action; "Reset keys" returns to the defaults.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.actions import ACTIONS, display_keys, rebound
from reader.core.preferences import (
    LANGUAGES,
    MAX_LINE_SPACING,
    MIN_LINE_SPACING,
    SCRIPTS,
    THEMES,
    Preferences,
    Theme,
    is_colour,
)
from reader.core.session import MAX_TEXT_SIZE, MIN_TEXT_SIZE
from reader.core.text.script import Script
from reader.strings import Tr
from reader.ui.i18n import action_title, key_text, tr
from reader.ui.keys import key_problem

_THEME_LABELS = {Theme.SYSTEM: "System", Theme.LIGHT: "Light", Theme.DARK: "Dark"}
#: English (the source texts of their translations, context "preferences"); the
#: combo box holds each script by member name ("" for "as last time").
_SCRIPT_LABELS = {None: "As last time", Script.SIMPLIFIED: "Simplified",
                  Script.TRADITIONAL: "Traditional", Script.TAIWAN: "Traditional (Taiwan)",
                  Script.HONGKONG: "Traditional (Hong Kong)"}
#: Language names are shown as their users write them.
_LANGUAGE_LABELS = {"": "", "zh_CN": "简体中文", "zh_TW": "繁體中文（臺灣）",
                    "zh_HK": "繁體中文（香港）", "en": "English"}


def _combo(name: str, items: dict[str, str], current: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for value, label in items.items():
        box.addItem(label, value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class PreferencesDialog(QDialog):
    """Emits ``accepted_preferences(prefs, text size)`` when OK is chosen."""

    accepted_preferences = Signal(object, int)

    def __init__(self, prefs: Preferences, text_size: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(Tr.PREFERENCES, "Preferences"))
        self.setObjectName("PreferencesDialog")
        self.setAccessibleName(tr(Tr.PREFERENCES, "Preferences"))
        self.prefs = prefs
        self.keys: dict[str, str] = dict(prefs.keys)

        self.font_box = QComboBox()
        self.font_box.setAccessibleName(tr(Tr.PREFERENCES, "Text font"))
        self.font_box.addItem(tr(Tr.PREFERENCES, "Default") + " (Noto / Source Han …)", "")
        for family in QFontDatabase.families():
            self.font_box.addItem(family, family)
        self.font_box.setCurrentIndex(max(0, self.font_box.findData(prefs.font_family)))
        self.size_box = QSpinBox()
        self.size_box.setAccessibleName(tr(Tr.PREFERENCES, "Text size"))
        self.size_box.setRange(MIN_TEXT_SIZE, MAX_TEXT_SIZE)
        self.size_box.setSuffix(" pt")
        self.size_box.setValue(text_size)
        self.spacing_box = QSpinBox()
        self.spacing_box.setAccessibleName(tr(Tr.PREFERENCES, "Line spacing"))
        self.spacing_box.setRange(MIN_LINE_SPACING, MAX_LINE_SPACING)
        self.spacing_box.setSingleStep(5)
        self.spacing_box.setSuffix(" %")
        self.spacing_box.setValue(prefs.line_spacing)
        self.theme_box = _combo(tr(Tr.PREFERENCES, "Theme"),
                                {t.value: tr(Tr.PREFERENCES, _THEME_LABELS[t]) for t in THEMES},
                                prefs.theme.value)
        self.script_box = _combo(
            tr(Tr.PREFERENCES, "Default script"),
            {s.name if s else "": tr(Tr.PREFERENCES, _SCRIPT_LABELS[s]) for s in SCRIPTS},
            prefs.default_script.name if prefs.default_script else "")
        self.language_box = _combo(
            tr(Tr.PREFERENCES, "Interface language"),
            {lang: _LANGUAGE_LABELS[lang] or tr(Tr.PREFERENCES, "System") for lang in LANGUAGES},
            prefs.language)
        self.colours_field = QLineEdit(" ".join(prefs.watch_colours))
        self.colours_field.setAccessibleName(tr(Tr.PREFERENCES, "Watch-list colours"))
        self.colours_field.setPlaceholderText("#ffd54f #81d4fa …")

        self.action_box = QComboBox()
        self.action_box.setAccessibleName(tr(Tr.PREFERENCES, "Action"))
        for a in ACTIONS:
            if a.bindings:
                self.action_box.addItem(action_title(a), a.id)
        self.key_field = QLineEdit()
        self.key_field.setAccessibleName(tr(Tr.PREFERENCES, "Keys"))
        self.key_field.setPlaceholderText("x, Ctrl+Shift+E, g g")
        self.set_button = QPushButton(tr(Tr.PREFERENCES, "&Set"))
        self.set_button.setAccessibleName(tr(Tr.PREFERENCES, "Set keys"))
        self.set_button.setAutoDefault(False)
        self.reset_button = QPushButton(tr(Tr.PREFERENCES, "&Reset keys"))
        self.reset_button.setAccessibleName(tr(Tr.PREFERENCES, "Reset keys"))
        self.reset_button.setAutoDefault(False)
        self.key_message = QLabel("")
        self.key_message.setAccessibleName(tr(Tr.PREFERENCES, "Key message"))
        self.key_message.setWordWrap(True)
        self.key_message.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.addRow(tr(Tr.PREFERENCES, "&Font:"), self.font_box)
        form.addRow(tr(Tr.PREFERENCES, "Si&ze:"), self.size_box)
        form.addRow(tr(Tr.PREFERENCES, "&Line spacing:"), self.spacing_box)
        form.addRow(tr(Tr.PREFERENCES, "T&heme:"), self.theme_box)
        form.addRow(tr(Tr.PREFERENCES, "&Script:"), self.script_box)
        form.addRow(tr(Tr.PREFERENCES, "La&nguage:"), self.language_box)
        form.addRow(tr(Tr.PREFERENCES, "&Watch colours:"), self.colours_field)
        keys_row = QHBoxLayout()
        keys_row.addWidget(self.action_box, 2)
        keys_row.addWidget(self.key_field, 1)
        keys_row.addWidget(self.set_button)
        form.addRow(tr(Tr.PREFERENCES, "&Keys:"), keys_row)
        form.addRow("", self.reset_button)
        form.addRow("", self.key_message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for b in self.buttons.buttons():
            b.setAccessibleName(b.text().replace("&", ""))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)

        for box in (self.font_box, self.theme_box, self.script_box, self.language_box,
                    self.action_box):
            box.view().setAccessibleName(box.accessibleName())
        for spin in (self.size_box, self.spacing_box):
            inner = spin.findChild(QLineEdit)
            if inner is not None:
                inner.setAccessibleName(spin.accessibleName())
        self.action_box.currentIndexChanged.connect(self.on_action_box_changed)
        self.key_field.installEventFilter(self)
        self.set_button.clicked.connect(self.set_key)
        self.reset_button.clicked.connect(self.reset_keys)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.on_action_box_changed()

    # ---- keys ----------------------------------------------------------------------
    def current_action(self) -> str:
        return str(self.action_box.currentData())

    def on_action_box_changed(self, *_args: object) -> None:
        act = next(a for a in rebound(self.keys) if a.id == self.current_action())
        self.key_field.setText(act.bindings[0].keys if act.bindings else "")
        self.key_message.setText(tr(Tr.PREFERENCES, "Now: %1", key_text(act)))

    def set_key(self) -> bool:
        """Bind the keys typed to the chosen action; refuse a conflict, saying why."""
        keys = self.key_field.text().strip()
        if not keys:
            self.key_message.setText(tr(Tr.PREFERENCES, "Type the keys first"))
            return False
        candidate = {**self.keys, self.current_action(): keys}
        problem = key_problem(rebound(candidate))
        if problem is not None:
            self.key_message.setText(tr(Tr.PREFERENCES, "Refused: %1", problem))
            return False
        self.keys = candidate
        self.key_message.setText(tr(Tr.PREFERENCES, "Set: %1", display_keys(keys)))
        return True

    def reset_keys(self) -> None:
        self.keys = {}
        self.on_action_box_changed()
        self.key_message.setText(tr(Tr.PREFERENCES, "The keys are reset to the defaults"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the keys field sets the keys; it must not also accept the dialog.
        if watched is self.key_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.set_key()
                return True
        return False

    # ---- the answer ----------------------------------------------------------------
    def colours(self) -> list[str] | None:
        parts = self.colours_field.text().replace(",", " ").split()
        return parts if parts and all(is_colour(p) for p in parts) else None

    def result_preferences(self) -> Preferences | None:
        colours = self.colours()
        if colours is None:
            return None
        return replace(
            self.prefs, font_family=str(self.font_box.currentData()),
            line_spacing=self.spacing_box.value(), theme=Theme(self.theme_box.currentData()),
            default_script=Script.stored(self.script_box.currentData()),
            language=str(self.language_box.currentData()),
            watch_colours=colours, keys=dict(self.keys))

    def on_buttons_accepted(self) -> None:
        prefs = self.result_preferences()
        if prefs is None:
            self.key_message.setText(
                tr(Tr.PREFERENCES, "Colours are written #rrggbb, separated by spaces"))
            self.colours_field.setFocus()
            return
        self.accepted_preferences.emit(prefs, self.size_box.value())
        self.accept()
