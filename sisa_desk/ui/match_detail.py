"""The detail of one match, below the match list: the young person (opening it is an audited
view; a shielded one shows a warning instead of the address), the organisations and
professionals with phone and e-mail, the dated steps, the contact history, and the work:
call (the softphone through ``tel:``, then the outcome), e-mail (``mailto:``, then "sent?"),
mark a professional as informed, and confirm the coordinator."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu, QWidget

from sisa_desk.domain.permissions import Permission
from sisa_desk.services import contacts, matching
from sisa_desk.services.contacts import ContactChannel, ContactOutcome
from sisa_desk.services.context import Workspace
from sisa_desk.services.match_detail import MatchDetail, MemberDetail

from . import errors, messages
from .contact_dialogs import CallOutcomeDialog, CoordinatorDialog
from .field_messages import FORM_STYLE, MessageKind, set_kind
from .forms.ui_match_detail import Ui_MatchDetailView
from .match_detail_models import ContactsTableModel, MembersTableModel
from .match_detail_text import DetailTexts
from .operations import run_in_background
from .table_models import ColumnFitter, prepare_table

DETAIL_STYLE = """
QLabel#headingLabel { color: #1f2933; font-size: 13pt; font-weight: 600; }
QLabel#stateLabel { border-radius: 9px; padding: 2px 10px; font-weight: 600; }
QLabel#stateLabel[state="overdue"], QLabel#stateLabel[state="escalated"] {
    color: #8a1c1c; background: #fdeceb; border: 1px solid #f0b8b3;
}
QLabel#stateLabel[state="open"] {
    color: #24415f; background: #e8f0f8; border: 1px solid #c3d5e8;
}
QLabel#stateLabel[state="handled"] {
    color: #22613a; background: #eaf6ee; border: 1px solid #a9d5b5;
}
QLabel#stateLabel[state="closed"] {
    color: #4b5563; background: #eef1f4; border: 1px solid #d5dce4;
}
QLabel#shieldedLabel {
    color: #8a1c1c; background: #fdeceb; border: 1px solid #f0b8b3; border-radius: 4px;
    padding: 6px 9px; font-weight: 600;
}
QLabel#membersTitleLabel, QLabel#contactsTitleLabel { color: #1f2933; font-weight: 600; }
QLabel#choiceLabel { color: #5b6775; }
QScrollArea#leftScroll, QWidget#leftContents { background: transparent; }
"""


class MatchDetailView(QWidget):
    changed = Signal(int)  # the match whose steps changed: its row in the list is stale

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_MatchDetailView()
        ui.setupUi(self)
        self.setStyleSheet(FORM_STYLE + DETAIL_STYLE)
        self._workspace = workspace
        self._today = today
        self._texts = DetailTexts(self, today)
        self.detail: MatchDetail | None = None
        self._busy = 0
        self._generation = 0
        self.members = MembersTableModel(self)
        self.contacts = ContactsTableModel(self)
        for table, model in ((ui.membersTable, self.members), (ui.contactsTable, self.contacts)):
            table.setModel(model)
            prepare_table(table, sortable=False)
        self._member_columns = ColumnFitter(
            ui.membersTable, (MembersTableModel.PROFESSIONAL, MembersTableModel.EMAIL), minimum=112
        )
        self._contact_columns = ColumnFitter(
            ui.contactsTable,
            (ContactsTableModel.PROFESSIONAL, ContactsTableModel.NOTE),
            minimum=110,
        )
        set_kind(ui.choiceLabel, MessageKind.HINT)
        may_contact = workspace.actor.can(Permission.LOG_CONTACTS)
        ui.callButton.setVisible(may_contact)
        ui.emailButton.setVisible(may_contact)
        menu = QMenu(self)
        self.informed_by_phone = menu.addAction(self.tr("Told by phone"))
        self.informed_by_email = menu.addAction(self.tr("Told by e-mail"))
        self.informed_by_phone.triggered.connect(lambda: self.mark_informed(ContactChannel.PHONE))
        self.informed_by_email.triggered.connect(lambda: self.mark_informed(ContactChannel.EMAIL))
        ui.informedButton.setMenu(menu)
        ui.callButton.clicked.connect(self.call)
        ui.emailButton.clicked.connect(self.email)
        ui.coordinatorButton.clicked.connect(self.choose_coordinator)
        ui.membersTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.pageStack.setCurrentWidget(ui.emptyPage)

    # ------------------------------------------------------------ showing

    @property
    def busy(self) -> bool:
        return self._busy > 0

    @property
    def match_id(self) -> int | None:
        return self.detail.id if self.detail else None

    def show_match(self, match_id: int) -> None:
        """Read the match (an audited view of the young person) and show it."""
        self._generation += 1
        generation, workspace, today = self._generation, self._workspace, self._today
        self._run(
            lambda: contacts.match_detail(workspace, match_id, today=today),
            lambda detail: self._show(generation, detail),
        )

    def clear(self) -> None:
        self._generation += 1
        self.detail = None
        self.ui.pageStack.setCurrentWidget(self.ui.emptyPage)

    def _show(self, generation: int, detail: MatchDetail) -> None:
        if generation != self._generation:
            return
        chosen = self.selected_member()
        self.detail = detail
        self._texts.fill(detail)
        self.members.set_rows(detail.members)
        self.contacts.set_rows(detail.contacts)
        keep = chosen.organisation_id if chosen else None
        row = next(
            (i for i, m in enumerate(detail.members) if m.organisation_id == keep),
            next((i for i, m in enumerate(detail.members) if m.current and not m.informed_at), 0),
        )
        if detail.members:
            self.ui.membersTable.selectRow(row)
        self.ui.pageStack.setCurrentWidget(self.ui.detailPage)
        # Fitted once shown: a hidden table has no width yet to fit the columns in.
        self._member_columns.fit()
        self._contact_columns.fit()
        self._update_buttons()

    def selected_member(self) -> MemberDetail | None:
        rows = self.ui.membersTable.selectionModel().selectedRows()
        return self.members.row_at(rows[0].row()) if rows else None

    def select_member(self, organisation_code: str) -> None:
        row = self.members.find_row(lambda m: m.organisation_code == organisation_code)
        if row is not None:
            self.ui.membersTable.selectRow(row)

    def _update_buttons(self, *_args: object) -> None:
        ui, detail, member = self.ui, self.detail, self.selected_member()
        working = detail is not None and detail.is_open and not self.busy
        reachable = working and member is not None and member.current
        personal = reachable and member.professional_id is not None
        ui.callButton.setEnabled(bool(personal and member.phone))
        ui.emailButton.setEnabled(bool(personal and member.email))
        ui.informedButton.setEnabled(bool(reachable and member.informed_at is None))
        ui.coordinatorButton.setEnabled(
            bool(working and detail.steps.coordinator_possible)
            and any(m.current and m.may_coordinate for m in detail.members)
        )
        for button, text in (
            (ui.callButton, self._texts.call_tip(member)),
            (ui.emailButton, self._texts.email_tip(member)),
        ):
            button.setToolTip(text)

    # ------------------------------------------------------------ work

    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self._busy += 1
        self._update_buttons()
        run_in_background(self, lambda _p: work(), on_success=done, on_finished=self._finished_one)

    def _finished_one(self) -> None:
        self._busy -= 1
        self._update_buttons()

    def _worked(self, _result: object = None) -> None:
        if self.detail is not None:
            self.changed.emit(self.detail.id)
            self.show_match(self.detail.id)

    def call(self) -> None:
        detail, member = self.detail, self.selected_member()
        if detail is None or member is None or not member.phone:
            return
        try:
            url = contacts.tel_for(member.phone)
        except Exception as exc:  # shown, not raised
            errors.show_error(self, exc)
            return
        if not QDesktopServices.openUrl(QUrl(url)):
            messages.warning(self, self._texts.no_softphone(member.phone))
        dialog = CallOutcomeDialog(self._workspace, detail.id, member, self)
        dialog.logged.connect(self._worked)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def email(self) -> None:
        detail, member = self.detail, self.selected_member()
        if detail is None or member is None or member.professional_id is None:
            return
        try:
            url = contacts.mailto_for(self._workspace, detail.id, member.professional_id)
        except Exception as exc:
            errors.show_error(self, exc)
            return
        if not QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii"))):
            messages.warning(self, self._texts.no_mail_program())
            return
        if not messages.confirm(
            self,
            self._texts.email_sent_question(member),
            details=self._texts.email_sent_details(member),
            confirm_text=self._texts.email_sent_answer(),
        ):
            return
        workspace, match_id, professional = self._workspace, detail.id, member.professional_id
        self._run(
            lambda: contacts.log_contact(
                workspace, match_id, professional, ContactChannel.EMAIL, ContactOutcome.SENT
            ),
            self._worked,
        )

    def mark_informed(self, via: ContactChannel) -> None:
        detail, member = self.detail, self.selected_member()
        if detail is None or member is None or not member.current:
            return
        workspace, match_id, organisation = self._workspace, detail.id, member.organisation_id
        self._run(
            lambda: matching.mark_informed(workspace, match_id, organisation, via), self._worked
        )

    def choose_coordinator(self) -> None:
        if self.detail is None:
            return
        dialog = CoordinatorDialog(self._workspace, self.detail, self)
        dialog.confirmed.connect(self._worked)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
