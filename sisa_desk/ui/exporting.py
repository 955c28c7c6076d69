"""Exporting a list to Excel from a screen: the user chooses the file, the export runs off the
GUI thread with a progress bar and a cancel button (ui.operations), and the result is told.

A screen passes the service call that writes the file (``services.exports.export_*``), which
reports its progress as ``report(done, total)``; ``report`` raises when the user cancelled,
and the service then leaves no file behind. Call ``choose_export_path`` as
``exporting.choose_export_path(...)`` so that tests can replace it on this module.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from . import messages
from .operations import Operation, Progress, run_in_background

Report = Callable[[int, int], None]


def choose_export_path(parent: QWidget, suggested_name: str) -> Path | None:
    """Ask where to save the workbook; None when the user cancels."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Exporting", "Export to Excel"),
        str(Path(folder) / suggested_name),
        QCoreApplication.translate("Exporting", "Excel workbook (*.xlsx)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def run_export(
    parent: QWidget,
    write: Callable[[Report], int],
    target: Path,
    *,
    on_finished: Callable[[], None] | None = None,
) -> Operation[int]:
    """Run ``write(report)`` in the background and tell how many rows went to ``target``."""

    def work(progress: Progress) -> int:
        def report(done: int, total: int) -> None:
            progress.check()
            progress.report(done, total)

        return write(report)

    def done(rows: int) -> None:
        messages.info(
            parent,
            QCoreApplication.translate(
                "Exporting", "{file} has been saved. Rows exported: {rows}."
            ).format(file=target.name, rows=QLocale().toString(rows)),
            title=QCoreApplication.translate("Exporting", "Export to Excel"),
        )

    return run_in_background(
        parent,
        work,
        on_success=done,
        on_finished=on_finished,
        progress_text=QCoreApplication.translate("Exporting", "Exporting to {file}…").format(
            file=target.name
        ),
        cancellable=True,
    )


def export_view(
    parent: QWidget,
    button: QWidget,
    suggested_name: str,
    write: Callable[[Path, Report], int],
) -> Operation[int] | None:
    """ "Exporteren naar Excel" of a list screen: ask where, then ``write(target, report)`` in
    the background with ``button`` disabled until it is done. None when the user cancels."""
    target = choose_export_path(parent, suggested_name)
    if target is None:
        return None
    button.setEnabled(False)
    return run_export(
        parent,
        lambda report: write(target, report),
        target,
        on_finished=lambda: button.setEnabled(True),
    )
