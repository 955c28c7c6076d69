"""Text from outside (names, addresses, organisations, file names) shown as it is written.

Qt guesses whether a label's or tooltip's text is markup; a name such as ``<img src=…>`` from
a partner's file would be rendered. Labels are set to plain text (every label of the forms is,
in the .ui files); a tooltip cannot be, so its text is escaped inside markup of our own.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def tooltip(text: str | None) -> str | None:
    """A tooltip that shows ``text`` literally."""
    if not text:
        return None
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
