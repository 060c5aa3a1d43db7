"""The user's preferences (pure: no Qt): text font and line spacing, theme,
default script, watch-list colours, key bindings, interface language.

They are kept beside the settings file (``preferences.json`` in the same
folder).  Each value is checked on its own: a damaged value falls back to its
default and the others are kept; a damaged file gives the defaults.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from reader.core.paths import config_dir
from reader.core.session import WATCH_COLOURS, save_json

THEMES = ("system", "light", "dark")
SCRIPTS = ("", "SIMPLIFIED", "TRADITIONAL", "TAIWAN", "HONGKONG")  # "": as last time
LANGUAGES = ("", "zh_CN", "zh_TW", "zh_HK", "en")                   # "": the system's
DEFAULT_LINE_SPACING = 175
MIN_LINE_SPACING = 100
MAX_LINE_SPACING = 300
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(slots=True)
class Preferences:
    font_family: str = ""                    # "": the built-in list of CJK fonts
    line_spacing: int = DEFAULT_LINE_SPACING  # percent of the font height
    theme: str = "system"
    default_script: str = ""
    watch_colours: list[str] = field(default_factory=lambda: list(WATCH_COLOURS))
    keys: dict[str, str] = field(default_factory=dict)  # action id → its first binding
    language: str = ""


def is_colour(text: str) -> bool:
    return bool(_COLOUR.fullmatch(text))


def preferences_from_json(data: Any) -> tuple[Preferences, list[str]]:
    """Preferences from parsed JSON, and the names of values that were damaged
    (each replaced by its default)."""
    p = Preferences()
    bad: list[str] = []
    if not isinstance(data, dict):
        return p, ["file"] if data is not None else []

    def take(name: str, ok: Any) -> Any:
        if name not in data:
            return getattr(p, name)
        value = data[name]
        try:
            good = ok(value)
        except (TypeError, ValueError):
            good = False
        if good:
            return value
        bad.append(name)
        return getattr(p, name)

    p.font_family = take("font_family", lambda v: isinstance(v, str) and len(v) < 200)
    p.line_spacing = take("line_spacing", lambda v: type(v) is int
                          and MIN_LINE_SPACING <= v <= MAX_LINE_SPACING)
    p.theme = take("theme", lambda v: v in THEMES)
    p.default_script = take("default_script", lambda v: v in SCRIPTS)
    p.watch_colours = list(take("watch_colours", lambda v: isinstance(v, list) and v
                                and all(isinstance(c, str) and is_colour(c) for c in v)))
    p.keys = dict(take("keys", lambda v: isinstance(v, dict) and all(
        isinstance(k, str) and isinstance(b, str) and b.strip() for k, b in v.items())))
    p.language = take("language", lambda v: v in LANGUAGES)
    return p, bad


def default_preferences_path() -> Path:
    return config_dir() / "preferences.json"


class PreferencesStore:
    """Reads and writes the preferences file; never raises on a damaged file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_preferences_path()

    def load(self) -> tuple[Preferences, str | None]:
        """The preferences, and a message when some had to fall back to defaults."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Preferences(), None
        except (OSError, UnicodeDecodeError) as err:
            return Preferences(), f"首选项无法读取，使用默认值 — preferences not read ({err})"
        try:
            data = json.loads(raw)
        except ValueError:
            data = "damaged"
        prefs, bad = preferences_from_json(data)
        if not bad:
            return prefs, None
        return prefs, ("首选项有损坏的值，已恢复默认 — damaged preferences reset to their "
                       f"defaults: {', '.join(bad)}")

    def save(self, prefs: Preferences) -> None:
        save_json(self.path, asdict(prefs))
