"""The interface language: Qt translations (``resources/i18n/dubao_<lang>.qm``,
made by ``scripts/make_translations.py`` from the action registry).

The language is the one chosen in the preferences, else the system's: a
Chinese locale in Traditional script (or of Taiwan, Hong Kong, Macau) gets
the interface converted to Traditional characters; any other language English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

from reader.actions import CATEGORIES, Action, Category
from reader.core.resources import resource
from reader.strings import Tr

LANGUAGES = ("zh_CN", "zh_TW", "zh_HK", "en")


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


class Translations(QObject):
    """The installed translator; :meth:`use` switches language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = ""
        self._translator: QTranslator | None = None

    def use(self, preferred: str) -> str:
        """Install the translation for *preferred* ("" = the system's); returns the
        language in use."""
        language = pick_language(preferred)
        if language == self.language:
            return language
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            QCoreApplication.removeTranslator(self._translator)
        translator = QTranslator(self)
        if translator.load(qm_path(language)) and app is not None:
            QCoreApplication.installTranslator(translator)
            self._translator = translator
        else:
            self._translator = None
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


def category_title(category: Category) -> str:
    _zh, en = CATEGORIES[category]
    return QCoreApplication.translate(Tr.CATEGORIES.value, en)
