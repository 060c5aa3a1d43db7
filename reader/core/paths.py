"""The app's own folders (library, settings, caches), per platform via platformdirs.

``DUBAO_HOME`` puts all of them under one folder: tests and CI use it so they
never touch a real user's files.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader import APP_ID, APP_NAME


def _home_override() -> Path | None:
    home = os.environ.get("DUBAO_HOME")
    return Path(home) if home else None


def data_dir() -> Path:
    """Where the library database lives."""
    home = _home_override()
    if home:
        return home / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    home = _home_override()
    if home:
        return home / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def cache_dir() -> Path:
    """Rebuildable files: jieba's dictionary cache and the like."""
    home = _home_override()
    if home:
        return home / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))


def default_library_path() -> Path:
    return data_dir() / "library.sqlite3"


__all__ = ["APP_NAME", "cache_dir", "config_dir", "data_dir", "default_library_path"]
