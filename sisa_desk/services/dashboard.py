"""The match dashboard: the back office's first screen, and the analyst's (DESIGN.md §2).

A handful of GROUP BY queries on indexed columns, portable SQL (``extract`` instead of
SQLite's ``strftime``), so that it opens in well under a second at 1 000 000 signals.

Management information is aggregate only: for a role that does not see personal data (the
analyst) every count under 5 — zero included — is returned suppressed (``Count.value`` None),
in the totals and in every chart bucket, and the list of individual overdue matches is left
out (the analyst gets the overdue matches by how long they are overdue instead). Woonplaatsen
with fewer than 5 open matches are folded into "overig" for the analyst, and when "overig"
itself would be suppressed the smallest shown woonplaats joins it, so that no suppressed cell
can be found back as the total minus the cells shown.

Each tile and bar carries the selection behind it — a ``match_list.MatchFilter`` that the
matches screen applies when someone clicks through, or (signals this month) a
``person_list.SignalFilter`` for the signals list.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, case, exists, extract, func, select
from sqlalchemy.orm import Session

from sisa_desk.domain.dates import add_months
from sisa_desk.domain.directory import Sector
from sisa_desk.domain.matching import due_date
from sisa_desk.domain.names import display_name
from sisa_desk.domain.permissions import Permission, sees_personal_data
from sisa_desk.store.models import (
    Match,
    MatchMember,
    MatchStatus,
    Organisation,
    Signal,
    YoungPerson,
)

from .context import Workspace, requires
from .match_list import MatchFilter, StatusFilter
from .matching import overdue_cutoff
from .person_list import SignalFilter
from .settings import load_settings

SUPPRESS_BELOW = 5
NEW_DAYS = 7  # "new": opened in the last 7 days, today included
MONTHS = 12
TOP_CITIES = 10
OLDEST_OVERDUE = 10
OTHER_CITIES = ""  # the key of the "overig" bucket of the woonplaatsen
# Overdue matches by days overdue (calendar days after the due date): (key, from, to).
OVERDUE_BANDS = (("1-7", 1, 7), ("8-30", 8, 30), ("31+", 31, None))


@dataclass(frozen=True)
class Count:
    """A number, or ``suppressed`` (value None) when the viewer may not see a small one."""

    value: int | None
    suppressed: bool = False


@dataclass(frozen=True)
class Bucket:
    """One bar: ``key`` is "YYYY-MM" (months), a Sector value (sectors), a woonplaats or
    OTHER_CITIES (woonplaatsen), or an OVERDUE_BANDS key."""

    key: str
    count: Count
    selection: MatchFilter | None = None


@dataclass(frozen=True)
class Tile:
    key: str  # "open", "new", "overdue", "handled", "signals_this_month"
    count: Count
    selection: MatchFilter | SignalFilter | None = None


@dataclass(frozen=True)
class OverdueMatch:
    id: int
    opened: date
    days_overdue: int
    organisations: tuple[str, ...]
    young_person_id: int
    name: str


@dataclass(frozen=True)
class DashboardSummary:
    """The quick part: the numbers, the months and the overdue matches."""

    today: date
    exact: bool  # False for the analyst: small numbers suppressed, no individual matches
    tiles: tuple[Tile, ...]
    per_month: tuple[Bucket, ...]
    overdue_by_age: tuple[Bucket, ...]
    oldest_overdue: tuple[OverdueMatch, ...]  # empty for the analyst

    def tile(self, key: str) -> Tile:
        return next(tile for tile in self.tiles if tile.key == key)


@dataclass(frozen=True)
class DashboardBreakdown:
    """The slower part: the open matches by sector and by woonplaats (each a join)."""

    exact: bool
    per_sector: tuple[Bucket, ...]
    per_city: tuple[Bucket, ...]


@dataclass(frozen=True)
class Dashboard:
    summary: DashboardSummary
    breakdown: DashboardBreakdown


def suppressed_count(value: int, exact: bool) -> Count:
    if exact or value >= SUPPRESS_BELOW:
        return Count(value)
    return Count(None, suppressed=True)


@requires(Permission.VIEW_DASHBOARD)
def dashboard(workspace: Workspace, today: date | None = None) -> Dashboard:
    """Everything at once. The screen asks for the two parts side by side instead, each in
    its own thread, so that the numbers show before the breakdowns are done."""
    return Dashboard(dashboard_summary(workspace, today), dashboard_breakdown(workspace))


@requires(Permission.VIEW_DASHBOARD)
def dashboard_summary(workspace: Workspace, today: date | None = None) -> DashboardSummary:
    today = today or date.today()
    exact = sees_personal_data(workspace.actor.role)
    with workspace.database.unit_of_work() as session:
        settings = load_settings(session)
        term = settings.overdue_working_days
        cutoff = overdue_cutoff(today, settings)
        overdue_dates = session.execute(
            select(Match.opened_on, func.count())
            .where(
                Match.status == MatchStatus.OPEN,
                Match.handled_at.is_(None),
                Match.opened_on < cutoff,
            )
            .group_by(Match.opened_on)
        )
        return DashboardSummary(
            today=today,
            exact=exact,
            tiles=_tiles(session, today, cutoff, exact),
            per_month=_per_month(session, today, exact),
            overdue_by_age=_overdue_bands(list(overdue_dates.tuples()), today, term, exact),
            oldest_overdue=_oldest_overdue(session, today, cutoff, term) if exact else (),
        )


@requires(Permission.VIEW_DASHBOARD)
def dashboard_breakdown(workspace: Workspace) -> DashboardBreakdown:
    exact = sees_personal_data(workspace.actor.role)
    with workspace.database.unit_of_work() as session:
        return DashboardBreakdown(exact, _per_sector(session, exact), _per_city(session, exact))


def _tiles(session: Session, today: date, cutoff: date, exact: bool) -> tuple[Tile, ...]:
    week_start = today - timedelta(days=NEW_DAYS - 1)
    is_open = Match.status == MatchStatus.OPEN

    def number(condition: object) -> object:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    # One pass over the open matches, one over those opened this week (indexed on both).
    open_total, handled, overdue = session.execute(
        select(
            func.count(),
            number(Match.handled_at.is_not(None)),
            number(and_(Match.handled_at.is_(None), Match.opened_on < cutoff)),
        ).where(is_open)
    ).one()
    new = session.scalar(
        select(func.count()).where(Match.opened_on >= week_start, Match.opened_on <= today)
    )
    month_start = today.replace(day=1)
    signals = session.scalar(
        select(func.count()).where(Signal.signal_date >= month_start, Signal.signal_date <= today)
    )
    return (
        Tile("open", suppressed_count(open_total, exact), MatchFilter(status=StatusFilter.OPEN)),
        Tile(
            "new",
            suppressed_count(new or 0, exact),
            MatchFilter(status=StatusFilter.ALL, opened_from=week_start, opened_to=today),
        ),
        Tile(
            "overdue",
            suppressed_count(int(overdue), exact),
            MatchFilter(status=StatusFilter.OPEN, overdue_only=True),
        ),
        Tile(
            "handled",
            suppressed_count(int(handled), exact),
            MatchFilter(status=StatusFilter.OPEN, handled=True),
        ),
        Tile(
            "signals_this_month",
            suppressed_count(signals or 0, exact),
            SignalFilter(status=None, date_from=month_start, date_to=today),
        ),
    )


def _per_month(session: Session, today: date, exact: bool) -> tuple[Bucket, ...]:
    """Matches opened per calendar month, the last 12 months (this one included)."""
    first = add_months(today.replace(day=1), -(MONTHS - 1))
    year, month = extract("year", Match.opened_on), extract("month", Match.opened_on)
    counts = {
        (int(y), int(m)): n
        for y, m, n in session.execute(
            select(year, month, func.count())
            .where(Match.opened_on >= first, Match.opened_on <= today)
            .group_by(year, month)
        )
    }
    buckets = []
    for step in range(MONTHS):
        start = add_months(first, step)
        end = min(add_months(start, 1) - timedelta(days=1), today)
        buckets.append(
            Bucket(
                f"{start.year:04d}-{start.month:02d}",
                suppressed_count(counts.get((start.year, start.month), 0), exact),
                MatchFilter(status=StatusFilter.ALL, opened_from=start, opened_to=end),
            )
        )
    return tuple(buckets)


def _per_sector(session: Session, exact: bool) -> tuple[Bucket, ...]:
    """Open matches per sector of the organisations in them now. A match involving two
    sectors counts once in each (so the bars add up to more than the open matches); two
    organisations of one sector count once for it.

    A member without ``left_on`` is in an open match: closing a match ends every membership
    (services.matching.follow_signals). So the index (organisation, left_on, match) answers
    this alone, one sector at a time, without visiting the matches.
    """
    by_sector: dict[Sector, list[int]] = {}
    for organisation_id, sector in session.execute(select(Organisation.id, Organisation.sector)):
        by_sector.setdefault(Sector(sector), []).append(organisation_id)
    buckets = []
    for sector in Sector:
        if sector not in by_sector:
            continue
        count = session.scalar(
            select(func.count(func.distinct(MatchMember.match_id))).where(
                MatchMember.organisation_id.in_(by_sector[sector]), MatchMember.left_on.is_(None)
            )
        )
        # For the analyst a zero is suppressed like 1 to 4: leaving it out would tell them apart.
        if count or not exact:
            buckets.append(
                Bucket(
                    sector.value,
                    suppressed_count(count, exact),
                    MatchFilter(status=StatusFilter.OPEN, sector=sector),
                )
            )
    return tuple(buckets)


def _per_city(session: Session, exact: bool) -> tuple[Bucket, ...]:
    """Open matches per woonplaats of the young person: the 10 largest, then "overig" (the
    rest, an unknown woonplaats, and every shielded young person, whose woonplaats is never
    shown nor found by a city: a bar would show where they live)."""
    # A young person has at most one open match: counting the young persons with one scans
    # the woonplaats index instead of visiting every open match's young person.
    has_open_match = exists().where(
        Match.young_person_id == YoungPerson.id, Match.status == MatchStatus.OPEN
    )
    rows = session.execute(
        select(YoungPerson.shielded, YoungPerson.city, func.count())
        .where(has_open_match)
        .group_by(YoungPerson.shielded, YoungPerson.city)
    ).all()
    cities = sorted(
        ((city, n) for shielded, city, n in rows if city and not shielded),
        key=lambda item: (-item[1], item[0].casefold()),
    )
    other = sum(n for shielded, city, n in rows if shielded or not city)
    shown = cities[:TOP_CITIES]
    other += sum(n for _city, n in cities[TOP_CITIES:])
    if not exact:
        other += sum(n for _city, n in shown if n < SUPPRESS_BELOW)
        shown = [(city, n) for city, n in shown if n >= SUPPRESS_BELOW]
        # "overig" suppressed while the rest is exact would be found back by subtraction.
        while shown and 0 < other < SUPPRESS_BELOW:
            other += shown.pop()[1]
    buckets = [
        Bucket(city, suppressed_count(n, exact), MatchFilter(status=StatusFilter.OPEN, city=city))
        for city, n in shown
    ]
    if other:
        buckets.append(Bucket(OTHER_CITIES, suppressed_count(other, exact)))
    return tuple(buckets)


def days_overdue(opened_on: date, today: date, term_working_days: int) -> int:
    return (today - due_date(opened_on, term_working_days)).days


def _overdue_bands(
    rows: list[tuple[date, int]], today: date, term: int, exact: bool
) -> tuple[Bucket, ...]:
    """Overdue matches by how many days they are past their due date."""
    counts: Counter[str] = Counter()
    for opened_on, n in rows:
        days = days_overdue(opened_on, today, term)
        for key, low, high in OVERDUE_BANDS:
            if days >= low and (high is None or days <= high):
                counts[key] += n
    buckets = [
        Bucket(key, suppressed_count(counts[key], exact)) for key, _low, _high in OVERDUE_BANDS
    ]
    # The bands add up to the overdue tile: one small band alone would be found back by
    # subtraction, so the smallest shown band is suppressed with it.
    hidden = [b for b in buckets if b.count.suppressed]
    if len(hidden) == 1 and counts[hidden[0].key]:
        smallest = min((b for b in buckets if not b.count.suppressed), key=lambda b: b.count.value)
        buckets[buckets.index(smallest)] = Bucket(smallest.key, Count(None, suppressed=True))
    return tuple(buckets)


def _oldest_overdue(
    session: Session, today: date, cutoff: date, term: int
) -> tuple[OverdueMatch, ...]:
    """The longest overdue matches, with the young person's name (roles that see persons)."""
    # The few matches first, then their young persons: joining before the LIMIT would visit
    # the young person of every overdue match.
    rows = session.execute(
        select(Match.id, Match.opened_on, Match.young_person_id)
        .where(
            Match.status == MatchStatus.OPEN,
            Match.handled_at.is_(None),
            Match.opened_on < cutoff,
        )
        .order_by(Match.opened_on, Match.id)
        .limit(OLDEST_OVERDUE)
    ).all()
    persons = {
        person.id: person
        for person in session.scalars(
            select(YoungPerson).where(YoungPerson.id.in_([row[2] for row in rows]))
        )
    }
    codes: dict[int, list[str]] = {match_id: [] for match_id, _opened, _person in rows}
    for match_id, code in session.execute(
        select(MatchMember.match_id, Organisation.code)
        .join(Organisation, Organisation.id == MatchMember.organisation_id)
        .where(MatchMember.match_id.in_(list(codes)), MatchMember.left_on.is_(None))
    ):
        codes[match_id].append(code)
    return tuple(
        OverdueMatch(
            match_id,
            opened_on,
            days_overdue(opened_on, today, term),
            tuple(sorted(codes[match_id])),
            person_id,
            _name(persons[person_id]),
        )
        for match_id, opened_on, person_id in rows
    )


def _name(person: YoungPerson) -> str:
    return display_name(person.given_names or "", person.prefix or "", person.surname)
