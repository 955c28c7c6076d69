"""The inline error text and the busy indicator that the dialogs share.

Each dialog form has an ``errorLabel`` (hidden until there is something to say) and a
``busyPanel`` (a label and an endless progress bar, shown while work runs in the background).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class FormFeedback:
    def __init__(
        self, window: QWidget, error_label: QLabel, busy_panel: QWidget, inputs: Sequence[QWidget]
    ) -> None:
        self._window = window
        self._error_label = error_label
        self._busy_panel = busy_panel
        self._inputs = tuple(inputs)
        self._busy = False
        error_label.hide()
        busy_panel.hide()

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def error_text(self) -> str:
        return self._error_label.text() if not self._error_label.isHidden() else ""

    def show_error(self, text: str) -> None:
        self._error_label.setText(text)
        self._error_label.show()
        self.fit_height()

    def clear_error(self) -> None:
        self._error_label.clear()
        self._error_label.hide()
        self.fit_height()

    def fit_height(self) -> None:
        """Grow or shrink the window to the height its content needs at its current width.

        A window's minimum size ignores word-wrapped labels (their height depends on the
        width), so without this a longer error text would be clipped.
        """
        layout = self._window.layout()
        if layout is None:
            return
        # Laying out can change a label's height for its new width (field_messages): lay out
        # again until nothing moves, then measure.
        for _ in range(3):
            if not layout.activate():
                break
        width = self._window.width()
        if layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        else:
            height = layout.totalSizeHint().height()
        self._window.resize(width, max(height, layout.totalMinimumSize().height()))

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._busy_panel.setVisible(busy)
        self.fit_height()
        for widget in self._inputs:
            widget.setEnabled(not busy)
        if busy:
            self.clear_error()
            self._window.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self._window.unsetCursor()
