"""Interface language: compiled translations ship in resources/i18n and cover
every action title and menu; the language follows the system locale (Traditional
script for Taiwan, Hong Kong, Macau) and can be switched in the preferences."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator

from reader.actions import ACTIONS, CATEGORIES
from reader.core.convert import Script, convert_text
from reader.core.resources import resource
from reader.strings import STRINGS
from reader.ui.i18n import LANGUAGES, pick_language, qm_path

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location(
        "make_translations", ROOT / "scripts" / "make_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_action_title_and_category_is_translated(qapp, language):
    tr = QTranslator()
    assert tr.load(qm_path(language)), language
    for a in ACTIONS:
        expected = {"zh_CN": a.title_zh, "en": a.title_en,
                    "zh_TW": convert_text(a.title_zh, Script.TAIWAN),
                    "zh_HK": convert_text(a.title_zh, Script.HONGKONG)}[language]
        assert tr.translate("actions", a.title_en) == expected, (language, a.id)
    for zh, en in CATEGORIES.values():
        assert tr.translate("categories", en), (language, en)
        if language == "zh_CN":
            assert tr.translate("categories", en) == zh
    for context, pairs in STRINGS.items():
        for en, zh in pairs.items():
            assert tr.translate(context, en), (language, context, en)
            if language == "zh_CN":
                assert tr.translate(context, en) == zh


def test_traditional_users_see_the_interface_converted(qapp):
    tr = QTranslator()
    assert tr.load(qm_path("zh_TW"))
    assert tr.translate("actions", "Last article") == "最後一篇"


def test_translation_sources_match_the_registry():
    make = _script()
    for language in LANGUAGES:
        ts = resource("i18n") / f"dubao_{language}.ts"
        assert ts.read_text(encoding="utf-8") == make.ts_text(language), (
            f"{ts.name} is stale: run scripts/make_translations.py")


@pytest.mark.parametrize(("locale", "language"), [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_HK"),
    ("zh_MO", "zh_HK"), ("en_US", "en"), ("fr_FR", "en"),
])
def test_the_language_follows_the_system_locale(locale, language):
    assert pick_language("", QLocale(locale)) == language
    assert pick_language("en", QLocale(locale)) == "en"


def test_switching_the_language_in_the_preferences(make_reader, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    r = make_reader()
    w = r.window

    def choose(language: str) -> None:
        qtbot.keyClick(w.article_view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        dialog = w.preferences_dialog
        dialog.language_box.setCurrentIndex(dialog.language_box.findData(language))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    choose("zh_CN")
    assert w.menu_actions["article.next"].text().startswith("下一篇\t")
    assert w.recent_menu.title() == "最近打开"
    qtbot.keyClick(w.article_view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert w.preferences_dialog.windowTitle() == "首选项"
    w.preferences_dialog.reject()
    assert w._menus["articles"].title() == "文章"
    choose("zh_TW")
    assert w.menu_actions["article.last"].text().startswith("最後一篇\t")
    choose("en")
    assert w.menu_actions["article.next"].text().startswith("Next article\t")
    assert w._menus["articles"].title() == "Articles"
    choose("")
