"""Signal rules of DESIGN.md §2: who may be signalled, how long a signal counts, what a new
signal does, and how long an ended one is kept.

Dates are end-exclusive: a signal is active *before* its planned end date and no longer *on*
it. So the 23rd birthday, the day of death and the day 24 months after the signal date are
each the first day on which the signal no longer counts.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Generic, NamedTuple, TypeVar

from sisa_desk.domain.dates import add_months, add_years, age_on, birthday

OrgT = TypeVar("OrgT", bound=Hashable)


@dataclass(frozen=True)
class RetentionSettings:
    signal_term_months: int = 24
    history_years: int = 5
    max_age: int = 23  # a young person is signalled from 0 up to (not including) this age


DEFAULT_RETENTION = RetentionSettings()


class SignalRejection(StrEnum):
    FUTURE_DATE = "future_date"
    NOT_BORN = "not_born"
    DECEASED = "deceased"
    TOO_OLD = "too_old"
    ALREADY_ENDED = "already_ended"


_REJECTION_MESSAGES = {
    SignalRejection.FUTURE_DATE: "the signal date lies in the future",
    SignalRejection.NOT_BORN: "the signal date lies before the date of birth",
    SignalRejection.DECEASED: "the young person has died",
    SignalRejection.TOO_OLD: "the young person is {max_age} or older on the signal date",
    SignalRejection.ALREADY_ENDED: "the signal would already have ended (term or age limit)",
}


class SignalValidationError(ValueError):
    """The signal cannot be registered; `code` says why, the message says it in English."""

    def __init__(self, code: SignalRejection, settings: RetentionSettings = DEFAULT_RETENTION):
        super().__init__(_REJECTION_MESSAGES[code].format(max_age=settings.max_age))
        self.code = code


class EndReason(StrEnum):
    WITHDRAWN = "withdrawn"
    UNJUSTIFIED = "unjustified"
    OBJECTION_UPHELD = "objection_upheld"
    EXPIRED = "expired"
    AGE_LIMIT = "age_limit"
    DECEASED = "deceased"


class WithdrawReason(StrEnum):
    ENDED = "ended"  # the organisation's involvement ended: the signal moves to the history
    UNJUSTIFIED = "unjustified"
    OBJECTION_UPHELD = "objection_upheld"


_END_REASON_OF_WITHDRAWAL = {
    WithdrawReason.ENDED: EndReason.WITHDRAWN,
    WithdrawReason.UNJUSTIFIED: EndReason.UNJUSTIFIED,
    WithdrawReason.OBJECTION_UPHELD: EndReason.OBJECTION_UPHELD,
}


def end_reason_for(reason: WithdrawReason) -> EndReason:
    return _END_REASON_OF_WITHDRAWAL[reason]


def deletes_at_once(reason: WithdrawReason | EndReason) -> bool:
    """An unjustified signal, or one whose objection was upheld, is deleted, not kept."""
    return reason in (WithdrawReason.UNJUSTIFIED, WithdrawReason.OBJECTION_UPHELD)


class PlannedEnd(NamedTuple):
    on: date
    reason: EndReason


def planned_end(
    date_of_birth: date,
    signal_date: date,
    settings: RetentionSettings = DEFAULT_RETENTION,
    date_of_death: date | None = None,
) -> PlannedEnd:
    """The first day the signal no longer counts unless withdrawn earlier, and why.

    On a tie the more specific fact wins: death, then the age limit, then the term.
    """
    term_ends = add_months(signal_date, settings.signal_term_months)
    age_limit = birthday(date_of_birth, settings.max_age)
    if date_of_death is not None and date_of_death <= age_limit and date_of_death <= term_ends:
        return PlannedEnd(date_of_death, EndReason.DECEASED)
    if age_limit <= term_ends:
        return PlannedEnd(age_limit, EndReason.AGE_LIMIT)
    return PlannedEnd(term_ends, EndReason.EXPIRED)


def validate_signal(
    date_of_birth: date,
    signal_date: date,
    today: date,
    date_of_death: date | None = None,
    settings: RetentionSettings = DEFAULT_RETENTION,
) -> PlannedEnd:
    """Raise SignalValidationError when a signal with these dates may not be registered; else
    return its `planned_end`, which the check needs anyway."""
    if signal_date > today:
        raise SignalValidationError(SignalRejection.FUTURE_DATE, settings)
    if signal_date < date_of_birth:
        raise SignalValidationError(SignalRejection.NOT_BORN, settings)
    if date_of_death is not None:
        raise SignalValidationError(SignalRejection.DECEASED, settings)
    if age_on(date_of_birth, signal_date) >= settings.max_age:
        raise SignalValidationError(SignalRejection.TOO_OLD, settings)
    end = planned_end(date_of_birth, signal_date, settings)
    if end.on <= today:
        raise SignalValidationError(SignalRejection.ALREADY_ENDED, settings)
    return end


def is_active_on(planned_end: date, ended_on: date | None, day: date) -> bool:
    """Whether a signal counts on `day` (it stops counting on its end date)."""
    return day < planned_end and (ended_on is None or day < ended_on)


def history_purge_date(
    ended_on: date, date_of_birth: date, settings: RetentionSettings = DEFAULT_RETENTION
) -> date:
    """The day an ended signal kept in the history must be destroyed: after the history term,
    and at the age limit in any case."""
    return min(
        add_years(ended_on, settings.history_years),
        birthday(date_of_birth, settings.max_age),
    )


def is_purge_due(
    ended_on: date,
    date_of_birth: date,
    today: date,
    settings: RetentionSettings = DEFAULT_RETENTION,
) -> bool:
    return today >= history_purge_date(ended_on, date_of_birth, settings)


class RegistrationKind(StrEnum):
    NEW = "new"
    REFRESH = "refresh"  # the organisation already holds an active signal: update it


@dataclass(frozen=True)
class RegistrationOutcome(Generic[OrgT]):
    kind: RegistrationKind
    # Organisations to name in the one-time "earlier involvement" notice; empty means no notice.
    earlier_involvement: frozenset[OrgT]
    # The organisations holding an active signal once this one is registered: feed this to
    # matching.reconcile. A registration never decides a match itself.
    active_orgs_after: frozenset[OrgT]


def decide_registration(
    existing_active_orgs: Collection[OrgT],
    history_orgs: Collection[OrgT],
    organisation: OrgT,
) -> RegistrationOutcome[OrgT]:
    """What a new signal of `organisation` on one young person does.

    A refresh gives no notice: the notice was due when the signal was first registered.
    The notice never names the signalling organisation itself, nor one that is active now
    (that one is told through the match instead).
    """
    active = frozenset(existing_active_orgs)
    if organisation in active:
        return RegistrationOutcome(RegistrationKind.REFRESH, frozenset(), active)
    earlier = frozenset(history_orgs) - active - {organisation}
    return RegistrationOutcome(RegistrationKind.NEW, earlier, active | {organisation})
