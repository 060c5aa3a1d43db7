"""The side panel: legend, the article's key terms, and the watch-list editor."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.session import WATCH_COLOURS
from reader.strings import Tr
from reader.ui.i18n import tr
from reader.ui.legend import Legend
from reader.ui.models import KeywordListModel, WatchListModel


class TermsPanel(QWidget):
    term_activated = Signal(str)
    watch_add_requested = Signal(str, str)
    watch_add_selection_requested = Signal()
    watch_remove_requested = Signal(int)
    watch_colour_requested = Signal(int, str)

    def __init__(self, keywords: KeywordListModel, watch: WatchListModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TermsPanel")
        from reader.ui.theme import STYLESHEET

        self.setStyleSheet(STYLESHEET)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.legend_label = QLabel()
        lay.addWidget(self.legend_label)
        self.legend = Legend()
        lay.addWidget(self.legend)
        self.keywords_label = QLabel()
        lay.addWidget(self.keywords_label)
        self.keyword_view = QListView()
        self.keyword_view.setObjectName("KeywordView")
        self.keyword_view.setModel(keywords)
        self.keyword_view.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.keyword_view.activated.connect(self.on_keyword_view_activated)
        lay.addWidget(self.keyword_view, 2)
        self.watch_label = QLabel()
        lay.addWidget(self.watch_label)
        self.watch_view = QListView()
        self.watch_view.setObjectName("WatchView")
        self.watch_view.setModel(watch)
        self.watch_view.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.watch_view.activated.connect(self.on_watch_view_activated)
        watch.modelReset.connect(self.on_watch_model_reset)
        lay.addWidget(self.watch_view, 2)
        row = QHBoxLayout()
        self.term_field = QLineEdit()
        self.term_field.setObjectName("WatchField")
        self.term_field.returnPressed.connect(self.on_add_clicked)
        self.colour_box = QComboBox()
        self.colour_box.setObjectName("WatchColour")
        for c in WATCH_COLOURS:
            pix = QPixmap(14, 14)
            pix.fill(QColor(c))
            self.colour_box.addItem(pix, c, c)
        self.colour_box.activated.connect(self.on_colour_box_activated)
        row.addWidget(self.term_field, 1)
        row.addWidget(self.colour_box)
        lay.addLayout(row)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.on_add_clicked)
        self.add_sel_button = QPushButton()
        self.add_sel_button.clicked.connect(self.watch_add_selection_requested)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.on_remove_clicked)
        for b in (self.add_button, self.add_sel_button, self.remove_button):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        self.retranslate()
        self.on_watch_model_reset()

    def retranslate(self) -> None:
        """The panel's texts in the interface language."""
        self.legend_label.setText(tr(Tr.TERMS, "Legend"))
        self.legend.retranslate()
        self.keywords_label.setText(tr(Tr.TERMS, "Key terms (Enter: next occurrence)"))
        self.keyword_view.setAccessibleName(tr(Tr.TERMS, "Key terms of the article"))
        self.watch_label.setText(tr(Tr.TERMS, "Watch-list"))
        self.watch_view.setAccessibleName(tr(Tr.TERMS, "Watch-list"))
        self.term_field.setAccessibleName(tr(Tr.TERMS, "New watched term"))
        self.term_field.setPlaceholderText(tr(Tr.TERMS, "Type a term"))
        self.colour_box.setAccessibleName(tr(Tr.TERMS, "Watch colour"))
        self.colour_box.view().setAccessibleName(tr(Tr.TERMS, "Colours"))
        self.add_button.setText(tr(Tr.TERMS, "Add"))
        self.add_sel_button.setText(tr(Tr.TERMS, "Add selection"))
        self.remove_button.setText(tr(Tr.TERMS, "Remove"))
        for b in (self.add_button, self.add_sel_button, self.remove_button):
            b.setAccessibleName(b.text())

    def set_colours(self, colours: list[str]) -> None:
        """The colours offered (preferences)."""
        self.colour_box.clear()
        for c in colours:
            pix = QPixmap(14, 14)
            pix.fill(QColor(c))
            self.colour_box.addItem(pix, c, c)
        self.on_watch_model_reset()

    def on_keyword_view_activated(self, index: QModelIndex) -> None:
        self.term_activated.emit(str(index.data()))

    def on_watch_view_activated(self, index: QModelIndex) -> None:
        self.term_activated.emit(str(index.data()))

    def on_watch_model_reset(self) -> None:
        """Offer the next unused colour for the next term."""
        model = self.watch_view.model()
        n = model.rowCount() if model is not None else 0
        self.colour_box.setCurrentIndex(n % self.colour_box.count())

    def on_add_clicked(self) -> None:
        text = self.term_field.text().strip()
        if text:
            self.watch_add_requested.emit(text, str(self.colour_box.currentData()))
            self.term_field.clear()

    def on_remove_clicked(self) -> None:
        row = self.watch_view.currentIndex().row()
        if row >= 0:
            self.watch_remove_requested.emit(row)

    def on_colour_box_activated(self, i: int) -> None:
        row = self.watch_view.currentIndex().row()
        if row >= 0:
            self.watch_colour_requested.emit(row, str(self.colour_box.itemData(i)))
