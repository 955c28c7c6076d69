"""Every message box of the application goes through here (STYLE.md §11).

Call these as ``messages.confirm(...)`` (not ``from .messages import confirm``) so that tests
can replace them on this one module.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _show(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    text: str,
    title: str | None,
    details: str | None = None,
) -> None:
    box = QMessageBox(icon, title or "sisa-desk", text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # texts name files and sheets from outside
    if details:
        box.setInformativeText(details)
    box.addButton(QCoreApplication.translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def info(parent: QWidget | None, text: str, *, title: str | None = None) -> None:
    _show(parent, QMessageBox.Icon.Information, text, title)


def warning(parent: QWidget | None, text: str, *, title: str | None = None) -> None:
    _show(parent, QMessageBox.Icon.Warning, text, title)


def error(
    parent: QWidget | None, text: str, *, title: str | None = None, details: str | None = None
) -> None:
    _show(parent, QMessageBox.Icon.Critical, text, title, details)


def confirm(
    parent: QWidget | None,
    text: str,
    *,
    title: str | None = None,
    details: str | None = None,
    confirm_text: str | None = None,
) -> bool:
    """Ask before doing something; the safe answer (cancel) is the default button."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title or "sisa-desk",
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setInformativeText(details)
    accept = box.addButton(
        confirm_text or QCoreApplication.translate("Messages", "Yes"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)
