"""Saying things to the person: the status bar and the error bar, through
:class:`Reporter`, which keeps what is said before the window can show it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from reader.ui.problems import Problem


class ReportSink(Protocol):
    def show_message(self, text: str) -> None: ...
    def show_error(self, text: str) -> None: ...


class Reporter:
    """The status bar (:meth:`say`) and the error bar (:meth:`problem`).

    What is reported before the window exists (a damaged settings file, keys
    that were refused) is kept and shown once it does: nothing said at
    start-up is lost for want of a listener."""

    def __init__(self) -> None:
        self._sink: ReportSink | None = None
        self._queued: list[Callable[[ReportSink], None]] = []

    def attach(self, sink: ReportSink) -> None:
        self._sink = sink
        queued, self._queued = self._queued, []
        for show in queued:
            show(sink)

    def say(self, text: str) -> None:
        self._send(lambda sink: sink.show_message(text))

    def problem(self, problem: Problem) -> None:
        from reader.ui.problems import describe  # loaded the first time something fails

        self._send(lambda sink: sink.show_error(describe(problem)))

    def _send(self, show: Callable[[ReportSink], None]) -> None:
        if self._sink is None:
            self._queued.append(show)
        else:
            show(self._sink)
