"""The review list of possible duplicates without a BSN: merge, keep apart, empty state."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from sisa_desk.domain.dates import add_years
from sisa_desk.domain.persons import Gender
from sisa_desk.services import matching, persons, signals
from sisa_desk.services.persons import PersonIdentity
from sisa_desk.services.signals import SignalInput
from sisa_desk.ui.duplicates_screen import DuplicatesScreen, DuplicatesTableModel
from sisa_desk.ui.formatting import format_date
from tests.ui.conftest import WAIT_MS
from tests.ui.directory_helpers import add_directory

BORN = add_years(date.today(), -9)


def _without_bsn(db, organisation: str, surname: str) -> None:
    person = PersonIdentity(surname, BORN, Gender.FEMALE, None, "Sara")
    signals.register_signal(
        db.operator, SignalInput(person, organisation, date.today() - timedelta(days=2))
    )


@pytest.fixture
def possible_duplicate(db):
    add_directory(db.admin)
    _without_bsn(db, "JT-MAAS", "Bakker")
    _without_bsn(db, "SMW-NOORD", "Baker")


@pytest.fixture
def screen(qtbot, db, possible_duplicate) -> DuplicatesScreen:
    widget = DuplicatesScreen(db.operator)
    qtbot.addWidget(widget)
    return widget


def test_lists_the_open_reviews_in_dutch(screen):
    model = screen.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Geboortedatum", "Naam", "Mogelijke dubbele", "Sinds"]
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[: DuplicatesTableModel.SINCE] == [
        format_date(BORN),
        "Sara Baker",
        "Sara Bakker",
    ]
    assert row[DuplicatesTableModel.SINCE] == format_date(date.today())
    assert not screen.is_empty
    assert screen.ui.mergeButton.isEnabled() and screen.ui.keepApartButton.isEnabled()


def test_merge_after_confirmation_makes_the_match(qtbot, screen, db, message_boxes):
    screen.ui.mergeButton.click()
    qtbot.waitUntil(lambda: not screen.busy and screen.is_empty, timeout=WAIT_MS)
    (question,) = message_boxes.of_kind("confirm")
    assert question == "Sara Baker en Sara Bakker samenvoegen?"
    assert screen.ui.emptyLabel.text() == "Geen mogelijke dubbelen"
    (match,) = matching.list_matches(db.operator)
    assert match.organisations == ["JT-MAAS", "SMW-NOORD"]


def test_merge_cancelled_changes_nothing(screen, db, message_boxes):
    message_boxes.answer = False
    screen.ui.mergeButton.click()
    assert not screen.busy
    assert len(persons.open_duplicate_reviews(db.operator)) == 1


def test_keep_apart(qtbot, screen, db, message_boxes):
    screen.ui.keepApartButton.click()
    qtbot.waitUntil(lambda: not screen.busy and screen.is_empty, timeout=WAIT_MS)
    assert message_boxes.shown == []
    assert persons.open_duplicate_reviews(db.operator) == []
    assert matching.list_matches(db.operator) == []
    assert not screen.ui.mergeButton.isEnabled()


def test_empty_state(qtbot, db):
    screen = DuplicatesScreen(db.admin)
    qtbot.addWidget(screen)
    assert screen.is_empty
    assert screen.ui.emptyLabel.text() == "Geen mogelijke dubbelen"
    assert not screen.ui.mergeButton.isEnabled()


def test_a_visit_reads_the_list_again(qtbot, db):
    add_directory(db.admin)
    screen = DuplicatesScreen(db.operator)
    qtbot.addWidget(screen)
    assert screen.is_empty
    _without_bsn(db, "JT-MAAS", "Visser")
    _without_bsn(db, "POL-ZUID", "Vissers")
    screen.show()
    assert not screen.is_empty and screen.model.rowCount() == 1
