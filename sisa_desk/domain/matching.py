"""Match rules of DESIGN.md §2: when a match exists, how it follows the active signals, who is
proposed as coordinator, and when an unhandled match is overdue or escalated.

Organisation identifiers are whatever the caller uses (ids or codes): any hashable value, and
mutually comparable where a tie has to be broken.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Generic, TypeVar

from sisa_desk.domain.dates import add_working_days
from sisa_desk.domain.signals import EndReason

OrgT = TypeVar("OrgT", bound=Hashable)

MIN_ORGANISATIONS = 2
OVERDUE_WORKING_DAYS = 10
ESCALATION_WORKING_DAYS = 20
_NO_HOLIDAYS: frozenset[date] = frozenset()


def match_should_exist(active_orgs: Iterable[Hashable]) -> bool:
    """Two or more *different* organisations hold an active signal on the young person."""
    return len(set(active_orgs)) >= MIN_ORGANISATIONS


class MatchChangeKind(StrEnum):
    NONE = "none"
    OPEN = "open"
    JOIN = "join"
    LEAVE = "leave"
    CLOSE = "close"


@dataclass(frozen=True)
class MatchChange(Generic[OrgT]):
    kind: MatchChangeKind
    orgs: frozenset[OrgT]  # the match's organisations afterwards (empty when none or closed)
    joining: frozenset[OrgT]  # each one's professional must be told
    leaving: frozenset[OrgT]
    close_reason: EndReason | None = None


def reconcile(
    open_match_orgs: frozenset[OrgT] | None,
    active_orgs: frozenset[OrgT],
    close_reason: EndReason | None = None,
) -> MatchChange[OrgT]:
    """How the open match (None: there is none) must change to follow the active signals.

    `close_reason` is the end reason of the signal that left; it is required when the match
    closes. When several changes are reconciled at once, organisations can join and leave in
    one step: the kind is then JOIN (someone must be told) and `leaving` is filled as well.
    """
    active = frozenset(active_orgs)
    before = frozenset(open_match_orgs or ())
    if not before:
        if match_should_exist(active):
            return MatchChange(MatchChangeKind.OPEN, active, active, frozenset())
        return MatchChange(MatchChangeKind.NONE, frozenset(), frozenset(), frozenset())
    if not match_should_exist(active):
        if close_reason is None:
            raise ValueError("a match that closes needs the end reason of the signal that left")
        return MatchChange(MatchChangeKind.CLOSE, frozenset(), frozenset(), before, close_reason)
    joining, leaving = active - before, before - active
    if joining:
        kind = MatchChangeKind.JOIN
    elif leaving:
        kind = MatchChangeKind.LEAVE
    else:
        kind = MatchChangeKind.NONE
    return MatchChange(kind, active, joining, leaving)


@dataclass(frozen=True)
class CoordinatorCandidate(Generic[OrgT]):
    org_id: OrgT
    may_coordinate: bool
    priority: int  # set by the back office; lower comes first
    signal_date: date


def propose_coordinator(candidates: Sequence[CoordinatorCandidate[OrgT]]) -> OrgT | None:
    """The organisation proposed to coordinate; a person confirms it. None if none may."""
    eligible = [c for c in candidates if c.may_coordinate]
    if not eligible:
        return None
    best = min(eligible, key=lambda c: (c.priority, c.signal_date, c.org_id))
    return best.org_id


@dataclass(frozen=True)
class MatchSteps:
    professionals_total: int
    professionals_informed: int
    letter_sent: bool
    coordinator_confirmed: bool

    def __post_init__(self) -> None:
        if not 0 <= self.professionals_informed <= self.professionals_total:
            raise ValueError("informed professionals must be between 0 and the total")

    @property
    def is_handled(self) -> bool:
        return (
            self.professionals_total > 0
            and self.professionals_informed == self.professionals_total
            and self.letter_sent
            and self.coordinator_confirmed
        )


def due_date(
    opened_on: date,
    term_working_days: int = OVERDUE_WORKING_DAYS,
    holidays: frozenset[date] = _NO_HOLIDAYS,
) -> date:
    """The last day of the term: the `term`-th working day after the match opened."""
    return add_working_days(opened_on, term_working_days, holidays)


def overdue_since(
    opened_on: date,
    term_working_days: int = OVERDUE_WORKING_DAYS,
    holidays: frozenset[date] = _NO_HOLIDAYS,
) -> date:
    """The first day an unhandled match counts as overdue (the day after its due date)."""
    return due_date(opened_on, term_working_days, holidays) + timedelta(days=1)


def is_overdue(
    opened_on: date,
    today: date,
    handled: bool,
    term_working_days: int = OVERDUE_WORKING_DAYS,
    holidays: frozenset[date] = _NO_HOLIDAYS,
) -> bool:
    return not handled and today >= overdue_since(opened_on, term_working_days, holidays)


def is_escalated(
    opened_on: date,
    today: date,
    handled: bool,
    escalation_working_days: int = ESCALATION_WORKING_DAYS,
    holidays: frozenset[date] = _NO_HOLIDAYS,
) -> bool:
    """Unhandled past the escalation term, counted like the overdue term from the opening."""
    return not handled and today >= overdue_since(opened_on, escalation_working_days, holidays)
