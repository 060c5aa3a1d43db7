"""What the first paint needs, and nothing more: the state read from the
settings and preferences files, the item models, the window's widgets in the
chosen theme and language.  The commands and services behind them are built
after the first paint (:mod:`reader.ui.compose`): a person sees the window in
the time a bare window takes to appear."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from reader.core.preferences import PreferencesStore
from reader.core.resources import resource
from reader.core.session import Settings, SettingsStore
from reader.ui.models import Models
from reader.ui.state import ReaderState
from reader.ui.theme import apply_theme, legend_categories
from reader.ui.window import ReaderWindow

if TYPE_CHECKING:
    from reader.ui.problems import Problem


@dataclass
class Loaded:
    """The state read at start (settings, preferences, keys) and what went wrong
    reading it."""

    state: ReaderState
    settings: Settings
    store: SettingsStore
    prefs_store: PreferencesStore
    problems: list[Problem] = field(default_factory=list)


def load_state(settings_path: Path | None = None) -> Loaded:
    """Read the settings and preferences (default: the user's config folder;
    ``preferences.json`` beside *settings_path*)."""
    problems: list[Problem] = []
    store = SettingsStore(settings_path)
    settings, settings_problem = store.load()
    prefs_store = PreferencesStore(
        settings_path.with_name("preferences.json") if settings_path is not None else None)
    prefs, prefs_problem = prefs_store.load()
    actions = None
    if prefs.keys:
        from reader.ui.keys import bound_actions  # only when keys were rebound

        actions, refused = bound_actions(prefs)
        if refused is not None:
            prefs.keys = {}
            problems.append(refused)
    problems[:0] = [p for p in (settings_problem, prefs_problem) if p is not None]
    state = ReaderState(script=prefs.default_script or settings.script,
                        text_size=settings.text_size, recent=list(settings.recent), prefs=prefs)
    if actions is not None:
        state.actions = actions
    return Loaded(state, settings, store, prefs_store, problems)


@dataclass
class Shell:
    """The window as first painted, before its commands are attached."""

    loaded: Loaded
    models: Models
    window: ReaderWindow


def app_icon() -> QIcon:
    """The application's icon (``resources/icons``; the PNG: reading the SVG would
    load Qt's SVG plugin before the first paint)."""
    path = resource("icons/dubao.png")
    return QIcon(str(path)) if path.is_file() else QIcon()


def build_shell(settings_path: Path | None = None) -> Shell:
    """The window with its widgets in the theme, language and layout the
    preferences and settings ask for (not shown yet; nothing runs behind it)."""
    loaded = load_state(settings_path)
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create the QApplication first"
    # The theme before the widgets: they are made in it (no restyle, no repaint).
    apply_theme(app, loaded.state.prefs.theme)
    models = Models.empty()
    window = ReaderWindow(loaded.state, models)
    settings = loaded.settings
    window.restore_layout(settings.geometry, settings.splitter)
    window.apply_preferences()
    window.indicators.show_highlighting(
        settings.highlight, legend_categories(loaded.state.prefs.mark_key_terms))
    return Shell(loaded, models, window)
