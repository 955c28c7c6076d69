"""What the match list is asked for: the filter and the order (plain data, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sisa_desk.domain.directory import Sector


class StatusFilter(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    ALL = "all"


@dataclass(frozen=True)
class MatchFilter:
    status: StatusFilter = StatusFilter.OPEN
    # Open, unhandled and past the term (DESIGN.md §2), as services.matching counts it.
    overdue_only: bool = False
    handled: bool | None = None
    # Matches in which the organisation takes part: now, or (closed matches) until the end.
    organisation_id: int | None = None
    sector: Sector | None = None
    # Woonplaats; young persons whose address is shielded never match a city.
    city: str | None = None
    opened_from: date | None = None
    opened_to: date | None = None
    # The start of a BSN (digits only) or of a surname, in any case.
    search: str = ""


class MatchColumn(StrEnum):
    ID = "id"
    BSN = "bsn"
    NAME = "name"
    DATE_OF_BIRTH = "date_of_birth"
    CITY = "city"
    ORGANISATIONS = "organisations"
    OPENED_ON = "opened_on"
    DAYS_OPEN = "days_open"
    STATUS = "status"
    COORDINATOR = "coordinator"
    HANDLED = "handled"
    OVERDUE = "overdue"
    ESCALATED = "escalated"
    # escalated, overdue, open, handled, closed: how urgent the match is
    STATE = "state"


@dataclass(frozen=True)
class MatchSort:
    """How the list is ordered; ties go by match number in the same direction.

    ``name`` sorts by surname proper (without "van der"), then given names. ``city`` puts the
    shielded young persons after (descending: before) all others. ``organisations`` sorts by
    the number of organisations in the match (now; a closed match: all it had).
    ``days_open`` sorts by the day of opening, newest first (for a closed match that is not
    its length). Booleans sort no before yes.
    """

    column: MatchColumn = MatchColumn.OPENED_ON
    descending: bool = True


PERSON_COLUMNS = frozenset(
    {MatchColumn.BSN, MatchColumn.NAME, MatchColumn.DATE_OF_BIRTH, MatchColumn.CITY}
)
