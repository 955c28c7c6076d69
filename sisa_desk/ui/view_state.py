"""Column widths and splitter positions of the screens, remembered on this workstation.

Each is a workstation setting (``ui.settings``) named after the screen and the part:
``views/<screen>/<part>``, saved a moment after the user stops dragging and restored when the
screen is built.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QSplitter

from .settings import Setting, UiSettings

SAVE_DELAY_MS = 400


def view_setting(view: str, part: str) -> Setting[QByteArray]:
    return Setting(
        f"views/{view}/{part}",
        QByteArray(),
        QT_TRANSLATE_NOOP("Settings", "Column widths and splitter positions"),
    )


class _Saver(QObject):
    def __init__(self, parent: QObject, save: Callable[[], None]) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(save)

    def later(self, *_args: object) -> None:
        self._timer.start()


def remember_header(
    header: QHeaderView, view: str, part: str = "columns", widths: dict[int, int] | None = None
) -> None:
    """Restore the header's column widths and order (else give the columns ``widths``), and
    save them when they change."""
    setting = view_setting(view, part)
    saved = UiSettings.open().get(setting)
    if saved.isEmpty() or not header.restoreState(saved):
        for column, width in (widths or {}).items():
            header.resizeSection(column, width)
    saver = _Saver(header, lambda: UiSettings.open().set(setting, header.saveState()))
    header.sectionResized.connect(saver.later)
    header.sectionMoved.connect(saver.later)


def remember_splitter(splitter: QSplitter, view: str, part: str = "splitter") -> None:
    setting = view_setting(view, part)
    saved = UiSettings.open().get(setting)
    if not saved.isEmpty():
        splitter.restoreState(saved)
    saver = _Saver(splitter, lambda: UiSettings.open().set(setting, splitter.saveState()))
    splitter.splitterMoved.connect(saver.later)
