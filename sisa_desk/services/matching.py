"""Matches: they follow the active signals (DESIGN.md §2) and carry the work of the back
office — tell each professional, send the letter, confirm the coordinator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, bindparam, func, select
from sqlalchemy.orm import Session, selectinload

from sisa_desk.domain.dates import add_working_days
from sisa_desk.domain.matching import (
    CoordinatorCandidate,
    MatchChange,
    MatchChangeKind,
    MatchSteps,
    is_escalated,
    is_overdue,
    propose_coordinator,
    reconcile,
)
from sisa_desk.domain.permissions import Permission
from sisa_desk.domain.signals import EndReason
from sisa_desk.store.models import (
    ContactChannel,
    Match,
    MatchMember,
    MatchStatus,
    Organisation,
    Signal,
    SignalStatus,
    YoungPerson,
)

from . import audit
from .audit import Action
from .context import Actor, Workspace, requires
from .errors import InvalidInput, NotFound
from .lookups import OrganisationCache
from .settings import Settings, load_settings


@dataclass(frozen=True)
class MatchSummary:
    id: int
    bsn: str | None
    young_person_id: int
    organisations: list[str]
    status: str
    opened: date
    closed: date | None
    coordinator: str | None
    proposed_coordinator: str | None
    handled: bool
    overdue: bool
    escalated: bool


@dataclass(frozen=True)
class MemberInfo:
    organisation_id: int
    organisation_code: str
    organisation_name: str
    professional_id: int | None
    joined_on: date
    left_on: date | None
    informed_at: datetime | None
    informed_via: str | None


@dataclass(frozen=True)
class MatchOutcome:
    """What one change of the active signals did to the young person's match."""

    kind: MatchChangeKind
    match_id: int | None
    # The organisations (ids) in the open match afterwards; empty when there is none.
    organisations: frozenset[int] = frozenset()


# ------------------------------------------------------------------ following the signals


# Built once: constructing a statement costs more than running it (hot path, < 2 ms budget).
_ACTIVE_SIGNALS = select(Signal).where(
    Signal.young_person_id == bindparam("person"), Signal.status == SignalStatus.ACTIVE
)
_OPEN_MATCH = select(Match).where(
    Match.young_person_id == bindparam("person"), Match.status == MatchStatus.OPEN
)


def active_signals(session: Session, person_id: int) -> list[Signal]:
    return list(session.scalars(_ACTIVE_SIGNALS, {"person": person_id}))


def open_match(session: Session, person_id: int) -> Match | None:
    return session.scalar(_OPEN_MATCH, {"person": person_id})


def follow_signals(
    session: Session,
    actor: Actor,
    person: YoungPerson,
    today: date,
    close_reason: EndReason | None = None,
    *,
    identity_confirmed: bool = False,
    active: list[Signal] | None = None,
    organisations: OrganisationCache | None = None,
    known_without_match: bool = False,
) -> MatchOutcome:
    """Bring the young person's match in line with their active signals, with audit events.

    Young persons without a BSN are never matched automatically: only after a person
    merged possible duplicates (``identity_confirmed``). A caller that already holds the
    active signals, or knows there is no match (a young person created just now), passes
    that in: registering a signal must stay under 2 ms.
    """
    with session.no_autoflush:
        match = None if known_without_match else open_match(session, person.id)
        if person.bsn is None and match is None and not identity_confirmed:
            return MatchOutcome(MatchChangeKind.NONE, None)
        signals = active if active is not None else active_signals(session, person.id)
        by_org = {s.organisation_id: s for s in signals}
        if match is None and len(by_org) < 2:
            return MatchOutcome(MatchChangeKind.NONE, None)
        current = (
            {m.organisation_id: m for m in match.members if m.left_on is None} if match else {}
        )
        change: MatchChange[int] = reconcile(
            frozenset(current) if match else None,
            frozenset(by_org),
            close_reason or EndReason.WITHDRAWN,
        )
        if change.kind is MatchChangeKind.NONE:
            _refresh_members(match, by_org)
            if match is None:
                return MatchOutcome(change.kind, None)
            return MatchOutcome(change.kind, match.id, frozenset(current))
        if change.kind is MatchChangeKind.OPEN:
            match = Match(
                young_person_id=person.id, status=MatchStatus.OPEN, opened_on=today, members=[]
            )
            session.add(match)
        assert match is not None
        earlier = {m.organisation_id: m for m in match.members if m.left_on is not None}
        for org_id in change.joining:
            signal = by_org[org_id]
            member = earlier.get(org_id)
            if member is None:
                member = MatchMember(organisation_id=org_id)
                match.members.append(member)
            # An organisation that left and signals again rejoins on its old row, to be told anew.
            member.signal_id, member.professional_id = signal.id, signal.professional_id
            member.joined_on, member.left_on = today, None
            member.informed_at = member.informed_by_id = member.informed_via = None
        for org_id in change.leaving:
            current[org_id].left_on = today
        if change.kind is MatchChangeKind.CLOSE:
            match.status = MatchStatus.CLOSED
            match.closed_on = today
            match.close_reason = change.close_reason
        else:
            _refresh_members(match, by_org)
            match.proposed_coordinator_id = _proposal(
                organisations or OrganisationCache(session), list(by_org.values())
            )
            if match.coordinator_id is not None and match.coordinator_id not in by_org:
                match.coordinator_id = None  # the confirmed coordinator left: confirm anew
                match.coordinator_confirmed_at = None
            _update_handled(match)
    session.flush()
    action = {
        MatchChangeKind.OPEN: Action.MATCH_OPENED,
        MatchChangeKind.JOIN: Action.MATCH_JOINED,
        MatchChangeKind.LEAVE: Action.MATCH_LEFT,
        MatchChangeKind.CLOSE: Action.MATCH_CLOSED,
    }[change.kind]
    audit.record(
        session,
        actor.name,
        action,
        object_type="match",
        object_id=match.id,
        young_person_id=person.id,
        joining=sorted(change.joining),
        leaving=sorted(change.leaving),
    )
    return MatchOutcome(change.kind, match.id, change.orgs)


def _refresh_members(match: Match | None, by_org: dict[int, Signal]) -> None:
    # A refreshed signal may name another professional: the match follows it.
    if match is None:
        return
    for member in match.members:
        signal = by_org.get(member.organisation_id)
        if member.left_on is None and signal is not None:
            member.signal_id = signal.id
            member.professional_id = signal.professional_id


def _proposal(organisations: OrganisationCache, signals: list[Signal]) -> int | None:
    candidates = []
    for signal in signals:
        organisation = organisations.by_id(signal.organisation_id)
        candidates.append(
            CoordinatorCandidate(
                signal.organisation_id,
                organisation.may_coordinate,
                organisation.coordinator_priority,
                signal.signal_date,
            )
        )
    return propose_coordinator(candidates)


def steps_of(match: Match) -> MatchSteps:
    current = [m for m in match.members if m.left_on is None]
    return MatchSteps(
        professionals_total=len(current),
        professionals_informed=sum(1 for m in current if m.informed_at is not None),
        letter_sent=match.letter_sent_at is not None,
        # No proposal means no organisation in the match may coordinate (police and schools
        # signal only): there is no coordinator to confirm, and the step does not hold it up.
        coordinator_confirmed=match.coordinator_id is not None
        or match.proposed_coordinator_id is None,
    )


def _update_handled(match: Match, now: datetime | None = None) -> None:
    if steps_of(match).is_handled:
        if match.handled_at is None:
            match.handled_at = now or datetime.now()
    else:
        match.handled_at = None


# ------------------------------------------------------------------ reading


def overdue_cutoff(today: date, settings: Settings) -> date:
    """Open unhandled matches opened before this day are overdue (the same answer as
    domain.matching.is_overdue, as one comparison a query can use)."""
    day = add_working_days(today, -settings.overdue_working_days)
    while is_overdue(day, today, False, settings.overdue_working_days):
        day = date.fromordinal(day.toordinal() + 1)
    return day


def _summaries(session: Session, matches: list[Match], today: date) -> list[MatchSummary]:
    settings = load_settings(session)
    org_codes = dict(session.execute(select(Organisation.id, Organisation.code)).tuples().all())
    if len(matches) == 1:
        wanted = YoungPerson.id == matches[0].young_person_id
    else:  # a subquery, not a list of ids: a region holds 150 000 matches
        wanted = YoungPerson.id.in_(select(Match.young_person_id))
    persons = dict(session.execute(select(YoungPerson.id, YoungPerson.bsn).where(wanted)).all())
    result = []
    for match in matches:
        handled = match.handled_at is not None
        is_open = match.status is MatchStatus.OPEN
        # An open match lists who is in it now; a closed one everyone who ever was.
        members = [m for m in match.members if m.left_on is None or not is_open]
        result.append(
            MatchSummary(
                id=match.id,
                bsn=persons.get(match.young_person_id),
                young_person_id=match.young_person_id,
                organisations=sorted({org_codes[m.organisation_id] for m in members}),
                status=match.status.value,
                opened=match.opened_on,
                closed=match.closed_on,
                coordinator=org_codes.get(match.coordinator_id),
                proposed_coordinator=org_codes.get(match.proposed_coordinator_id),
                handled=handled,
                overdue=is_open
                and is_overdue(match.opened_on, today, handled, settings.overdue_working_days),
                escalated=is_open
                and is_escalated(match.opened_on, today, handled, settings.escalation_working_days),
            )
        )
    return result


@requires(Permission.WORK_MATCHES)
def list_matches(
    workspace: Workspace, *, open_only: bool = False, today: date | None = None
) -> list[MatchSummary]:
    """All matches (or the open ones), overdue first, then oldest first."""
    today = today or date.today()
    with workspace.database.unit_of_work() as session:
        query = (
            select(Match).options(selectinload(Match.members)).order_by(Match.opened_on, Match.id)
        )
        if open_only:
            query = query.where(Match.status == MatchStatus.OPEN)
        matches = list(session.scalars(query))
        summaries = _summaries(session, matches, today)
    return sorted(summaries, key=lambda s: (not s.overdue, s.status != "open", s.opened, s.id))


@requires(Permission.WORK_MATCHES)
def get_match(workspace: Workspace, match_id: int, *, today: date | None = None) -> MatchSummary:
    with workspace.database.unit_of_work() as session:
        match = _match(session, match_id)
        return _summaries(session, [match], today or date.today())[0]


@requires(Permission.WORK_MATCHES)
def match_members(workspace: Workspace, match_id: int) -> list[MemberInfo]:
    with workspace.database.unit_of_work() as session:
        match = _match(session, match_id)
        orgs = {o.id: o for o in session.scalars(select(Organisation))}
        return [
            MemberInfo(
                m.organisation_id,
                orgs[m.organisation_id].code,
                orgs[m.organisation_id].name,
                m.professional_id,
                m.joined_on,
                m.left_on,
                m.informed_at,
                m.informed_via.value if m.informed_via else None,
            )
            for m in sorted(match.members, key=lambda m: (m.joined_on, m.id))
        ]


def count_open_matches(session: Session) -> int:
    return session.scalar(select(func.count()).where(Match.status == MatchStatus.OPEN)) or 0


# ------------------------------------------------------------------ the work on a match


def _match(session: Session, match_id: int) -> Match:
    match = session.get(Match, match_id)
    if match is None:
        raise NotFound(f"no match {match_id}")
    return match


def _open_match_for_work(session: Session, match_id: int) -> Match:
    match = _match(session, match_id)
    if match.status is not MatchStatus.OPEN:
        raise InvalidInput(f"match {match_id} is closed")
    return match


@requires(Permission.WORK_MATCHES)
def confirm_coordinator(workspace: Workspace, match_id: int, organisation_id: int) -> None:
    """A person confirms (or changes) the coordinator; only an involved organisation that
    may coordinate."""
    with workspace.database.unit_of_work() as session:
        match = _open_match_for_work(session, match_id)
        involved = {m.organisation_id for m in match.members if m.left_on is None}
        organisation = session.get(Organisation, organisation_id)
        if organisation is None or organisation_id not in involved:
            raise InvalidInput("the coordinator must be one of the organisations in the match")
        if not organisation.may_coordinate:
            raise InvalidInput(f"{organisation.code} signals only and may not coordinate")
        match.coordinator_id = organisation_id
        match.coordinator_confirmed_at = datetime.now()
        match.coordinator_confirmed_by_id = workspace.actor.user_id
        _update_handled(match)
        audit.record(
            session,
            workspace.actor.name,
            Action.COORDINATOR_CONFIRMED,
            object_type="match",
            object_id=match.id,
            young_person_id=match.young_person_id,
            organisation=organisation_id,
        )


@requires(Permission.WORK_MATCHES)
def mark_informed(
    workspace: Workspace, match_id: int, organisation_id: int, via: ContactChannel
) -> None:
    """The professional of ``organisation_id`` in this match has been told."""
    with workspace.database.unit_of_work() as session:
        match = _open_match_for_work(session, match_id)
        inform_in_session(session, workspace.actor, match, organisation_id, via)


def open_match_for_work(session: Session, match_id: int) -> Match:
    """The match, when it is still open (work on a closed match is refused)."""
    return _open_match_for_work(session, match_id)


def inform_in_session(
    session: Session, actor: Actor, match: Match, organisation_id: int, via: ContactChannel
) -> None:
    """``mark_informed`` inside the caller's unit of work (a logged contact that reached the
    professional)."""
    member = next(
        (m for m in match.members if m.organisation_id == organisation_id and m.left_on is None),
        None,
    )
    if member is None:
        raise InvalidInput("that organisation is not in this match")
    member.informed_at = datetime.now()
    member.informed_by_id = actor.user_id
    member.informed_via = ContactChannel(via)
    _update_handled(match)
    audit.record(
        session,
        actor.name,
        Action.PROFESSIONAL_INFORMED,
        object_type="match",
        object_id=match.id,
        young_person_id=match.young_person_id,
        organisation=organisation_id,
        via=member.informed_via.value,
    )


def mark_letter_sent(session: Session, match: Match, user_id: int) -> None:
    """Called by the letters service inside its own unit of work."""
    match.letter_sent_at = datetime.now()
    match.letter_sent_by_id = user_id
    _update_handled(match)


def open_matches_query(today: date, settings: Settings, *, overdue_only: bool = False):  # noqa: ANN201
    """A select of open matches, for paged tables; overdue ones by one indexed comparison."""
    query = select(Match).where(Match.status == MatchStatus.OPEN)
    if overdue_only:
        query = query.where(
            and_(Match.handled_at.is_(None), Match.opened_on < overdue_cutoff(today, settings))
        )
    return query
