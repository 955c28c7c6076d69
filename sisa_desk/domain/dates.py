"""Ages, month arithmetic, working days and Dutch public holidays.

A birthday on 29 February falls on 1 March in a year without one: until 28 February has
passed, the person has not completed the year. `age_on` and `birthday` agree on this, so
"under 23 on the signal date" and "the signal ends on the 23rd birthday" never differ by a day.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

_ONE_DAY = timedelta(days=1)
_NO_HOLIDAYS: frozenset[date] = frozenset()


def age_on(date_of_birth: date, on: date) -> int:
    """Full years completed on `on`."""
    if on < date_of_birth:
        raise ValueError("the date lies before the date of birth")
    not_yet = (on.month, on.day) < (date_of_birth.month, date_of_birth.day)
    return on.year - date_of_birth.year - not_yet


# Cached: an import computes the end of every signal, from a few thousand distinct dates of
# birth and a handful of signal dates.
@lru_cache(maxsize=1 << 15)
def birthday(date_of_birth: date, years: int) -> date:
    """The day on which the person turns `years` (29 February -> 1 March in other years)."""
    year = date_of_birth.year + years
    if date_of_birth.month == 2 and date_of_birth.day == 29 and not calendar.isleap(year):
        return date(year, 3, 1)
    return date_of_birth.replace(year=year)


@lru_cache(maxsize=1 << 12)
def add_months(d: date, n: int) -> date:
    """`d` plus `n` months; a day past the end of the target month becomes its last day."""
    index = d.year * 12 + (d.month - 1) + n
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def add_years(d: date, n: int) -> date:
    """`d` plus `n` years; 29 February becomes 28 February in a year without one."""
    return add_months(d, 12 * n)


def is_working_day(d: date, holidays: frozenset[date] = _NO_HOLIDAYS) -> bool:
    return d.weekday() < 5 and d not in holidays


def add_working_days(d: date, n: int, holidays: frozenset[date] = _NO_HOLIDAYS) -> date:
    """The `n`-th working day after `d` (before it if `n` < 0); `d` itself never counts."""
    step = _ONE_DAY if n >= 0 else -_ONE_DAY
    remaining = abs(n)
    while remaining:
        d += step
        if is_working_day(d, holidays):
            remaining -= 1
    return d


def working_days_between(a: date, b: date, holidays: frozenset[date] = _NO_HOLIDAYS) -> int:
    """The working days stepped onto going from a to b: those in (a, b], or minus those in
    [b, a) when b lies before a.

    The inverse of add_working_days: working_days_between(d, add_working_days(d, n)) == n.
    """
    if b < a:
        return -working_days_between(b - _ONE_DAY, a - _ONE_DAY, holidays)
    # Whole weeks hold 5 weekdays each; walk only the remainder.
    days = (b - a).days
    weeks, rest = divmod(days, 7)
    count = 5 * weeks
    d = a + timedelta(weeks=weeks)
    for _ in range(rest):
        d += _ONE_DAY
        count += d.weekday() < 5
    count -= sum(1 for h in holidays if a < h <= b and h.weekday() < 5)
    return count


def easter_sunday(year: int) -> date:
    """Western Easter, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _kings_day(year: int) -> date:
    # Koningsdag (27 April) since 2014, Koninginnedag (30 April) before; a Sunday moves it
    # one day earlier (rule since 1980; earlier years are not needed here).
    day = date(year, 4, 27) if year >= 2014 else date(year, 4, 30)
    return day - _ONE_DAY if day.weekday() == 6 else day


def dutch_public_holidays(year: int) -> frozenset[date]:
    """The general public holidays that are days off in the Netherlands.

    Good Friday is not a general day off and is left out. Liberation Day (5 May) is counted
    only in lustrum years (year divisible by 5), when most collective agreements give it off.
    """
    easter = easter_sunday(year)
    days = {
        date(year, 1, 1),  # Nieuwjaarsdag
        easter,  # Eerste Paasdag
        easter + timedelta(days=1),  # Tweede Paasdag
        _kings_day(year),
        easter + timedelta(days=39),  # Hemelvaartsdag
        easter + timedelta(days=49),  # Eerste Pinksterdag
        easter + timedelta(days=50),  # Tweede Pinksterdag
        date(year, 12, 25),  # Eerste Kerstdag
        date(year, 12, 26),  # Tweede Kerstdag
    }
    if year % 5 == 0:
        days.add(date(year, 5, 5))  # Bevrijdingsdag
    return frozenset(days)


def dutch_public_holidays_between(first_year: int, last_year: int) -> frozenset[date]:
    """The holidays of every year from `first_year` to `last_year` inclusive."""
    return frozenset().union(*(dutch_public_holidays(y) for y in range(first_year, last_year + 1)))
