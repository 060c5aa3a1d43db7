"""The window's dialogs, built when asked for: files and folders to open, the
offer to add a folder to the library, export, print, preferences, the trend
chart.  Window-modal ones report back through the command runner."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from reader.strings import Tr
from reader.ui.commands import application, library
from reader.ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from reader.ui.exporting import ExportScope
    from reader.ui.trends_chart import TrendDialog
    from reader.ui.window import ReaderWindow


def page_filter() -> str:
    """The open dialog's file types."""
    return f'{tr(Tr.WINDOW, "Page text (*.txt *.text)")};;{tr(Tr.WINDOW, "All files (*)")}'


def refocus(w: ReaderWindow) -> None:
    w.activateWindow()
    w.article_view.setFocus(Qt.FocusReason.OtherFocusReason)


def ask_files(w: ReaderWindow) -> list[str]:
    from PySide6.QtWidgets import QFileDialog

    files, _ = QFileDialog.getOpenFileNames(w, tr(Tr.WINDOW, "Open pages"), "", page_filter())
    refocus(w)
    return list(files)


def ask_folder(w: ReaderWindow) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    folder = QFileDialog.getExistingDirectory(w, tr(Tr.WINDOW, "Open folder"))
    refocus(w)
    return folder or None


def offer_library_folder(w: ReaderWindow, folder: str, real: str) -> None:
    """Ask (without blocking the window) whether to add *folder* to the library.
    Enter accepts, Esc declines."""
    from PySide6.QtWidgets import QMessageBox

    question = tr(Tr.WINDOW, "Add this folder to the library so it can be searched?")
    box = QMessageBox(QMessageBox.Icon.Question, tr(Tr.WINDOW, "Add to the library"),
                      f"{question}\n\n{folder}",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, w)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: _offer_finished(w, box, folder, real))
    w.library_offer = box
    box.open()


def _offer_finished(w: ReaderWindow, box: QMessageBox, folder: str, real: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    accepted = box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes
    w.library_offer = None
    refocus(w)
    if accepted:
        w.runner.do(library.add_folder_to_library, folder, real)


def ask_export(w: ReaderWindow, scopes: list[ExportScope], name: str
               ) -> tuple[ExportScope, str] | None:
    """What to export (a list: arrows and Enter) and to which file (its type
    chosen in the save dialog)."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from reader.ui.exporting import SCOPE_LABELS, file_filter, format_of

    labels = [tr(Tr.EXPORT, SCOPE_LABELS[s]) for s in scopes]
    label, ok = QInputDialog.getItem(w, tr(Tr.EXPORT, "Export"), tr(Tr.EXPORT, "What to export?"),
                                     labels, 0, False)
    refocus(w)
    if not ok:
        return None
    scope = scopes[labels.index(label)]
    safe = "".join(ch for ch in name if ch not in '\\/:*?"<>|').strip()[:40] or "dubao"
    path, chosen = QFileDialog.getSaveFileName(w, tr(Tr.EXPORT, "Export"), f"{safe}.md",
                                               file_filter())
    refocus(w)
    if not path:
        return None
    return scope, format_of(path, chosen)[1]


def print_markdown(w: ReaderWindow, markdown: str, title: str) -> None:
    """Qt's print dialog (which can also save as PDF) for the article."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from reader.ui.exporting import markdown_document

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, w)
    dialog.setWindowTitle(tr(Tr.WINDOW, "Print"))
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        markdown_document(markdown).print_(printer)
    refocus(w)


def show_preferences(w: ReaderWindow) -> None:
    """``Ctrl+,``: the preferences dialog (window-modal; Esc cancels)."""
    from reader.ui.preferences_dialog import PreferencesDialog

    if w.preferences_dialog is not None:
        w.preferences_dialog.raise_()
        return
    dialog = PreferencesDialog(w.state.prefs, w.state.text_size, w)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted_preferences.connect(w.runner.later(application.set_preferences))
    dialog.finished.connect(lambda _result: _preferences_finished(w))
    w.preferences_dialog = dialog
    dialog.open()


def _preferences_finished(w: ReaderWindow) -> None:
    w.preferences_dialog = None
    refocus(w)


def show_trends(w: ReaderWindow, term: str, watched: list[str]) -> None:
    """``T``: the trend chart (window-modal; Esc closes, Enter on a bar opens).
    The counts arrive as a change of the window's state (``Change.TREND``)."""
    from reader.ui.trends_chart import TrendDialog

    dialog = TrendDialog(term, watched, w)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.trend_requested.connect(w.runner.later(library.request_trend))
    dialog.bar_activated.connect(w.runner.later(library.open_trend_row))
    dialog.finished.connect(lambda _result: _trends_finished(w, dialog))
    w.trend_dialog = dialog
    dialog.open()
    if term:
        dialog.on_term_entered()


def _trends_finished(w: ReaderWindow, dialog: TrendDialog) -> None:
    with contextlib.suppress(RuntimeError):
        dialog.trend_requested.disconnect()
    w.trend_dialog = None
    refocus(w)   # into the list (showing the bar's articles, if one was opened)
