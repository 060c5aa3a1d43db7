"""The window ended by a signal — SIGTERM (``kill``, a logout, a service
manager), SIGHUP (its terminal closed) — ends the way closing it does: the
session saved, the indexer stopped, the library closed.

Python runs a signal handler only when the interpreter gets control, which
Qt's event loop may not give it for a long time.  So the signal's number is
written to a socket (``signal.set_wakeup_fd``) that Qt watches: the window
hears of the signal at once, on the GUI thread.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

#: The signals that close the window as the user would.
SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class SignalCloser(QObject):
    """Calls *close* (on the GUI thread) when one of :data:`SIGNALS` arrives."""

    def __init__(self, close: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close = close
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._previous = signal.set_wakeup_fd(self._write.fileno())
        for sig in SIGNALS:
            signal.signal(sig, lambda _sig, _frame: None)   # the byte on the socket does it
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.on_notifier_activated)

    def on_notifier_activated(self) -> None:
        with contextlib.suppress(OSError):
            while self._read.recv(64):
                pass
        self._close()
