"""Where the files in ``resources/`` live, from a checkout or an installed wheel."""

from __future__ import annotations

import functools
from pathlib import Path


@functools.cache
def resources_dir() -> Path:
    """The folder holding the sample page, dictionaries, overrides and icons."""
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    import importlib.util

    spec = importlib.util.find_spec("dubao_resources")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the reader's resources folder is missing; reinstall the package")
    return Path(next(iter(spec.submodule_search_locations)))


def resource(name: str) -> Path:
    return resources_dir() / name


def sample_page() -> Path:
    """The page the reader opens on first run."""
    return resource("sample_page.txt")
