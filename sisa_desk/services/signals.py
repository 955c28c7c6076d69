"""Signals: register (by hand or from an import), refresh, withdraw, and end by themselves.

`register_in_session` is the one path every signal takes, so the entry screen and the
partner import apply the same rules; it works inside the caller's unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from sisa_desk.domain.matching import MatchChangeKind
from sisa_desk.domain.permissions import Permission
from sisa_desk.domain.signals import (
    EndReason,
    RegistrationKind,
    SignalValidationError,
    WithdrawReason,
    decide_registration,
    deletes_at_once,
    end_reason_for,
    planned_end,
    validate_signal,
)
from sisa_desk.store.models import (
    PENDING_NOTICE,
    Organisation,
    Signal,
    SignalStatus,
    YoungPerson,
)

from . import audit
from .audit import Action
from .context import Actor, Workspace, requires
from .directory import find_or_add_professional
from .errors import InvalidInput, NotFound
from .lookups import OrganisationCache
from .matching import follow_signals
from .persons import IdentityRejected, PersonIdentity, find_or_create
from .settings import Settings, cached_settings, load_settings


# Plain slotted values, not frozen: an import builds them for every row, and a frozen
# dataclass's __init__ costs an object.__setattr__ per field. Nothing changes or hashes them
# once built (an import shares one ProfessionalContact between the rows that name it).
@dataclass(slots=True)
class ProfessionalContact:
    name: str
    email: str | None = None
    phone: str | None = None
    function: str | None = None


@dataclass(slots=True)
class SignalInput:
    person: PersonIdentity
    organisation_code: str
    signal_date: date
    professional: ProfessionalContact | None = None
    shielded: bool = False


@dataclass(slots=True)
class RegistrationResult:
    signal_id: int
    young_person_id: int
    kind: RegistrationKind
    match_change: MatchChangeKind
    match_id: int | None
    # The one-time notice: organisations that were involved before (codes).
    earlier_involvement: list[str] = field(default_factory=list)
    # The organisations of the open match after this signal (codes), empty without one.
    match_organisations: list[str] = field(default_factory=list)


class SignalRejected(InvalidInput):
    """A signal that may not be registered. ``field`` names the input that is wrong and
    ``code`` says why, so an import can report it per row in Dutch."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.code = code


# Built once: constructing a statement costs more than running it (hot path, < 2 ms budget).
_SIGNALS_OF_PERSON = select(Signal).where(Signal.young_person_id == bindparam("person"))


def register_in_session(
    session: Session,
    actor: Actor,
    signal_input: SignalInput,
    *,
    today: date,
    settings: Settings,
    organisations: OrganisationCache | None = None,
    import_batch_id: int | None = None,
) -> RegistrationResult:
    organisations = organisations or OrganisationCache(session)
    organisation = organisations.by_code(signal_input.organisation_code)
    if organisation is None or not organisation.active:
        raise SignalRejected(
            "organisation",
            "unknown_organisation",
            f"unknown or inactive organisation {signal_input.organisation_code!r}",
        )
    now = datetime.now()
    identity = signal_input.person
    try:
        validate_signal(
            identity.date_of_birth, signal_input.signal_date, today, settings=settings.retention
        )
        person, created = find_or_create(session, actor, identity, now)
        validate_signal(
            person.date_of_birth,
            signal_input.signal_date,
            today,
            person.date_of_death,
            settings.retention,
        )
    except SignalValidationError as exc:
        # Too old or not yet born: the date of birth is as likely wrong as the signal date.
        field = "date_of_birth" if exc.code.value in ("too_old", "not_born") else "signal_date"
        raise SignalRejected(field, exc.code.value, str(exc)) from None
    except IdentityRejected as exc:
        raise SignalRejected(exc.field, exc.code, str(exc)) from None

    professional_id = None
    if signal_input.professional is not None and signal_input.professional.name.strip():
        contact = signal_input.professional
        try:
            # No autoflush: the young person added above is written with the signal, in one
            # flush (a new professional still gets its id from its own flush).
            with session.no_autoflush:
                professional_id = find_or_add_professional(
                    session,
                    organisation.id,
                    contact.name,
                    contact.email,
                    contact.phone,
                    contact.function,
                ).id
        except InvalidInput as exc:
            raise SignalRejected("professional", "invalid_professional", str(exc)) from None

    # A young person created just now has no signals and no match: two queries saved. The
    # ORM writes everything in one flush below, not one per object (< 2 ms budget).
    with session.no_autoflush:
        signals = (
            [] if created else list(session.scalars(_SIGNALS_OF_PERSON, {"person": person.id}))
        )
    active = {s.organisation_id: s for s in signals if s.status is SignalStatus.ACTIVE}
    history = {
        s.organisation_id: s
        for s in sorted(
            (s for s in signals if s.status is SignalStatus.HISTORY), key=lambda s: s.ended_on
        )
    }
    outcome = decide_registration(set(active), set(history), organisation.id)
    end = planned_end(
        person.date_of_birth, signal_input.signal_date, settings.retention, person.date_of_death
    )

    if outcome.kind is RegistrationKind.REFRESH:
        signal = active[organisation.id]
        if signal_input.signal_date >= signal.signal_date:
            signal.signal_date, signal.planned_end = signal_input.signal_date, end.on
        if professional_id is not None:
            signal.professional_id = professional_id
        signal.shielded = signal.shielded or signal_input.shielded
        signal.updated_at = now
        action = Action.SIGNAL_REFRESHED
    else:
        earlier = _latest(history, outcome.earlier_involvement)
        signal = Signal(
            young_person=person,
            organisation_id=organisation.id,
            professional_id=professional_id,
            signal_date=signal_input.signal_date,
            planned_end=end.on,
            status=SignalStatus.ACTIVE,
            shielded=signal_input.shielded,
            earlier_organisation_id=earlier,
            earlier_notice_seen=earlier is None,
            import_batch_id=import_batch_id,
            created_at=now,
            updated_at=now,
        )
        session.add(signal)
        action = Action.SIGNAL_REGISTERED
    if signal_input.shielded:
        person.shielded = True
    session.flush()
    audit.record(
        session,
        actor.name,
        action,
        object_type="signal",
        object_id=signal.id,
        young_person_id=person.id,
        organisation=organisation.id,
        import_batch=import_batch_id,
        new_young_person=created,
    )
    active[organisation.id] = signal
    match = follow_signals(
        session,
        actor,
        person,
        today,
        active=list(active.values()),
        organisations=organisations,
        known_without_match=created,
    )
    codes = sorted(organisations.code_of(i) for i in outcome.earlier_involvement)
    in_match = sorted(organisations.code_of(i) for i in match.organisations)
    return RegistrationResult(
        signal.id, person.id, outcome.kind, match.kind, match.match_id, codes, in_match
    )


def _latest(history: dict[int, Signal], earlier: frozenset[int]) -> int | None:
    candidates = [history[org] for org in earlier]
    if not candidates:
        return None
    return max(candidates, key=lambda s: (s.ended_on, s.id)).organisation_id


@requires(Permission.ENTER_SIGNALS)
def register_signal(
    workspace: Workspace, signal_input: SignalInput, *, today: date | None = None
) -> RegistrationResult:
    """Register one signal entered by hand: one transaction, matched at once."""
    with workspace.database.unit_of_work() as session:
        return register_in_session(
            session,
            workspace.actor,
            signal_input,
            today=today or date.today(),
            settings=cached_settings(workspace, session),
            organisations=OrganisationCache(session, workspace.database.memo),
        )


@requires(Permission.WITHDRAW_SIGNALS)
def withdraw_signal(
    workspace: Workspace, signal_id: int, reason: WithdrawReason, *, today: date | None = None
) -> MatchChangeKind:
    """The organisation ends its involvement. Unjustified (or objection upheld): the signal
    is deleted at once; otherwise it moves to the history."""
    today = today or date.today()
    reason = WithdrawReason(reason)
    with workspace.database.unit_of_work() as session:
        signal = session.get(Signal, signal_id)
        if signal is None:
            raise NotFound(f"no signal {signal_id}")
        if signal.status is not SignalStatus.ACTIVE:
            raise InvalidInput(f"signal {signal_id} has already ended")
        person = session.get(YoungPerson, signal.young_person_id)
        end_reason = end_reason_for(reason)
        if deletes_at_once(reason):
            session.delete(signal)
            audit.record(
                session,
                workspace.actor.name,
                Action.SIGNAL_DELETED,
                object_type="signal",
                object_id=signal_id,
                young_person_id=person.id,
                reason=end_reason.value,
            )
        else:
            _end(signal, today, end_reason)
            audit.record(
                session,
                workspace.actor.name,
                Action.SIGNAL_WITHDRAWN,
                object_type="signal",
                object_id=signal_id,
                young_person_id=person.id,
            )
        session.flush()
        return follow_signals(session, workspace.actor, person, today, end_reason).kind


def _end(signal: Signal, day: date, reason: EndReason) -> None:
    signal.status = SignalStatus.HISTORY
    signal.ended_on = day
    signal.end_reason = reason
    signal.updated_at = datetime.now()


@requires(Permission.ENTER_SIGNALS)
def expire_signals(workspace: Workspace, *, today: date | None = None) -> int:
    """End every active signal whose planned end (24 months, 23rd birthday) has come, and let
    the matches follow. Returns how many ended."""
    today = today or date.today()
    with workspace.database.unit_of_work() as session:
        return expire_in_session(session, workspace.actor, today, load_settings(session))


def expire_in_session(session: Session, actor: Actor, today: date, settings: Settings) -> int:
    due = list(
        session.scalars(
            select(Signal)
            .where(Signal.status == SignalStatus.ACTIVE, Signal.planned_end <= today)
            .order_by(Signal.young_person_id)
        )
    )
    persons: dict[int, tuple[YoungPerson, EndReason]] = {}
    for signal in due:
        person = session.get(YoungPerson, signal.young_person_id)
        end = planned_end(
            person.date_of_birth, signal.signal_date, settings.retention, person.date_of_death
        )
        _end(signal, signal.planned_end, end.reason)
        persons[person.id] = (person, end.reason)
    session.flush()
    for person, reason in persons.values():
        follow_signals(session, actor, person, today, reason)
    if due:
        audit.record(session, actor.name, Action.SIGNALS_EXPIRED, count=len(due))
    return len(due)


@requires(Permission.EDIT_YOUNG_PERSONS)
def record_death(
    workspace: Workspace, person_id: int, date_of_death: date, *, today: date | None = None
) -> None:
    """The young person died: every active signal ends on that day."""
    today = today or date.today()
    if date_of_death > today:
        raise InvalidInput("the date of death lies in the future")
    with workspace.database.unit_of_work() as session:
        person = session.get(YoungPerson, person_id)
        if person is None:
            raise NotFound(f"no young person {person_id}")
        person.date_of_death = date_of_death
        for signal in session.scalars(
            select(Signal).where(
                Signal.young_person_id == person_id, Signal.status == SignalStatus.ACTIVE
            )
        ):
            _end(signal, max(date_of_death, signal.signal_date), EndReason.DECEASED)
        session.flush()
        audit.record(
            session,
            workspace.actor.name,
            Action.YOUNG_PERSON_CHANGED,
            object_type="young_person",
            object_id=person_id,
            young_person_id=person_id,
            deceased=True,
        )
        follow_signals(session, workspace.actor, person, today, EndReason.DECEASED)


@dataclass(frozen=True)
class EarlierNotice:
    signal_id: int
    young_person_id: int
    organisation_code: str
    earlier_organisation_code: str
    signal_date: date


@requires(Permission.ENTER_SIGNALS)
def pending_earlier_notices(workspace: Workspace) -> list[EarlierNotice]:
    """New signals on young persons with history, whose one-time notice is still to be given."""
    with workspace.database.unit_of_work() as session:
        codes = dict(session.execute(select(Organisation.id, Organisation.code)).tuples().all())
        rows = session.scalars(
            select(Signal)
            .where(text(PENDING_NOTICE))  # as its partial index says it
            .order_by(Signal.signal_date, Signal.id)
        )
        return [
            EarlierNotice(
                s.id,
                s.young_person_id,
                codes[s.organisation_id],
                codes[s.earlier_organisation_id],
                s.signal_date,
            )
            for s in rows
        ]


@requires(Permission.ENTER_SIGNALS)
def acknowledge_earlier_notice(workspace: Workspace, signal_id: int) -> None:
    with workspace.database.unit_of_work() as session:
        signal = session.get(Signal, signal_id)
        if signal is None or signal.earlier_notice_seen:
            raise NotFound(f"no pending notice for signal {signal_id}")
        signal.earlier_notice_seen = True
        audit.record(
            session,
            workspace.actor.name,
            Action.EARLIER_NOTICE_SEEN,
            object_type="signal",
            object_id=signal_id,
            young_person_id=signal.young_person_id,
        )
