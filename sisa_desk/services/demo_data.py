"""Synthetic demo data: organisations, professionals, young persons, signals and the matches
they make, for the demo database, the benchmarks and trying the application out.

Everything is written with bulk inserts (SQLAlchemy Core, primary keys computed here, so no
round trips), in one transaction: a fill either lands whole or not at all. The signals of each
young person are replayed in date order through the same domain rules the registration and
matching services use (``planned_end``, ``reconcile``, ``propose_coordinator``), so the data
obeys their invariants: a young person has an open match exactly while two or more different
organisations hold an active signal, and its current members are exactly those organisations.

Deterministic: the same ``seed`` and ``today`` give the same database (the audit event's own
time aside).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from sisa_desk.domain.bsn import generate_bsn
from sisa_desk.domain.dates import add_working_days, add_years
from sisa_desk.domain.matching import (
    CoordinatorCandidate,
    MatchChangeKind,
    propose_coordinator,
    reconcile,
)
from sisa_desk.domain.permissions import Permission
from sisa_desk.domain.persons import Gender
from sisa_desk.domain.signals import EndReason, RetentionSettings, planned_end
from sisa_desk.store.models import (
    Base,
    ContactAttempt,
    ContactChannel,
    ContactOutcome,
    Match,
    MatchMember,
    MatchStatus,
    Organisation,
    Professional,
    Signal,
    SignalStatus,
    YoungPerson,
)

from . import audit, synthetic
from .audit import Action
from .context import Workspace, requires
from .demo_directory import DemoDirectory, build_directory
from .errors import Conflict, InvalidInput
from .settings import load_settings

logger = logging.getLogger(__name__)

_CONTACT_NOTES = {
    ContactOutcome.VOICEMAIL: ("voicemail ingesproken", "voicemail ingesproken, terugbelverzoek"),
    ContactOutcome.NO_ANSWER: ("geen gehoor", "later opnieuw proberen"),
    ContactOutcome.REACHED: ("telefonisch bereikt",),
    ContactOutcome.SENT: ("e-mail verstuurd",),
}

# Rows per INSERT statement, and young persons generated before their rows are written: keeps
# memory flat (a few tens of MB) whatever the size of the fill.
INSERT_CHUNK = 10_000
PERSONS_PER_BATCH = 4_000

SIGNAL_WINDOW_YEARS = 2
SHIELDED_SHARE = 0.01
WITHOUT_BSN_SHARE = 0.03
WITHDRAWN_SHARE = 0.10
# Matches opened longer ago than this many working days are mostly handled; newer ones mostly
# not. A share of the older ones lags (some steps missing); with the matches in which no
# organisation may coordinate (no coordinator can be confirmed) and members who joined only
# lately, about 15% of the older open matches are unhandled: the work queues have overdue ones.
SETTLED_AFTER_WORKING_DAYS = 15
LAGGING_SHARE = 0.08
RECENT_STEP_CHANCE = 0.3

# How many different organisations signal one young person, and how often. Signals lie within
# the last two years and count for 24 months, so nearly every young person signalled by two or
# more organisations gets a match. So the weights trade the signal count against the match
# count: 400 000 young persons give about 0.83 million signals and 0.17 million matches. (No
# weights on 1-4 give both 2.5 signals per person and only 37% of persons matched; flat weights
# (1, 1, 1, 1) give 0.98 million signals and 0.30 million matches.)
ORGANISATIONS_PER_PERSON = (1, 2, 3, 4)
_ORGANISATIONS_PER_PERSON_CUM = tuple(accumulate((58, 4, 8, 30)))

# Ages (full years today) of the young persons signalled: mostly teenagers.
_AGES = tuple(range(23))
_AGE_CUM = tuple(accumulate([2] * 4 + [3] * 8 + [8] * 6 + [5] * 5))


@dataclass(frozen=True)
class DemoDataSummary:
    organisations: int
    professionals: int
    young_persons: int
    signals: int
    active_signals: int
    matches: int
    open_matches: int


# ------------------------------------------------------------------ young persons and signals


@dataclass(slots=True)
class _Signal:
    id: int
    org: int
    professional: int
    start: date
    planned_end: date
    ended_on: date | None
    end_reason: EndReason | None


@dataclass(slots=True)
class _Member:
    id: int
    org: int
    signal: _Signal
    joined_on: date
    left_on: date | None = None


@dataclass(slots=True)
class _Match:
    id: int
    opened_on: date
    members: dict[int, _Member] = field(default_factory=dict)  # current ones, by organisation
    all_members: list[_Member] = field(default_factory=list)
    proposal: int | None = None
    proposal_since: date | None = None
    closed_on: date | None = None
    close_reason: EndReason | None = None


@dataclass
class _Rows:
    persons: list[dict[str, Any]] = field(default_factory=list)
    signals: list[dict[str, Any]] = field(default_factory=list)
    matches: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)

    def in_insert_order(self) -> Iterator[tuple[type[Base], list[dict[str, Any]]]]:
        # Parents before children: the foreign keys are checked per statement.
        yield YoungPerson, self.persons
        yield Signal, self.signals
        yield Match, self.matches
        yield MatchMember, self.members
        yield ContactAttempt, self.contacts


@dataclass
class _Counts:
    young_persons: int = 0
    signals: int = 0
    active_signals: int = 0
    matches: int = 0
    open_matches: int = 0
    contacts: int = 0


class _Generator:
    """Makes the rows of young persons one by one; ids continue from ``next_ids``."""

    def __init__(
        self,
        rng: random.Random,
        today: date,
        retention: RetentionSettings,
        directory: DemoDirectory,
        user_id: int,
        next_ids: dict[str, int],
    ) -> None:
        self.rng = rng
        self.today = today
        self.retention = retention
        self.directory = directory
        self.user_id = user_id
        self.next_ids = next_ids
        self.counts = _Counts()
        self.bsns: set[str] = set()
        self.today_ordinal = today.toordinal()
        self.window_start = add_years(today, -SIGNAL_WINDOW_YEARS).toordinal()
        self.settled_before = add_working_days(today, -SETTLED_AFTER_WORKING_DAYS)
        self.start_of_today = datetime.combine(today, time())
        # The dates of birth that give each age today: [first, first + span).
        self.birth_ranges = []
        for age in _AGES:
            first = add_years(today, -(age + 1)).toordinal() + 1
            last = add_years(today, -age).toordinal()
            self.birth_ranges.append((first, last - first + 1))

    def _next_id(self, table: str) -> int:
        value = self.next_ids[table]
        self.next_ids[table] = value + 1
        return value

    # -------------------------------------------------------------- one young person

    def add_person(self, rows: _Rows) -> None:
        rng = self.rng
        person_id = self._next_id("young_person")
        roll = rng.random()
        gender = Gender.MALE if roll < 0.49 else Gender.FEMALE if roll < 0.985 else Gender.OTHER
        name = synthetic.person_name(rng, gender)
        (age,) = rng.choices(_AGES, cum_weights=_AGE_CUM)
        first, span = self.birth_ranges[age]
        born = date.fromordinal(first + rng.randrange(span))
        has_bsn = rng.random() >= WITHOUT_BSN_SHARE
        bsn = self._unique_bsn() if has_bsn else None
        shielded = rng.random() < SHIELDED_SHARE
        place = synthetic.address(rng)

        if has_bsn:
            (count,) = rng.choices(
                ORGANISATIONS_PER_PERSON, cum_weights=_ORGANISATIONS_PER_PERSON_CUM
            )
        else:
            count = 1  # never matched automatically: one signal is enough for the demo
        signals = sorted(
            (self._signal(born, org) for org in self._organisations(count)),
            key=lambda s: s.start,
        )
        for signal in signals:  # ids in date order, as if registered one after the other
            signal.id = self._next_id("signal")
        first_created = None
        for signal in signals:
            created = self._office_time(signal.start)
            first_created = first_created or created
            active = signal.ended_on is None
            rows.signals.append(
                {
                    "id": signal.id,
                    "young_person_id": person_id,
                    "organisation_id": signal.org,
                    "professional_id": signal.professional,
                    "signal_date": signal.start,
                    "planned_end": signal.planned_end,
                    "status": SignalStatus.ACTIVE if active else SignalStatus.HISTORY,
                    "ended_on": signal.ended_on,
                    "end_reason": signal.end_reason,
                    "shielded": shielded,
                    "earlier_organisation_id": None,
                    "earlier_notice_seen": True,
                    "import_batch_id": None,
                    "created_at": created,
                    "updated_at": created if active else self._office_time(signal.ended_on),
                }
            )
            self.counts.signals += 1
            self.counts.active_signals += active
        rows.persons.append(
            {
                "id": person_id,
                "bsn": bsn,
                "given_names": name.given_names,
                "prefix": name.prefix or None,
                "surname": name.surname,
                "date_of_birth": born,
                "gender": gender,
                "street": place.street,
                "house_number": place.house_number,
                "postcode": place.postcode,
                "city": place.city,
                "date_of_death": None,
                "shielded": shielded,
                "created_at": first_created,
            }
        )
        self.counts.young_persons += 1
        if has_bsn and len(signals) > 1:
            self._replay(person_id, signals, rows)

    def _unique_bsn(self) -> str:
        while True:
            bsn = generate_bsn(self.rng)
            if bsn not in self.bsns:
                self.bsns.add(bsn)
                return bsn

    def _organisations(self, count: int) -> list[int]:
        chosen: list[int] = []
        while len(chosen) < count:
            (org,) = self.rng.choices(
                self.directory.org_ids, cum_weights=self.directory.org_cum_weights
            )
            if org not in chosen:
                chosen.append(org)
        return chosen

    def _signal(self, born: date, org: int) -> _Signal:
        rng = self.rng
        low = max(self.window_start, born.toordinal())
        day = rng.randint(low, self.today_ordinal)
        weekday = date.fromordinal(day).weekday()
        if weekday >= 5 and rng.random() < 0.85 and day - (weekday - 4) >= low:
            day -= weekday - 4  # most signals are entered on working days: the Friday before
        start = date.fromordinal(day)
        end = planned_end(born, start, self.retention)
        ended_on: date | None = None
        reason: EndReason | None = None
        if end.on <= self.today:
            ended_on, reason = end.on, end.reason
        elif day < self.today_ordinal and rng.random() < WITHDRAWN_SHARE:
            ended_on = date.fromordinal(rng.randint(day + 1, self.today_ordinal))
            reason = EndReason.WITHDRAWN
        return _Signal(
            0, org, rng.choice(self.directory.professionals[org]), start, end.on, ended_on, reason
        )

    def _office_time(self, day: date) -> datetime:
        return datetime.combine(day, time(9)) + timedelta(seconds=self.rng.randrange(8 * 3600))

    # -------------------------------------------------------------- matches

    def _replay(self, person_id: int, signals: Sequence[_Signal], rows: _Rows) -> None:
        """Follow the signals' starts and ends in date order, as the services would have."""
        events = []
        for index, signal in enumerate(signals):
            events.append((signal.start, 1, index))
            if signal.ended_on is not None:
                # A signal no longer counts on its end date: ends go before starts that day.
                events.append((signal.ended_on, 0, index))
        events.sort()
        active: dict[int, _Signal] = {}
        match: _Match | None = None
        for day, starts, index in events:
            signal = signals[index]
            if starts:
                active[signal.org] = signal
            else:
                del active[signal.org]
            change = reconcile(
                frozenset(match.members) if match else None,
                frozenset(active),
                None if starts else signal.end_reason,
            )
            if change.kind is MatchChangeKind.NONE:
                continue
            if change.kind is MatchChangeKind.OPEN:
                match = _Match(self._next_id("match"), day)
            assert match is not None
            for org in sorted(change.joining):
                member = _Member(self._next_id("match_member"), org, active[org], day)
                match.members[org] = member
                match.all_members.append(member)
            for org in change.leaving:
                match.members.pop(org).left_on = day
            if change.kind is MatchChangeKind.CLOSE:
                match.closed_on, match.close_reason = day, change.close_reason
                self._write_match(person_id, match, rows)
                match = None
                continue
            proposal = propose_coordinator(
                [
                    CoordinatorCandidate(
                        org,
                        self.directory.may_coordinate[org],
                        self.directory.priority[org],
                        s.start,
                    )
                    for org, s in active.items()
                ]
            )
            if proposal != match.proposal or match.proposal_since is None:
                match.proposal, match.proposal_since = proposal, day
        if match is not None:
            self._write_match(person_id, match, rows)

    def _step_time(self, base: date, low: int, high: int) -> datetime:
        return self._office_time(add_working_days(base, self.rng.randint(low, high)))

    def _write_match(self, person_id: int, match: _Match, rows: _Rows) -> None:
        rng = self.rng
        is_open = match.closed_on is None
        # Work was done before the day the match closed, or before today.
        cutoff = self.start_of_today if is_open else datetime.combine(match.closed_on, time())
        if match.opened_on > self.settled_before:
            chance, lagging = RECENT_STEP_CHANCE, False
        else:
            lagging = rng.random() < LAGGING_SHARE
            chance = 0.5 if lagging else 1.0

        def done(at: datetime, until: datetime = cutoff) -> bool:
            return at < until and rng.random() < chance

        informed: dict[int, tuple[datetime, ContactChannel]] = {}
        for member in match.all_members:
            at = self._step_time(member.joined_on, 1, 3)
            until = cutoff
            if member.left_on is not None and member.left_on != match.closed_on:
                until = min(until, datetime.combine(member.left_on, time()))
            if done(at, until):
                via = ContactChannel.PHONE if rng.random() < 0.65 else ContactChannel.EMAIL
                informed[member.id] = (at, via)
        letter_at = self._step_time(match.opened_on, 1, 5)
        letter_at = letter_at if done(letter_at) else None
        coordinator_at = None
        if match.proposal is not None and match.proposal_since is not None:
            coordinator_at = self._step_time(match.proposal_since, 1, 4)
            coordinator_at = coordinator_at if done(coordinator_at) else None

        # Those who had to be told: the members now, or those at the close.
        needed = [m for m in match.all_members if m.left_on == match.closed_on]
        # Without an organisation that may coordinate, there is no coordinator to confirm.
        coordinator_done = coordinator_at is not None or match.proposal is None
        all_told = all(m.id in informed for m in needed)
        if lagging and letter_at and coordinator_done and all_told:
            letter_at = None  # a lagging match misses at least one step
        handled_at = None
        if letter_at and coordinator_done and all_told:
            steps = [letter_at, *([coordinator_at] if coordinator_at else [])]
            handled_at = max([*steps, *(informed[m.id][0] for m in needed)])

        rows.matches.append(
            {
                "id": match.id,
                "young_person_id": person_id,
                "status": MatchStatus.OPEN if is_open else MatchStatus.CLOSED,
                "opened_on": match.opened_on,
                "closed_on": match.closed_on,
                "close_reason": match.close_reason,
                "proposed_coordinator_id": match.proposal,
                "coordinator_id": match.proposal if coordinator_at else None,
                "coordinator_confirmed_at": coordinator_at,
                "coordinator_confirmed_by_id": self.user_id if coordinator_at else None,
                "letter_sent_at": letter_at,
                "letter_sent_by_id": self.user_id if letter_at else None,
                "handled_at": handled_at,
            }
        )
        self.counts.matches += 1
        self.counts.open_matches += is_open
        for member in match.all_members:
            at, via = informed.get(member.id, (None, None))
            rows.members.append(
                {
                    "id": member.id,
                    "match_id": match.id,
                    "organisation_id": member.org,
                    "signal_id": member.signal.id,
                    "professional_id": member.signal.professional,
                    "joined_on": member.joined_on,
                    "left_on": member.left_on,
                    "informed_at": at,
                    "informed_by_id": self.user_id if at else None,
                    "informed_via": via,
                }
            )
            self._contacts(match.id, member, at, via, cutoff, rows)

    def _contacts(
        self,
        match_id: int,
        member: _Member,
        informed_at: datetime | None,
        via: ContactChannel | None,
        cutoff: datetime,
        rows: _Rows,
    ) -> None:
        """Some logged contact attempts: failed calls before someone was reached, the call or
        e-mail that told them, and tries on professionals not reached yet."""
        rng = self.rng
        attempts: list[tuple[datetime, ContactChannel, ContactOutcome]] = []
        if informed_at is not None and via is not None:
            if via is ContactChannel.PHONE and rng.random() < 0.35:
                # One or two calls that did not get through, earlier that day or the day before.
                for back in sorted(rng.sample((0, 1, 1), rng.randint(1, 2)), reverse=True):
                    at = self._office_time(add_working_days(informed_at.date(), -back))
                    if member.joined_on < at.date() and at < informed_at:
                        outcome = rng.choice((ContactOutcome.NO_ANSWER, ContactOutcome.VOICEMAIL))
                        attempts.append((at, ContactChannel.PHONE, outcome))
            if rng.random() < 0.6:
                reached = via is ContactChannel.PHONE
                outcome = ContactOutcome.REACHED if reached else ContactOutcome.SENT
                attempts.append((informed_at, via, outcome))
        elif member.left_on is None and rng.random() < 0.3:
            for _ in range(rng.randint(1, 2)):
                at = self._step_time(member.joined_on, 1, 4)
                if at < cutoff:
                    outcome = rng.choice((ContactOutcome.NO_ANSWER, ContactOutcome.VOICEMAIL))
                    attempts.append((at, ContactChannel.PHONE, outcome))
        for at, channel, outcome in sorted(attempts, key=lambda a: a[0]):
            note = rng.choice(_CONTACT_NOTES[outcome]) if rng.random() < 0.4 else None
            rows.contacts.append(
                {
                    "id": self._next_id("contact_attempt"),
                    "match_id": match_id,
                    "professional_id": member.signal.professional,
                    "channel": channel,
                    "outcome": outcome,
                    "note": note,
                    "at": at,
                    "by_id": self.user_id,
                }
            )
            self.counts.contacts += 1


# ------------------------------------------------------------------ the service


_ID_TABLES: dict[str, type[Base]] = {
    "organisation": Organisation,
    "professional": Professional,
    "young_person": YoungPerson,
    "signal": Signal,
    "match": Match,
    "match_member": MatchMember,
    "contact_attempt": ContactAttempt,
}


def _insert(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), INSERT_CHUNK):
        session.execute(insert(model.__table__), rows[start : start + INSERT_CHUNK])


def _refuse_when_filled(session: Session) -> None:
    for model, what in ((YoungPerson, "young persons"), (Organisation, "organisations")):
        if session.scalar(select(func.count()).select_from(model)):
            raise Conflict(
                f"the database already holds {what}; demo data goes into an empty database "
                "only, so that it never mixes with real data"
            )


@requires(Permission.LOAD_DEMO_DATA)
def fill_demo_data(
    workspace: Workspace,
    *,
    young_persons: int = 400,
    seed: int = 2011,
    today: date | None = None,
) -> DemoDataSummary:
    """Fill an empty database with synthetic organisations, professionals, young persons,
    signals, matches and the work done on them. Refused when it holds organisations or young
    persons already."""
    if young_persons < 0:
        raise InvalidInput("the number of young persons cannot be negative")
    today = today or date.today()
    rng = random.Random(seed)
    with workspace.database.unit_of_work() as session:
        _refuse_when_filled(session)
        retention = load_settings(session).retention
        next_ids = {
            table: (session.scalar(select(func.max(model.id))) or 0) + 1
            for table, model in _ID_TABLES.items()
        }
        directory = build_directory(rng, next_ids["organisation"], next_ids["professional"])
        _insert(session, Organisation, directory.organisation_rows)
        _insert(session, Professional, directory.professional_rows)
        generator = _Generator(rng, today, retention, directory, workspace.actor.user_id, next_ids)
        remaining = young_persons
        while remaining:
            batch = min(remaining, PERSONS_PER_BATCH)
            rows = _Rows()
            for _ in range(batch):
                generator.add_person(rows)
            for model, model_rows in rows.in_insert_order():
                _insert(session, model, model_rows)
            remaining -= batch
        counts = generator.counts
        summary = DemoDataSummary(
            organisations=len(directory.organisation_rows),
            professionals=len(directory.professional_rows),
            young_persons=counts.young_persons,
            signals=counts.signals,
            active_signals=counts.active_signals,
            matches=counts.matches,
            open_matches=counts.open_matches,
        )
        audit.record(
            session,
            workspace.actor.name,
            Action.DEMO_DATA,
            organisations=summary.organisations,
            professionals=summary.professionals,
            young_persons=summary.young_persons,
            signals=summary.signals,
            matches=summary.matches,
        )
    logger.info("demo data: %s, %d contact attempts", summary, counts.contacts)
    return summary
