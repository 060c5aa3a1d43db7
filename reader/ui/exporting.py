"""Taking text out: files of articles (Markdown, JSON, CSV, PDF).

:class:`Exporter` gathers the articles to export (the article, the page, the
starred articles, the search results) and renders them in the script shown
on a worker (:func:`reader.core.export.render`), then writes the file there
too.  A PDF is the Markdown laid out by a ``QTextDocument`` and printed by Qt's
print support into memory on the GUI thread (Qt's text layout lives there);
its bytes are written on a worker like the others.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal
from PySide6.QtGui import QTextDocument

from reader.core.text.script import Script
from reader.ui.workers import TaskKind, WorkerPool

if TYPE_CHECKING:
    from reader.core.export import ExportItem
    from reader.ui.problems import ExportFailed


class ExportScope(enum.StrEnum):
    """What can be exported."""

    ARTICLE = "article"
    PAGE = "page"
    STARRED = "starred"
    SEARCH = "search"


#: How the export dialog names each scope (English: translated when shown).
SCOPE_LABELS: dict[ExportScope, str] = {
    ExportScope.ARTICLE: "The article",
    ExportScope.PAGE: "The page",
    ExportScope.STARRED: "The starred articles",
    ExportScope.SEARCH: "The search results",
}
SCOPES: tuple[ExportScope, ...] = tuple(ExportScope)
class FileType(enum.StrEnum):
    """The files the window exports (the values: their suffixes): the core's
    formats and PDF, which Qt lays out."""

    MARKDOWN = "md"
    JSON = "json"
    CSV = "csv"
    PDF = "pdf"


#: The save dialog's filter of each file type.
FORMATS: dict[FileType, str] = {
    FileType.MARKDOWN: "Markdown (*.md)",
    FileType.JSON: "JSON (*.json)",
    FileType.CSV: "CSV (*.csv)",
    FileType.PDF: "PDF (*.pdf)",
}


def file_filter() -> str:
    return ";;".join(FORMATS.values())


def format_of(path: str, chosen_filter: str = "") -> tuple[FileType, str]:
    """(file type, path with its suffix) from the file name, else the chosen filter."""
    suffix = os.path.splitext(path)[1].lower().lstrip(".")
    if suffix == "markdown":
        suffix = "md"
    if suffix in {t.value for t in FileType}:
        return FileType(suffix), path
    fmt = next((f for f, flt in FORMATS.items() if flt == chosen_filter), FileType.MARKDOWN)
    return fmt, f"{path}.{fmt.value}"


@dataclass(frozen=True, slots=True)
class ExportJob:
    gather: Callable[[], list[ExportItem]]   # runs on a worker
    fmt: FileType
    path: str
    script: Script       # the script shown
    heading: str


class Exporter(QObject):
    written = Signal(str, int)    # path, articles

    def __init__(self, workers: WorkerPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers

    def export(self, job: ExportJob, done: Callable[[tuple[str, int]], None],
               failed: Callable[[ExportFailed], None]) -> None:
        """Write *job* on a worker; then *done((path, articles))* (and
        :attr:`written`), or *failed(problem)*."""
        def finished(n: int) -> None:
            self.written.emit(job.path, n)
            done((job.path, n))

        def work() -> tuple[int, str | None]:
            from reader.core.export import ExportFormat, render, to_markdown

            items = job.gather()
            if job.fmt is FileType.PDF:
                return len(items), to_markdown(items, job.script, job.heading)
            write_file(job.path,
                       render(items, ExportFormat(job.fmt.value), job.script, job.heading))
            return len(items), None

        def written(result: tuple[int, str | None]) -> None:
            n, markdown = result
            if markdown is None:
                finished(n)
                return
            data = pdf_bytes(markdown)
            self.workers.submit(TaskKind.EXPORT, lambda: write_file(job.path, data),
                                lambda _r: finished(n), fail, exclusive=False)

        def fail(err: Exception) -> None:
            from reader.ui.problems import ExportFailed

            failed(ExportFailed(job.path, str(err)))

        self.workers.submit(TaskKind.EXPORT, work, written, fail, exclusive=False)


def write_file(path: str, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)


def markdown_document(markdown: str) -> QTextDocument:
    """A ``QTextDocument`` laid out from *markdown* (page text in it is escaped)."""
    doc = QTextDocument()
    doc.setMarkdown(markdown)
    return doc


def pdf_bytes(markdown: str) -> bytes:
    """*markdown* laid out and printed as PDF, in memory."""
    from PySide6.QtGui import QPageSize, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    markdown_document(markdown).print_(writer)
    del writer   # finishes the PDF
    buffer.close()
    return bytes(data.data())
