"""The one-time "earlier involvement" notices on the signal entry screen.

A new signal on a young person whom another organisation helped before gives a notice that
names the earlier organisation (never a match). The list shows the notices still to be given;
"Seen" marks one as given.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QPushButton, QWidget

from sisa_desk.services import signals
from sisa_desk.services.context import Workspace
from sisa_desk.services.signals import EarlierNotice

from . import errors, plain_text
from .formatting import format_date
from .operations import run_in_background

logger = logging.getLogger(__name__)

SIGNAL_ID_ROLE = Qt.ItemDataRole.UserRole


class EarlierNotices(QObject):
    def __init__(
        self,
        workspace: Workspace,
        group: QGroupBox,
        notices: QListWidget,
        seen_button: QPushButton,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._group = group
        self._list = notices
        self._seen_button = seen_button
        self._parent = parent
        self._busy = False
        notices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        notices.setTextElideMode(Qt.TextElideMode.ElideRight)
        seen_button.clicked.connect(self.acknowledge_selected)
        notices.currentRowChanged.connect(lambda _row: self._update_button())

    @property
    def busy(self) -> bool:
        return self._busy

    def texts(self) -> list[str]:
        return [self._list.item(row).text() for row in range(self._list.count())]

    def refresh(self) -> None:
        try:
            pending = signals.pending_earlier_notices(self._workspace)
        except Exception as exc:  # shown, not raised: the screen stays usable
            errors.show_error(self._parent, exc)
            pending = []
        self._list.clear()
        for notice in pending:
            item = QListWidgetItem(self._describe(notice))
            item.setToolTip(plain_text.tooltip(item.text()))
            item.setData(SIGNAL_ID_ROLE, notice.signal_id)
            self._list.addItem(item)
        if pending:
            self._list.setCurrentRow(0)
        self._group.setVisible(bool(pending))
        self._update_button()

    def _describe(self, notice: EarlierNotice) -> str:
        return self.tr("{date}  {organisation} signalled — earlier: {earlier}").format(
            date=format_date(notice.signal_date),
            organisation=notice.organisation_code,
            earlier=notice.earlier_organisation_code,
        )

    def acknowledge_selected(self) -> None:
        item = self._list.currentItem()
        if item is None or self._busy:
            return
        workspace, signal_id = self._workspace, int(item.data(SIGNAL_ID_ROLE))
        self._busy = True
        self._update_button()
        run_in_background(
            self._parent,
            lambda _progress: signals.acknowledge_earlier_notice(workspace, signal_id),
            on_finished=self._done,
        )

    def _done(self) -> None:
        self._busy = False
        self.refresh()

    def _update_button(self) -> None:
        self._seen_button.setEnabled(not self._busy and self._list.currentItem() is not None)
