"""The young person's record: identity, signals (active and history), matches with their
steps and organisations, letters and contact attempts. Every view is an audit event.

A shielded record never gives its address (nor the woonplaats): ``address`` and ``city`` are
None and ``shielded`` tells the screen to show its warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sisa_desk.domain.matching import is_overdue
from sisa_desk.domain.names import display_name
from sisa_desk.domain.permissions import Permission
from sisa_desk.store.models import (
    ContactAttempt,
    Letter,
    LetterTemplate,
    Match,
    MatchMember,
    MatchStatus,
    Organisation,
    Professional,
    Signal,
    User,
    YoungPerson,
)

from . import audit
from .audit import Action
from .context import Workspace, requires
from .errors import NotFound
from .settings import load_settings


@dataclass(frozen=True)
class SignalLine:
    id: int
    organisation_code: str
    signal_date: date
    planned_end: date
    status: str
    ended_on: date | None
    end_reason: str | None
    shielded: bool
    organisation_name: str = ""
    professional: str | None = None


@dataclass(frozen=True)
class MatchLine:
    id: int
    status: str
    opened: date
    closed: date | None
    close_reason: str | None
    # The organisations in it now (open) or at the close (closed), as codes.
    organisations: tuple[str, ...]
    coordinator: str | None
    proposed_coordinator: str | None
    letter_sent: datetime | None
    handled: bool
    overdue: bool


@dataclass(frozen=True)
class LetterLine:
    id: int
    match_id: int | None
    template: str
    recipient_kind: str
    letter_date: date
    created_by: str


@dataclass(frozen=True)
class ContactLine:
    id: int
    match_id: int
    at: datetime
    organisation_code: str | None
    professional: str | None
    channel: str
    outcome: str
    note: str | None
    by: str


@dataclass(frozen=True)
class PersonRecord:
    id: int
    bsn: str | None
    name: str
    date_of_birth: date
    gender: str
    # None when shielded: the address is never shown, put in a letter or exported.
    address: str | None
    shielded: bool
    date_of_death: date | None
    signals: list[SignalLine]
    match_ids: list[int]
    city: str | None = None  # None when shielded
    matches: tuple[MatchLine, ...] = ()
    letters: tuple[LetterLine, ...] = ()
    contacts: tuple[ContactLine, ...] = ()


@requires(Permission.VIEW_YOUNG_PERSONS)
def view_person(workspace: Workspace, person_id: int, *, today: date | None = None) -> PersonRecord:
    """The young person's record; every view is an audit event."""
    today = today or date.today()
    with workspace.database.unit_of_work() as session:
        person = session.get(YoungPerson, person_id)
        if person is None:
            raise NotFound(f"no young person {person_id}")
        organisations = {o.id: o for o in session.scalars(select(Organisation))}
        signals = session.execute(
            select(Signal, Professional.name)
            .outerjoin(Professional, Professional.id == Signal.professional_id)
            .where(Signal.young_person_id == person_id)
            .order_by(Signal.signal_date, Signal.id)
        ).all()
        matches = _matches(session, person_id, organisations, today)
        audit.record(
            session,
            workspace.actor.name,
            Action.VIEW_YOUNG_PERSON,
            object_type="young_person",
            object_id=person_id,
            young_person_id=person_id,
        )
        address = None
        if not person.shielded and person.street:
            address = (
                f"{person.street} {person.house_number or ''}, {person.postcode or ''} "
                f"{person.city or ''}".replace(" ,", ",").strip()
            )
        return PersonRecord(
            id=person.id,
            bsn=person.bsn,
            name=display_name(person.given_names or "", person.prefix or "", person.surname),
            date_of_birth=person.date_of_birth,
            gender=person.gender.value,
            address=address,
            shielded=person.shielded,
            date_of_death=person.date_of_death,
            signals=[
                SignalLine(
                    s.id,
                    organisations[s.organisation_id].code,
                    s.signal_date,
                    s.planned_end,
                    s.status.value,
                    s.ended_on,
                    s.end_reason.value if s.end_reason else None,
                    s.shielded,
                    organisations[s.organisation_id].name,
                    professional,
                )
                for s, professional in signals
            ],
            match_ids=[m.id for m in sorted(matches, key=lambda m: m.id)],
            city=None if person.shielded else person.city,
            matches=tuple(matches),
            letters=_letters(session, person_id),
            contacts=_contacts(session, [m.id for m in matches], organisations),
        )


def _matches(
    session: Session, person_id: int, organisations: dict[int, Organisation], today: date
) -> list[MatchLine]:
    """Newest first: the open match on top."""
    term = load_settings(session).overdue_working_days
    rows = list(
        session.scalars(
            select(Match)
            .where(Match.young_person_id == person_id)
            .order_by(Match.opened_on.desc(), Match.id.desc())
        )
    )
    members: dict[int, list[MatchMember]] = {m.id: [] for m in rows}
    if rows:
        for member in session.scalars(
            select(MatchMember).where(MatchMember.match_id.in_(list(members)))
        ):
            members[member.match_id].append(member)

    def code(organisation_id: int | None) -> str | None:
        return organisations[organisation_id].code if organisation_id is not None else None

    lines = []
    for match in rows:
        is_open = match.status is MatchStatus.OPEN
        # An open match lists who is in it now; a closed one everyone who ever was.
        current = [m for m in members[match.id] if m.left_on is None or not is_open]
        handled = match.handled_at is not None
        lines.append(
            MatchLine(
                id=match.id,
                status=match.status.value,
                opened=match.opened_on,
                closed=match.closed_on,
                close_reason=match.close_reason.value if match.close_reason else None,
                organisations=tuple(
                    sorted({organisations[m.organisation_id].code for m in current})
                ),
                coordinator=code(match.coordinator_id),
                proposed_coordinator=code(match.proposed_coordinator_id),
                letter_sent=match.letter_sent_at,
                handled=handled,
                overdue=is_open and is_overdue(match.opened_on, today, handled, term),
            )
        )
    return lines


def _letters(session: Session, person_id: int) -> tuple[LetterLine, ...]:
    rows = session.execute(
        select(Letter, LetterTemplate.name, User.name)
        .join(LetterTemplate, LetterTemplate.id == Letter.template_id)
        .join(User, User.id == Letter.created_by_id)
        .where(Letter.young_person_id == person_id)
        .order_by(Letter.letter_date.desc(), Letter.id.desc())
    )
    return tuple(
        LetterLine(
            letter.id,
            letter.match_id,
            template,
            letter.recipient_kind.value,
            letter.letter_date,
            user,
        )
        for letter, template, user in rows
    )


def _contacts(
    session: Session, match_ids: list[int], organisations: dict[int, Organisation]
) -> tuple[ContactLine, ...]:
    if not match_ids:
        return ()
    rows = session.execute(
        select(ContactAttempt, Professional, User.name)
        .outerjoin(Professional, Professional.id == ContactAttempt.professional_id)
        .join(User, User.id == ContactAttempt.by_id)
        .where(ContactAttempt.match_id.in_(match_ids))
        .order_by(ContactAttempt.at.desc(), ContactAttempt.id.desc())
    )
    return tuple(
        ContactLine(
            id=attempt.id,
            match_id=attempt.match_id,
            at=attempt.at,
            organisation_code=(
                organisations[professional.organisation_id].code if professional else None
            ),
            professional=professional.name if professional else None,
            channel=attempt.channel.value,
            outcome=attempt.outcome.value,
            note=attempt.note,
            by=user,
        )
        for attempt, professional, user in rows
    )
