"""Registering a whole file of signals at once, with exactly the rules of
`signals.register_in_session` and `matching.follow_signals` — set-based instead of row by row.

Everything the rows need is read first in chunks (`bulk_state`); the signals are then decided
in Python, in the order of the rows, with the same domain functions (`validate_signal` and the
`planned_end` it returns, `decide_registration`, `reconcile`, `propose_coordinator`);
`bulk_writes` writes the outcome with bulk inserts and updates. A rejected input changes
nothing, as a rejected signal entered by hand. tests/services/test_import_equivalence.py checks
that both paths leave the same young persons, signals, matches, reviews and notices.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from sqlalchemy.orm import Session

from sisa_desk.domain.names import similar_keys, surname_key
from sisa_desk.domain.signals import (
    PlannedEnd,
    RegistrationKind,
    SignalValidationError,
    decide_registration,
    validate_signal,
)
from sisa_desk.store.models import ReviewStatus, SignalStatus

from . import bulk_state as state
from .audit import Action, Detail, PendingEvent
from .bulk_matching import MatchFollower
from .bulk_state import MatchRow, PersonRow, ProfessionalRow, SignalRow
from .context import Actor
from .directory import InvalidDraft, ProfessionalDraft, check_professional, match_professional
from .import_reader import ImportCancelled
from .persons import IdentityRejected, PersonIdentity, checked_bsn
from .settings import Settings
from .signals import RegistrationResult, SignalInput

_IDENTITY_FIELDS = ("given_names", "prefix", "street", "house_number", "postcode", "city")
_CONTACT_DETAILS = ("email", "phone", "function")
_CANCEL_EVERY = 2000
_NOTHING: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Rejection:
    """Why an input was not registered: the same field and code as `SignalRejected`."""

    field: str
    code: str
    message: str


Outcome = RegistrationResult | Rejection


@dataclass
class Changes:
    """Everything to write, in the order it was decided."""

    persons: dict[int, PersonRow] = field(default_factory=dict)
    signals: dict[int, SignalRow] = field(default_factory=dict)
    matches: dict[int, MatchRow] = field(default_factory=dict)  # with their members
    professionals: dict[int, ProfessionalRow] = field(default_factory=dict)
    reviews: list[dict[str, object]] = field(default_factory=list)
    events: list[PendingEvent] = field(default_factory=list)


# A file holds a few surnames many times (and the demo data even more): fold each surname and
# compare each pair of them once.
_surname_key = lru_cache(maxsize=1 << 16)(surname_key)
_similar_keys = lru_cache(maxsize=1 << 16)(similar_keys)

# Nearly every young person of a file has no signal yet, or one or two of a few organisations:
# few distinct questions, asked once per row.
_decide = lru_cache(maxsize=1 << 12)(decide_registration)


@dataclass
class _Directory:
    """An organisation's professionals in id order, and by e-mail address the first of them
    with that address (`find_or_add_professional` looks by address first, for every row)."""

    people: list[ProfessionalRow]
    by_email: dict[str, ProfessionalRow] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for professional in self.people:
            self.index(professional)

    def index(self, professional: ProfessionalRow) -> None:
        """Index the professional's address (again when it may have gained one)."""
        if professional.email is not None:
            self.by_email.setdefault(professional.email, professional)

    def add(self, professional: ProfessionalRow) -> None:
        self.people.append(professional)
        self.index(professional)


class BulkRegistration:
    """Decide a list of signals against the database as it is; `Changes` says what to write."""

    def __init__(
        self,
        session: Session,
        actor: Actor,
        *,
        today: date,
        settings: Settings,
        import_batch_id: int | None = None,
        now: datetime | None = None,
    ) -> None:
        self.session = session
        self.actor = actor
        self.today = today
        self.retention = settings.retention
        self.batch = import_batch_id
        self.now = now or datetime.now()
        self.changes = Changes()
        self.organisations = state.organisations(session)
        by_id = {o.id: o for o in self.organisations.values()}
        self.codes = {o.id: o.code for o in by_id.values()}
        self.directories: dict[int, _Directory] = {}
        self.drafts: dict[tuple[object, ...], ProfessionalDraft | InvalidDraft] = {}
        # An event's details by (organisation, new young person): the same few dicts for every
        # signal, shared by their events and never changed.
        self.details: dict[tuple[int, bool], dict[str, Detail]] = {}
        self.ids = state.NextIds({})
        self.matching = MatchFollower(
            by_id,
            today,
            self.now,
            actor.name,
            self.ids.take,
            self.changes.matches,
            self.changes.events,
        )

    def plan(
        self,
        inputs: Sequence[SignalInput],
        should_cancel: Callable[[], bool] | None = None,
        *,
        bsns_normalised: bool = False,
    ) -> list[Outcome]:
        """The outcome of each input, in order, as if registered one after the other.

        With ``bsns_normalised`` every input's BSN is None or already as `checked_bsn` returns
        it (an import's row check normalises them), and is not checked a second time.
        """
        bsns: list[str | IdentityRejected | None]
        if bsns_normalised:
            bsns = [signal_input.person.bsn for signal_input in inputs]
        else:
            bsns = [_checked_bsn(signal_input.person.bsn) for signal_input in inputs]
        days = {
            signal_input.person.date_of_birth
            for signal_input, bsn in zip(inputs, bsns, strict=True)
            if bsn is None
        }
        self.persons = state.persons_by_bsn(self.session, [b for b in bsns if isinstance(b, str)])
        known = {p.id: p for p in self.persons.values()}
        self.birthdays = state.BirthdayIndex.load(self.session, days, known)
        self.ids.values.update(state.next_ids(self.session).values)
        outcomes = []
        for number, (signal_input, bsn) in enumerate(zip(inputs, bsns, strict=True), start=1):
            if should_cancel is not None and number % _CANCEL_EVERY == 0 and should_cancel():
                raise ImportCancelled
            outcomes.append(self.register(signal_input, bsn))
        return outcomes

    # -------------------------------------------------------------- one signal

    def register(self, signal_input: SignalInput, bsn: str | IdentityRejected | None) -> Outcome:
        """As register_in_session, with the input's BSN already normalised (or refused)."""
        organisation = self.organisations.get(signal_input.organisation_code.strip().upper())
        if organisation is None or not organisation.active:
            return Rejection(
                "organisation",
                "unknown_organisation",
                f"unknown or inactive organisation {signal_input.organisation_code!r}",
            )
        identity = signal_input.person
        on = signal_input.signal_date
        person = None
        try:
            end = validate_signal(identity.date_of_birth, on, self.today, settings=self.retention)
            if not identity.surname.strip():
                raise IdentityRejected("surname", "missing_surname", "the surname is missing")
            if isinstance(bsn, IdentityRejected):
                raise bsn
            person = self.persons.get(bsn) if bsn is not None else None
            if person is not None:
                if person.date_of_birth != identity.date_of_birth:
                    raise IdentityRejected(
                        "date_of_birth",
                        "bsn_other_birth_date",
                        "this BSN is known with another date of birth",
                    )
                # Refused when the young person has died; else the call above was the same one,
                # and its `end` is this signal's.
                if person.date_of_death is not None:
                    validate_signal(
                        person.date_of_birth, on, self.today, person.date_of_death, self.retention
                    )
        except SignalValidationError as exc:
            # As register_in_session: too old or not yet born may as well be the birth date.
            code = exc.code.value
            where = "date_of_birth" if code in ("too_old", "not_born") else "signal_date"
            return Rejection(where, code, str(exc))
        except IdentityRejected as exc:
            return Rejection(exc.field, exc.code, str(exc))

        professional = None
        contact = signal_input.professional
        if contact is not None and contact.name.strip():
            draft = self._checked_professional(organisation.id, contact)
            if isinstance(draft, InvalidDraft):
                return Rejection("professional", "invalid_professional", str(draft))
            professional = self._find_or_add_professional(draft)

        created = person is None
        if person is None:
            person = self._create_person(bsn, identity)  # type: ignore[arg-type]
        else:
            self._update_identity(person, identity)
        return self._signal(person, created, organisation.id, signal_input, professional, end)

    def _signal(
        self,
        person: PersonRow,
        created: bool,
        organisation_id: int,
        signal_input: SignalInput,
        professional: ProfessionalRow | None,
        end: PlannedEnd,
    ) -> RegistrationResult:
        active: dict[int, SignalRow] = {}
        history: dict[int, SignalRow] = {}  # each organisation's latest ended signal
        if person.signals:
            for s in person.signals:  # in id order: of two ended on one day, the later one
                if s.status is SignalStatus.ACTIVE:
                    active[s.organisation_id] = s
                elif s.status is SignalStatus.HISTORY:
                    latest = history.get(s.organisation_id)
                    if latest is None or s.ended_on >= latest.ended_on:  # type: ignore[operator]
                        history[s.organisation_id] = s
            outcome = _decide(frozenset(active), frozenset(history), organisation_id)
        else:  # most young persons of a file
            outcome = _decide(_NOTHING, _NOTHING, organisation_id)
        on = signal_input.signal_date
        professional_id = professional.id if professional is not None else None
        if outcome.kind is RegistrationKind.REFRESH:
            signal = active[organisation_id]
            if on >= signal.signal_date:
                signal.set("signal_date", on)
                signal.set("planned_end", end.on)
            if professional_id is not None:
                signal.set("professional_id", professional_id)
            signal.set("shielded", signal.shielded or signal_input.shielded)
            signal.set("updated_at", self.now)
            self.changes.signals.setdefault(signal.id, signal)
            action = Action.SIGNAL_REFRESHED
        else:
            earlier = _latest(history, outcome.earlier_involvement)
            signal = SignalRow(
                self.ids.take("signal"), person.id, organisation_id, professional_id, on,
                end.on, SignalStatus.ACTIVE, None, None, signal_input.shielded, earlier,
                earlier is None, self.batch, self.now, self.now, new=True,
            )  # fmt: skip
            person.signals.append(signal)
            self.changes.signals[signal.id] = signal
            action = Action.SIGNAL_REGISTERED
        if signal_input.shielded:
            person.set("shielded", True)
        if person.dirty:
            self.changes.persons.setdefault(person.id, person)
        details = self.details.get((organisation_id, created))
        if details is None:
            details = self.details[organisation_id, created] = {
                "organisation": organisation_id,
                "import_batch": self.batch,
                "new_young_person": created,
            }
        self.changes.events.append(
            PendingEvent(action, self.actor.name, "signal", signal.id, person.id, details)
        )
        active[organisation_id] = signal
        kind, match, orgs = self.matching.follow(person, created, active)
        codes = self.codes
        return RegistrationResult(
            signal.id,
            person.id,
            outcome.kind,
            kind,
            match.id if match is not None else None,
            _codes(codes, outcome.earlier_involvement),
            _codes(codes, orgs),
        )

    # -------------------------------------------------------------- young persons

    def _create_person(self, bsn: str | None, identity: PersonIdentity) -> PersonRow:
        person = PersonRow(
            self.ids.take("young_person"), bsn, _stripped(identity.given_names),
            _stripped(identity.prefix), identity.surname.strip(), identity.date_of_birth,
            identity.gender, _stripped(identity.street), _stripped(identity.house_number),
            _stripped(identity.postcode), _stripped(identity.city), None, False, self.now,
            new=True,
        )  # fmt: skip
        self.changes.persons[person.id] = person
        if bsn is not None:
            self.persons[bsn] = person
        else:  # as find_or_create: possible duplicates go to the review queue
            key = _surname_key(person.surname)
            for other in self.birthdays.born_on(person.date_of_birth):
                if _similar(_surname_key(other.surname), key):  # as similar_names
                    self.changes.reviews.append(
                        {
                            "id": self.ids.take("duplicate_review"),
                            "young_person_id": person.id,
                            "candidate_id": other.id,
                            "status": ReviewStatus.OPEN,
                            "created_at": self.now,
                            "decided_at": None,
                            "decided_by_id": None,
                        }
                    )
        self.birthdays.add(person)
        return person

    def _update_identity(self, person: PersonRow, identity: PersonIdentity) -> None:
        # As persons._update_identity: what is given replaces; an empty cell keeps.
        person.set("surname", identity.surname.strip())
        person.set("date_of_birth", identity.date_of_birth)
        person.set("gender", identity.gender)
        for name in _IDENTITY_FIELDS:
            value = _stripped(getattr(identity, name))
            if value is not None and value != getattr(person, name):  # mostly as stored
                person.set(name, value)

    # -------------------------------------------------------------- the directory

    def _checked_professional(
        self, organisation_id: int, contact: object
    ) -> ProfessionalDraft | InvalidDraft:
        key = (organisation_id, contact.name, contact.function, contact.phone, contact.email)  # type: ignore[attr-defined]
        draft = self.drafts.get(key)
        if draft is None:
            try:
                draft = check_professional(ProfessionalDraft(*key))  # type: ignore[arg-type]
            except InvalidDraft as exc:
                draft = exc
            self.drafts[key] = draft
        return draft

    def _find_or_add_professional(self, draft: ProfessionalDraft) -> ProfessionalRow:
        """As directory.find_or_add_professional, on the organisation's professionals."""
        directory = self.directories.get(draft.organisation_id)
        if directory is None:
            people = state.professionals_of(self.session, draft.organisation_id)
            directory = self.directories[draft.organisation_id] = _Directory(people)
        found = None
        if draft.email:
            found = directory.by_email.get(draft.email)
        if found is None:
            candidates = sorted(
                (p for p in directory.people if not draft.email or p.email is None),
                key=lambda p: (not p.active, p.id),
            )
            found = match_professional(candidates, draft.name, draft.email)
        if found is not None:
            for name in _CONTACT_DETAILS:  # what it did not have; nothing is overwritten
                if not getattr(found, name):
                    found.set(name, getattr(draft, name))
            directory.index(found)  # it may have gained this address
            if found.dirty:
                self.changes.professionals.setdefault(found.id, found)
            return found
        professional = ProfessionalRow(
            self.ids.take("professional"), draft.organisation_id, draft.name, draft.function,
            draft.phone, draft.email, draft.active, new=True,
        )  # fmt: skip
        directory.add(professional)
        self.changes.professionals[professional.id] = professional
        return professional


def _checked_bsn(raw: str | int | None) -> str | IdentityRejected | None:
    try:
        return checked_bsn(raw)
    except IdentityRejected as exc:
        return exc


def _similar(key_a: str, key_b: str) -> bool:
    """`similar_keys`, asked once per pair in either order (it is symmetric)."""
    return _similar_keys(key_a, key_b) if key_a <= key_b else _similar_keys(key_b, key_a)


def _codes(codes: dict[int, str], organisation_ids: frozenset[int]) -> list[str]:
    if not organisation_ids:
        return []
    return sorted(codes[i] for i in organisation_ids)


def _stripped(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _latest(history: dict[int, SignalRow], earlier: frozenset[int]) -> int | None:
    if not earlier:
        return None
    candidates = [history[org] for org in earlier]
    return max(candidates, key=lambda s: (s.ended_on, s.id)).organisation_id
