"""Contacting professionals: logging calls and e-mails (and who counts as informed), the
contact note's limits, the mailto and tel links, the match detail, and who may do it."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from sqlalchemy import func, select

from sisa_desk.domain.permissions import Permission, Role, has_permission
from sisa_desk.services import contacts, matching, signals
from sisa_desk.services.contacts import ContactRejected
from sisa_desk.services.errors import InvalidInput, NotFound, PermissionDenied
from sisa_desk.store.models import (
    AuditEvent,
    ContactAttempt,
    ContactChannel,
    ContactOutcome,
    Match,
    MatchStatus,
    Professional,
    Signal,
    YoungPerson,
)
from tests.services.signal_helpers import TODAY, add_organisations, identity, new_bsn, signal

PHONE, EMAIL = ContactChannel.PHONE, ContactChannel.EMAIL


class Case:
    def __init__(self, db, *, shielded: bool = False) -> None:
        self.db = db
        self.orgs = add_organisations(db.admin)
        self.bsn = new_bsn(11)
        self.person = identity(self.bsn, surname="Vermeulen", given="Femke")
        for code, name, day in (
            ("JT-MAAS", "Anna de Groot", date(2026, 10, 1)),
            ("SMW-NOORD", "Carla Jansen", date(2026, 10, 5)),
            ("POL-ZUID", "Dirk Smit", date(2026, 10, 9)),
        ):
            result = signals.register_signal(
                db.operator,
                signal(self.person, code, day, professional=name, shielded=shielded),
                today=TODAY,
            )
        self.match_id = result.match_id
        detail = contacts.match_detail(db.operator, self.match_id, today=TODAY)
        self.professionals = {m.organisation_code: m.professional_id for m in detail.members}

    def member(self, code: str):
        detail = contacts.match_detail(self.db.operator, self.match_id, today=TODAY)
        return next(m for m in detail.members if m.organisation_code == code)

    def counts(self) -> tuple[int, int]:
        with self.db.admin.database.unit_of_work() as session:
            return (
                session.scalar(select(func.count()).select_from(ContactAttempt)),
                session.scalar(select(func.count()).select_from(AuditEvent)),
            )

    def events(self, action: str) -> list[AuditEvent]:
        with self.db.admin.database.unit_of_work() as session:
            query = select(AuditEvent).where(AuditEvent.action == action)
            return list(session.scalars(query.order_by(AuditEvent.id)))


@pytest.fixture
def case(db) -> Case:
    return Case(db)


# ------------------------------------------------------------------ logging


def test_a_call_that_reached_the_professional_informs_them(case):
    maas = case.professionals["JT-MAAS"]
    info = contacts.log_contact(
        case.db.operator, case.match_id, maas, PHONE, ContactOutcome.REACHED, "teruggebeld"
    )
    assert (info.channel, info.outcome, info.note, info.informed) == (
        "phone",
        "reached",
        "teruggebeld",
        True,
    )
    assert (info.professional_name, info.organisation_code, info.by) == (
        "Anna de Groot",
        "JT-MAAS",
        "medewerker",
    )
    member = case.member("JT-MAAS")
    assert member.informed_at is not None
    assert (member.informed_via, member.informed_by) == ("phone", "medewerker")
    assert case.member("SMW-NOORD").informed_at is None
    [logged] = case.events("contact_logged")
    assert logged.object_id == case.match_id
    assert logged.details == {
        "contact": info.id,
        "professional": maas,
        "channel": "phone",
        "outcome": "reached",
        "informed": True,
    }
    assert "teruggebeld" not in str(logged.details)
    [informed] = case.events("professional_informed")
    assert informed.details["organisation"] == case.orgs["JT-MAAS"]


@pytest.mark.parametrize(
    "outcome", [ContactOutcome.NO_ANSWER, ContactOutcome.VOICEMAIL, ContactOutcome.WRONG_NUMBER]
)
def test_a_call_that_did_not_reach_them_is_logged_but_informs_nobody(case, outcome):
    smw = case.professionals["SMW-NOORD"]
    info = contacts.log_contact(case.db.operator, case.match_id, smw, PHONE, outcome)
    assert info.outcome == outcome.value and not info.informed and info.note is None
    assert case.member("SMW-NOORD").informed_at is None
    assert case.events("professional_informed") == []


def test_an_email_sent_informs_them_by_email(case):
    pol = case.professionals["POL-ZUID"]
    info = contacts.log_contact(case.db.admin, case.match_id, pol, EMAIL, ContactOutcome.SENT)
    assert info.informed and case.member("POL-ZUID").informed_via == "email"


def test_a_second_contact_keeps_the_first_moment_of_informing(case):
    maas = case.professionals["JT-MAAS"]
    contacts.log_contact(case.db.operator, case.match_id, maas, PHONE, ContactOutcome.REACHED)
    first = case.member("JT-MAAS").informed_at
    again = contacts.log_contact(case.db.operator, case.match_id, maas, EMAIL, "sent")
    assert not again.informed
    assert case.member("JT-MAAS").informed_at == first


def test_informing_everyone_is_a_step_towards_handled(case):
    for code, pid in case.professionals.items():
        contacts.log_contact(case.db.operator, case.match_id, pid, PHONE, "reached")
        assert case.member(code).informed_at is not None
    detail = contacts.match_detail(case.db.operator, case.match_id, today=TODAY)
    assert (detail.steps.informed, detail.steps.total) == (3, 3)
    matching.confirm_coordinator(case.db.operator, case.match_id, case.orgs["JT-MAAS"])
    with case.db.admin.database.unit_of_work() as session:
        matching.mark_letter_sent(session, session.get(Match, case.match_id), 1)
    assert contacts.match_detail(case.db.operator, case.match_id, today=TODAY).handled


@pytest.mark.parametrize(
    "channel, outcome",
    [(PHONE, ContactOutcome.SENT), (EMAIL, ContactOutcome.REACHED), (EMAIL, "voicemail")],
)
def test_an_outcome_of_another_channel_is_refused_and_changes_nothing(case, channel, outcome):
    before = case.counts()
    with pytest.raises(ContactRejected) as refused:
        contacts.log_contact(
            case.db.operator, case.match_id, case.professionals["JT-MAAS"], channel, outcome
        )
    assert refused.value.code == "outcome"
    assert case.counts() == before


@pytest.mark.parametrize(
    "note, code",
    [
        ("x" * 201, "note_too_long"),
        ("eerste regel\ntweede regel", "note_lines"),
        ("voicemail\r", "note_lines"),
        ("kolom\tkolom", "note_lines"),
        ("bel\x07", "note_characters"),
    ],
)
def test_a_note_too_long_or_on_more_lines_is_refused_and_changes_nothing(case, note, code):
    before = case.counts()
    with pytest.raises(ContactRejected) as refused:
        contacts.log_contact(
            case.db.operator, case.match_id, case.professionals["JT-MAAS"], PHONE, "reached", note
        )
    assert refused.value.code == code
    assert case.counts() == before
    assert case.member("JT-MAAS").informed_at is None


def test_a_note_of_200_characters_fits_and_blank_is_none(case):
    pid = case.professionals["JT-MAAS"]
    long = contacts.log_contact(case.db.operator, case.match_id, pid, PHONE, "voicemail", "v" * 200)
    blank = contacts.log_contact(case.db.operator, case.match_id, pid, PHONE, "no_answer", "   ")
    assert len(long.note) == 200 and blank.note is None


def test_a_professional_outside_the_match_or_a_closed_match_is_refused(case, db):
    other = signals.register_signal(
        db.operator,
        signal(identity(new_bsn(12)), "WIJK-WEST", date(2026, 10, 2), professional="Eva Bos"),
        today=TODAY,
    )
    with db.admin.database.unit_of_work() as session:
        stranger = session.scalar(
            select(Signal.professional_id).where(Signal.id == other.signal_id)
        )
    with pytest.raises(ContactRejected):
        contacts.log_contact(db.operator, case.match_id, stranger, PHONE, "reached")
    with pytest.raises(NotFound):
        contacts.log_contact(db.operator, case.match_id, 99_999, PHONE, "reached")
    with pytest.raises(NotFound):
        contacts.log_contact(db.operator, 99_999, stranger, PHONE, "reached")
    with db.admin.database.unit_of_work() as session:
        session.get(Match, case.match_id).status = MatchStatus.CLOSED
    with pytest.raises(InvalidInput, match="closed"):
        contacts.log_contact(
            db.operator, case.match_id, case.professionals["JT-MAAS"], PHONE, "reached"
        )


def test_the_contact_history_is_newest_first(case):
    pid = case.professionals["SMW-NOORD"]
    contacts.log_contact(case.db.operator, case.match_id, pid, PHONE, "no_answer", "geen gehoor")
    contacts.log_contact(case.db.admin, case.match_id, pid, PHONE, "reached")
    history = contacts.contacts_of_match(case.db.operator, case.match_id)
    assert [(c.outcome, c.by) for c in history] == [
        ("reached", "beheer"),
        ("no_answer", "medewerker"),
    ]
    assert history[1].note == "geen gehoor" and history[0].professional_name == "Carla Jansen"
    with pytest.raises(NotFound):
        contacts.contacts_of_match(case.db.operator, 99_999)


# ------------------------------------------------------------------ links


def test_the_mailto_names_the_other_professionals_and_nothing_of_the_young_person(case):
    url = contacts.mailto_for(case.db.operator, case.match_id, case.professionals["JT-MAAS"])
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "anna.de.groot@jt-maas.example"
    query = parse_qs(parts.query)
    assert query["subject"] == ["SISA-match: contact met andere betrokken hulpverleners"]
    body = query["body"][0]
    for expected in (
        "Beste Anna de Groot,",
        "Carla Jansen, Organisatie SMW-NOORD (demo) (SMW-NOORD)",
        "carla.jansen@smw-noord.example",
        "Dirk Smit",
        "dirk.smit@pol-zuid.example",
        "010-5550100",
        "regie",
        f"SISA-match {case.match_id}",
    ):
        assert expected in body
    assert "anna.de.groot@jt-maas.example" not in body  # the others, not herself
    assert "\r\n" in body and "\n" not in body.replace("\r\n", "")
    # Nothing about the young person: not in the text, not in the link.
    with case.db.admin.database.unit_of_work() as session:
        person = session.scalar(select(YoungPerson).where(YoungPerson.bsn == case.bsn))
        private = [
            case.bsn,
            person.surname,
            person.given_names,
            person.street,
            person.postcode,
            person.city,
            person.date_of_birth.strftime("%d-%m-%Y"),
        ]
    for text in private:
        assert text not in body and text not in url and text.lower() not in body.lower()
    assert " " not in url and "\n" not in url


def test_the_mailto_of_a_professional_without_email_is_refused(case, db):
    with db.admin.database.unit_of_work() as session:
        session.get(Professional, case.professionals["POL-ZUID"]).email = None
    with pytest.raises(ContactRejected) as refused:
        contacts.mailto_for(db.operator, case.match_id, case.professionals["POL-ZUID"])
    assert refused.value.code == "no_email"


@pytest.mark.parametrize(
    "phone, url",
    [
        ("06-5550 4801", "tel:0655504801"),
        ("+31 (0)10 555 01 00", "tel:+310105550100"),
        (" 14 010 ", "tel:14010"),
    ],
)
def test_tel_keeps_digits_and_a_leading_plus(phone, url):
    assert contacts.tel_for(phone) == url


def test_tel_without_digits_is_refused():
    with pytest.raises(ContactRejected):
        contacts.tel_for("onbekend")


# ------------------------------------------------------------------ the detail


def test_the_detail_shows_person_members_steps_and_is_an_audited_view(case):
    pid = case.professionals["SMW-NOORD"]
    contacts.log_contact(case.db.operator, case.match_id, pid, PHONE, "voicemail", "ingesproken")
    detail = contacts.match_detail(case.db.operator, case.match_id, today=TODAY)
    assert detail.is_open and detail.opened_on == TODAY
    person = detail.person
    assert (person.name, person.bsn, person.shielded) == ("Femke Vermeulen", case.bsn, False)
    assert person.address == "Havenstraat 12, 3011 AB Rotterdam"
    assert [m.organisation_code for m in detail.members] == ["JT-MAAS", "SMW-NOORD", "POL-ZUID"]
    maas = detail.members[0]
    assert (maas.professional_name, maas.phone, maas.email, maas.may_coordinate) == (
        "Anna de Groot",
        "010-5550100",
        "anna.de.groot@jt-maas.example",
        True,
    )
    assert (detail.steps.informed, detail.steps.total) == (0, 3)
    assert detail.steps.proposed_coordinator == "JT-MAAS" and detail.steps.coordinator is None
    assert detail.steps.letter_sent_at is None and not detail.handled
    assert [(c.outcome, c.note) for c in detail.contacts] == [("voicemail", "ingesproken")]
    views = case.events("view_young_person")
    assert views[-1].young_person_id == person.id
    assert views[-1].details == {"match": case.match_id}


def test_a_shielded_young_persons_address_is_never_read_out(db):
    case = Case(db, shielded=True)
    detail = contacts.match_detail(db.operator, case.match_id, today=TODAY)
    assert detail.person.shielded and detail.person.address is None


def test_the_detail_of_an_unknown_match_is_not_found(db):
    with pytest.raises(NotFound):
        contacts.match_detail(db.operator, 99_999)


# ------------------------------------------------------------------ permissions


CALLS = {
    "log_contact": (Permission.LOG_CONTACTS, lambda ws, c: contacts.log_contact(
        ws, c.match_id, c.professionals["JT-MAAS"], PHONE, "no_answer")),
    "contacts_of_match": (Permission.WORK_MATCHES,
                          lambda ws, c: contacts.contacts_of_match(ws, c.match_id)),
    "mailto_for": (Permission.LOG_CONTACTS,
                   lambda ws, c: contacts.mailto_for(ws, c.match_id, c.professionals["JT-MAAS"])),
    "match_detail": (Permission.WORK_MATCHES,
                     lambda ws, c: contacts.match_detail(ws, c.match_id)),
}  # fmt: skip


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("call", list(CALLS))
def test_only_operators_and_admins_contact_professionals(case, role, call):
    permission, work = CALLS[call]
    if has_permission(role, permission):
        assert role in (Role.ADMIN, Role.OPERATOR)
        work(case.db[role], case)
    else:
        before = case.counts()
        with pytest.raises(PermissionDenied):
            work(case.db[role], case)
        assert case.counts() == before
