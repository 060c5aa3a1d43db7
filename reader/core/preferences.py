"""The user's preferences (pure: no Qt): text font and line spacing, theme,
default script, watch-list colours, key bindings, interface language.

They are kept beside the settings file (``preferences.json`` in the same
folder).  Each value is checked on its own: a damaged value falls back to its
default and the others are kept; a damaged file gives the defaults.
"""

from __future__ import annotations

import enum
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.paths import config_dir
from reader.core.session import WATCH_COLOURS, JsonWrites
from reader.core.text.script import Script

if TYPE_CHECKING:
    from reader.core.problems import PreferencesDamaged, PreferencesUnreadable


class Theme(enum.StrEnum):
    """The window's colours (the values are how the file stores them)."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


THEMES = tuple(Theme)
#: The scripts a window may start in; None: the one shown last time.
SCRIPTS: tuple[Script | None, ...] = (None, *Script)
LANGUAGES = ("", "zh_CN", "zh_TW", "zh_HK", "en")                   # "": the system's
DEFAULT_LINE_SPACING = 175
MIN_LINE_SPACING = 100
MAX_LINE_SPACING = 300
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(slots=True)
class Preferences:
    font_family: str = ""                    # "": the built-in list of CJK fonts
    line_spacing: int = DEFAULT_LINE_SPACING  # percent of the font height
    theme: Theme = Theme.SYSTEM
    default_script: Script | None = None
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
    p.theme = Theme(take("theme", lambda v: v in {t.value for t in Theme}))
    p.default_script = Script.stored(
        take("default_script", lambda v: v == "" or Script.stored(v) is not None))
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
        self.writes = JsonWrites(self.path)

    def load(self) -> tuple[Preferences, PreferencesDamaged | PreferencesUnreadable | None]:
        """The preferences, and the problem when some had to fall back to defaults."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Preferences(), None
        except (OSError, UnicodeDecodeError) as err:
            from reader.core.problems import PreferencesUnreadable  # loaded when it happens

            return Preferences(), PreferencesUnreadable(str(err))
        try:
            data = json.loads(raw)
        except ValueError:
            data = "damaged"
        prefs, bad = preferences_from_json(data)
        if not bad:
            return prefs, None
        from reader.core.problems import PreferencesDamaged

        return prefs, PreferencesDamaged(tuple(bad))

    def save(self, prefs: Preferences, ticket: int | None = None) -> bool:
        """Write *prefs* (see :class:`reader.core.session.JsonWrites` for *ticket*)."""
        return self.writes.write(preferences_to_json(prefs), ticket)


def preferences_to_json(prefs: Preferences) -> dict[str, Any]:
    """What :func:`preferences_from_json` reads back (a script by member name)."""
    data = asdict(prefs)
    data["theme"] = prefs.theme.value
    data["default_script"] = prefs.default_script.name if prefs.default_script else ""
    return data
