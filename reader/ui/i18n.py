"""The interface language: Qt translations (``resources/i18n/dubao_<lang>.qm``,
made by ``scripts/make_translations.py`` from the action registry).

The language is the one chosen in the preferences, else the system's: a
Chinese locale in Traditional script (or of Taiwan, Hong Kong, Macau) gets
the interface converted to Traditional characters; any other language English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from reader.actions import CATEGORIES, Action, Category
from reader.core.resources import resource
from reader.core.text.script import Script
from reader.strings import Tr

LANGUAGES = ("zh_CN", "zh_TW", "zh_HK", "en")
#: Qt's own translations (its dialogs and buttons) for each language, best first:
#: Qt ships none for Hong Kong, whose readers read Taiwan's.
QT_LANGUAGES = {"zh_CN": ("zh_CN",), "zh_TW": ("zh_TW",), "zh_HK": ("zh_HK", "zh_TW")}
#: The scripts as the window names them (English; context "window").
_SCRIPT_NAMES = {Script.SIMPLIFIED: "Simplified", Script.TRADITIONAL: "Traditional",
                 Script.TAIWAN: "Taiwan", Script.HONGKONG: "Hong Kong"}


def system_language(locale: QLocale) -> str:
    """The translation for *locale*."""
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    territory = locale.territory()
    if territory in (QLocale.Country.HongKong, QLocale.Country.Macau):
        return "zh_HK"
    if territory == QLocale.Country.Taiwan \
            or locale.script() == QLocale.Script.TraditionalChineseScript:
        return "zh_TW"
    return "zh_CN"


def pick_language(preferred: str, locale: QLocale | None = None) -> str:
    if preferred in LANGUAGES:
        return preferred
    return system_language(locale if locale is not None else QLocale.system())


def qm_path(language: str) -> str:
    return str(resource("i18n") / f"dubao_{language}.qm")


def qt_qm_path(language: str) -> str | None:
    """Qt's own translation (``qtbase_<lang>.qm``, shipped with PySide6) for
    *language*, or None (English needs none)."""
    from pathlib import Path

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in QT_LANGUAGES.get(language, ()):
        path = folder / f"qtbase_{name}.qm"
        if path.is_file():
            return str(path)
    return None


class Translations(QObject):
    """The installed translators (ours and Qt's); :meth:`use` switches language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = ""
        self._translators: list[QTranslator] = []

    def use(self, preferred: str) -> str:
        """Install the translations for *preferred* ("" = the system's): ours,
        and Qt's for its own dialogs and buttons; returns the language in use."""
        language = pick_language(preferred)
        if language == self.language:
            return language
        if QCoreApplication.instance() is None:
            return language
        for old in self._translators:
            QCoreApplication.removeTranslator(old)
        self._translators = []
        for path in (qm_path(language), qt_qm_path(language)):
            translator = QTranslator(self)
            if path is not None and translator.load(path):
                QCoreApplication.installTranslator(translator)
                self._translators.append(translator)
        self.language = language
        return language


def tr(group: Tr, text: str, *args: object) -> str:
    """*text* (English, in :mod:`reader.strings` under *group*) in the interface
    language, with ``%1``, ``%2`` … replaced by *args* (after translation, so a
    translation may put them in another order)."""
    out = QCoreApplication.translate(group.value, text)
    for i in range(len(args), 0, -1):
        out = out.replace(f"%{i}", str(args[i - 1]))
    return out


def action_title(a: Action) -> str:
    """The action's title in the interface language."""
    return QCoreApplication.translate(Tr.ACTIONS.value, a.title_en)


def key_text(a: Action) -> str:
    """The action's keys with their context notes in the interface language."""
    return a.keys_shown(lambda note: QCoreApplication.translate(Tr.KEYS.value, note))


def action_help(a: Action) -> str:
    """The action's help line in the interface language."""
    return QCoreApplication.translate(Tr.HELP.value, a.help)


def script_name(script: Script) -> str:
    """The script's name in the interface language (简体 / 繁體 / Simplified …)."""
    return QCoreApplication.translate(Tr.WINDOW.value, _SCRIPT_NAMES[script])


def category_title(category: Category) -> str:
    _zh, en = CATEGORIES[category]
    return QCoreApplication.translate(Tr.CATEGORIES.value, en)
