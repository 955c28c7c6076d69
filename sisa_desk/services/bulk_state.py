"""What a bulk registration reads before it decides: the young persons of a whole file with
their signals and open matches, the directory, and the next free ids — as plain rows.

Rows are loaded in chunks (IN lists of at most `CHUNK` values), and kept in plain slotted
classes that remember whether they are new or changed, so that `bulk_writes` writes each
once. Ids are allocated here from max(id) + 1: inside the import's transaction, after its
first write, nobody else can write.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import starmap
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, Select, bindparam, func, select
from sqlalchemy.orm import Session

from sisa_desk.domain.persons import Gender
from sisa_desk.domain.signals import EndReason
from sisa_desk.store import bulk_read
from sisa_desk.store.models import (
    ContactChannel,
    DuplicateReview,
    Match,
    MatchMember,
    MatchStatus,
    Organisation,
    Professional,
    Signal,
    SignalStatus,
    YoungPerson,
)

CHUNK = 500


class Row:
    """A table row held in memory; ``new`` rows are inserted, ``dirty`` ones updated.

    Subclasses are slotted dataclasses whose first fields are the table's columns, in order.
    """

    __slots__ = ()
    COLUMNS: ClassVar[tuple[str, ...]] = ()
    UPDATED: ClassVar[tuple[str, ...]] = ()
    id: int
    new: bool
    dirty: bool
    changed: set[str] | None  # the columns an update must set

    def set(self, name: str, value: object) -> None:
        if getattr(self, name) != value:
            setattr(self, name, value)
            self.dirty = True
            if not self.new:
                if self.changed is None:
                    self.changed = set()
                self.changed.add(name)

    def values(self, names: Iterable[str]) -> dict[str, Any]:
        return {name: getattr(self, name) for name in names}

    @classmethod
    def select(cls) -> Select[Any]:
        table = _TABLES[cls.__name__]
        return select(*(table.c[name] for name in cls.COLUMNS))


@dataclass(slots=True, eq=False)
class PersonRow(Row):
    COLUMNS: ClassVar[tuple[str, ...]] = (
        "id", "bsn", "given_names", "prefix", "surname", "date_of_birth", "gender", "street",
        "house_number", "postcode", "city", "date_of_death", "shielded", "created_at",
    )  # fmt: skip
    UPDATED: ClassVar[tuple[str, ...]] = (
        "given_names", "prefix", "surname", "date_of_birth", "gender", "street",
        "house_number", "postcode", "city", "shielded",
    )  # fmt: skip
    id: int
    bsn: str | None
    given_names: str | None
    prefix: str | None
    surname: str
    date_of_birth: date
    gender: Gender
    street: str | None
    house_number: str | None
    postcode: str | None
    city: str | None
    date_of_death: date | None
    shielded: bool
    created_at: datetime
    new: bool = False
    dirty: bool = False
    changed: set[str] | None = None
    signals: list[SignalRow] = field(default_factory=list)
    match: MatchRow | None = None


@dataclass(slots=True, eq=False)
class SignalRow(Row):
    COLUMNS: ClassVar[tuple[str, ...]] = (
        "id", "young_person_id", "organisation_id", "professional_id", "signal_date",
        "planned_end", "status", "ended_on", "end_reason", "shielded", "earlier_organisation_id",
        "earlier_notice_seen", "import_batch_id", "created_at", "updated_at",
    )  # fmt: skip
    UPDATED: ClassVar[tuple[str, ...]] = (
        "signal_date", "planned_end", "professional_id", "shielded", "updated_at",
    )  # fmt: skip
    id: int
    young_person_id: int
    organisation_id: int
    professional_id: int | None
    signal_date: date
    planned_end: date
    status: SignalStatus
    ended_on: date | None
    end_reason: EndReason | None
    shielded: bool
    earlier_organisation_id: int | None
    earlier_notice_seen: bool
    import_batch_id: int | None
    created_at: datetime
    updated_at: datetime
    new: bool = False
    dirty: bool = False
    changed: set[str] | None = None


@dataclass(slots=True, eq=False)
class MatchRow(Row):
    COLUMNS: ClassVar[tuple[str, ...]] = (
        "id", "young_person_id", "status", "opened_on", "closed_on", "close_reason",
        "proposed_coordinator_id", "coordinator_id", "coordinator_confirmed_at",
        "coordinator_confirmed_by_id", "letter_sent_at", "letter_sent_by_id", "handled_at",
    )  # fmt: skip
    UPDATED: ClassVar[tuple[str, ...]] = (
        "status", "closed_on", "close_reason", "proposed_coordinator_id", "coordinator_id",
        "coordinator_confirmed_at", "handled_at",
    )  # fmt: skip
    id: int
    young_person_id: int
    status: MatchStatus
    opened_on: date
    closed_on: date | None = None
    close_reason: EndReason | None = None
    proposed_coordinator_id: int | None = None
    coordinator_id: int | None = None
    coordinator_confirmed_at: datetime | None = None
    coordinator_confirmed_by_id: int | None = None
    letter_sent_at: datetime | None = None
    letter_sent_by_id: int | None = None
    handled_at: datetime | None = None
    new: bool = False
    dirty: bool = False
    changed: set[str] | None = None
    members: list[MemberRow] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class MemberRow(Row):
    COLUMNS: ClassVar[tuple[str, ...]] = (
        "id", "match_id", "organisation_id", "signal_id", "professional_id", "joined_on",
        "left_on", "informed_at", "informed_by_id", "informed_via",
    )  # fmt: skip
    UPDATED: ClassVar[tuple[str, ...]] = COLUMNS[3:]
    id: int
    match_id: int
    organisation_id: int
    signal_id: int | None = None
    professional_id: int | None = None
    joined_on: date | None = None
    left_on: date | None = None
    informed_at: datetime | None = None
    informed_by_id: int | None = None
    informed_via: ContactChannel | None = None
    new: bool = False
    dirty: bool = False
    changed: set[str] | None = None


@dataclass(slots=True, eq=False)
class ProfessionalRow(Row):
    COLUMNS: ClassVar[tuple[str, ...]] = (
        "id", "organisation_id", "name", "function", "phone", "email", "active",
    )  # fmt: skip
    UPDATED: ClassVar[tuple[str, ...]] = ("function", "phone", "email")
    id: int
    organisation_id: int
    name: str
    function: str | None
    phone: str | None
    email: str | None
    active: bool
    new: bool = False
    dirty: bool = False
    changed: set[str] | None = None


_TABLES = {
    "PersonRow": YoungPerson.__table__,
    "SignalRow": Signal.__table__,
    "MatchRow": Match.__table__,
    "MemberRow": MatchMember.__table__,
    "ProfessionalRow": Professional.__table__,
}


@dataclass(frozen=True)
class OrganisationInfo:
    id: int
    code: str
    active: bool
    may_coordinate: bool
    coordinator_priority: int


@dataclass
class NextIds:
    values: dict[str, int]

    def take(self, table: str) -> int:
        value = self.values[table]
        self.values[table] = value + 1
        return value


_ID_TABLES = {
    "young_person": YoungPerson,
    "signal": Signal,
    "match": Match,
    "match_member": MatchMember,
    "professional": Professional,
    "duplicate_review": DuplicateReview,
}


def next_ids(session: Session) -> NextIds:
    return NextIds(
        {
            name: (session.scalar(select(func.max(model.id))) or 0) + 1
            for name, model in _ID_TABLES.items()
        }
    )


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


_IN_PLACES = tuple(f"in_{place}" for place in range(CHUNK))


class ChunkedIn:
    """A query for the rows whose ``column`` is one of many values, asked `CHUNK` values at a
    time. Its IN list is built once, with a bind parameter per place: an expanding IN list is
    built and rendered again, value by value, for every chunk, and that took as long as
    reading the rows. The rows come as plain tuples of the query's columns (`bulk_read`),
    without SQLAlchemy's Row objects."""

    def __init__(self, query: Select[Any], column: ColumnElement[Any]) -> None:
        self.query = query.where(column.in_([bindparam(place) for place in _IN_PLACES]))

    def rows(self, session: Session, values: Iterable[Any]) -> list[tuple[Any, ...]]:
        """The rows of the sorted distinct values, chunk after chunk (each in the query's
        order)."""
        params = map(_places, chunks(sorted(set(values))))
        return bulk_read.select_rows(session.connection(), self.query, params)


def _places(chunk: Sequence[Any]) -> dict[str, Any]:
    # The places a short last chunk leaves are NULL, which matches nothing.
    params: dict[str, Any] = dict.fromkeys(_IN_PLACES)
    params.update(zip(_IN_PLACES[: len(chunk)], chunk, strict=True))
    return params


_PERSONS = YoungPerson.__table__
_PERSONS_BY_BSN = ChunkedIn(PersonRow.select(), _PERSONS.c.bsn)
_PERSONS_BORN_ON = ChunkedIn(
    select(_PERSONS.c.id, _PERSONS.c.surname, _PERSONS.c.date_of_birth).order_by(_PERSONS.c.id),
    _PERSONS.c.date_of_birth,
)
# Signals in id order, as the one-by-one path reads them (ties in the history go by id).
_SIGNALS_OF_PERSONS = ChunkedIn(
    SignalRow.select().order_by(Signal.__table__.c.id), Signal.__table__.c.young_person_id
)
_OPEN_MATCHES_OF_PERSONS = ChunkedIn(
    MatchRow.select()
    .where(Match.__table__.c.status == MatchStatus.OPEN)
    .order_by(Match.__table__.c.id),
    Match.__table__.c.young_person_id,
)
_MEMBERS_OF_MATCHES = ChunkedIn(
    MemberRow.select().order_by(MatchMember.__table__.c.id), MatchMember.__table__.c.match_id
)


def organisations(session: Session) -> dict[str, OrganisationInfo]:
    table = Organisation.__table__
    return {
        row.code: OrganisationInfo(
            row.id, row.code, row.active, row.may_coordinate, row.coordinator_priority
        )
        for row in session.execute(
            select(table.c.id, table.c.code, table.c.active, table.c.may_coordinate,
                   table.c.coordinator_priority)
        )
    }  # fmt: skip


def professionals_of(session: Session, organisation_id: int) -> list[ProfessionalRow]:
    table = Professional.__table__
    query = ProfessionalRow.select().where(table.c.organisation_id == organisation_id)
    return [ProfessionalRow(*row) for row in session.execute(query.order_by(table.c.id))]


def persons_by_bsn(session: Session, bsns: Sequence[str]) -> dict[str, PersonRow]:
    """The young persons with these BSNs, each with all its signals and its open match."""
    found: dict[str, PersonRow] = {}
    for person in starmap(PersonRow, _PERSONS_BY_BSN.rows(session, bsns)):
        found[person.bsn] = person  # type: ignore[index]
    by_id = {person.id: person for person in found.values()}
    _attach_signals(session, by_id)
    _attach_open_matches(session, by_id)
    return found


def _attach_signals(session: Session, persons: dict[int, PersonRow]) -> None:
    for signal in starmap(SignalRow, _SIGNALS_OF_PERSONS.rows(session, persons)):
        persons[signal.young_person_id].signals.append(signal)


def _attach_open_matches(session: Session, persons: dict[int, PersonRow]) -> None:
    matches: dict[int, MatchRow] = {}
    for match in starmap(MatchRow, _OPEN_MATCHES_OF_PERSONS.rows(session, persons)):
        person = persons[match.young_person_id]
        if person.match is None:  # at most one is open; the oldest, as the one-by-one path
            person.match = matches[match.id] = match
    for member in starmap(MemberRow, _MEMBERS_OF_MATCHES.rows(session, matches)):
        matches[member.match_id].members.append(member)


@dataclass(slots=True)
class Namesake:
    """A young person already stored, as far as the duplicate check needs one."""

    id: int
    surname: str


@dataclass
class BirthdayIndex:
    """Young persons by date of birth, for the days on which a young person without a BSN is
    registered: their records are compared by name for the review queue."""

    days: set[date]
    persons: dict[date, list[Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session, days: set[date], known: dict[int, PersonRow]) -> BirthdayIndex:
        index = cls(days)
        for person_id, surname, born in _PERSONS_BORN_ON.rows(session, days):
            # A record this file changes is compared with its new name.
            person = known.get(person_id) or Namesake(person_id, surname)
            index.persons.setdefault(born, []).append(person)
        return index

    def add(self, person: PersonRow) -> None:
        if person.date_of_birth in self.days:
            self.persons.setdefault(person.date_of_birth, []).append(person)

    def born_on(self, day: date) -> list[Any]:
        return self.persons.get(day, [])
