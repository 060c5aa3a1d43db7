"""Taking text out: the article on the clipboard, and files of articles.

:class:`Exporter` gathers the articles to export (the article, the page, the
starred articles, the search results), renders them in the script shown on a
worker (:func:`reader.core.export.render`) and writes the file; a PDF is the
Markdown laid out by a ``QTextDocument`` and printed by Qt's print support.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextDocument

from reader.core.text.script import Script
from reader.ui.i18n import tr
from reader.ui.workers import TaskKind, WorkerPool

if TYPE_CHECKING:
    from reader.core.export import ExportItem

#: What can be exported: (id, label: English, translated when shown).
SCOPES: tuple[tuple[str, str], ...] = (
    ("article", "The article"),
    ("page", "The page"),
    ("starred", "The starred articles"),
    ("search", "The search results"),
)
#: File formats: suffix → the save dialog's filter.
FORMATS: dict[str, str] = {
    "md": "Markdown (*.md)",
    "json": "JSON (*.json)",
    "csv": "CSV (*.csv)",
    "pdf": "PDF (*.pdf)",
}


def file_filter() -> str:
    return ";;".join(FORMATS.values())


def format_of(path: str, chosen_filter: str = "") -> tuple[str, str]:
    """(format, path with its suffix) from the file name, else the chosen filter."""
    suffix = os.path.splitext(path)[1].lower().lstrip(".")
    if suffix == "markdown":
        suffix = "md"
    if suffix in FORMATS:
        return suffix, path
    fmt = next((f for f, flt in FORMATS.items() if flt == chosen_filter), "md")
    return fmt, f"{path}.{fmt}"


@dataclass(frozen=True, slots=True)
class ExportJob:
    gather: Callable[[], list[ExportItem]]   # runs on a worker
    fmt: str
    path: str
    script: Script       # the script shown
    heading: str


class Exporter(QObject):
    written = Signal(str, int)    # path, articles
    failed = Signal(str)

    def __init__(self, workers: WorkerPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers

    def export(self, job: ExportJob) -> None:
        def work() -> tuple[int, str | None]:
            from reader.core.export import ExportFormat, render, to_markdown
            items = job.gather()
            if job.fmt == "pdf":
                return len(items), to_markdown(items, job.script, job.heading)
            data = render(items, ExportFormat(job.fmt), job.script, job.heading)
            with open(job.path, "wb") as f:
                f.write(data)
            return len(items), None

        def done(result: tuple[int, str | None]) -> None:
            n, markdown = result
            if markdown is not None:
                try:
                    write_pdf(markdown, job.path)
                except OSError as err:
                    self.failed.emit(tr("errors", "Export failed: %1", err))
                    return
            self.written.emit(job.path, n)

        def fail(err: Exception) -> None:
            self.failed.emit(tr("errors", "Export failed: %1", err))

        self.workers.submit(TaskKind.EXPORT, work, done, fail, exclusive=False)


def markdown_document(markdown: str) -> QTextDocument:
    """A ``QTextDocument`` laid out from *markdown* (page text in it is escaped)."""
    doc = QTextDocument()
    doc.setMarkdown(markdown)
    return doc


def write_pdf(markdown: str, path: str) -> None:
    """*markdown* laid out and printed to a PDF file at *path*."""
    from PySide6.QtPrintSupport import QPrinter

    doc = markdown_document(markdown)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    doc.print_(printer)
    if not os.path.exists(path):
        raise OSError(f"{path} was not written")
