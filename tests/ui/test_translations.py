"""Interface language: compiled translations ship in resources/i18n and cover
every action title and menu; the language follows the system locale (Traditional
script for Taiwan, Hong Kong, Macau) and can be switched in the preferences."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator

from reader.actions import ACTIONS, CATEGORIES
from reader.core.resources import resource
from reader.core.text.convert import Script, convert_text
from reader.strings import STRINGS
from reader.ui.commands import application
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
    assert w.menus.menus["articles"].title() == "文章"
    choose("zh_TW")
    assert w.menu_actions["article.last"].text().startswith("最後一篇\t")
    choose("en")
    assert w.menu_actions["article.next"].text().startswith("Next article\t")
    assert w.menus.menus["articles"].title() == "Articles"
    choose("")


def test_every_help_line_is_translated(qapp):
    from reader.actions import HELP_ZH

    tr = QTranslator()
    assert tr.load(qm_path("zh_CN"))
    for a in ACTIONS:
        assert HELP_ZH[a.id], a.id
        assert tr.translate("help", a.help) == HELP_ZH[a.id], a.id
    tw = QTranslator()
    assert tw.load(qm_path("zh_TW"))
    assert tw.translate("help", BY_ID_HELP) == convert_text(HELP_ZH["article.last"], Script.TAIWAN)


BY_ID_HELP = next(a.help for a in ACTIONS if a.id == "article.last")


def test_every_tr_call_in_the_ui_has_a_translation():
    assert _script().missing() == []


#: Methods and constructors whose string arguments the user sees (or hears).
_SHOWN = {"setText", "setToolTip", "setStatusTip", "setPlaceholderText", "showMessage",
          "addAction", "addMenu", "setAccessibleName", "setAccessibleDescription",
          "setWindowTitle", "setTitle", "addItem", "addRow", "say", "report_error", "emit",
          "QLabel", "QPushButton", "QAction", "QMessageBox", "QCheckBox", "QGroupBox",
          "getOpenFileNames", "getExistingDirectory", "getSaveFileName", "getItem",
          "getText", "drawText"}


def _literal_words(node) -> str:
    """The text a string literal (or an f-string's literal parts) spells, else ""."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) + _literal_words(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_words(node.body) + _literal_words(node.orelse)
    return ""


def untranslated_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of words in literals passed straight to a call that shows them."""
    import ast

    out = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else (
            node.func.id if isinstance(node.func, ast.Name) else "")
        if name not in _SHOWN:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            words = _literal_words(arg)
            if any(ch.isalpha() for ch in words):
                out.append((node.lineno, words))
    return out


def test_the_scan_finds_literals_shown_untranslated():
    assert untranslated_literals('w.setText("Hello")') == [(1, "Hello")]
    assert untranslated_literals('self.say(f"已打开 {n} 篇")') == [(1, "已打开  篇")]
    assert untranslated_literals('b.setToolTip("x" if on else "关闭")') == [(1, "x关闭")]
    assert untranslated_literals('w.setText(tr("bars", "Find:"))') == []
    assert untranslated_literals('w.setText(f"{done}/{total}")') == []
    assert untranslated_literals('close.setText("✕")') == []


#: Literals that are no language: font names, examples of colours and keys, a suffix.
_NOT_LANGUAGE = {" (Noto / Source Han …)", "#ffd54f #81d4fa …", "x, Ctrl+Shift+E, g g", ".md"}


def test_every_string_shown_goes_through_translation():
    found = []
    for path in sorted((ROOT / "reader" / "ui").rglob("*.py")):
        for line, words in untranslated_literals(path.read_text(encoding="utf-8")):
            if words not in _NOT_LANGUAGE:
                found.append(f"{path.name}:{line}: {words!r}")
    assert found == []


def test_switching_the_language_changes_the_bars_and_messages(make_reader, qtbot):
    from PySide6.QtCore import Qt

    r = make_reader()
    w, c = r.window, r.ctx

    def use(language: str) -> None:
        prefs = c.state.prefs
        prefs.language = language
        c.enter(application.set_preferences, prefs)

    use("en")
    qtbot.keyClick(w.article_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.find_bar.label.text() == "Find:"
    assert w.find_bar.field.placeholderText().startswith("Find in this article")
    assert w.statusBar().currentMessage() == "Preferences saved"
    qtbot.keyClick(w.find_bar.field, Qt.Key.Key_Escape)
    qtbot.keyClick(w.article_view, Qt.Key.Key_H)
    assert w.statusBar().currentMessage() == "Highlighting off"
    assert w.highlight_label.text() == "Highlighting off"

    use("zh_CN")
    assert w.find_bar.label.text() == "查找："
    assert w.find_bar.field.placeholderText().startswith("在本篇中查找")
    assert w.search_bar.label.text() == "搜索："
    assert w.highlight_label.text() == "高亮 关"
    assert w.statusBar().currentMessage() == "首选项已保存"
    qtbot.keyClick(w.article_view, Qt.Key.Key_H)
    assert w.statusBar().currentMessage() == "高亮：开"
    qtbot.keyClick(w.article_view, Qt.Key.Key_K)
    assert w.statusBar().currentMessage() == "已是第一篇"
    assert w.overlay.text.accessibleName() == "快捷键"
    assert "键盘操作" in w.overlay.plain_text()
    assert "移到列表中的下一篇文章" in w.overlay.plain_text()
    assert w.menu_actions["article.next"].text() == "下一篇\tj, ↓（列表）"
    assert w.menu_actions["article.next"].statusTip() == "移到列表中的下一篇文章"

    qtbot.keyClick(w.article_view, Qt.Key.Key_W)
    assert w.terms_panel.add_button.text() == "添加"
    use("en")
    assert w.terms_panel.add_button.text() == "Add"
    assert w.find_bar.label.text() == "Find:"
    use("zh_TW")
    assert w.find_bar.label.text() == "查詢："   # OpenCC's Taiwan phrasing
    assert "鍵盤操作" in w.overlay.plain_text()
    use("")


def test_core_problems_are_said_in_the_interface_language(qapp):
    """Regression: the core wrote ``中文 — English`` sentences whatever the language."""
    from reader.core.problems import EmptyFolder, PreferencesDamaged, Unreadable, UnreadableFile
    from reader.ui.i18n import Translations
    from reader.ui.problems import describe

    translations = Translations()
    try:
        translations.use("zh_CN")
        assert describe(EmptyFolder("/x")) == "文件夹 /x 里没有版面文件"
        assert describe(UnreadableFile("/y.txt", Unreadable.BINARY)) == "无法打开 /y.txt：不是文本文件"
        assert describe(PreferencesDamaged(("theme",))) == "首选项有损坏的值，已恢复默认：theme"
        translations.use("en")
        assert describe(EmptyFolder("/x")) == "No page files in the folder /x"
        assert describe(UnreadableFile("/y.txt", Unreadable.BINARY)) == (
            "Cannot open /y.txt: it is not text")
    finally:
        translations.use("")
