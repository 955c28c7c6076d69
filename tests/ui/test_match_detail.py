"""The match detail on a known match: what it shows (and hides when shielded), and the work —
call through tel: and log the outcome, e-mail through mailto: and log it, mark informed,
confirm the coordinator."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtGui import QDesktopServices

from sisa_desk.services import contacts
from sisa_desk.services.contacts import ContactOutcome
from sisa_desk.ui.contact_dialogs import CallOutcomeDialog, CoordinatorDialog
from sisa_desk.ui.match_detail import MatchDetailView
from sisa_desk.ui.match_detail_models import MembersTableModel
from tests.ui.conftest import WAIT_MS
from tests.ui.match_helpers import TODAY, make_match


@pytest.fixture
def opened_urls(monkeypatch) -> list[str]:
    """QDesktopServices.openUrl replaced: the URLs the workstation was asked to open."""
    urls: list[str] = []

    def record(url) -> bool:
        urls.append(url.toString(url.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(record))
    return urls


def _view(qtbot, db, match_id: int) -> MatchDetailView:
    view = MatchDetailView(db.operator, today=TODAY)
    qtbot.addWidget(view)
    view.resize(900, 420)
    view.show()
    view.show_match(match_id)
    qtbot.waitUntil(lambda: view.detail is not None and not view.busy, timeout=WAIT_MS)
    return view


@pytest.fixture
def known(db):
    return make_match(db)


@pytest.fixture
def view(qtbot, db, known) -> MatchDetailView:
    return _view(qtbot, db, known.match_id)


def _member(db, known, code: str):
    detail = contacts.match_detail(db.admin, known.match_id, today=TODAY)
    return next(m for m in detail.members if m.organisation_code == code)


def _dialog(view, kind):
    dialog = view.findChild(kind)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_shows_the_young_person_members_and_steps(view, known):
    ui = view.ui
    assert ui.headingLabel.text() == f"Match {known.match_id}"
    assert ui.stateLabel.text().startswith("Open — afhandelen vóór")
    assert (ui.nameValue.text(), ui.bsnValue.text()) == ("Femke Vermeulen", known.bsn)
    assert ui.addressValue.text() == "Havenstraat 12, 3011 AB Rotterdam"
    assert not ui.addressValue.isHidden() and ui.shieldedLabel.isHidden()
    assert ui.toldValue.text() == "0 van 3"
    assert ui.letterValue.text() == "nog niet verstuurd"
    assert ui.coordinatorValue.text() == "voorstel JT-MAAS, nog niet bevestigd"
    model = view.members
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows[0] == [
        "JT-MAAS", "Anna de Groot", "010-5550100", "anna.de.groot@jt-maas.example", "nog niet",
    ]  # fmt: skip
    assert [r[0] for r in rows] == ["JT-MAAS", "SMW-NOORD", "POL-ZUID"]
    assert ui.tabs.tabText(1) == "Contactgeschiedenis (0)"
    assert not ui.letterButton.isEnabled() and ui.letterButton.text() == "Brief maken (volgt)"


def test_a_shielded_young_person_shows_the_warning_and_no_address(qtbot, db):
    known = make_match(db, shielded=True)
    view = _view(qtbot, db, known.match_id)
    assert not view.ui.shieldedLabel.isHidden()
    assert view.ui.shieldedLabel.text() == (
        "Afgeschermd: adres wordt nooit getoond, in een brief of export opgenomen."
    )
    assert view.ui.addressValue.isHidden() and view.ui.addressCaption.isHidden()
    assert "Havenstraat" not in view.ui.addressValue.text()


def test_call_opens_tel_and_logs_the_chosen_outcome(qtbot, view, db, known, opened_urls):
    changed = []
    view.changed.connect(changed.append)
    view.select_member("SMW-NOORD")
    assert view.ui.callButton.isEnabled()
    view.ui.callButton.click()
    assert opened_urls == ["tel:0105550100"]
    dialog = _dialog(view, CallOutcomeDialog)
    assert "Carla Jansen (SMW-NOORD)" in dialog.ui.questionLabel.text()
    assert not dialog.ui.saveButton.isEnabled()  # first an outcome
    assert dialog.ui.noteLabel.text() == (
        "N&otitie — alleen procesnotitie, geen inhoud van de casus"
    )
    dialog.choose(ContactOutcome.REACHED)
    dialog.ui.noteEdit.setText("teruggebeld")
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: view.findChild(CallOutcomeDialog) is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT_MS)
    [contact] = contacts.contacts_of_match(db.operator, known.match_id)
    assert (contact.channel, contact.outcome, contact.note) == ("phone", "reached", "teruggebeld")
    assert _member(db, known, "SMW-NOORD").informed_at is not None
    assert changed == [known.match_id]
    assert view.ui.toldValue.text() == "1 van 3"
    assert view.ui.tabs.tabText(1) == "Contactgeschiedenis (1)"
    row = view.members.find_row(lambda m: m.organisation_code == "SMW-NOORD")
    assert view.members.index(row, MembersTableModel.INFORMED).data() == TODAY.strftime("%d-%m-%Y")


@pytest.mark.parametrize(
    "outcome, label",
    [
        (ContactOutcome.NO_ANSWER, "geen gehoor"),
        (ContactOutcome.VOICEMAIL, "voicemail"),
        (ContactOutcome.WRONG_NUMBER, "verkeerd nummer"),
    ],
)
def test_a_call_that_did_not_reach_them_is_logged_only(
    qtbot, view, db, known, opened_urls, outcome, label
):
    view.ui.callButton.click()
    dialog = _dialog(view, CallOutcomeDialog)
    dialog.choose(outcome)
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: view.findChild(CallOutcomeDialog) is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT_MS)
    [contact] = contacts.contacts_of_match(db.operator, known.match_id)
    assert contact.outcome == outcome.value
    assert _member(db, known, "JT-MAAS").informed_at is None
    assert view.contacts.index(0, 3).data() == label


def test_a_note_that_is_refused_is_shown_at_the_note(qtbot, view, db, known, opened_urls):
    view.ui.callButton.click()
    dialog = _dialog(view, CallOutcomeDialog)
    assert dialog.ui.noteEdit.maxLength() == 200
    dialog.choose(ContactOutcome.VOICEMAIL)
    dialog.ui.noteEdit.setText("belletje\x07")
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.isVisible()
    assert dialog.note_problem == "Een procesnotitie bevat alleen gewone tekens."
    assert contacts.contacts_of_match(db.operator, known.match_id) == []
    dialog.reject()


def test_without_a_softphone_the_number_is_shown_and_the_outcome_still_asked(
    view, monkeypatch, message_boxes
):
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    view.ui.callButton.click()
    [warning] = message_boxes.of_kind("warning")
    assert "Bel 010-5550100 zelf" in warning
    _dialog(view, CallOutcomeDialog).reject()


def test_email_opens_mailto_and_logs_it_when_sent(
    qtbot, view, db, known, opened_urls, message_boxes
):
    view.select_member("POL-ZUID")
    view.ui.emailButton.click()
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT_MS)
    [url] = opened_urls
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "dirk.smit@pol-zuid.example"
    body = parse_qs(parts.query)["body"][0]
    assert "Anna de Groot" in body and "Carla Jansen" in body
    assert known.bsn not in url and "Vermeulen" not in body
    assert message_boxes.of_kind("confirm") == ["Is de e-mail aan Dirk Smit verstuurd?"]
    [contact] = contacts.contacts_of_match(db.operator, known.match_id)
    assert (contact.channel, contact.outcome) == ("email", "sent")
    assert _member(db, known, "POL-ZUID").informed_via == "email"


def test_email_not_confirmed_logs_nothing(qtbot, view, db, known, opened_urls, message_boxes):
    message_boxes.answer = False
    view.ui.emailButton.click()
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT_MS)
    assert len(opened_urls) == 1
    assert contacts.contacts_of_match(db.operator, known.match_id) == []


def test_mark_informed_without_a_logged_contact(qtbot, view, db, known):
    view.select_member("POL-ZUID")
    view.informed_by_phone.trigger()
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.detail.steps.informed == 1, timeout=WAIT_MS)
    member = _member(db, known, "POL-ZUID")
    assert member.informed_via == "phone" and member.informed_by == "medewerker"
    assert not view.ui.informedButton.isEnabled()  # POL-ZUID stays selected: already told


def test_confirm_the_proposed_coordinator(qtbot, view, db, known):
    view.ui.coordinatorButton.click()
    dialog = _dialog(view, CoordinatorDialog)
    assert dialog.ui.organisationCombo.count() == 1  # JT-MAAS alone may coordinate
    assert dialog.chosen_organisation() == known.orgs["JT-MAAS"]
    assert dialog.ui.organisationCombo.currentText().endswith("(voorstel)")
    dialog.ui.confirmButton.click()
    qtbot.waitUntil(lambda: view.findChild(CoordinatorDialog) is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT_MS)
    detail = contacts.match_detail(db.operator, known.match_id, today=TODAY)
    assert detail.steps.coordinator == "JT-MAAS"
    assert detail.steps.coordinator_confirmed_by == "medewerker"
    assert view.ui.coordinatorValue.text().startswith("JT-MAAS, bevestigd ")


def test_nothing_to_do_on_a_closed_match(qtbot, db, known):
    from sisa_desk.domain.signals import WithdrawReason
    from sisa_desk.services import persons, signals

    record = persons.view_person(db.operator, known.person_id)
    ids = [line.id for line in record.signals if line.status == "active"]
    for signal_id in ids[:2]:
        signals.withdraw_signal(db.operator, signal_id, WithdrawReason.ENDED, today=TODAY)
    view = _view(qtbot, db, known.match_id)
    assert view.ui.stateLabel.text() == "Gesloten"
    for button in (
        view.ui.callButton,
        view.ui.emailButton,
        view.ui.informedButton,
        view.ui.coordinatorButton,
    ):
        assert not button.isEnabled()
