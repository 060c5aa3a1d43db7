"""What the reader remembers between runs, as one JSON file (pure: no Qt).

A missing file gives the defaults silently; a damaged one gives the defaults
and a message, and is kept aside as ``…json.damaged`` so nothing is lost.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import tempfile
import threading
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


def _str_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise ValueError("expected a list")
    return [str(v) for v in value]


def settings_from_json(data: Any) -> Settings:
    """Settings from parsed JSON; raises ValueError/TypeError if it is not ours."""
    if not isinstance(data, dict):
        raise ValueError("not an object")
    s = Settings()
    if "pages" in data:
        s.pages = _str_list(data["pages"])
    cp = data.get("current_page")
    s.current_page = None if cp is None else str(cp)
    s.current_article = max(0, int(data.get("current_article", 0)))
    s.scroll = max(0, int(data.get("scroll", 0)))
    s.script = Script.stored(data.get("script")) or s.script  # unknown: the default
    s.text_size = min(MAX_TEXT_SIZE, max(MIN_TEXT_SIZE, int(data.get("text_size", s.text_size))))
    s.highlight = bool(data.get("highlight", True))
    watch = data.get("watch", [])
    if not isinstance(watch, list):
        raise ValueError("watch is not a list")
    for item in watch:
        if isinstance(item, dict) and str(item.get("term", "")).strip():
            s.watch.append(WatchTerm(str(item["term"]).strip(),
                                     str(item.get("colour", WATCH_COLOURS[0]))))
    if "recent" in data:
        s.recent = _str_list(data["recent"])[:MAX_RECENT]
    s.geometry = str(data.get("geometry", ""))
    s.window_state = str(data.get("window_state", ""))
    if "splitter" in data:
        s.splitter = [int(v) for v in data["splitter"]]
    s.pending_marks = _pending_marks(data.get("pending_marks", []))
    return s


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
        try:
            return settings_from_json(json.loads(raw)), None
        except (ValueError, TypeError, KeyError) as err:
            from reader.core.problems import SettingsDamaged

            kept = self.path.with_name(self.path.name + ".damaged")
            try:
                os.replace(self.path, kept)
            except OSError:
                kept = self.path
            return Settings(), SettingsDamaged(str(err), kept.name)

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
