"""Items 6 and 16: the settings and preferences files are read value by value;
any JSON problem (an overflowing number, nesting deep enough to exhaust the
parser) is a damaged value or file, never a crash, and costs only what is
damaged.  Nothing the user had is lost: the file as it was is kept.  The
window starts whatever the files hold, and saves the session when it is
ended by SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.model import ArticleRef, MarkKind, PendingMark
from reader.core.preferences import PreferencesStore
from reader.core.session import Settings, SettingsStore, WatchTerm, settings_to_json

DEEP = "[" * 100_000 + "]" * 100_000
ROOT = Path(__file__).resolve().parents[2]


def good_settings(tmp: Path) -> Settings:
    page = tmp / "p.txt"
    page.write_text("x", encoding="utf-8")
    return Settings(
        pages=[str(page)], current_page=str(page), current_article=2, scroll=40,
        text_size=20, highlight=False, watch=[WatchTerm("半导体", "#81d4fa")],
        recent=[str(tmp)], pending_marks=[PendingMark(ArticleRef(str(page), 1), MarkKind.STAR, True)],
    )


def write(path: Path, data: dict[str, object], **raw: str) -> None:
    """*data* as JSON, with values given as raw JSON text in *raw*."""
    text = json.dumps(data, ensure_ascii=False)
    for key, value in raw.items():
        text = text.replace(f'"{key}": "@@"', f'"{key}": {value}')
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("key,value", [
    ("text_size", "1e999"), ("text_size", "-1e999"), ("current_article", "1e999"),
    ("scroll", "1e400"), ("splitter", "[1e999, 2]"), ("text_size", DEEP),
    ("watch", DEEP), ("pages", DEEP), ("text_size", '"big"'), ("pages", "7"),
    ("watch", '[{"term": ' + DEEP + "}]"), ("pending_marks", "{}"), ("highlight", "1e999"),
])
def test_one_damaged_value_costs_that_value_only(tmp_path: Path, key: str, value: str) -> None:
    want = good_settings(tmp_path)
    data = settings_to_json(want)
    data[key] = "@@"
    path = tmp_path / "settings.json"
    write(path, data, **{key: value})
    raw = path.read_bytes()
    got, problem = SettingsStore(path).load()
    assert problem is not None
    assert key in str(problem)
    for name in ("pages", "current_page", "current_article", "scroll", "text_size",
                 "highlight", "watch", "recent", "pending_marks"):
        if name != key:
            assert getattr(got, name) == getattr(want, name), name
    # The file as it was is kept for the user.
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("settings.json.damaged")]
    assert kept and kept[0].read_bytes() == raw


@pytest.mark.parametrize("text", [DEEP, "1e999", '{"a": ' + DEEP + "}", "[" * 10_000, "{" * 50_000])
def test_a_settings_file_that_is_no_json_gives_the_defaults(tmp_path: Path, text: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(text, encoding="utf-8")
    got, problem = SettingsStore(path).load()
    assert got == Settings() and problem is not None


@pytest.mark.parametrize("text", [DEEP, '{"line_spacing": 1e999}', '{"theme": ' + DEEP + "}",
                                  '{"keys": {"a": ' + DEEP + "}}", "1e999"])
def test_preferences_survive_overflow_and_deep_nesting(tmp_path: Path, text: str) -> None:
    path = tmp_path / "preferences.json"
    path.write_text(text, encoding="utf-8")
    _prefs, problem = PreferencesStore(path).load()
    assert problem is not None


def test_preferences_keep_their_good_values_next_to_an_overflow(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    path.write_text('{"theme": "dark", "line_spacing": 1e999, "font_family": "Noto"}',
                    encoding="utf-8")
    prefs, problem = PreferencesStore(path).load()
    assert (prefs.theme.value, prefs.font_family) == ("dark", "Noto")
    assert problem is not None and "line_spacing" in str(problem)


@pytest.mark.parametrize("settings,preferences", [
    ('{"text_size": 1e999, "highlight": false}', "{}"),
    ("[" * 100_000 + "]" * 100_000, "{}"),
    ("{}", "[" * 100_000),
    ('{"watch": [{"term": "芯片", "colour": 1e999}]}', '{"line_spacing": 1e999}'),
])
def test_the_window_starts_whatever_the_settings_files_hold(
        make_reader, home: Path, settings: str, preferences: str) -> None:
    config = home / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(settings, encoding="utf-8")
    (config / "preferences.json").write_text(preferences, encoding="utf-8")
    r = make_reader(settings_path=config / "settings.json")
    assert r.window.isVisible()
    assert r.window.error_bar.isVisible()
    assert r.window.error_bar.label.text()


def test_sigterm_saves_the_session(tmp_path: Path) -> None:
    from tests.core.newspages import write_news_pages

    pages = write_news_pages(tmp_path / "pages", 2)
    home = tmp_path / "home"
    env = {**os.environ, "DUBAO_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    log = tmp_path / "stderr.txt"
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "main.py", *map(str, pages)], cwd=ROOT,
                                env=env, stdout=subprocess.DEVNULL, stderr=err)
    library = home / "data" / "library.sqlite3"
    deadline = time.monotonic() + 60
    # The library opens once the first page is shown: the window is up.
    while not library.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the window did not end on SIGTERM")
    settings = home / "config" / "settings.json"
    assert settings.exists(), "the session was not saved"
    saved = json.loads(settings.read_text(encoding="utf-8"))
    assert saved["pages"] == [str(p) for p in pages]
    assert saved["current_page"] == str(pages[0])
    assert proc.returncode in (0, 128 + signal.SIGTERM), log.read_text(errors="replace")
