"""One match in full: the young person, the organisations and professionals involved with
their phone numbers and e-mail addresses, the dated steps and the contact attempts.

Opening it shows the young person's identity, so it is an audited view of their record
(VIEW_YOUNG_PERSON), as services.persons.view_person is. A shielded young person's address
is never read out of the database here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from sisa_desk.domain.matching import is_escalated, is_overdue, overdue_since
from sisa_desk.domain.names import display_name
from sisa_desk.domain.permissions import Permission
from sisa_desk.store.models import (
    Match,
    MatchMember,
    MatchStatus,
    Organisation,
    Professional,
    User,
    YoungPerson,
)

from . import audit
from .audit import Action
from .contact_history import ContactInfo, contacts_in_session
from .context import Workspace, requires
from .errors import NotFound
from .matching import steps_of
from .settings import load_settings


@dataclass(frozen=True)
class PersonBlock:
    id: int
    name: str
    date_of_birth: date
    bsn: str | None
    shielded: bool
    # None when shielded: never shown, put in a letter or exported.
    address: str | None


@dataclass(frozen=True)
class MemberDetail:
    organisation_id: int
    organisation_code: str
    organisation_name: str
    may_coordinate: bool
    professional_id: int | None
    professional_name: str | None
    # The professional's own, else the organisation's general phone and e-mail.
    phone: str | None
    email: str | None
    general_contact: bool
    joined_on: date
    left_on: date | None
    informed_at: datetime | None
    informed_by: str | None
    informed_via: str | None

    @property
    def current(self) -> bool:
        return self.left_on is None


@dataclass(frozen=True)
class StepsInfo:
    informed: int
    total: int
    letter_sent_at: datetime | None
    letter_sent_by: str | None
    proposed_coordinator_id: int | None
    proposed_coordinator: str | None
    coordinator_id: int | None
    coordinator: str | None
    coordinator_confirmed_at: datetime | None
    coordinator_confirmed_by: str | None

    @property
    def coordinator_possible(self) -> bool:
        """No proposal: no organisation in the match may coordinate."""
        return self.proposed_coordinator_id is not None or self.coordinator_id is not None


@dataclass(frozen=True)
class MatchDetail:
    id: int
    status: str
    opened_on: date
    closed_on: date | None
    close_reason: str | None
    person: PersonBlock
    # Those in the match now first (in order of joining), then those who left.
    members: list[MemberDetail]
    steps: StepsInfo
    handled: bool
    handled_at: datetime | None
    overdue: bool
    escalated: bool
    # The first day the match counts as overdue while it is not handled.
    overdue_from: date
    contacts: list[ContactInfo]

    @property
    def is_open(self) -> bool:
        return self.status == MatchStatus.OPEN.value


def _address(person: YoungPerson) -> str | None:
    if person.shielded or not person.street:
        return None
    street = f"{person.street} {person.house_number or ''}".strip()
    place = f"{person.postcode or ''} {person.city or ''}".strip()
    return f"{street}, {place}" if place else street


@requires(Permission.WORK_MATCHES)
def match_detail(workspace: Workspace, match_id: int, today: date | None = None) -> MatchDetail:
    """The match as the detail pane shows it; an audited view of the young person."""
    workspace.require(Permission.VIEW_YOUNG_PERSONS)
    today = today or date.today()
    with workspace.database.unit_of_work() as session:
        match = session.get(Match, match_id)
        if match is None:
            raise NotFound(f"no match {match_id}")
        person = session.get(YoungPerson, match.young_person_id)
        assert person is not None
        settings = load_settings(session)
        users = dict(session.execute(select(User.id, User.name)).tuples().all())
        organisations = {o.id: o for o in session.scalars(select(Organisation))}
        wanted = {m.professional_id for m in match.members if m.professional_id is not None}
        chosen = select(Professional).where(Professional.id.in_(wanted))
        professionals = {p.id: p for p in session.scalars(chosen)}
        members = [
            _member(m, organisations[m.organisation_id], professionals, users)
            for m in sorted(match.members, key=lambda m: (m.left_on is not None, m.joined_on, m.id))
        ]
        steps = steps_of(match)
        codes = {i: o.code for i, o in organisations.items()}
        handled = match.handled_at is not None
        is_open = match.status is MatchStatus.OPEN
        detail = MatchDetail(
            id=match.id,
            status=match.status.value,
            opened_on=match.opened_on,
            closed_on=match.closed_on,
            close_reason=match.close_reason.value if match.close_reason else None,
            person=PersonBlock(
                person.id,
                display_name(person.given_names or "", person.prefix or "", person.surname),
                person.date_of_birth,
                person.bsn,
                person.shielded,
                _address(person),
            ),
            members=members,
            steps=StepsInfo(
                informed=steps.professionals_informed,
                total=steps.professionals_total,
                letter_sent_at=match.letter_sent_at,
                letter_sent_by=users.get(match.letter_sent_by_id),
                proposed_coordinator_id=match.proposed_coordinator_id,
                proposed_coordinator=codes.get(match.proposed_coordinator_id),
                coordinator_id=match.coordinator_id,
                coordinator=codes.get(match.coordinator_id),
                coordinator_confirmed_at=match.coordinator_confirmed_at,
                coordinator_confirmed_by=users.get(match.coordinator_confirmed_by_id),
            ),
            handled=handled,
            handled_at=match.handled_at,
            overdue=is_open
            and is_overdue(match.opened_on, today, handled, settings.overdue_working_days),
            escalated=is_open
            and is_escalated(match.opened_on, today, handled, settings.escalation_working_days),
            overdue_from=overdue_since(match.opened_on, settings.overdue_working_days),
            contacts=contacts_in_session(session, match.id),
        )
        audit.record(
            session,
            workspace.actor.name,
            Action.VIEW_YOUNG_PERSON,
            object_type="young_person",
            object_id=person.id,
            young_person_id=person.id,
            match=match.id,
        )
        return detail


def _member(
    member: MatchMember,
    organisation: Organisation,
    professionals: dict[int, Professional],
    users: dict[int, str],
) -> MemberDetail:
    professional = professionals.get(member.professional_id or -1)
    phone = professional.phone if professional else None
    email = professional.email if professional else None
    general = not phone and not email
    return MemberDetail(
        organisation_id=organisation.id,
        organisation_code=organisation.code,
        organisation_name=organisation.name,
        may_coordinate=organisation.may_coordinate,
        professional_id=professional.id if professional else None,
        professional_name=professional.name if professional else None,
        phone=phone if not general else organisation.phone,
        email=email if not general else organisation.email,
        general_contact=general,
        joined_on=member.joined_on,
        left_on=member.left_on,
        informed_at=member.informed_at,
        informed_by=users.get(member.informed_by_id),
        informed_via=member.informed_via.value if member.informed_via else None,
    )
