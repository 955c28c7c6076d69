"""Ages, month arithmetic, working days and Dutch public holidays."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sisa_desk.domain.dates import (
    add_months,
    add_working_days,
    add_years,
    age_on,
    birthday,
    dutch_public_holidays,
    dutch_public_holidays_between,
    easter_sunday,
    is_working_day,
    working_days_between,
)

dates = st.dates(date(1990, 1, 1), date(2060, 12, 31))


# --- ages -------------------------------------------------------------------------------------


def test_age_on_the_day_before_a_birthday():
    assert age_on(date(2000, 6, 15), date(2023, 6, 14)) == 22


def test_age_on_the_birthday():
    assert age_on(date(2000, 6, 15), date(2023, 6, 15)) == 23


def test_age_on_the_day_of_birth_is_zero():
    assert age_on(date(2020, 3, 3), date(2020, 3, 3)) == 0


def test_age_before_birth_is_an_error():
    with pytest.raises(ValueError):
        age_on(date(2020, 3, 3), date(2020, 3, 2))


def test_feb_29_birthday_turns_a_year_older_on_march_1_in_a_common_year():
    born = date(2004, 2, 29)
    assert age_on(born, date(2027, 2, 28)) == 22
    assert age_on(born, date(2027, 3, 1)) == 23
    assert birthday(born, 23) == date(2027, 3, 1)


def test_feb_29_birthday_in_a_leap_year_stays_feb_29():
    born = date(2004, 2, 29)
    assert birthday(born, 24) == date(2028, 2, 29)
    assert age_on(born, date(2028, 2, 28)) == 23
    assert age_on(born, date(2028, 2, 29)) == 24


def test_birthday_of_an_ordinary_date():
    assert birthday(date(2001, 12, 31), 23) == date(2024, 12, 31)
    assert birthday(date(2001, 12, 31), 0) == date(2001, 12, 31)


@given(dates, st.integers(1, 30))
def test_age_and_birthday_agree(born, years):
    turns = birthday(born, years)
    assert age_on(born, turns) == years
    assert age_on(born, turns - timedelta(days=1)) == years - 1


# --- months -----------------------------------------------------------------------------------


def test_add_months_keeps_the_day():
    assert add_months(date(2024, 1, 15), 1) == date(2024, 2, 15)
    assert add_months(date(2024, 3, 10), 24) == date(2026, 3, 10)


def test_add_months_clamps_to_the_month_end():
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 3, 31), 1) == date(2024, 4, 30)
    assert add_months(date(2024, 8, 31), -6) == date(2024, 2, 29)


def test_add_months_crosses_year_ends():
    assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)
    assert add_months(date(2024, 1, 1), -1) == date(2023, 12, 1)
    assert add_months(date(2024, 5, 5), 0) == date(2024, 5, 5)


def test_feb_29_plus_24_months_is_feb_28():
    assert add_months(date(2024, 2, 29), 24) == date(2026, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert add_years(date(2024, 2, 29), 5) == date(2029, 2, 28)


@given(dates, st.integers(-120, 120))
def test_add_months_lands_in_the_right_month(d, n):
    result = add_months(d, n)
    assert (result.year * 12 + result.month) - (d.year * 12 + d.month) == n
    assert result.day == d.day or (result.day < d.day and (result + timedelta(days=1)).day == 1)


# --- working days -----------------------------------------------------------------------------

MONDAY = date(2025, 6, 2)  # no holiday in the weeks around it


def test_weekend_is_not_a_working_day():
    assert is_working_day(MONDAY)
    assert not is_working_day(MONDAY + timedelta(days=5))
    assert not is_working_day(MONDAY + timedelta(days=6))


def test_add_working_days_skips_weekends():
    assert add_working_days(MONDAY, 1) == MONDAY + timedelta(days=1)
    assert add_working_days(MONDAY, 4) == MONDAY + timedelta(days=4)
    assert add_working_days(MONDAY, 5) == MONDAY + timedelta(days=7)
    assert add_working_days(MONDAY, 10) == MONDAY + timedelta(days=14)


def test_add_working_days_from_a_weekend_starts_on_monday():
    saturday = MONDAY + timedelta(days=5)
    assert add_working_days(saturday, 1) == MONDAY + timedelta(days=7)
    assert add_working_days(saturday, 0) == saturday


def test_add_working_days_skips_holidays():
    tuesday = MONDAY + timedelta(days=1)
    assert add_working_days(MONDAY, 1, frozenset({tuesday})) == MONDAY + timedelta(days=2)


def test_add_negative_working_days_goes_back():
    assert add_working_days(MONDAY, -1) == MONDAY - timedelta(days=3)


def test_working_days_between_counts_after_the_start_up_to_the_end():
    assert working_days_between(MONDAY, MONDAY) == 0
    assert working_days_between(MONDAY, MONDAY + timedelta(days=7)) == 5
    friday = MONDAY + timedelta(days=4)
    assert working_days_between(friday, friday + timedelta(days=3)) == 1
    assert working_days_between(MONDAY + timedelta(days=7), MONDAY) == -5


def test_working_days_between_skips_holidays_on_weekdays_only():
    holidays = frozenset({MONDAY + timedelta(days=2), MONDAY + timedelta(days=5)})
    assert working_days_between(MONDAY, MONDAY + timedelta(days=7), holidays) == 4


def test_working_days_around_easter_2025():
    holidays = dutch_public_holidays(2025)
    # Thursday 17 April: Good Friday is a working day, Easter Monday 21 April is not.
    assert add_working_days(date(2025, 4, 17), 1, holidays) == date(2025, 4, 18)
    assert add_working_days(date(2025, 4, 18), 1, holidays) == date(2025, 4, 22)


holiday_sets = st.frozensets(st.dates(date(2024, 1, 1), date(2027, 12, 31)), max_size=20)


@given(st.dates(date(2024, 1, 1), date(2025, 12, 31)), st.integers(-60, 60), holiday_sets)
def test_working_days_between_inverts_add_working_days(d, n, holidays):
    assert working_days_between(d, add_working_days(d, n, holidays), holidays) == n


@given(st.dates(date(2024, 1, 1), date(2025, 12, 31)), st.integers(1, 60), holiday_sets)
def test_add_working_days_lands_on_a_working_day(d, n, holidays):
    assert is_working_day(add_working_days(d, n, holidays), holidays)


@given(st.dates(date(2024, 1, 1), date(2025, 12, 31)), st.integers(0, 400), holiday_sets)
def test_working_days_between_matches_counting_day_by_day(a, span, holidays):
    b = a + timedelta(days=span)
    by_hand = sum(is_working_day(a + timedelta(days=i), holidays) for i in range(1, span + 1))
    assert working_days_between(a, b, holidays) == by_hand


# --- holidays ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2008, date(2008, 3, 23)),
        (2011, date(2011, 4, 24)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter_sunday(year, easter):
    assert easter_sunday(year) == easter


def test_dutch_public_holidays_2025():
    assert dutch_public_holidays(2025) == {
        date(2025, 1, 1),
        date(2025, 4, 20),
        date(2025, 4, 21),
        date(2025, 4, 26),  # 27 April 2025 is a Sunday
        date(2025, 5, 5),  # lustrum year
        date(2025, 5, 29),
        date(2025, 6, 8),
        date(2025, 6, 9),
        date(2025, 12, 25),
        date(2025, 12, 26),
    }


def test_dutch_public_holidays_2024():
    assert dutch_public_holidays(2024) == {
        date(2024, 1, 1),
        date(2024, 3, 31),
        date(2024, 4, 1),
        date(2024, 4, 27),
        date(2024, 5, 9),
        date(2024, 5, 19),
        date(2024, 5, 20),
        date(2024, 12, 25),
        date(2024, 12, 26),
    }


def test_good_friday_is_not_a_holiday():
    assert easter_sunday(2024) - timedelta(days=2) not in dutch_public_holidays(2024)


def test_liberation_day_only_in_lustrum_years():
    assert date(2030, 5, 5) in dutch_public_holidays(2030)
    assert date(2026, 5, 5) not in dutch_public_holidays(2026)


def test_kings_day_moves_to_saturday_when_on_sunday():
    assert date(2031, 4, 26) in dutch_public_holidays(2031)  # 27 April 2031 is a Sunday
    assert date(2031, 4, 27) not in dutch_public_holidays(2031)


def test_queens_day_before_2014():
    assert date(2011, 4, 30) in dutch_public_holidays(2011)
    assert date(2006, 4, 29) in dutch_public_holidays(2006)  # 30 April 2006 was a Sunday


def test_dutch_public_holidays_between_joins_years():
    both = dutch_public_holidays_between(2024, 2025)
    assert both == dutch_public_holidays(2024) | dutch_public_holidays(2025)
