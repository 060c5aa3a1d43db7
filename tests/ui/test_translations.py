"""Interface language: compiled translations ship in resources/i18n and cover
every action title and menu; the language follows the system locale (Traditional
script for Taiwan, Hong Kong, Macau) and can be switched in the preferences."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator

from reader.actions import ACTIONS, CATEGORIES
from reader.core.resources import resource
from reader.core.text.convert import Script, convert_text
from reader.strings import STRINGS, Tr
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
    make = _script()
    for a in ACTIONS:
        expected = {"zh_CN": a.title_zh, "en": a.title_en,
                    "zh_TW": make.traditional("actions", a.title_en, a.title_zh, "zh_TW"),
                    "zh_HK": make.traditional("actions", a.title_en, a.title_zh, "zh_HK")
                    }[language]
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
    assert tw.translate("help", _help("article.next")) == "移到清單中的下一篇文章"


BY_ID_HELP = next(a.help for a in ACTIONS if a.id == "article.last")


def _help(action_id: str) -> str:
    return next(a.help for a in ACTIONS if a.id == action_id)


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


def use_language(ctx, language: str) -> None:
    """Choose the interface *language* in the preferences ("" : the system's)."""
    prefs = ctx.state.prefs
    prefs.language = language
    ctx.enter(application.set_preferences, prefs)


def test_switching_the_language_changes_the_bars_and_messages(make_reader, qtbot):
    from PySide6.QtCore import Qt

    r = make_reader()
    w, c = r.window, r.ctx

    def use(language: str) -> None:
        use_language(c, language)

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
    assert w.find_bar.label.text() == "尋找："   # 查詢 (OpenCC's) would read as a query
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
        assert describe(PreferencesDamaged(("theme",))) == "首选项有损坏的值，已恢复默认：主题"
        translations.use("en")
        assert describe(EmptyFolder("/x")) == "No page files in the folder /x"
        assert describe(UnreadableFile("/y.txt", Unreadable.BINARY)) == (
            "Cannot open /y.txt: it is not text")
    finally:
        translations.use("")


# ---- one language at a time ------------------------------------------------------------------
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff01-\uff5e]")
#: Widgets whose text is the page's (data), not the interface's.
_DATA = {"ArticleList", "PageList", "ReadingPane", "KeywordView", "WatchView", "LibraryList",
         "FindBarField", "SearchBarField", "WatchField"}


def shown_texts(window) -> list[tuple[str, str]]:
    """(where, text) of every interface text the window shows or says: labels,
    buttons, fields' hints, tool tips, accessible names, menus, the status bar,
    the key list."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMenu, QWidget

    out: list[tuple[str, str]] = []
    widgets = [window, *window.findChildren(QWidget)]
    for w in widgets:
        if w.objectName() in _DATA or (w.parent() is not None and w.parent().objectName() in _DATA):
            continue
        name = f"{type(w).__name__}#{w.objectName()}"
        for what, text in (("tooltip", w.toolTip()), ("accessible", w.accessibleName()),
                           ("description", w.accessibleDescription()),
                           ("title", w.windowTitle() if w is not window else "")):
            out.append((f"{name} {what}", text))
        if isinstance(w, QLabel) and w.objectName() not in ("Legend",):
            out.append((f"{name} text", w.text()))
        if isinstance(w, QAbstractButton):
            out.append((f"{name} text", w.text()))
        if isinstance(w, QLineEdit):
            out.append((f"{name} placeholder", w.placeholderText()))
        if isinstance(w, QMenu):
            out.append((f"{name} menu", w.title()))
            for a in w.actions():
                out += [(f"{name} entry", a.text()), (f"{name} status", a.statusTip())]
    for a in window.menuBar().actions():
        out.append(("menu bar", a.text()))
    out.append(("status bar", window.statusBar().currentMessage()))
    out.append(("legend", window.legend.text()))
    if window._overlay is not None:
        out.append(("key list", window.overlay.plain_text()))
    return out


def test_switching_back_to_english_leaves_no_chinese(make_reader, qtbot):
    """Regression: after 简体中文 and back, one string stayed Chinese."""
    from PySide6.QtCore import Qt

    r = make_reader()
    w, c = r.window, r.ctx

    def use(language: str) -> None:
        use_language(c, language)

    # Everything built once: panels, the key list, every menu, the bars.
    qtbot.keyClick(w.article_view, Qt.Key.Key_W)
    qtbot.keyClick(w.article_view, Qt.Key.Key_L)
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    qtbot.keyClick(w.article_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.index_bar is not None   # built
    assert w.overlay is not None     # built
    use("zh_CN")
    w.menus.entries()
    assert any(_CJK.search(t) for _where, t in shown_texts(w))
    use("en")
    w.menus.entries()
    stuck = [(where, t) for where, t in shown_texts(w) if _CJK.search(t)]
    assert stuck == []
    use("")


def _simplified_only(text: str) -> list[str]:
    """Characters of *text* that only Simplified script writes."""
    return [ch for ch in text if _CJK.match(ch) and convert_text(ch, Script.TRADITIONAL) != ch
            and convert_text(ch, Script.SIMPLIFIED) == ch]


def test_traditional_interface_has_no_simplified_text(make_reader, qtbot):
    """zh_TW: the key list's titles and headings in Traditional characters and in
    one language (regression: 阅读本篇, 收藏夹 and a heading 搜索 Search)."""
    r = make_reader()
    w, c = r.window, r.ctx
    use_language(c, "zh_TW")
    assert w.overlay is not None     # built
    w.menus.entries()
    listed = w.overlay.plain_text()
    assert "閱讀本篇" in listed and "收藏夾" in listed
    assert "Search" not in listed and "搜尋" in listed
    found = {(where, t): _simplified_only(t) for where, t in shown_texts(w)}
    assert {k: v for k, v in found.items() if v} == {}
    use_language(c, "")


def test_script_is_never_called_font():
    """字体 is a typeface: the script (简体/繁體) has its own word, 简繁."""
    make = _script()
    for context, pairs in make.messages().items():
        for en, zh in pairs:
            # 字体 only where the English speaks of a font, as often as it does.
            assert zh.count("字体") <= en.lower().count("font"), (context, en, zh)
    tw = {en: make.traditional(ctx, en, zh, "zh_TW") for ctx, pairs in make.messages().items()
          for en, zh in pairs}
    assert tw["Cycle script"] == "切換繁簡"
    assert tw["&Font:"] == "正文字型(&F)："


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "zh_HK"])
def test_qt_own_dialogs_speak_the_interface_language(qapp, language):
    from PySide6.QtWidgets import QDialogButtonBox

    from reader.ui.i18n import Translations

    translations = Translations()
    try:
        translations.use(language)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        ok = box.button(QDialogButtonBox.StandardButton.Ok).text().replace("&", "")
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        assert ok == ("确定" if language == "zh_CN" else "確定")
        assert "取消" in cancel
        translations.use("en")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        assert box.button(QDialogButtonBox.StandardButton.Ok).text().replace("&", "") == "OK"
    finally:
        translations.use("")


def test_preference_names_are_the_dialogs():
    from reader.strings import PREFERENCE_NAMES

    for name in PREFERENCE_NAMES.values():
        assert name in STRINGS[Tr.PREFERENCES]


def test_every_cause_and_reason_has_a_translation():
    from reader.ui.causes import PHRASES
    from reader.ui.problems import _UNREADABLE

    for phrase in PHRASES | set(_UNREADABLE.values()):
        assert phrase in STRINGS[Tr.ERRORS], phrase


def _example(cls, field, kind):
    """A value for a problem's field: data without Latin words (a path, a
    system's English explanation the window must translate)."""
    import enum
    import typing

    name = field.name
    hint = typing.get_type_hints(cls)[name]
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return list(hint)[kind % len(list(hint))]
    if hint is Exception or (isinstance(hint, type) and issubclass(hint, BaseException)):
        return OSError(28, "No space left on device")
    if typing.get_origin(hint) is tuple:
        from reader.core.problems import SettingsDamaged
        from reader.messages import SETTING_NAMES
        from reader.strings import PREFERENCE_NAMES

        if cls is SettingsDamaged:
            return (*SETTING_NAMES, "unknown")
        return tuple(PREFERENCE_NAMES)
    if hint is int:
        return 3 + kind
    if hint is bool:
        return bool(kind % 2)
    if name in ("path", "kept_as", "set_aside_as", "name"):
        return "/资料/版面"
    return ["[Errno 13] Permission denied: '/资料/设置'", "Expecting value: line 1 column 1 (char 0)",
            "database is locked", "[Errno 28] No space left on device"][kind % 4]


def test_every_problem_is_said_in_one_language(qapp):
    """Each kind of problem (the core's and the window's), in each Chinese
    interface, is one sentence with no English in it: field names as the
    dialog names them, system causes translated."""
    import dataclasses
    import typing

    from reader.ui.i18n import Translations
    from reader.ui.problems import CommandFailed, KeysRefused, Problem, describe

    translations = Translations()
    try:
        for language in ("zh_CN", "zh_TW"):
            translations.use(language)
            for cls in typing.get_args(Problem):
                if cls is CommandFailed:
                    continue   # a bug: names the function that raised
                for kind in range(4):
                    if cls is KeysRefused:
                        problem = KeysRefused(tr_keys_problem())
                    else:
                        problem = cls(**{f.name: _example(cls, f, kind)
                                         for f in dataclasses.fields(cls)})
                    said = describe(problem).replace("JSON", "")   # a name, not English
                    assert not re.search(r"[A-Za-z]{2,}", said), (language, problem, said)
    finally:
        translations.use("")


def tr_keys_problem() -> str:
    from reader.actions import ACTIONS, rebound
    from reader.ui.keys import key_problem

    problem = key_problem(rebound({"article.next": "k"}, ACTIONS))
    assert problem is not None
    return problem


def test_the_core_writes_no_prose_into_problems():
    """The core hands the window facts, never sentences: no string literal with
    words goes into a problem it makes (the window says it in its language)."""
    import ast

    from reader.core import problems

    kinds = set(problems.__all__)
    found = []
    for path in sorted((ROOT / "reader" / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in kinds:
                for arg in [*node.args, *(k.value for k in node.keywords)]:
                    for sub in ast.walk(arg):
                        if isinstance(sub, ast.Constant) and isinstance(sub.value, str) \
                                and re.search(r"[A-Za-z\u4e00-\u9fff]{2,}", sub.value):
                            found.append(f"{path.name}:{node.lineno}: {sub.value!r}")
    assert found == []
