"""Icons and pictures from resources/icons (SVG), found through the one resource-path helper."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

from sisa_desk.paths import resource

APP_ICON = "sisa-desk"


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))


def pixmap(name: str, size: int, *, muted: bool = False) -> QPixmap:
    """The icon as a picture; ``muted`` greys it out (empty states)."""
    mode = QIcon.Mode.Disabled if muted else QIcon.Mode.Normal
    return icon(name).pixmap(QSize(size, size), mode)
