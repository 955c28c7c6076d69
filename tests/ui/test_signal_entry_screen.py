"""The signal entry form on a real database: the rules checked as you type, and what a
registration did, in Dutch."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from sisa_desk.domain.bsn import generate_bsn
from sisa_desk.domain.dates import add_years
from sisa_desk.domain.persons import Gender
from sisa_desk.domain.signals import WithdrawReason
from sisa_desk.services import persons, signals
from sisa_desk.services.persons import PersonIdentity
from sisa_desk.services.signals import SignalInput
from sisa_desk.ui.signal_entry_screen import SignalEntryScreen
from tests.ui.conftest import WAIT_MS
from tests.ui.directory_helpers import add_directory

TODAY = date.today()
BORN = add_years(TODAY, -14)
BSN = generate_bsn(random.Random(7))


@pytest.fixture
def organisations(db):
    return add_directory(db.admin)


@pytest.fixture
def screen(qtbot, db, organisations) -> SignalEntryScreen:
    widget = SignalEntryScreen(db.operator)
    qtbot.addWidget(widget)
    return widget


def fill(
    screen: SignalEntryScreen,
    *,
    bsn: str | None = BSN,
    surname: str = "Testjongere",
    born: date | None = BORN,
    organisation: str = "JT-MAAS",
    signal_date: date | None = None,
) -> None:
    ui = screen.ui
    if bsn is None:
        ui.noBsnCheck.setChecked(True)
    else:
        ui.bsnEdit.setText(bsn)
    ui.givenNamesEdit.setText("Daan")
    ui.surnameEdit.setText(surname)
    screen.fields.set_date_of_birth(born)
    screen.fields.set_gender(Gender.MALE)
    ui.streetEdit.setText("Havenstraat")
    ui.houseNumberEdit.setText("12")
    ui.postcodeEdit.setText("3011ab")
    ui.cityEdit.setText("Rotterdam")
    ui.organisationCombo.setEditText(organisation)
    if signal_date is not None:
        screen.fields.set_signal_date(signal_date)


def register(qtbot, screen: SignalEntryScreen) -> str:
    assert screen.ui.registerButton.isEnabled(), screen.ui.statusLabel.text()
    screen.ui.registerButton.click()
    qtbot.waitUntil(lambda: not screen.busy and bool(screen.result_text), timeout=WAIT_MS)
    return screen.result_text


def signal_of(organisation: str, bsn: str | None = BSN, born: date = BORN) -> SignalInput:
    person = PersonIdentity("Testjongere", born, Gender.MALE, bsn, "Daan")
    return SignalInput(person, organisation, TODAY - timedelta(days=3))


def test_an_empty_form_is_calm_and_cannot_be_registered(screen):
    assert all(screen.problem(field) == "" for field in screen.messages.fields)
    assert not screen.ui.registerButton.isEnabled()
    assert screen.ui.statusLabel.text().startswith("Nog niet compleet of niet juist: BSN, ")
    assert screen.ui.signalDateEdit.date().toPython() == TODAY
    assert screen.ui.dateOfBirthEdit.text() == "dd-mm-jjjj"
    assert screen.ui.caseContentNote.text() == "Noteer nooit de reden of inhoud van de hulpvraag."


def test_a_bsn_that_fails_the_eleven_test(screen):
    screen.ui.bsnEdit.setText("123456789")
    assert screen.problem("bsn") == (
        "Dit BSN voldoet niet aan de elfproef: waarschijnlijk is een cijfer verkeerd getypt."
    )
    screen.ui.bsnEdit.setText("12a")
    assert screen.problem("bsn") == "Een BSN bestaat alleen uit cijfers."
    screen.ui.bsnEdit.setText(BSN)
    assert screen.problem("bsn") == ""


def test_an_eight_digit_bsn_is_read_with_a_leading_zero(screen):
    nine = generate_bsn(random.Random(3), prefix="0")
    screen.ui.bsnEdit.setText(nine[1:])
    assert screen.problem("bsn") == ""
    assert screen.note("bsn") == f"8 cijfers: gelezen met een voorloopnul, als {nine}."


def test_no_bsn_disables_the_field_and_says_it_is_never_matched(screen):
    screen.ui.bsnEdit.setText("123")
    screen.ui.noBsnCheck.setChecked(True)
    assert not screen.ui.bsnEdit.isEnabled()
    assert screen.ui.bsnEdit.text() == ""
    assert screen.problem("bsn") == ""
    assert "nooit automatisch gematcht" in screen.note("bsn")


def test_23_or_older_on_the_signal_date(screen):
    fill(screen, born=add_years(TODAY, -23))
    assert screen.problem("date_of_birth") == "De jongere is op de signaaldatum 23 jaar of ouder."
    assert not screen.ui.registerButton.isEnabled()
    screen.fields.set_date_of_birth(add_years(TODAY, -23) + timedelta(days=1))
    assert screen.problem("date_of_birth") == ""
    assert screen.ui.registerButton.isEnabled()


def test_a_signal_date_in_the_future(screen):
    fill(screen, signal_date=TODAY + timedelta(days=1))
    assert screen.problem("signal_date") == "De signaaldatum ligt in de toekomst."
    assert not screen.ui.registerButton.isEnabled()


def test_a_signal_date_before_the_birth(screen):
    born = TODAY - timedelta(days=30)
    fill(screen, born=born, signal_date=born - timedelta(days=1))
    assert screen.problem("signal_date") == "De signaaldatum ligt vóór de geboortedatum."


def test_a_missing_surname(screen):
    fill(screen, surname="Jansen")
    screen.ui.surnameEdit.clear()
    assert screen.problem("surname") == "Vul de achternaam in."
    assert not screen.ui.registerButton.isEnabled()
    assert "Achternaam" in screen.ui.statusLabel.text()


def test_postcode_and_an_unknown_organisation(screen):
    fill(screen, organisation="XYZ")
    screen.ui.postcodeEdit.setText("301 AB")
    assert screen.problem("postcode") == "Een postcode heeft 4 cijfers en 2 letters: 3011 AB."
    assert screen.problem("organisation") == (
        "Onbekende of gedeactiveerde organisatie: kies er een uit de lijst."
    )
    screen.ui.postcodeEdit.setText("3011 ab")
    screen.ui.organisationCombo.setEditText("smw-noord")  # a code, in any case
    assert screen.problem("postcode") == screen.problem("organisation") == ""
    assert screen.ui.registerButton.isEnabled()


def test_button_is_enabled_only_when_everything_is_right(screen):
    fill(screen)
    assert screen.ui.registerButton.isEnabled()
    assert screen.ui.statusLabel.text() == "Klaar om te registreren (Ctrl+Enter)."
    screen.ui.bsnEdit.setText(BSN[:-1])
    assert not screen.ui.registerButton.isEnabled()


def test_choosing_a_professional_fills_phone_and_email(screen):
    fill(screen)
    combo = screen.ui.professionalCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Anna de Groot", "Bram Visser"]
    combo.setCurrentIndex(1)
    assert screen.ui.emailEdit.text() == "bram.visser@jt-maas.example"
    assert screen.ui.phoneEdit.text() == "010-5550111"
    screen.ui.organisationCombo.setEditText("SMW-NOORD")  # another organisation: cleared
    assert combo.currentText() == screen.ui.emailEdit.text() == ""
    assert [combo.itemText(i) for i in range(combo.count())] == ["Carla Jansen"]


def test_a_successful_registration_says_so_and_clears_the_young_person(qtbot, screen, db):
    fill(screen)
    screen.ui.professionalCombo.setEditText("Eva Nieuw")
    screen.ui.emailEdit.setText("eva.nieuw@jt-maas.example")
    text = register(qtbot, screen)
    assert text.startswith("Nieuw signaal geregistreerd")
    assert "Geen match" in text
    ui = screen.ui
    assert ui.bsnEdit.text() == ui.surnameEdit.text() == ui.postcodeEdit.text() == ""
    assert ui.dateOfBirthEdit.text() == "dd-mm-jjjj"
    assert ui.organisationCombo.currentText().startswith("JT-MAAS")
    assert ui.professionalCombo.currentText() == "Eva Nieuw"
    assert all(screen.problem(field) == "" for field in screen.messages.fields)
    assert not ui.registerButton.isEnabled()


def test_a_second_organisation_makes_a_match(qtbot, screen, db):
    signals.register_signal(db.operator, signal_of("JT-MAAS"))
    fill(screen, organisation="SMW-NOORD")
    text = register(qtbot, screen)
    assert "Match ontstaan met JT-MAAS" in text
    assert "werkvoorraad" in text


def test_the_same_organisation_refreshes_and_a_third_joins(qtbot, screen, db):
    signals.register_signal(db.operator, signal_of("JT-MAAS"))
    signals.register_signal(db.operator, signal_of("SMW-NOORD"))
    fill(screen, organisation="JT-MAAS")
    assert register(qtbot, screen).startswith("Bestaand signaal van JT-MAAS ververst (geen match)")
    fill(screen, organisation="POL-ZUID")
    text = register(qtbot, screen)
    assert "POL-ZUID toegevoegd aan de lopende match" in text
    assert "Organisaties in de match: JT-MAAS, POL-ZUID, SMW-NOORD" in text


def test_a_shielded_registration(qtbot, screen, db):
    registrations = []
    screen.registered.connect(registrations.append)
    fill(screen)
    screen.ui.shieldedCheck.setChecked(True)
    assert screen.ui.shieldedWarning.property("messageKind") == "warning"
    text = register(qtbot, screen)
    assert "Afgeschermd: het adres komt nooit in een brief of export." in text
    assert not screen.ui.shieldedCheck.isChecked()  # cleared for the next young person
    (registration,) = registrations
    record = persons.view_person(db.operator, registration.result.young_person_id)
    assert record.bsn == BSN and record.shielded and record.address is None


def test_a_refusal_of_the_service_shows_at_its_field(qtbot, screen, db):
    signals.register_signal(db.operator, signal_of("JT-MAAS"))
    fill(screen, organisation="SMW-NOORD", born=BORN - timedelta(days=1))
    screen.ui.registerButton.click()
    qtbot.waitUntil(lambda: not screen.busy and bool(screen.result_text), timeout=WAIT_MS)
    assert screen.result_text.startswith("Niet geregistreerd")
    assert screen.problem("date_of_birth").startswith("Dit BSN is bekend met een andere")
    assert not screen.ui.registerButton.isEnabled()
    screen.fields.set_date_of_birth(BORN)  # corrected: the refusal goes
    assert screen.problem("date_of_birth") == ""
    assert screen.ui.registerButton.isEnabled()


def test_ctrl_enter_registers(qtbot, screen):
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    fill(screen, bsn=None)
    screen.ui.surnameEdit.setFocus()
    QTest.keyClick(screen.ui.surnameEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not screen.busy and bool(screen.result_text), timeout=WAIT_MS)
    assert screen.result_text.startswith("Nieuw signaal geregistreerd")


def test_earlier_involvement_is_told_once_and_can_be_marked_seen(qtbot, screen, db):
    first = signals.register_signal(db.operator, signal_of("POL-ZUID"))
    signals.withdraw_signal(db.operator, first.signal_id, WithdrawReason.ENDED)
    assert screen.ui.noticesGroup.isHidden()
    fill(screen, organisation="JT-MAAS")
    assert "Eerdere betrokkenheid: POL-ZUID" in register(qtbot, screen)
    assert not screen.ui.noticesGroup.isHidden()
    (notice,) = screen.notices.texts()
    assert notice.endswith("JT-MAAS signaleerde — eerder: POL-ZUID")
    screen.ui.seenButton.click()
    qtbot.waitUntil(lambda: screen.notices.texts() == [], timeout=WAIT_MS)
    assert screen.ui.noticesGroup.isHidden()
    assert signals.pending_earlier_notices(db.operator) == []


def test_after_ctrl_enter_the_cleared_form_is_calm(qtbot, screen):
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    fill(screen)
    screen.ui.surnameEdit.setFocus()
    QTest.keyClick(screen.ui.surnameEdit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not screen.busy and bool(screen.result_text), timeout=WAIT_MS)
    assert screen.ui.bsnEdit.hasFocus()
    assert all(screen.problem(field) == "" for field in screen.messages.fields)
