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
    import importlib.resources

    return Path(str(importlib.resources.files("dubao_resources")))


def resource(name: str) -> Path:
    return resources_dir() / name


def sample_page() -> Path:
    """The page the reader opens on first run."""
    return resource("sample_page.txt")
