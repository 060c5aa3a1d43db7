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


#: The name of the user's own library file, in :func:`data_dir`.
LIBRARY_FILE_NAME = "library.sqlite3"


def default_library_path() -> Path:
    return data_dir() / LIBRARY_FILE_NAME


def may_be_default_library(path: str | os.PathLike[str]) -> bool:
    """False when *path* (made absolute) cannot be :func:`default_library_path`,
    told without asking platformdirs (importing it costs a command ~4 ms): the
    default is :data:`LIBRARY_FILE_NAME` in :func:`data_dir`, a folder named
    for the app (platformdirs ends every folder it gives with the app's name)
    or ``data`` under ``DUBAO_HOME``."""
    folder, name = os.path.split(os.path.abspath(path))
    return name == LIBRARY_FILE_NAME and os.path.basename(folder) in (APP_ID, "data")


__all__ = ["APP_NAME", "LIBRARY_FILE_NAME", "cache_dir", "config_dir", "data_dir",
           "default_library_path", "may_be_default_library"]
