"""A one-line label that cuts a text too long for it short with "…" instead of clipping it,
and shows the whole text as its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

_FULL_TEXT = "elidedFullText"


class _Elider(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLabel) and event.type() == QEvent.Type.Resize:
            _apply(watched)
        return False


def _apply(label: QLabel) -> None:
    text = label.property(_FULL_TEXT) or ""
    shown = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, label.width())
    if label.text() != shown:
        label.setText(shown)
    label.setToolTip(text if shown != text else "")


def make_eliding(label: QLabel) -> None:
    """Let ``label`` shrink below its text; set its text with ``set_elided_text``."""
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    policy.setHorizontalStretch(1)  # the room beside it is the label's, not a spacer's
    label.setSizePolicy(policy)
    label.setMinimumWidth(40)
    label.installEventFilter(_Elider(label))


def set_elided_text(label: QLabel, text: str) -> None:
    label.setProperty(_FULL_TEXT, text)
    _apply(label)


def full_text(label: QLabel) -> str:
    return label.property(_FULL_TEXT) or label.text()
