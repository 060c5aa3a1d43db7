"""The trend of a term across the library: one bar per issue date, drawn with
Qt (no chart library), reachable from the keyboard.

:class:`TrendChart` paints the bars; ←/→ (Home/End) choose a bar, Enter (or
a click) asks to open its articles.  :class:`TrendDialog` holds the chart and
the term (a watched term or any query; Enter computes its trend on a worker).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reader.core.library.trends import Trend, TrendRow
from reader.strings import Tr
from reader.ui.i18n import tr
from reader.ui.theme import ACCENT, COLOURS

_BAR = QColor("#90a4ae")
_PAD = 8


def row_label(row: TrendRow) -> str:
    return row.date.isoformat() if row.date else tr(Tr.LISTS, "No date")


def describe_row(row: TrendRow) -> str:
    return tr(Tr.TRENDS, "%1: %2 article(s), %3 mention(s)",
              row_label(row), row.articles, row.occurrences)


class TrendChart(QWidget):
    """Bars of articles per issue date; the selected bar is outlined."""

    bar_activated = Signal(int)     # the row whose articles to open
    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrendChart")
        self.setAccessibleName(tr(Tr.TRENDS, "Trend chart"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(420, 220))
        self.trend: Trend | None = None
        self.current = -1

    @property
    def rows(self) -> tuple[TrendRow, ...]:
        return self.trend.rows if self.trend is not None else ()

    def set_trend(self, trend: Trend) -> None:
        self.trend = trend
        self.set_current(max((i for i, r in enumerate(trend.rows)), default=-1,
                             key=lambda i: trend.rows[i].articles))
        self.update()

    def set_current(self, i: int) -> None:
        i = max(0, min(len(self.rows) - 1, i)) if self.rows else -1
        self.current = i
        self.setAccessibleDescription(describe_row(self.rows[i]) if i >= 0 else "")
        self.update()
        self.current_changed.emit(i)

    def bar_rects(self) -> list[QRect]:
        rows = self.rows
        if not rows:
            return []
        fm = QFontMetrics(self.font())
        area = self.rect().adjusted(_PAD, _PAD + fm.height(), -_PAD, -_PAD - fm.height())
        top = max(r.articles for r in rows) or 1
        step = area.width() / len(rows)
        width = max(2, int(step * 0.7))
        out = []
        for i, r in enumerate(rows):
            h = max(1, round(area.height() * r.articles / top))
            x = area.left() + int(i * step + (step - width) / 2)
            out.append(QRect(x, area.bottom() - h + 1, width, h))
        return out

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        fm = QFontMetrics(self.font())
        text = QColor(COLOURS["text"])
        p.setPen(text)
        if not self.rows:
            p.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter),
                       tr(Tr.TRENDS, "No mentions") if self.trend is not None else "…")
            return
        rects = self.bar_rects()
        for i, (r, rect) in enumerate(zip(self.rows, rects, strict=True)):
            p.fillRect(rect, QColor(ACCENT) if i == self.current else _BAR)
            p.setPen(text)
            p.drawText(QRect(rect.left() - 20, rect.top() - fm.height(), rect.width() + 40,
                             fm.height()), int(Qt.AlignmentFlag.AlignCenter), str(r.articles))
        if self.current >= 0:
            if self.hasFocus():
                p.setPen(QColor(COLOURS["text"]))
                p.drawRect(rects[self.current].adjusted(-2, -2, 1, 1))
            label = describe_row(self.rows[self.current])
            p.drawText(self.rect().adjusted(_PAD, 0, -_PAD, 0),
                       int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft),
                       fm.elidedText(label, Qt.TextElideMode.ElideRight,
                                     self.width() - 2 * _PAD))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves: dict[Qt.Key, int] = {
            Qt.Key.Key_Left: self.current - 1, Qt.Key.Key_Right: self.current + 1,
            Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(self.rows) - 1}
        if key in moves:
            self.set_current(moves[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current >= 0:
            self.bar_activated.emit(self.current)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for i, rect in enumerate(self.bar_rects()):
            if rect.adjusted(-2, -4000, 2, 0).contains(event.position().toPoint()):
                self.set_current(i)
                self.bar_activated.emit(i)
                return
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)


class TrendDialog(QDialog):
    """The term (editable; the watch-list offered) above its chart."""

    trend_requested = Signal(str)          # the query whose trend to compute
    bar_activated = Signal(object)         # the TrendRow whose articles to open

    def __init__(self, term: str, watched: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrendDialog")
        self.setWindowTitle(tr(Tr.TRENDS, "Trend"))
        self.setAccessibleName(tr(Tr.TRENDS, "Trend"))
        self.term_box = QComboBox()
        self.term_box.setEditable(True)
        self.term_box.setAccessibleName(tr(Tr.TRENDS, "Term or query"))
        self.term_box.view().setAccessibleName(tr(Tr.TRENDS, "Watch-list"))
        self.term_box.addItems(watched)
        self.term_box.setCurrentText(term)
        line = self.term_box.lineEdit()
        if line is not None:
            line.setAccessibleName(tr(Tr.TRENDS, "Term or query"))
            line.returnPressed.connect(self.on_term_entered)
        self.term_box.activated.connect(self.on_term_entered)
        self.summary = QLabel("")
        self.summary.setAccessibleName(tr(Tr.TRENDS, "Summary"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = TrendChart()
        self.chart.bar_activated.connect(self.on_chart_bar_activated)
        hint = QLabel(tr(Tr.TRENDS, "←/→ choose a date, Enter opens its articles, Esc closes"))
        hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.term_box)
        lay.addWidget(self.summary)
        lay.addWidget(self.chart, 1)
        lay.addWidget(hint)
        self.resize(640, 360)

    def query(self) -> str:
        return self.term_box.currentText().strip()

    def on_term_entered(self, *_args: object) -> None:
        if self.query():
            self.summary.setText(tr(Tr.TRENDS, "Counting…"))
            self.trend_requested.emit(self.query())

    def set_trend(self, trend: Trend) -> None:
        if trend.query != self.query():
            return   # an answer to a question nobody asks any more
        self.chart.set_trend(trend)
        self.summary.setText(tr(Tr.TRENDS, "“%1”: %2 article(s), %3 mention(s), %4 issue(s)",
                                trend.query, trend.articles, trend.occurrences,
                                len(trend.rows)))
        self.chart.setAccessibleName(tr(Tr.TRENDS, "Trend chart: %1", trend.query))
        self.chart.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_failed(self, text: str) -> None:
        self.summary.setText(text)

    def on_chart_bar_activated(self, i: int) -> None:
        self.bar_activated.emit(self.chart.rows[i])
        self.accept()
