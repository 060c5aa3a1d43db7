"""The library panel (the library's pages by date, else by folder) and the
indexing bar (count, rate, time left, a button to stop)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.strings import Tr
from reader.ui.delegates import PageDelegate
from reader.ui.i18n import tr
from reader.ui.indexing import IndexStatus
from reader.ui.library import LibraryState
from reader.ui.models import PageListModel


class LibraryPanel(QWidget):
    """A list of the library's pages; Enter (or a click) asks for one."""

    page_requested = Signal(str)  # path

    def __init__(self, model: PageListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LibraryPanel")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.view = QListView()
        self.view.setObjectName("LibraryList")
        self.view.setModel(model)
        self.view.setItemDelegate(PageDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        lay.addWidget(self.title)
        lay.addWidget(self.view, 1)
        self._keep: str | None = None
        model.modelAboutToBeReset.connect(self.on_model_about_to_be_reset)
        model.modelReset.connect(self.on_model_reset)
        self.view.clicked.connect(self.on_view_activated)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(tr(Tr.LIBRARY, "Library"))
        self.view.setAccessibleName(tr(Tr.LIBRARY, "Library pages"))

    def on_view_activated(self, index: QModelIndex) -> None:
        """A click (Enter is the registry's ``library.open_page``)."""
        path = index.data(Qt.ItemDataRole.ToolTipRole)
        if path:
            self.page_requested.emit(str(path))

    def on_model_about_to_be_reset(self) -> None:
        self._keep = self.current_path()

    def on_model_reset(self) -> None:
        """Pages were added: stay on the page chosen before."""
        model = self.view.model()
        keep, self._keep = self._keep, None
        if keep is None or model is None:
            return
        for row in range(model.rowCount()):
            idx = model.index(row, 0)
            if idx.data(Qt.ItemDataRole.ToolTipRole) == keep:
                self.view.setCurrentIndex(idx)
                return

    def current_path(self) -> str | None:
        path = self.view.currentIndex().data(Qt.ItemDataRole.ToolTipRole)
        return str(path) if path else None

    def set_counts(self, pages: int, articles: int, library_state: LibraryState) -> None:
        if library_state is LibraryState.READY:
            self.title.setText(tr(Tr.LIBRARY, "Library — %1 pages, %2 articles", pages, articles))
        elif library_state in (LibraryState.OPENING, LibraryState.CLOSED):
            self.title.setText(tr(Tr.LIBRARY, "Library — opening…"))
        else:
            self.title.setText(tr(Tr.LIBRARY, "The library is unavailable"))

    def ensure_current(self) -> None:
        """A row to start from (the first) once there are rows."""
        model = self.view.model()
        if not self.view.currentIndex().isValid() and model is not None \
                and model.rowCount() > 0:
            self.view.setCurrentIndex(model.index(0, 0))

    def focus_list(self) -> None:
        self.ensure_current()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)


def describe(status: IndexStatus | None) -> str:
    """``12/200 · 35 页/s · 剩 5 s``."""
    if status is None:
        return tr(Tr.LIBRARY, "Starting…")
    parts = [f"{status.done}/{status.total}", tr(Tr.LIBRARY, "%1 pages/s", f"{status.rate:.0f}")]
    if status.eta_s is not None and status.done < status.total:
        parts.append(tr(Tr.LIBRARY, "%1 s left", f"{status.eta_s:.0f}"))
    return " · ".join(parts)


class IndexBar(QWidget):
    """In the status bar while a folder is being added to the library."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IndexBar")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel("")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.stop = QToolButton()
        self.stop.setText("✕")
        self.stop.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._status: IndexStatus | None = None
        self.retranslate()
        self.stop.clicked.connect(self.cancel_requested)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.stop)
        self.hide()

    def retranslate(self) -> None:
        self.stop.setToolTip(tr(Tr.LIBRARY, "Stop indexing (Ctrl+.)"))
        self.stop.setAccessibleName(tr(Tr.LIBRARY, "Stop indexing"))
        self.bar.setAccessibleName(tr(Tr.LIBRARY, "Indexing progress"))
        if self.label.text():
            self.label.setText(tr(Tr.LIBRARY, "Indexing %1", describe(self._status)))

    def begin(self) -> None:
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self._status = None
        self.label.setText(tr(Tr.LIBRARY, "Indexing %1", describe(None)))
        self.show()

    def set_status(self, status: IndexStatus) -> None:
        self.bar.setRange(0, max(1, status.total))
        self.bar.setValue(status.done)
        self._status = status
        self.label.setText(tr(Tr.LIBRARY, "Indexing %1", describe(status)))
