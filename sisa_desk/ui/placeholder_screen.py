"""The empty state of a screen that a later version builds."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .forms.ui_placeholder_screen import Ui_PlaceholderScreen
from .icons import pixmap


class PlaceholderScreen(QWidget):
    def __init__(
        self, title: str, description: str, icon_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlaceholderScreen()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(title)
        self.ui.iconLabel.setPixmap(pixmap(icon_name, 64, muted=True))
        self.ui.descriptionLabel.setText(description)
