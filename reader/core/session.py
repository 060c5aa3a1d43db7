"""What the reader remembers between runs, as one JSON file (pure: no Qt).

A missing file gives the defaults silently.  The file is read value by value
(:func:`json_members`): a damaged value (a number too large for any number,
nesting too deep to parse, the wrong type) falls back to its default and the
others are kept; a file that is no JSON object at all gives the defaults.
Either way there is a message, and the file as it was is kept as
``…json.damaged`` so nothing is lost.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import math
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.model import ArticleRef, MarkKind, PendingMark
from reader.core.paths import config_dir
from reader.core.text.script import Script

if TYPE_CHECKING:
    from reader.core.problems import SettingsDamaged, SettingsUnreadable

SETTINGS_VERSION = 1
DEFAULT_TEXT_SIZE = 15
MIN_TEXT_SIZE = 9
MAX_TEXT_SIZE = 40
MAX_RECENT = 12

#: Colours offered for watched terms, in order.
WATCH_COLOURS = ("#ffd54f", "#81d4fa", "#a5d6a7", "#f48fb1", "#ce93d8", "#ffab91")


@dataclass(slots=True)
class WatchTerm:
    term: str
    colour: str = WATCH_COLOURS[0]


@dataclass(slots=True)
class Settings:
    pages: list[str] = field(default_factory=list)
    current_page: str | None = None
    current_article: int = 0
    scroll: int = 0
    script: Script = Script.SIMPLIFIED
    text_size: int = DEFAULT_TEXT_SIZE
    highlight: bool = True
    watch: list[WatchTerm] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)
    geometry: str = ""
    window_state: str = ""
    splitter: list[int] = field(default_factory=list)
    #: Read/star marks the library could not take before the window closed (their
    #: page not indexed yet).
    pending_marks: list[PendingMark] = field(default_factory=list)

    def add_recent(self, paths: list[str]) -> None:
        rec = [p for p in self.recent if p not in paths]
        self.recent = (list(paths) + rec)[:MAX_RECENT]


def default_settings_path() -> Path:
    return config_dir() / "settings.json"


_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def _str_list(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("expected a list of strings")
    return list(value)


def json_int(value: Any) -> int:
    """A whole number from JSON (``3`` or ``3.0``), never a bool, an infinity or text."""
    if isinstance(value, bool):
        raise TypeError("not a number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    raise ValueError(f"not a whole number: {value!r}")


def _of(*kinds: type) -> Callable[[Any], Any]:
    """A reader that takes a value of one of *kinds* as it is and refuses the rest."""
    def read(value: Any) -> Any:
        if not isinstance(value, kinds):
            raise TypeError(f"not {' or '.join(k.__name__ for k in kinds)}")
        return value
    return read


_bool, _str, _opt_str = _of(bool), _of(str), _of(str, type(None))


def _watch(value: Any) -> list[WatchTerm]:
    if not isinstance(value, list):
        raise ValueError("watch is not a list")
    out: list[WatchTerm] = []
    for item in value:
        if isinstance(item, dict) and isinstance(item.get("term"), str) and item["term"].strip():
            colour = item.get("colour")
            out.append(WatchTerm(item["term"].strip(), colour if isinstance(colour, str)
                                 and _COLOUR.fullmatch(colour) else WATCH_COLOURS[0]))
    return out


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return value


def _marks_list(value: Any) -> list[PendingMark]:
    if not isinstance(value, list):
        raise ValueError("pending_marks is not a list")
    return _pending_marks(value)


#: field → how its JSON value becomes the setting (raises when it cannot).
_READERS: dict[str, Any] = {
    "pages": _str_list,
    "current_page": _opt_str,
    "current_article": lambda v: max(0, json_int(v)),
    "scroll": lambda v: max(0, json_int(v)),
    "script": lambda v: Script.stored(v) or Script.SIMPLIFIED,  # unknown: the default
    "text_size": lambda v: min(MAX_TEXT_SIZE, max(MIN_TEXT_SIZE, json_int(v))),
    "highlight": _bool,
    "watch": _watch,
    "recent": lambda v: _str_list(v)[:MAX_RECENT],
    "geometry": _str,
    "window_state": _str,
    "splitter": lambda v: [json_int(x) for x in _list(v)],
    "pending_marks": _marks_list,
}


def settings_from_values(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from a JSON object's members, and the names of the members that
    were damaged (each left at its default)."""
    s = Settings()
    bad: list[str] = []
    for name, read in _READERS.items():
        if name not in data:
            continue
        try:
            setattr(s, name, read(data[name]))
        except (TypeError, ValueError, OverflowError, KeyError, RecursionError):
            bad.append(name)
    return s, bad


def settings_from_json(data: Any) -> Settings:
    """Settings from parsed JSON; raises ValueError if it is not ours, or a value is damaged."""
    if not isinstance(data, dict):
        raise ValueError("not an object")
    s, bad = settings_from_values(data)
    if bad:
        raise ValueError(f"damaged: {', '.join(bad)}")
    return s


_TOKENS = re.compile(r'["{}\[\],]')
_STRING_END = re.compile(r'(?:[^"\\]|\\.)*"')


def json_members(text: str) -> tuple[dict[str, Any], list[str]] | None:
    """The members of the JSON object *text*, each parsed on its own: (values,
    names of the members that did not parse).  One member nested too deep for
    the parser, or cut short, costs that member only.  None when *text* is no
    JSON object (or its keys cannot be read)."""
    i = len(text) - len(text.lstrip())
    if not text.startswith("{", i):
        return None
    values: dict[str, Any] = {}
    bad: list[str] = []
    i += 1
    while True:
        while i < len(text) and text[i] in " \t\r\n,":
            i += 1
        if i >= len(text) or text[i] == "}":
            return values, bad
        if text[i] != '"':
            return None
        end = _STRING_END.match(text, i + 1)
        if end is None:
            return None
        try:
            key = json.loads(text[i: end.end()])
        except ValueError:
            return None
        colon = text.find(":", end.end())
        if colon < 0 or text[end.end(): colon].strip():
            return None
        i, depth = colon + 1, 0
        for m in _TOKENS.finditer(text, colon + 1):
            if m.start() < i:
                continue            # inside a string passed over
            ch = m.group()
            if ch == '"':
                close = _STRING_END.match(text, m.end())
                if close is None:
                    i = len(text)
                    break
                i = close.end()
                continue
            if ch in "[{":
                depth += 1
            elif ch in "]}" and depth:
                depth -= 1
            elif depth == 0:      # "," or the object's "}"
                i = m.start()
                break
        else:
            i = len(text)
        raw = text[colon + 1: i]
        try:
            values[key] = json.loads(raw)
        except (ValueError, RecursionError):
            bad.append(str(key))


def _pending_marks(value: Any) -> list[PendingMark]:
    """The well-formed marks of *value* (others are dropped, not fatal)."""
    out: list[PendingMark] = []
    if not isinstance(value, list):
        return out
    kinds = {k.value: k for k in MarkKind}
    for item in value:
        if isinstance(item, list) and len(item) == 4 and isinstance(item[0], str) \
                and isinstance(item[1], int) and item[1] >= 0 \
                and item[2] in kinds and isinstance(item[3], bool):
            out.append(PendingMark(ArticleRef(item[0], item[1]), kinds[item[2]], item[3]))
    return out


def settings_to_json(settings: Settings) -> dict[str, Any]:
    """What :func:`settings_from_json` reads back (scripts by member name)."""
    data = asdict(settings)
    data["script"] = settings.script.name
    data["pending_marks"] = [[m.ref.path, m.ref.index, m.kind.value, m.value]
                             for m in settings.pending_marks]
    return {"version": SETTINGS_VERSION, **data}


class JsonWrites:
    """Writes of one JSON file that may come from several threads: each write
    takes a ticket when its data is taken (:meth:`ticket`, on the thread that
    owns the data); a write whose data is older than the one already written
    is skipped, so a slow worker never puts back what the window changed since."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._tickets = itertools.count(1)
        self._written = 0

    def ticket(self) -> int:
        return next(self._tickets)

    def write(self, data: object, ticket: int | None = None) -> bool:
        """Write *data*; False when a newer ticket was written already."""
        with self._lock:
            if ticket is not None:
                if ticket < self._written:
                    return False
                self._written = ticket
            save_json(self.path, data)
        return True


class SettingsStore:
    """Reads and writes the settings file; never raises on a damaged file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_settings_path()
        self.writes = JsonWrites(self.path)

    def load(self) -> tuple[Settings, SettingsDamaged | SettingsUnreadable | None]:
        """The settings, and the problem when the file could not be used."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings(), None
        except (OSError, UnicodeDecodeError) as err:
            from reader.core.problems import SettingsUnreadable  # problems load when they happen

            return Settings(), SettingsUnreadable(str(err))
        members = json_members(raw)
        if members is None:
            settings, detail = Settings(), "not a JSON object"
            bad: list[str] = []
        else:
            values, bad = members
            settings, damaged = settings_from_values(values)
            bad += damaged
            detail = f"damaged: {', '.join(bad)}"
            if not bad:
                return settings, None
        from reader.core.problems import SettingsDamaged  # problems load when they happen

        kept = self.path.with_name(self.path.name + ".damaged")
        try:
            shutil.copyfile(self.path, kept)   # the file as it was, for the user
        except OSError:
            kept = self.path
        return settings, SettingsDamaged(detail, kept.name, tuple(bad))

    def save(self, settings: Settings, ticket: int | None = None) -> bool:
        """Write *settings* (see :class:`JsonWrites` for *ticket*)."""
        return self.writes.write(settings_to_json(settings), ticket)


def save_json(path: Path, data: object) -> None:
    """Write *data* as JSON through a temporary file, so a crash mid-write
    never leaves a half-written settings file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(data, ensure_ascii=False, indent=1))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
