"""Retention (DESIGN.md §2): ended signals are kept in the history for a term and destroyed
at 23 in any case; a young person with nothing left is destroyed with everything about them.
The audit log keeps its own term and only holds ids."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from sisa_desk.domain.dates import add_years
from sisa_desk.domain.permissions import Permission
from sisa_desk.domain.signals import is_purge_due
from sisa_desk.store.models import (
    ContactAttempt,
    DuplicateReview,
    Letter,
    Match,
    MatchMember,
    MatchStatus,
    Signal,
    SignalStatus,
    YoungPerson,
)

from . import audit
from .audit import Action
from .context import Workspace, requires
from .settings import load_settings
from .signals import expire_in_session


@dataclass(frozen=True)
class PurgeReport:
    signals_expired: int
    signals_destroyed: int
    young_persons_destroyed: int
    dry_run: bool


@requires(Permission.APPLY_RETENTION)
def purge(workspace: Workspace, *, today: date | None = None, dry_run: bool = False) -> PurgeReport:
    """End what is due, destroy the history past its term and young persons with nothing
    left. One transaction; a dry run reports the same and rolls back."""
    today = today or date.today()
    try:
        with workspace.database.unit_of_work() as session:
            report = _purge(session, workspace, today, dry_run)
            if dry_run:
                raise _RollBack(report)
            audit.record(
                session,
                workspace.actor.name,
                Action.RETENTION_APPLIED,
                signals_expired=report.signals_expired,
                signals_destroyed=report.signals_destroyed,
                young_persons_destroyed=report.young_persons_destroyed,
            )
    except _RollBack as rolled_back:
        return rolled_back.report
    return report


class _RollBack(Exception):
    """Leaves the unit of work without committing: a dry run counts, then writes nothing."""

    def __init__(self, report: PurgeReport) -> None:
        super().__init__("dry run")
        self.report = report


def _purge(session: Session, workspace: Workspace, today: date, dry_run: bool) -> PurgeReport:
    settings = load_settings(session)
    retention = settings.retention
    expired = expire_in_session(session, workspace.actor, today, settings)
    # Candidates by index, then the domain rule decides per signal.
    history_cut = add_years(today, -retention.history_years)
    age_cut = add_years(today, -retention.max_age)
    rows = session.execute(
        select(Signal.id, Signal.ended_on, YoungPerson.date_of_birth)
        .join(YoungPerson, YoungPerson.id == Signal.young_person_id)
        .where(Signal.status == SignalStatus.HISTORY)
        .where((Signal.ended_on <= history_cut) | (YoungPerson.date_of_birth <= age_cut))
    ).all()
    due = [sid for sid, ended_on, born in rows if is_purge_due(ended_on, born, today, retention)]
    for chunk in _chunks(due):
        session.execute(delete(Signal).where(Signal.id.in_(chunk)))
    persons = _persons_with_nothing_left(session)
    for chunk in _chunks(persons):
        _destroy_persons(session, chunk)
    return PurgeReport(expired, len(due), len(persons), dry_run)


def _persons_with_nothing_left(session: Session) -> list[int]:
    has_signal = exists().where(Signal.young_person_id == YoungPerson.id)
    has_open_match = exists().where(
        Match.young_person_id == YoungPerson.id, Match.status == MatchStatus.OPEN
    )
    return list(session.scalars(select(YoungPerson.id).where(~has_signal, ~has_open_match)))


def _destroy_persons(session: Session, ids: list[int]) -> None:
    matches = select(Match.id).where(Match.young_person_id.in_(ids)).scalar_subquery()
    session.execute(delete(ContactAttempt).where(ContactAttempt.match_id.in_(matches)))
    session.execute(delete(MatchMember).where(MatchMember.match_id.in_(matches)))
    session.execute(delete(Letter).where(Letter.young_person_id.in_(ids)))
    session.execute(delete(Match).where(Match.young_person_id.in_(ids)))
    session.execute(
        delete(DuplicateReview).where(
            DuplicateReview.young_person_id.in_(ids) | DuplicateReview.candidate_id.in_(ids)
        )
    )
    session.execute(delete(YoungPerson).where(YoungPerson.id.in_(ids)))


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]
