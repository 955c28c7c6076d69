"""The work queues of the back office (DESIGN.md §2): the open matches that wait for a step,
and the possible duplicates without a BSN that wait for a person to decide.

Every queue is oldest first. A match in a queue misses a step, so it is not handled, and an
unhandled match is overdue exactly when it opened before the overdue cutoff: oldest first is
therefore also overdue first, in every queue. Counts are plain COUNT queries (cheap enough to
run on every visit of a screen); rows come a page at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session, aliased

from sisa_desk.domain.matching import is_escalated
from sisa_desk.domain.names import display_name
from sisa_desk.domain.permissions import Permission
from sisa_desk.store.models import (
    DuplicateReview,
    Match,
    MatchMember,
    MatchStatus,
    Organisation,
    ReviewStatus,
    YoungPerson,
)

from .context import Workspace, requires
from .errors import InvalidInput
from .matching import overdue_cutoff
from .settings import Settings, load_settings


class Queue(StrEnum):
    TO_INFORM = "to_inform"
    LETTERS = "letters"
    COORDINATOR = "coordinator"
    OVERDUE = "overdue"
    DUPLICATES = "duplicates"


MATCH_QUEUES = (Queue.TO_INFORM, Queue.LETTERS, Queue.COORDINATOR, Queue.OVERDUE)
MAX_PAGE = 1000


@dataclass(frozen=True)
class QueueRow:
    queue: Queue
    # A match, or (duplicates) a review of two young persons without a BSN.
    match_id: int | None
    review_id: int | None
    young_person_id: int
    name: str
    bsn: str | None
    # The day the match opened, or the day the possible duplicate was found.
    since: date
    overdue: bool
    escalated: bool
    # The organisations in the match now (codes); for duplicates empty.
    organisations: tuple[str, ...]
    # Those whose professional is still to be told (codes).
    not_informed: tuple[str, ...]
    proposed_coordinator: str | None
    # The steps still open besides telling the professionals (matches only).
    letter_missing: bool = False
    coordinator_missing: bool = False
    # Duplicates: the other record's name.
    candidate_name: str | None = None


def _uninformed() -> ColumnElement[bool]:
    # The members still to be told, gathered once (a scan of the members), rather than a
    # look-up among the members of each of the open matches.
    return Match.id.in_(
        select(MatchMember.match_id).where(
            MatchMember.left_on.is_(None), MatchMember.informed_at.is_(None)
        )
    )


def _condition(queue: Queue, cutoff: date) -> ColumnElement[bool]:
    is_open = Match.status == MatchStatus.OPEN
    if queue is Queue.TO_INFORM:
        return and_(is_open, _uninformed())
    if queue is Queue.LETTERS:
        return and_(is_open, Match.letter_sent_at.is_(None))
    if queue is Queue.COORDINATOR:
        return and_(
            is_open, Match.proposed_coordinator_id.is_not(None), Match.coordinator_id.is_(None)
        )
    if queue is Queue.OVERDUE:
        return and_(is_open, Match.handled_at.is_(None), Match.opened_on < cutoff)
    raise InvalidInput(f"{queue} is not a queue of matches")


def _queues_for(workspace: Workspace) -> tuple[Queue, ...]:
    # Deciding on duplicates is editing young persons: without that right the queue is absent.
    if workspace.actor.can(Permission.EDIT_YOUNG_PERSONS):
        return (*MATCH_QUEUES, Queue.DUPLICATES)
    return MATCH_QUEUES


_OPEN_REVIEWS = DuplicateReview.status == ReviewStatus.OPEN


@requires(Permission.WORK_MATCHES)
def queue_counts(workspace: Workspace, today: date | None = None) -> dict[str, int]:
    """How many items each queue holds, by Queue value, in the order of the queues: one
    pass over the open matches for the letter, coordinator and overdue queues, one over the
    members still to be told, one count of the reviews."""
    today = today or date.today()
    with workspace.database.unit_of_work() as session:
        cutoff = overdue_cutoff(today, load_settings(session))

        def number(queue: Queue) -> ColumnElement[int]:
            condition = _condition(queue, cutoff)
            return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

        in_one_pass = (Queue.LETTERS, Queue.COORDINATOR, Queue.OVERDUE)
        sums = session.execute(
            select(*(number(queue) for queue in in_one_pass)).where(
                Match.status == MatchStatus.OPEN
            )
        ).one()
        found = dict(zip(in_one_pass, sums, strict=True))
        found[Queue.TO_INFORM] = session.scalar(
            select(func.count()).select_from(Match).where(_condition(Queue.TO_INFORM, cutoff))
        )
        if Queue.DUPLICATES in _queues_for(workspace):
            found[Queue.DUPLICATES] = session.scalar(
                select(func.count()).select_from(DuplicateReview).where(_OPEN_REVIEWS)
            )
        return {queue.value: int(found[queue] or 0) for queue in _queues_for(workspace)}


@requires(Permission.WORK_MATCHES)
def work_total(workspace: Workspace) -> int:
    """The things to do, for the navigation: open matches not yet handled (each once, in how
    many queues it may be) and open duplicate reviews."""
    with workspace.database.unit_of_work() as session:
        total = session.scalar(
            select(func.count()).where(Match.status == MatchStatus.OPEN, Match.handled_at.is_(None))
        )
        if Queue.DUPLICATES in _queues_for(workspace):
            total += session.scalar(select(func.count()).where(_OPEN_REVIEWS)) or 0
        return total or 0


@requires(Permission.WORK_MATCHES)
def queue_page(
    workspace: Workspace,
    queue: Queue | str,
    offset: int = 0,
    limit: int = 200,
    today: date | None = None,
) -> list[QueueRow]:
    """One page of a queue, oldest (and so overdue) first."""
    queue = Queue(queue)
    if queue not in _queues_for(workspace):
        raise InvalidInput(f"the queue {queue.value} is not open to this role")
    offset, limit = max(offset, 0), max(0, min(limit, MAX_PAGE))
    today = today or date.today()
    with workspace.database.unit_of_work() as session:
        if queue is Queue.DUPLICATES:
            return _duplicates_page(session, offset, limit)
        settings = load_settings(session)
        cutoff = overdue_cutoff(today, settings)
        rows = session.execute(
            select(Match, YoungPerson)
            .join(YoungPerson, YoungPerson.id == Match.young_person_id)
            .where(_condition(queue, cutoff))
            .order_by(Match.opened_on, Match.id)
            .offset(offset)
            .limit(limit)
        ).all()
        return _match_rows(session, queue, rows, today, cutoff, settings)


def _match_rows(
    session: Session,
    queue: Queue,
    rows: list,  # (Match, YoungPerson)
    today: date,
    cutoff: date,
    settings: Settings,
) -> list[QueueRow]:
    ids = [match.id for match, _person in rows]
    members: dict[int, list[tuple[str, bool]]] = {match_id: [] for match_id in ids}
    if ids:
        for match_id, code, informed_at in session.execute(
            select(MatchMember.match_id, Organisation.code, MatchMember.informed_at)
            .join(Organisation, Organisation.id == MatchMember.organisation_id)
            .where(MatchMember.match_id.in_(ids), MatchMember.left_on.is_(None))
        ):
            members[match_id].append((code, informed_at is not None))
    codes = dict(session.execute(select(Organisation.id, Organisation.code)).tuples().all())
    result = []
    for match, person in rows:
        current = sorted(members[match.id])
        handled = match.handled_at is not None
        result.append(
            QueueRow(
                queue=queue,
                match_id=match.id,
                review_id=None,
                young_person_id=person.id,
                name=_name(person),
                bsn=person.bsn,
                since=match.opened_on,
                overdue=not handled and match.opened_on < cutoff,
                escalated=is_escalated(
                    match.opened_on, today, handled, settings.escalation_working_days
                ),
                organisations=tuple(code for code, _informed in current),
                not_informed=tuple(code for code, informed in current if not informed),
                proposed_coordinator=codes.get(match.proposed_coordinator_id),
                letter_missing=match.letter_sent_at is None,
                coordinator_missing=match.proposed_coordinator_id is not None
                and match.coordinator_id is None,
            )
        )
    return result


def _duplicates_page(session: Session, offset: int, limit: int) -> list[QueueRow]:
    candidate = aliased(YoungPerson)
    rows = session.execute(
        select(DuplicateReview, YoungPerson, candidate)
        .join(YoungPerson, YoungPerson.id == DuplicateReview.young_person_id)
        .join(candidate, candidate.id == DuplicateReview.candidate_id)
        .where(_OPEN_REVIEWS)
        .order_by(DuplicateReview.created_at, DuplicateReview.id)
        .offset(offset)
        .limit(limit)
    ).all()
    return [
        QueueRow(
            queue=Queue.DUPLICATES,
            match_id=None,
            review_id=review.id,
            young_person_id=person.id,
            name=_name(person),
            bsn=None,
            since=review.created_at.date(),
            overdue=False,
            escalated=False,
            organisations=(),
            not_informed=(),
            proposed_coordinator=None,
            candidate_name=_name(other),
        )
        for review, person, other in rows
    ]


def _name(person: YoungPerson) -> str:
    return display_name(person.given_names or "", person.prefix or "", person.surname)
