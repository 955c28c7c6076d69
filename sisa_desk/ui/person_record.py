"""The young person's record: identity, signals (active and history), matches, letters and
contacts. Opening it is an audited view (services.person_record.view_person writes the event).
A shielded record shows a clear warning and no address."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from sisa_desk.domain.dates import age_on
from sisa_desk.domain.persons import GENDER_LABELS_NL, Gender
from sisa_desk.services import persons
from sisa_desk.services.context import Workspace
from sisa_desk.services.person_record import PersonRecord

from . import errors
from .field_messages import FORM_STYLE, MessageKind, set_kind
from .formatting import format_date
from .forms.ui_person_record import Ui_PersonRecordView
from .navigation import MATCHES, ShowMatch
from .operations import run_in_background
from .person_record_models import (
    RecordContactsModel,
    RecordLettersModel,
    RecordMatchesModel,
    RecordSignalsModel,
)
from .table_models import RecordTableModel, SortedProxy, fit_columns, prepare_table

_STYLE = """
QLabel#nameLabel { color: #1f2933; font-size: 15pt; font-weight: 600; }
QLabel#shieldedBanner {
    color: #7a1f12; background: #fdecea; border: 1px solid #f0b8b3; border-radius: 4px;
    padding: 8px 10px; font-weight: 600;
}
QFrame#identityFrame { background: #f7f9fb; border: 1px solid #d5dce4; border-radius: 4px; }
QFrame#identityFrame QLabel[caption="true"] { color: #5b6775; }
QFrame#identityFrame QLabel { color: #1f2933; }
QLabel#auditLabel { color: #5b6775; }
"""


class PersonRecordView(QWidget):
    back_requested = Signal()
    open_requested = Signal(str, object)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PersonRecordView()
        ui.setupUi(self)
        self.setStyleSheet(FORM_STYLE + _STYLE)
        self._workspace = workspace
        self._today = today
        self._busy = False
        self._person_id: int | None = None
        self.record: PersonRecord | None = None
        for caption in (ui.bsnCaption, ui.bornCaption, ui.genderCaption, ui.addressCaption,
                        ui.deathCaption):  # fmt: skip
            caption.setProperty("caption", "true")
        self.tables: dict[str, tuple[QTableView, RecordTableModel, QLabel]] = {}
        for key, table, model_type, empty, empty_text in (
            ("signals", ui.signalsTable, RecordSignalsModel, ui.signalsEmptyLabel,
             self.tr("No signals")),
            ("matches", ui.matchesTable, RecordMatchesModel, ui.matchesEmptyLabel,
             self.tr("No matches")),
            ("letters", ui.lettersTable, RecordLettersModel, ui.lettersEmptyLabel,
             self.tr("No letters sent yet")),
            ("contacts", ui.contactsTable, RecordContactsModel, ui.contactsEmptyLabel,
             self.tr("No contacts logged")),
        ):  # fmt: skip
            model = model_type(self)
            table.setModel(SortedProxy(model, self))
            prepare_table(table)
            empty.setText(empty_text)
            set_kind(empty, MessageKind.HINT)
            self.tables[key] = (table, model, empty)
        ui.matchesTable.activated.connect(self._match_activated)
        ui.backButton.clicked.connect(self.back_requested)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)
        set_kind(ui.loadingLabel, MessageKind.HINT)
        self._clear()

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def person_id(self) -> int | None:
        return self._person_id

    def show_person(self, person_id: int) -> None:
        """Read the record (an audited view) off the GUI thread and show it."""
        self._person_id = person_id
        self._busy = True
        self._clear()
        self.ui.loadingLabel.show()
        workspace, today = self._workspace, self._today
        run_in_background(
            self,
            lambda _p: persons.view_person(workspace, person_id, today=today),
            on_success=self._show,
            on_error=lambda error: errors.show_error(self, error),
            on_finished=self._finished,
        )

    def _finished(self) -> None:
        self._busy = False
        self.ui.loadingLabel.hide()

    def _clear(self) -> None:
        self.record = None
        ui = self.ui
        ui.nameLabel.setText("")
        ui.shieldedBanner.hide()
        ui.identityFrame.hide()
        ui.auditLabel.hide()
        for _table, model, _empty in self.tables.values():
            model.set_rows([])

    def _show(self, record: PersonRecord) -> None:
        if record.id != self._person_id:
            return
        self.record = record
        ui = self.ui
        today = self._today or date.today()
        ui.nameLabel.setText(record.name)
        ui.shieldedBanner.setVisible(record.shielded)
        ui.bsnValue.setText(record.bsn or self.tr("no BSN"))
        age = age_on(record.date_of_birth, record.date_of_death or today)
        ui.bornValue.setText(
            self.tr("{date} ({age} years)").format(date=format_date(record.date_of_birth), age=age)
        )
        gender = GENDER_LABELS_NL[Gender(record.gender)]
        ui.genderValue.setText(gender[:1].upper() + gender[1:])
        if record.shielded:
            address = self.tr("shielded – not shown")
        else:
            address = record.address or self.tr("unknown")
        ui.addressValue.setText(address)
        for widget in (ui.deathCaption, ui.deathValue):
            widget.setVisible(record.date_of_death is not None)
        ui.deathValue.setText(format_date(record.date_of_death))
        ui.identityFrame.show()
        ui.auditLabel.show()
        active = [s for s in record.signals if s.status == "active"]
        history = [s for s in record.signals if s.status != "active"]
        # Active first (newest first), then the history.
        lines = sorted(active, key=lambda s: s.signal_date, reverse=True) + sorted(
            history, key=lambda s: s.ended_on or s.signal_date, reverse=True
        )
        self._fill("signals", lines, self.tr("Signals ({active} active, {history} history)")
                   .format(active=len(active), history=len(history)))  # fmt: skip
        self._fill("matches", list(record.matches), self.tr("Matches ({count})"))
        self._fill("letters", list(record.letters), self.tr("Letters ({count})"))
        self._fill("contacts", list(record.contacts), self.tr("Contacts ({count})"))

    def _fill(self, key: str, rows: list, title: str) -> None:
        table, model, empty = self.tables[key]
        model.set_rows(rows)
        table.setVisible(bool(rows))
        empty.setVisible(not rows)
        if rows:
            table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
            fit_columns(table, maximum=300)
        index = self.ui.tabs.indexOf(table.parentWidget())
        self.ui.tabs.setTabText(index, title.format(count=len(rows)))

    def tab_texts(self) -> list[str]:
        return [self.ui.tabs.tabText(i) for i in range(self.ui.tabs.count())]

    def _match_activated(self, index: object) -> None:
        table, model, _empty = self.tables["matches"]
        proxy = table.model()
        assert isinstance(proxy, SortedProxy)
        row = proxy.source_row(index.row())  # type: ignore[attr-defined]
        self.open_requested.emit(MATCHES, ShowMatch(model.row_at(row).id))
