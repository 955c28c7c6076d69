"""The Qt binding itself: a known fault of PySide6 6.12.0 on Python 3.11 must not come back."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_drop_references_to_none(qtbot):
    # PySide6 6.12.0 on Python < 3.12 lost a reference to None per call until the interpreter
    # aborted. Python 3.12+ has an immortal None, so the count is only meaningful below it.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
    if sys.version_info < (3, 12):
        assert abs(sys.getrefcount(None) - before) < 100
