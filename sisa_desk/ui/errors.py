"""Errors surface here (STYLE.md §11).

An error a person can act on (a wrong password, a damaged file) is shown with its Dutch text
from ``error_texts``. Anything else is a bug: ``sys.excepthook`` (and the background-work
helper) log its traceback and show one generic dialog that names the log file and carries no
personal data.

The log gets the stack and the exception types, not the exception messages: a message may
carry values (a database error quotes the parameters of its statement, a BSN among them), and
no personal data may reach the log.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from sisa_desk.logs import LOG_FILE_NAME, log_unexpected
from sisa_desk.paths import user_log_dir

from . import messages
from .error_texts import describe_error, is_expected

logger = logging.getLogger(__name__)

_dialog_open = False


def _log(error: BaseException) -> None:
    log_unexpected(logger, error)


def log_file_path() -> Path:
    return user_log_dir() / LOG_FILE_NAME


def unexpected_error_text() -> str:
    text = QCoreApplication.translate(
        "Errors",
        "Something went wrong that sisa-desk did not expect. If it happens again, close "
        "sisa-desk and start it again, and tell the administrator.\n\n"
        "The details are in the log file:\n{path}",
    )
    return text.format(path=log_file_path())


def show_error(
    parent: QWidget | None,
    error: BaseException,
    overrides: Mapping[type[BaseException], str] | None = None,
) -> None:
    """Show ``error``: a warning with its Dutch text, or the unexpected-error dialog."""
    if is_expected(error):
        messages.warning(parent, describe_error(error, overrides))
    else:
        report_unexpected(error, parent)


def report_unexpected(error: BaseException, parent: QWidget | None = None) -> None:
    _log(error)
    _show_dialog_once(parent)


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook``: also called for exceptions raised in Qt slots and event handlers."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc.__traceback__ = tb
    _log(exc)
    _show_dialog_once(None)


def install_excepthook() -> None:
    sys.excepthook = handle_exception


def _show_dialog_once(parent: QWidget | None) -> None:
    # One dialog at a time: an error that repeats (in a paint event, say) must not stack
    # dialogs; the log has every occurrence.
    global _dialog_open
    if _dialog_open or QApplication.instance() is None:
        return
    _dialog_open = True
    try:
        messages.error(
            parent,
            unexpected_error_text(),
            title=QCoreApplication.translate("Errors", "Unexpected error"),
        )
    finally:
        _dialog_open = False
