"""The core reports problems as typed values, never as prose for a person: the
interface says them in its own language (regression: the core wrote bilingual
``中文 — English`` sentences that reached users of every interface language)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from reader.core.opening import open_paths
from reader.core.preferences import (
    Preferences,
    PreferencesStore,
    Theme,
    preferences_from_json,
)
from reader.core.problems import (
    EmptyFolder,
    PreferencesDamaged,
    SettingsDamaged,
    Unreadable,
    UnreadableFile,
)
from reader.core.session import SettingsStore
from reader.core.text.script import Script

ROOT = Path(__file__).resolve().parents[2]
#: Han characters, then a dash, then English words: a sentence in two languages.
_BILINGUAL = re.compile(r"[\u4e00-\u9fff][^\"']*\s[—-]{1,2}\s+[A-Za-z]+ [a-z]+")


def test_opening_reports_typed_problems(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 200)
    good = tmp_path / "good.txt"
    good.write_text("标题\n\n本报讯（记者 王明）正文内容。\n", encoding="utf-8")
    opened = open_paths([str(empty), str(binary), str(tmp_path / "gone.txt"), str(good)])
    assert [p.path for p in opened.pages] == [str(good)]
    assert opened.problems[0] == EmptyFolder(str(empty))
    kinds = [(p.path, p.reason) for p in opened.problems[1:] if isinstance(p, UnreadableFile)]
    assert kinds == [(str(binary), Unreadable.BINARY),
                     (str(tmp_path / "gone.txt"), Unreadable.MISSING)]
    assert opened.real_paths == {str(good): str(good.resolve())}


def test_restoring_skips_files_that_are_gone_without_a_word(tmp_path: Path) -> None:
    opened = open_paths([str(tmp_path / "gone.txt")], skip_missing=True)
    assert opened.pages == [] and opened.problems == []


def test_damaged_settings_and_preferences_are_problems_not_messages(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    settings.write_text("{ not json", encoding="utf-8")
    _, problem = SettingsStore(settings).load()
    assert isinstance(problem, SettingsDamaged) and problem.kept_as == "settings.json.damaged"
    prefs = tmp_path / "preferences.json"
    prefs.write_text(json.dumps({"theme": "purple", "default_script": "KLINGON"}),
                     encoding="utf-8")
    loaded, damaged = PreferencesStore(prefs).load()
    assert damaged == PreferencesDamaged(("theme", "default_script"))
    assert loaded == Preferences()


def test_preferences_keep_scripts_and_themes_by_name(tmp_path: Path) -> None:
    store = PreferencesStore(tmp_path / "preferences.json")
    store.save(Preferences(theme=Theme.DARK, default_script=Script.TAIWAN))
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert (data["theme"], data["default_script"]) == ("dark", "TAIWAN")
    assert store.load() == (Preferences(theme=Theme.DARK, default_script=Script.TAIWAN), None)
    assert preferences_from_json({"default_script": ""}) == (Preferences(), [])


def _literals(path: Path) -> list[tuple[int, str]]:
    """(line, text) of the string literals of a module, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body and isinstance(node.body[0], ast.Expr)}
    return [(n.lineno, n.value) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


def test_the_core_writes_no_bilingual_prose() -> None:
    found = [f"{path.relative_to(ROOT)}:{line}: {text!r}"
             for path in sorted((ROOT / "reader" / "core").rglob("*.py"))
             for line, text in _literals(path) if _BILINGUAL.search(text)]
    assert found == []


def test_the_scan_finds_bilingual_prose(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text('X = f"无法打开 — cannot open: {err}"\nY = "——编 者"\n', encoding="utf-8")
    assert [line for line, text in _literals(sample) if _BILINGUAL.search(text)] == [1]
