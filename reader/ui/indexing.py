"""Indexing in a child process: ``python -m reader index --progress-json``.

Indexing in this process would hold the interpreter lock for long stretches
and stall the window; a child process shares nothing with it, reports one
JSON line per file on stderr (parsed here for the progress bar) and can be
killed at any moment (the library commits whole files only).  Jobs run one
at a time, in the order asked; paths already indexed this session are not
sent again (the indexer would skip them anyway, unchanged files cost a
``stat`` each, but not starting a process at all is cheaper still).
"""

from __future__ import annotations

import contextlib
import enum
import os
import sys
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from reader.core.library.progress import IndexProgress

#: How much lower the indexer's scheduling priority is than the window's.
CHILD_NICENESS = 10


#: Where the running job is, for the progress bar: the child's progress lines,
#: read back with the class that writes them.
IndexStatus = IndexProgress


class IndexOutcome(enum.StrEnum):
    """How an indexing job ended."""

    DONE = "done"
    CANCELLED = "cancelled"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class IndexJob:
    paths: tuple[str, ...]
    #: Shown with a progress bar (a folder the user added); otherwise the job
    #: runs quietly (pages the user opened).
    visible: bool


def parse_progress(line: str) -> IndexStatus | None:
    """One ``--progress-json`` line → a status; None for any other line."""
    return IndexProgress.from_json_line(line)


def _package_root() -> str:
    """The folder that holds the ``reader`` package (for a child's PYTHONPATH);
    string operations only, as this runs on the GUI thread."""
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class IndexRunner(QObject):
    started = Signal(object)            # IndexJob
    progressed = Signal(object)         # IndexStatus (visible jobs and quiet ones alike)
    #: (job, IndexOutcome, detail) at the end; *detail* says why a job failed.
    finished = Signal(object, object, str)
    message = Signal(str)               # a line the child wrote that is not progress

    def __init__(self, db: os.PathLike[str], parent: QObject | None = None,
                 python: str = sys.executable) -> None:
        super().__init__(parent)
        self.db = db
        self.python = python
        self.queue: deque[IndexJob] = deque()
        self.job: IndexJob | None = None
        self.status: IndexStatus | None = None
        self._proc: QProcess | None = None
        self._buffer = b""
        self._cancelled = False
        self._sent: set[str] = set()

    # ---- asking ------------------------------------------------------------------
    def add(self, paths: list[str], visible: bool = False, folders: bool = False) -> bool:
        """Queue files (or with *folders*, folders); False when there is nothing new
        to do.  Files sent before are not sent again; folders always are (new files
        may have appeared in them).  No file system calls: this runs on the GUI
        thread, where each one would wait for the interpreter lock afterwards."""
        fresh = [p for p in dict.fromkeys(paths) if folders or p not in self._sent]
        if not fresh:
            return False
        if not folders:
            self._sent.update(fresh)
        job = IndexJob(tuple(fresh), visible)
        if not visible and self.queue and not self.queue[-1].visible:
            last = self.queue.pop()   # quiet jobs waiting their turn become one
            job = IndexJob(tuple(dict.fromkeys(last.paths + job.paths)), False)
        self.queue.append(job)
        self._next()
        return True

    def busy(self) -> bool:
        return self.job is not None or bool(self.queue)

    def cancel(self) -> bool:
        """Stop the running job and drop the queued ones; False when idle."""
        if not self.busy():
            return False
        for job in self.queue:
            self._forget(job)
        self.queue.clear()
        if self._proc is not None:
            self._cancelled = True
            self._proc.kill()  # the library is safe against this at any moment
        return True

    def shutdown(self) -> None:
        """The window is closing: stop the child and wait for it to go."""
        self.queue.clear()
        proc = self._proc
        if proc is not None:
            self._cancelled = True
            proc.kill()
            proc.waitForFinished(2000)

    # ---- running ----------------------------------------------------------------
    def _forget(self, job: IndexJob) -> None:
        self._sent.difference_update(job.paths)

    def _next(self) -> None:
        if self._proc is not None or not self.queue:
            return
        job = self.queue.popleft()
        self.job, self.status, self._buffer, self._cancelled = job, None, b"", False
        proc = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        root = _package_root()
        old = env.value("PYTHONPATH", "")
        env.insert("PYTHONPATH", root + (os.pathsep + old if old else ""))
        env.insert("PYTHONIOENCODING", "utf-8")
        proc.setProcessEnvironment(env)
        proc.setStandardOutputFile(QProcess.nullDevice())
        proc.readyReadStandardError.connect(self.on_proc_ready_read)
        proc.finished.connect(self.on_proc_finished)
        proc.errorOccurred.connect(self.on_proc_error)
        proc.started.connect(self.on_proc_started)
        self._proc = proc
        self.started.emit(job)
        # Pages added quietly as they are opened are parsed by the child alone:
        # another busy process would take the window's second core.
        jobs = [] if job.visible else ["--jobs", "0"]
        proc.start(self.python, ["-m", "reader", "index", "--progress-json", *jobs,
                                 "--db", str(self.db), "--", *job.paths])

    def on_proc_started(self) -> None:
        """Let the window's threads have the processors first (two cores are shared
        by the GUI thread, the worker and the indexer)."""
        pid = self._proc.processId() if self._proc is not None else 0
        if pid and hasattr(os, "setpriority"):
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, pid, os.getpriority(os.PRIO_PROCESS, 0)
                               + CHILD_NICENESS)

    def on_proc_ready_read(self) -> None:
        if self._proc is None:
            return
        self._buffer += bytes(self._proc.readAllStandardError().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        latest: IndexStatus | None = None
        for raw in lines:
            line = raw.decode("utf-8", "replace").strip()
            status = parse_progress(line)
            if status is not None:
                latest = status
            elif line:
                self.message.emit(line)
        if latest is not None:   # one update per read, however many lines came
            self.status = latest
            self.progressed.emit(latest)

    def on_proc_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._end(IndexOutcome.FAILED, f"cannot start {self.python}")

    def on_proc_finished(self, code: int, exit_status: QProcess.ExitStatus) -> None:
        self.on_proc_ready_read()
        if self._cancelled:
            self._end(IndexOutcome.CANCELLED)
        elif exit_status == QProcess.ExitStatus.CrashExit:
            self._end(IndexOutcome.FAILED, "the indexer stopped")
        elif code in (0, 2):
            # Exit 2: some files could not be read (their messages came as lines).
            self._end(IndexOutcome.DONE)
        else:
            self._end(IndexOutcome.FAILED, f"exit status {code}")

    def _end(self, outcome: IndexOutcome, detail: str = "") -> None:
        job, proc = self.job, self._proc
        if job is None:
            return
        if outcome is not IndexOutcome.DONE:
            self._forget(job)
        self.job, self._proc = None, None
        if proc is not None:
            proc.deleteLater()
        self.finished.emit(job, outcome, detail)
        self._next()
