"""The young person's record: identity, signals, matches, letters and contacts; a shielded
record warns and hides the address; every opening is an audited view."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from sisa_desk.services.audit import Action
from sisa_desk.store.models import (
    AuditEvent,
    ContactAttempt,
    ContactChannel,
    ContactOutcome,
    Letter,
    LetterTemplate,
    Professional,
    RecipientKind,
)
from sisa_desk.ui.navigation import MATCHES, ShowMatch
from sisa_desk.ui.person_record import PersonRecordView
from tests.services.work_helpers import TODAY, World
from tests.ui.conftest import WAIT_MS

OCT_1 = date(2026, 10, 1)


@pytest.fixture
def world(db):
    return World(db.admin, db.operator)


def _view(qtbot, db, person_id: int) -> PersonRecordView:
    view = PersonRecordView(db.operator, today=TODAY)
    qtbot.addWidget(view)
    view.resize(930, 620)
    view.show()
    view.show_person(person_id)
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT_MS)
    return view


def _texts(view: PersonRecordView) -> str:
    labels = [label.text() for label in view.findChildren(QLabel) if label.isVisible()]
    cells = []
    for _table, model, _empty in view.tables.values():
        cells += [
            str(model.index(r, c).data())
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        ]
    return "\n".join(labels + cells)


def _add_letter_and_contact(db, match_id: int, person_id: int) -> None:
    with db.admin.database.unit_of_work() as session:
        template = LetterTemplate(
            name="Matchbrief ouders",
            recipient_kind=RecipientKind.PARENTS,
            content=b"docx",
            fields=[],
            added_at=datetime(2026, 10, 2, 9, 0),
        )
        session.add(template)
        session.flush()
        user = db.operator.actor.user_id
        session.add(
            Letter(
                match_id=match_id,
                young_person_id=person_id,
                template_id=template.id,
                recipient_kind=RecipientKind.PARENTS,
                letter_date=date(2026, 10, 5),
                created_at=datetime(2026, 10, 5, 10, 0),
                created_by_id=user,
            )
        )
        professional = session.scalar(
            select(Professional).where(Professional.name == "Prof JT-MAAS")
        )
        session.add(
            ContactAttempt(
                match_id=match_id,
                professional_id=professional.id,
                channel=ContactChannel.PHONE,
                outcome=ContactOutcome.VOICEMAIL,
                note="voicemail ingesproken",
                at=datetime(2026, 10, 3, 14, 30),
                by_id=user,
            )
        )


def test_the_record_shows_identity_signals_matches_letters_and_contacts(qtbot, db, world):
    person = world.person(("JT-MAAS", "SMW-NOORD"), OCT_1, surname="Visser", given="Lotte")
    world.close(person, date(2026, 11, 2))  # JT-MAAS's signal to the history, the match closes
    _add_letter_and_contact(db, person.match_id, person.id)
    view = _view(qtbot, db, person.id)
    ui = view.ui
    assert ui.nameLabel.text() == "Lotte Visser"
    assert not ui.shieldedBanner.isVisible()
    assert ui.bsnValue.text() == person.bsn
    assert ui.bornValue.text() == "17-05-2012 (14 jaar)"
    assert ui.genderValue.text() == "Vrouw"
    assert ui.addressValue.text() == f"{person.street} 1, {person.postcode} Rotterdam"
    assert not ui.deathValue.isVisible()
    assert view.tab_texts() == [
        "Signalen (1 actief, 1 historie)",
        "Matches (1)",
        "Brieven (1)",
        "Contacten (1)",
    ]
    signals = view.tables["signals"][1]
    assert [signals.index(r, 4).data() for r in range(2)] == ["Actief", "Historie (ingetrokken)"]
    matches = view.tables["matches"][1]
    row = [matches.index(0, c).data() for c in range(matches.columnCount())]
    assert row[:5] == [str(person.match_id), "Gesloten", "01-10-2026", "02-11-2026",
                       "JT-MAAS, SMW-NOORD"]  # fmt: skip
    letters = view.tables["letters"][1]
    assert [letters.index(0, c).data() for c in range(4)] == [
        "05-10-2026",
        "Matchbrief ouders",
        "ouders of verzorgers",
        str(person.match_id),
    ]
    contacts = view.tables["contacts"][1]
    assert [contacts.index(0, c).data() for c in range(6)] == [
        "03-10-2026 14:30",
        str(person.match_id),
        "Prof JT-MAAS (JT-MAAS)",
        "Telefoon",
        "voicemail",
        "voicemail ingesproken",
    ]


def test_a_shielded_record_warns_and_hides_the_address(qtbot, db, world):
    person = world.person(("JT-MAAS", "POL-ZUID"), OCT_1, shielded=True, city="Maassluis")
    view = _view(qtbot, db, person.id)
    ui = view.ui
    assert ui.shieldedBanner.isVisible()
    assert ui.shieldedBanner.text().startswith("Afgeschermd: het adres van deze jongere")
    assert ui.addressValue.text() == "afgeschermd – niet getoond"
    texts = _texts(view)
    for part in (person.street, person.postcode, "Maassluis"):
        assert part not in texts
    assert view.record.address is None and view.record.city is None


def test_every_opening_is_audited(qtbot, db, world):
    person = world.person(("JT-MAAS",), OCT_1)

    def views() -> int:
        with db.admin.database.unit_of_work() as session:
            return session.scalar(
                select(func.count()).where(
                    AuditEvent.action == Action.VIEW_YOUNG_PERSON.value,
                    AuditEvent.young_person_id == person.id,
                )
            )

    assert views() == 0
    view = _view(qtbot, db, person.id)
    assert views() == 1
    assert view.ui.auditLabel.text() == "Het openen van dit dossier is in het auditlog vastgelegd."
    view.show_person(person.id)
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT_MS)
    assert views() == 2


def test_empty_tabs_say_so_and_a_match_opens(qtbot, db, world):
    person = world.person(("JT-MAAS", "SMW-NOORD"), OCT_1)
    view = _view(qtbot, db, person.id)
    letters_table, _model, letters_empty = view.tables["letters"]
    assert not letters_empty.isHidden() and letters_table.isHidden()  # on a hidden tab
    assert letters_empty.text() == "Nog geen brieven verstuurd"
    table, model, _empty = view.tables["matches"]
    assert model.index(0, 1).data() == "Open – te laat"
    with qtbot.waitSignal(view.open_requested) as request:
        table.activated.emit(table.model().index(0, 0))
    assert request.args == [MATCHES, ShowMatch(person.match_id)]
    with qtbot.waitSignal(view.back_requested):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
