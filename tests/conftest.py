"""Test setup shared by every test: headless Qt, and the sample page's paths."""

from __future__ import annotations

import os
from pathlib import Path

# Without a screen Qt aborts the process instead of failing a test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface follows the system locale: the tests expect the English source texts
# whatever the locale of the machine running them (test_translations switches).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = ""

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture
def sample_page_path() -> Path:
    return DATA / "000_d48977a43abbad4a.txt"


@pytest.fixture
def sample_gold_path() -> Path:
    return DATA / "000_d48977a43abbad4a.gold.json"
