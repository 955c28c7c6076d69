"""What the match detail says: the labels filled from a MatchDetail, and the texts of its
actions (translated in the context "DetailTexts")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from sisa_desk.services.match_detail import MatchDetail, MemberDetail

from .formatting import format_date, format_date_time
from .record_labels import label


class DetailTexts(QObject):
    def __init__(self, view: QObject, today: date | None = None) -> None:
        super().__init__(view)
        self._view = view
        self._today = today

    def fill(self, detail: MatchDetail) -> None:
        ui = self._view.ui  # type: ignore[attr-defined]
        person = detail.person
        ui.headingLabel.setText(self.tr("Match {number}").format(number=detail.id))
        state, text = self.state(detail)
        ui.stateLabel.setText(text)
        ui.stateLabel.setProperty("state", state)
        ui.stateLabel.style().unpolish(ui.stateLabel)
        ui.stateLabel.style().polish(ui.stateLabel)
        ui.nameValue.setText(person.name)
        ui.birthValue.setText(format_date(person.date_of_birth))
        ui.bsnValue.setText(person.bsn or self.tr("no BSN"))
        ui.addressCaption.setVisible(not person.shielded)
        ui.addressValue.setVisible(not person.shielded)
        ui.addressValue.setText(person.address or "—")
        ui.shieldedLabel.setVisible(person.shielded)
        ui.openedValue.setText(self.opened(detail))
        ui.toldValue.setText(
            self.tr("{informed} of {total}").format(
                informed=detail.steps.informed, total=detail.steps.total
            )
        )
        for value, (text, tip) in (
            (ui.letterValue, self.letter(detail)),
            (ui.coordinatorValue, self.coordinator(detail)),
        ):
            value.setText(text)
            value.setToolTip(tip)
        contacts = len(detail.contacts)
        ui.tabs.setTabText(1, self.tr("Contact history (%n)", "", contacts))

    def state(self, detail: MatchDetail) -> tuple[str, str]:
        if not detail.is_open:
            return "closed", self.tr("Closed")
        if detail.handled:
            return "handled", self.tr("Handled")
        since = format_date(detail.overdue_from)
        if detail.escalated:
            return "escalated", self.tr("Escalated — overdue since {date}").format(date=since)
        if detail.overdue:
            return "overdue", self.tr("Overdue since {date}").format(date=since)
        return "open", self.tr("Open — due before {date}").format(date=since)

    def opened(self, detail: MatchDetail) -> str:
        opened = format_date(detail.opened_on)
        if detail.closed_on is None:
            days = ((self._today or date.today()) - detail.opened_on).days
            if days <= 0:
                return self.tr("{date} (today)").format(date=opened)
            return self.tr("{date} (%n day(s) ago)", "", days).format(date=opened)
        return self.tr("{date}, closed {closed} ({reason})").format(
            date=opened, closed=format_date(detail.closed_on), reason=label(detail.close_reason)
        )

    def letter(self, detail: MatchDetail) -> tuple[str, str]:
        """The step's short text, and its tooltip with the time."""
        steps = detail.steps
        if steps.letter_sent_at is None:
            return self.tr("not yet sent"), ""
        who = steps.letter_sent_by or "?"
        return (
            self.tr("sent {date} ({who})").format(
                date=format_date(steps.letter_sent_at.date()), who=who
            ),
            self.tr("Sent {when} by {who}").format(
                when=format_date_time(steps.letter_sent_at), who=who
            ),
        )

    def coordinator(self, detail: MatchDetail) -> tuple[str, str]:
        steps = detail.steps
        if steps.coordinator and steps.coordinator_confirmed_at is not None:
            who = steps.coordinator_confirmed_by or "?"
            return (
                self.tr("{code}, confirmed {date}").format(
                    code=steps.coordinator,
                    date=format_date(steps.coordinator_confirmed_at.date()),
                ),
                self.tr("Confirmed {when} by {who}").format(
                    when=format_date_time(steps.coordinator_confirmed_at), who=who
                ),
            )
        if steps.proposed_coordinator:
            return (
                self.tr("{code} proposed, not yet confirmed").format(
                    code=steps.proposed_coordinator
                ),
                self.tr("Proposed by the rules: the organisation that may coordinate with the "
                        "highest priority. A person confirms it."),
            )  # fmt: skip
        return (
            self.tr("none possible"),
            self.tr("No organisation in this match may coordinate (they signal only)."),
        )

    # ------------------------------------------------------------ actions

    def call_tip(self, member: MemberDetail | None) -> str:
        if member is None or not member.phone:
            return self.tr("No phone number known for the selected professional")
        return self.tr("Call {phone} with the softphone, then log how it went").format(
            phone=member.phone
        )

    def email_tip(self, member: MemberDetail | None) -> str:
        if member is None or not member.email:
            return self.tr("No e-mail address known for the selected professional")
        text = self.tr("Write to {email}: who else is involved, nothing about the case")
        return text.format(email=member.email)

    def no_softphone(self, phone: str) -> str:
        return self.tr(
            "No program for phone calls is set up on this workstation. Dial {phone} yourself, "
            "then log how the call went."
        ).format(phone=phone)

    def no_mail_program(self) -> str:
        return self.tr("No e-mail program is set up on this workstation.")

    def email_sent_question(self, member: MemberDetail) -> str:
        return self.tr("Has the e-mail to {name} been sent?").format(
            name=member.professional_name or member.organisation_name
        )

    def email_sent_details(self, member: MemberDetail) -> str:
        return self.tr(
            "Confirm once you have sent it from your e-mail program. The e-mail is then "
            "logged, and {organisation} counts as informed."
        ).format(organisation=member.organisation_code)

    def email_sent_answer(self) -> str:
        return self.tr("Sent")
