"""A right-click menu on a table's header to show or hide columns (as in Outlook or Explorer).

The choice lives in the header's state, which ``view_state.remember_header`` saves with the
column widths. The last visible column cannot be hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu


class ColumnChooser(QObject):
    def __init__(self, header: QHeaderView, always_shown: frozenset[int] = frozenset()) -> None:
        super().__init__(header)
        self._header = header
        self._always = always_shown
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_menu)

    def menu(self) -> QMenu:
        header, model = self._header, self._header.model()
        menu = QMenu(header)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        for column in range(header.count()):
            title = model.headerData(column, Qt.Orientation.Horizontal) if model else ""
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column not in self._always and shown != [column])
            action.toggled.connect(lambda on, c=column: self._header.setSectionHidden(c, not on))
        return menu

    def show_menu(self, position: QPoint) -> None:
        menu = self.menu()
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self._header.mapToGlobal(position))
