"""Reading the cells of partners' files, and recognising their columns by header."""

from __future__ import annotations

import random
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

from sisa_desk.domain.bsn import generate_bsn
from sisa_desk.domain.persons import Gender
from sisa_desk.services import import_values as cell
from sisa_desk.services.import_columns import _PSEUDO, FIELDS, _header
from sisa_desk.services.import_messages import MESSAGES, NOUNS, message
from sisa_desk.services.persons import checked_bsn
from sisa_desk.services.workbooks import header_key

TODAY = date(2026, 11, 26)
W = CALENDAR_WINDOWS_1900
BSN = generate_bsn(random.Random(3))
ZERO = generate_bsn(random.Random(4), prefix="0")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (BSN, BSN),
        (int(BSN), BSN),
        (float(BSN), BSN),
        (f" {BSN[:3]}.{BSN[3:6]}.{BSN[6:]} ", BSN),
        (f"{BSN[:4]} {BSN[4:]}", BSN),
        (int(ZERO), ZERO),  # a number: the leading zero is lost, 8 digits are padded
        (ZERO[1:], ZERO),
        (None, None),
        ("   ", None),
    ],
)
def test_bsn_as_spreadsheets_hold_it(raw, expected):
    assert cell.bsn(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("123456789", "bsn_eleven_test"),
        ("1234567", "bsn_wrong_length"),
        ("12345678x", "bsn_not_digits"),
        (123456789.5, "bsn_not_a_number"),
        (True, "bsn_not_a_number"),
        ("00000000", "bsn_all_zero"),
        ("#N/A", "excel_error"),
    ],
)
def test_bad_bsns_have_their_own_code(raw, code):
    with pytest.raises(cell.CellProblem) as caught:
        cell.bsn(raw)
    assert caught.value.code == code


def _generated_bsn(seed: int) -> str:
    return generate_bsn(random.Random(seed), prefix="")


def _as_cells(bsn: str) -> st.SearchStrategy[object]:
    return st.sampled_from(
        [bsn, int(bsn), float(bsn), f" {bsn[:3]}.{bsn[3:6]}.{bsn[6:]} ", bsn.lstrip("0")]
    )


bsn_cells = st.one_of(
    st.integers(0, 2**32).map(_generated_bsn).flatmap(_as_cells),
    st.text("0123456789 .-x", max_size=12),
    st.integers(-1, 10**10),
    st.none(),
)


@given(bsn_cells)
def test_a_bsn_read_from_a_cell_is_left_as_it_is_by_checked_bsn(raw):
    # The import hands its BSNs to BulkRegistration.plan as normalised (bsns_normalised).
    try:
        read = cell.bsn(raw)
    except cell.CellProblem:
        return
    assert checked_bsn(read) == read


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (datetime(2012, 5, 17, 0, 0), date(2012, 5, 17)),
        (datetime(2012, 5, 17, 13, 45), date(2012, 5, 17)),
        (date(2012, 5, 17), date(2012, 5, 17)),
        ("17-05-2012", date(2012, 5, 17)),
        ("17-5-12", date(2012, 5, 17)),
        ("2012-05-17", date(2012, 5, 17)),
        ("17/05/2012", date(2012, 5, 17)),
        ("17.5.2012", date(2012, 5, 17)),
        (" 17 - 05 - 2012 ", date(2012, 5, 17)),
        ("17-05-2012 00:00:00", date(2012, 5, 17)),
        ("17 mei 2012", date(2012, 5, 17)),
        ("17-okt-12", date(2012, 10, 17)),
        ("17052012", date(2012, 5, 17)),
        (17052012, date(2012, 5, 17)),
        (1052012, date(2012, 5, 1)),  # 01052012 lost its leading zero
        (41046, date(2012, 5, 17)),  # an Excel serial number
        (41046.5, date(2012, 5, 17)),
        (None, None),
    ],
)
def test_dates_as_spreadsheets_hold_them(raw, expected):
    assert cell.birth_date(raw, TODAY, W) == expected


def test_serial_numbers_follow_the_workbooks_date_system():
    assert cell.birth_date(41046, TODAY, CALENDAR_MAC_1904) == date(2016, 5, 18)


@pytest.mark.parametrize(
    ("raw", "born", "signalled"),
    [
        ("17-05-12", date(2012, 5, 17), date(2012, 5, 17)),
        ("17-05-98", date(1998, 5, 17), date(1998, 5, 17)),
        ("01-10-26", date(2026, 10, 1), date(2026, 10, 1)),
        # A birth date is never in the future; a signal date lands nearest to today, so that
        # a mistyped year is reported as a future date.
        ("01-12-26", date(1926, 12, 1), date(2026, 12, 1)),
        ("01-10-27", date(1927, 10, 1), date(2027, 10, 1)),
    ],
)
def test_two_digit_years(raw, born, signalled):
    assert cell.birth_date(raw, TODAY, W) == born
    assert cell.signal_date(raw, TODAY, W) == signalled


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("gisteren", "not_a_date"),
        ("31-02-2012", "impossible_date"),
        ("13-13-2012", "not_a_date"),
        (True, "not_a_date"),
        (-5, "not_a_date"),
        ("#VALUE!", "excel_error"),
    ],
)
def test_what_is_not_a_date(raw, code):
    with pytest.raises(cell.CellProblem) as caught:
        cell.birth_date(raw, TODAY, W)
    assert caught.value.code == code


@pytest.mark.parametrize("year", [1900, 2015, 2015.0, 2100, "2015", " 2015 "])
def test_a_year_alone_is_not_taken_for_a_day_in_1905(year):
    # As a serial number 2015 is 07-07-1905: "23 or older" would puzzle the partner.
    for read in (cell.birth_date, cell.signal_date):
        with pytest.raises(cell.CellProblem) as caught:
            read(year, TODAY, W)
        assert caught.value.code == "year_only"
    assert cell.birth_date(1899, TODAY, W) == date(1905, 3, 13)  # outside: a serial as before
    assert cell.birth_date(2101, TODAY, W) == date(1905, 10, 1)


@pytest.mark.parametrize(
    ("raw", "gender"),
    [("M", Gender.MALE), (" man ", Gender.MALE), ("Male", Gender.MALE), ("v", Gender.FEMALE),
     ("Vrouw", Gender.FEMALE), ("female", Gender.FEMALE), ("X", Gender.OTHER)],
)  # fmt: skip
def test_genders(raw, gender):
    assert cell.gender(raw) is gender


def test_the_rest_of_the_cells():
    assert cell.postcode("3011ab") == "3011 AB"
    with pytest.raises(cell.CellProblem, match="bad_postcode"):
        cell.postcode("30111 AB")
    assert cell.house_number("12", "a") == "12a"
    assert cell.house_number("12", "bis") == "12 bis"
    assert cell.house_number("12", None) == "12" and cell.house_number(None, "a") is None
    assert cell.phone(612345678) == "0612345678"
    assert cell.text("  de   Vries ") == "de Vries" and cell.text(12.0) == "12"
    with pytest.raises(cell.CellProblem, match="too_long"):
        cell.text("x" * 41, 40)
    assert cell.display(datetime(2012, 5, 17)) == "17-05-2012" and cell.display(12.0) == "12"


# ------------------------------------------------------------------ columns


def test_every_header_name_is_one_field_only():
    keys: dict[str, str] = {}
    for spec in FIELDS:
        for header in spec.headers:
            key = header_key(header)
            assert keys.setdefault(key, spec.name) == spec.name, header
    assert len(_PSEUDO) == sum(len(spec.headers) for spec in FIELDS)


@pytest.mark.parametrize(
    "headers",
    [
        ["BSN", "Achternaam", "Voornamen", "Geboortedatum", "Geslacht", "Signaaldatum"],
        ["burgerservicenummer", "GESLACHTSNAAM", "roepnaam", "Geb. datum", "sex", "datum signaal"],
        ["Citizen service number", "Last name", "First name", "Date of birth", "Gender",
         "Signal date", "Professional", "Phone", "E-mail address"],
        ["bsn ", " Surname", "Initials", "DOB", "Sex", "signal-date", "Contactpersoon"],
    ],
)  # fmt: skip
def test_headers_in_dutch_and_english_any_case_or_punctuation(headers):
    found = _header([("Titel van de lijst",), (), tuple(headers)])
    assert found is not None and found[0] == 2


def test_a_title_row_with_a_few_known_words_is_no_header():
    assert _header([("BSN", "Signalen"), ("Achternaam",)]) is None


def test_every_message_code_reads_in_dutch():
    for code, template in MESSAGES.items():
        text = message(code, label=NOUNS["bsn"], row=4, length=7, max_length=40, max_age=23,
                       term=24)  # fmt: skip
        assert text[0].isupper() and "{" not in text, code
        assert template  # no empty message
