"""The status bar's permanent indicators: find and search counts, the legend
of the highlights, highlighting on/off, the text size and the script shown."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QStatusBar

from reader.core.text.script import Script
from reader.strings import Tr
from reader.ui.i18n import script_name, tr
from reader.ui.legend import Legend


class Indicators:
    """The labels, added to *bar*; each ``show_…`` sets one from the state."""

    def __init__(self, bar: QStatusBar) -> None:
        self.find_label, self.hits_label = QLabel(""), QLabel("")
        self.highlight_label, self.size_label = QLabel(""), QLabel("")
        self.legend = Legend()
        self.script_badge = QLabel("")  # set once pages arrive
        self.script_badge.setObjectName("ScriptBadge")
        self.script_badge.setFrameShape(QFrame.Shape.StyledPanel)   # a badge
        self.script_badge.setContentsMargins(6, 0, 6, 0)
        for w in (self.find_label, self.hits_label, self.legend, self.highlight_label,
                  self.size_label, self.script_badge):
            bar.addPermanentWidget(w)

    def show_counts(self, found: str, hits: str) -> None:
        """The find and search counts, as the bars show them ("" : none)."""
        self.find_label.setText(tr(Tr.WINDOW, "Find %1", found) if found else "")
        self.hits_label.setText(tr(Tr.WINDOW, "Search %1", hits) if hits else "")

    def show_script(self, script: Script, converting: bool) -> None:
        """The script shown ("…" while the article is still being converted to it)."""
        self.script_badge.setText(script_name(script) + ("…" if converting else ""))

    def show_size(self, points: int) -> None:
        self.size_label.setText(tr(Tr.WINDOW, "%1 pt", points))

    def show_highlighting(self, on: bool, categories: tuple[str, ...]) -> None:
        self.highlight_label.setText(tr(Tr.WINDOW, "Highlighting on") if on
                                     else tr(Tr.WINDOW, "Highlighting off"))
        self.legend.show_categories(categories)
        self.legend.setVisible(on)

    def retranslate(self) -> None:
        """Names and tips in the interface language (the texts are set again by
        the ``show_…`` calls that follow a switch)."""
        self.script_badge.setToolTip(tr(Tr.WINDOW, "Script (t cycles)"))
        for w, name in ((self.find_label, "Find"), (self.hits_label, "Search"),
                        (self.legend, "Legend"), (self.highlight_label, "Highlighting"),
                        (self.size_label, "Text size"), (self.script_badge, "Script")):
            w.setAccessibleName(tr(Tr.WINDOW, name))
        self.legend.retranslate()
