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
