"""The core never imports Qt; importing ``reader`` loads nothing heavy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = sorted(
    ".".join(p.relative_to(ROOT / "reader" / "core").with_suffix("").parts)
    for p in (ROOT / "reader" / "core").rglob("*.py") if p.stem != "__init__"
)


def _loaded_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True, text=True, cwd=ROOT, check=True, timeout=120,
    ).stdout
    return set(out.split())


def test_core_modules_do_not_import_qt() -> None:
    imports = "\n".join(f"import reader.core.{name}" for name in CORE)
    loaded = _loaded_after(imports + "\nimport reader.cli")
    assert not any(m.split(".")[0] in {"PySide6", "shiboken6"} for m in loaded)


def test_importing_reader_is_light() -> None:
    loaded = _loaded_after("import reader")
    assert not {"PySide6", "jieba", "opencc"} & {m.split(".")[0] for m in loaded}


def test_core_sources_never_mention_pyside() -> None:
    for path in (ROOT / "reader" / "core").rglob("*.py"):
        assert "PySide6" not in path.read_text(encoding="utf-8"), path


def _sources(below: Path = ROOT / "reader") -> list[Path]:
    return sorted(p for p in below.rglob("*.py") if "__pycache__" not in p.parts)


def test_sql_is_written_only_by_the_library_package() -> None:
    """One façade owns the store: no other module talks to SQLite."""
    library = ROOT / "reader" / "core" / "library"
    needles = ("FROM articles", "JOIN pages", "FROM pages", "INTO reading", "import sqlite3",
               ".connection()", ".execute(")
    found = [f"{path.relative_to(ROOT)}: {needle}"
             for path in _sources() if library not in path.parents
             for needle in needles if needle in path.read_text(encoding="utf-8")]
    assert found == []


def test_one_hit_type() -> None:
    """Open pages, the library and the listings all hand out the same hit."""
    import re

    names = sorted(m for path in _sources()
                   for m in re.findall(r"^class (\w*Hit)\b", path.read_text(encoding="utf-8"),
                                       re.MULTILINE))
    assert names == ["SearchHit"]
