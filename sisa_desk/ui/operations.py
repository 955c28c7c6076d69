"""The one way to run slow work off the GUI thread (STYLE.md §8).

``run_in_background`` runs a callable (usually one service call) in the global QThreadPool
and brings its result or error back to the GUI thread. Errors go to one place: a known error
goes to ``on_error`` (or, without one, to a warning with its Dutch text), anything else to the
unexpected-error dialog. With ``progress_text`` a progress dialog appears when the work takes
longer than a moment; with ``cancellable`` it has a cancel button, and the work sees it through
``Progress.cancelled`` / ``Progress.check()``.

The work gets its own arguments by closure, never widgets: it must not touch Qt objects.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from . import errors
from .error_texts import is_expected

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Before this many milliseconds no progress dialog appears: short work should not flash one.
PROGRESS_DELAY_MS = 400


class Cancelled(Exception):
    """Raised by work that saw the cancel button; the work leaves everything as it was."""


class _Signals(QObject):
    done = Signal(object, object)  # result, error
    progressed = Signal(int, int)  # done, total


class Progress:
    """Handed to the work: report how far it is, and notice a cancel. Thread-safe."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise ``Cancelled`` when the user pressed cancel."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int) -> None:
        self._signals.progressed.emit(done, total)


class _Runner(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress, signals: _Signals):
        super().__init__()
        self._work = work
        self._progress = progress
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # every failure goes back to the GUI thread
            self._signals.done.emit(None, exc)
        else:
            self._signals.done.emit(result, None)


# Running operations, so that they live until their result arrives.
_running: set[Operation] = set()


def _release(operation: Operation) -> Callable[[], None]:
    """A plain function (not a slot of the operation) that lets go of it."""
    return lambda: _running.discard(operation)


class Operation(QObject, Generic[T]):
    """One piece of work in the thread pool; its callbacks run on the GUI thread."""

    def __init__(
        self,
        parent: QWidget,
        work: Callable[[Progress], T],
        *,
        on_success: Callable[[T], None] | None,
        on_error: Callable[[Exception], None] | None,
        on_finished: Callable[[], None] | None,
        progress_text: str | None,
        cancellable: bool,
    ) -> None:
        super().__init__()
        self._parent = parent
        self._work = work
        self._on_success = on_success
        self._on_error = on_error
        self._on_finished = on_finished
        # Created here, on the GUI thread: signals emitted from the pool are queued to us.
        self._signals = _Signals()
        self._signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._signals.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.progress = Progress(self._signals)
        self._dialog = self._make_dialog(progress_text, cancellable) if progress_text else None

    def start(self) -> None:
        _running.add(self)
        QThreadPool.globalInstance().start(_Runner(self._work, self.progress, self._signals))

    def _make_dialog(self, text: str, cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(text, "", 0, 0, self._parent)
        dialog.setWindowTitle("sisa-desk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(360)
        if cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Operations", "Cancel"))
            dialog.canceled.connect(self._cancel)
        else:
            dialog.setCancelButton(None)
        return dialog

    @Slot()
    def _cancel(self) -> None:
        self.progress.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(QCoreApplication.translate("Operations", "Cancelling…"))

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._dialog is not None and not self.progress.cancelled:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total))

    @Slot(object, object)
    def _done(self, result: object, error: BaseException | None) -> None:
        # Nothing more comes from the worker: cut the queued connections, and let go of this
        # object only once this slot has returned. Dropping the last reference here destroyed
        # it inside its own slot, its signals object first, and Qt then called into the freed
        # signals object (a segfault now and then on a busy screen).
        self._signals.done.disconnect(self._done)
        self._signals.progressed.disconnect(self._progressed)
        QTimer.singleShot(0, _release(self))
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if not shiboken6.isValid(self._parent):
            # The window that asked is gone; nobody is waiting for this result.
            if error is not None and not isinstance(error, Cancelled):
                logger.warning("background work failed after its window closed: %s", type(error))
            return
        if self._on_finished is not None:
            self._on_finished()
        if error is None:
            if self._on_success is not None:
                self._on_success(result)  # type: ignore[arg-type]
        elif isinstance(error, Cancelled):
            logger.info("background work cancelled")
        elif is_expected(error) and isinstance(error, Exception):
            if self._on_error is not None:
                self._on_error(error)
            else:
                errors.show_error(self._parent, error)
        else:
            errors.report_unexpected(error, self._parent)


def run_in_background(
    parent: QWidget,
    work: Callable[[Progress], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    progress_text: str | None = None,
    cancellable: bool = False,
) -> Operation[T]:
    """Run ``work(progress)`` off the GUI thread; ``on_finished`` runs first, always (unless
    ``parent`` is gone), then ``on_success(result)`` or the error handling."""
    operation = Operation(
        parent,
        work,
        on_success=on_success,
        on_error=on_error,
        on_finished=on_finished,
        progress_text=progress_text,
        cancellable=cancellable,
    )
    operation.start()
    return operation


def is_busy() -> bool:
    return bool(_running)


def wait_for_background_work(timeout_ms: int = 30_000) -> bool:
    """Block until the pool's work is done (before closing the database)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
