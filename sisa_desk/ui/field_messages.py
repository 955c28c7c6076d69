"""Messages shown next to the fields of a form: a problem (red) or a note (muted).

Each field of a form that can have a message has a label under it in the Designer form,
named ``<field>Problem``; a form hands them here by field name. A hidden label takes no
room, so a form without messages stays compact.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

# The look of the field messages and panels of the forms and screens that use them. Set on the
# form itself so that it cascades to its children only (see the report: it belongs in the
# application's style sheet, resources/style/sisa_desk.qss).
FORM_STYLE = """
QLabel[messageKind="problem"] { color: #a11d1d; }
QLabel[messageKind="note"] { color: #3d5a80; }
QLabel[messageKind="hint"] { color: #5b6775; }
QLabel[messageKind="warning"] { color: #8a4f00; font-weight: 600; }
QLabel#caseContentNote {
    color: #7a4b00; background: #fff4dc; border: 1px solid #f0d49a; border-radius: 4px;
    padding: 6px 9px; font-weight: 600;
}
QFrame#resultPanel[outcome="success"] {
    background: #eaf6ee; border: 1px solid #a9d5b5; border-radius: 4px;
}
QFrame#resultPanel[outcome="failure"] {
    background: #fdeceb; border: 1px solid #f0b8b3; border-radius: 4px;
}
QLabel#resultTitleLabel { color: #1f2933; font-weight: 600; font-size: 11pt; }
QLabel#resultLabel { color: #1f2933; }
QListWidget#noticesList {
    background: #ffffff; alternate-background-color: #f6f8fa; border: 1px solid #d5dce4;
    selection-background-color: #cfe0f1; selection-color: #0f2f4d;
}
QLabel#emptyLabel { color: #3b4a5c; font-size: 12pt; font-weight: 600; }
QLabel#professionalsTitleLabel { color: #1f2933; font-size: 11pt; font-weight: 600; }
QScrollArea#scrollArea, QWidget#scrollContents { background: transparent; }
QGroupBox {
    font-weight: 600; color: #1f2933; background: #fbfcfd;
    border: 1px solid #d5dce4; border-radius: 4px; margin-top: 14px;
}
QGroupBox::title {
    subcontrol-origin: margin; subcontrol-position: top left; left: 10px; padding: 0px 4px;
}
QGroupBox QLabel, QGroupBox QCheckBox { font-weight: normal; }
"""


_FITS_TEXT = "fitsText"


class MessageKind(StrEnum):
    PROBLEM = "problem"
    NOTE = "note"
    HINT = "hint"
    WARNING = "warning"


def set_kind(label: QLabel, kind: MessageKind) -> None:
    """Give ``label`` the look of ``kind`` (a dynamic property the style sheet selects on)."""
    if label.property("messageKind") != kind.value:
        label.setProperty("messageKind", kind.value)
        label.style().unpolish(label)
        label.style().polish(label)
        if label.property(_FITS_TEXT):
            fit_label_height(label)  # a kind with padding needs more height


class FieldMessages:
    """The message labels of one form, by field name; at most one message per field."""

    def __init__(self, labels: Mapping[str, QLabel]) -> None:
        self._labels = dict(labels)
        self._kinds: dict[str, MessageKind] = {}
        for label in self._labels.values():
            keep_to_text(label)
            label.hide()

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self._labels)

    def show(self, field: str, text: str, kind: MessageKind = MessageKind.PROBLEM) -> None:
        label = self._labels[field]
        set_kind(label, kind)
        label.setText(text)
        label.show()
        fit_label_height(label)
        self._kinds[field] = kind

    def clear(self, field: str | None = None) -> None:
        for name in (field,) if field is not None else self._labels:
            label = self._labels[name]
            label.clear()
            label.hide()
            self._kinds.pop(name, None)

    def text(self, field: str) -> str:
        label = self._labels[field]
        return label.text() if not label.isHidden() else ""

    def kind(self, field: str) -> MessageKind | None:
        return self._kinds.get(field)

    def problems(self) -> dict[str, str]:
        """The fields showing a problem, with its text."""
        return {
            field: self._labels[field].text()
            for field, kind in self._kinds.items()
            if kind is MessageKind.PROBLEM
        }


class _FitHeight(QObject):
    """Keeps a wrapping label exactly as tall as its text at its current width.

    A form layout (and a scroll area) sizes a row by the label's size hint, which Qt works
    out for a narrower, two-line label: a one-line message then floats in a gap, and a long
    one can be cut off. Fixing the height to ``heightForWidth`` of the real width avoids both.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLabel) and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            fit_label_height(watched)
        return False


def fit_label_height(label: QLabel) -> None:
    if label.width() <= 0:
        return
    # heightForWidth never answers less than the minimum height: measure without it.
    fixed = label.minimumHeight()
    label.setMinimumHeight(0)
    height = label.heightForWidth(label.width())
    label.setMinimumHeight(fixed)
    if height > 0 and (height != fixed or label.maximumHeight() != fixed):
        label.setFixedHeight(height)


def keep_to_text(label: QLabel) -> None:
    """A wrapping label that is exactly as tall as its text (see ``_FitHeight``)."""
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setProperty(_FITS_TEXT, True)
    label.installEventFilter(_FitHeight(label))


def install_form_style(widget: QWidget) -> None:
    widget.setStyleSheet(FORM_STYLE)
