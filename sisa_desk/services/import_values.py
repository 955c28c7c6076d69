"""Cell values as partners' spreadsheets really hold them, read into a field's value.

A BSN arrives as text, as a number that lost its leading zero, or as a float (123456789.0);
dates as Excel dates, as serial numbers (1900 or 1904 system), as text in the usual Dutch
and ISO forms, or as digits (17052012). Each reader returns the value, None for an empty cell,
or raises `CellProblem` with a code of `import_messages`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from openpyxl.utils.datetime import from_excel

from sisa_desk.domain.bsn import InvalidBsnError, normalise_bsn
from sisa_desk.domain.persons import Gender, normalise_postcode, parse_gender

# What a cell holding an Excel error (t="e") reads as.
EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
     "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#CONNECT!", "#BUSY!"}
)  # fmt: skip
MAX_SERIAL = 2958465  # 31-12-9999


class CellProblem(ValueError):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def display(value: object) -> str:
    """A cell as a person reads it: dates as dd-mm-jjjj, 12.0 as 12."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time():
            return value.strftime("%d-%m-%Y")
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def check_error_value(value: object) -> None:
    if isinstance(value, str) and value in EXCEL_ERRORS:
        raise CellProblem("excel_error")


def text(value: object, max_length: int | None = None) -> str | None:
    if blank(value):
        return None
    check_error_value(value)
    if isinstance(value, bool):
        raise CellProblem("not_text")
    result = " ".join(display(value).split())
    if max_length is not None and len(result) > max_length:
        raise CellProblem("too_long", max_length=max_length)
    return result


# ------------------------------------------------------------------ BSN

_BSN_PROBLEMS = {
    "not_digits": "bsn_not_digits",
    "wrong_length": "bsn_wrong_length",
    "all_zero": "bsn_all_zero",
    "eleven_test": "bsn_eleven_test",
}


def bsn(value: object) -> str | None:
    """9 digits that pass the 11-test; 8 digits are read as a lost leading zero."""
    if blank(value):
        return None
    check_error_value(value)
    raw: str | int
    if isinstance(value, str):  # the usual cell
        raw = value
    elif isinstance(value, bool):
        raise CellProblem("bsn_not_a_number")
    elif isinstance(value, float):
        if not value.is_integer():
            raise CellProblem("bsn_not_a_number")
        raw = int(value)
    elif isinstance(value, int):
        raw = value
    else:
        raw = str(value)
    try:
        return normalise_bsn(raw)
    except InvalidBsnError as exc:
        digits = "".join(c for c in str(raw) if c.isdigit())
        code = _BSN_PROBLEMS.get(exc.problem.value, "invalid_bsn")
        raise CellProblem(code, length=len(digits)) from None
    except TypeError:
        raise CellProblem("bsn_not_a_number") from None


# ------------------------------------------------------------------ dates

_DMY = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})$")
_YMD = re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$")
_NAMED = re.compile(r"^(\d{1,2})[\s.-]+([a-z]+)\.?[\s.-]+(\d{4}|\d{2})$")
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_MONTHS = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2,
    "mrt": 3, "maart": 3, "mar": 3, "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6, "jul": 7, "juli": 7, "july": 7, "aug": 8, "augustus": 8,
    "august": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10, "oktober": 10, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip


_YEARS_ALONE = (1900, 2100)


def birth_date(value: object, today: date, epoch: datetime) -> date | None:
    """A date of birth: a two-digit year falls in the latest century that is not in the
    future (05 → 2005, 98 → 1998)."""
    return _date(value, today, epoch, _latest_past)


def signal_date(value: object, today: date, epoch: datetime) -> date | None:
    """A signal date: a two-digit year falls in the century nearest to today, so that a
    mistyped future year is reported as a future date rather than as a century ago."""
    return _date(value, today, epoch, _nearest)


def _date(value: object, today: date, epoch: datetime, century: Any) -> date | None:
    if blank(value):
        return None
    check_error_value(value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool | time):
        raise CellProblem("not_a_date")
    if isinstance(value, int | float):
        return _number_date(value, today, epoch, century)
    return _text_date(str(value).strip().lower(), today, century)


def _number_date(value: float, today: date, epoch: datetime, century: Any) -> date:
    if value != int(value) and value > 100_000:
        raise CellProblem("not_a_date")
    if value == int(value) and _YEARS_ALONE[0] <= value <= _YEARS_ALONE[1]:
        # A year typed without day and month: as a serial number it would be a day in 1905
        # (or 1909), reported as "23 or older", which the partner could not relate to the cell.
        raise CellProblem("year_only")
    digits = str(int(value))
    if len(digits) >= 6:  # 17052012 typed into a number cell, not a serial after 2173
        return _digits_date(digits, today, century)
    if not 1 <= value <= MAX_SERIAL:
        raise CellProblem("not_a_date")
    try:
        converted = from_excel(value, epoch)
    except (ValueError, OverflowError):
        raise CellProblem("not_a_date") from None
    if not isinstance(converted, datetime):
        raise CellProblem("not_a_date")
    return converted.date()


def _digits_date(digits: str, today: date, century: Any) -> date:
    if len(digits) == 6:  # ddmmjj
        return _build(int(digits[4:]), int(digits[2:4]), int(digits[:2]), today, century, 2)
    if len(digits) in (7, 8):  # (d)dmmjjjj, a leading zero lost
        digits = digits.zfill(8)
        return _build(int(digits[4:]), int(digits[2:4]), int(digits[:2]), today, century, 4)
    raise CellProblem("not_a_date")


def _text_date(raw: str, today: date, century: Any) -> date:
    raw = _TIME.sub("", raw).strip()
    if raw.isdigit():
        if len(raw) == 4 and _YEARS_ALONE[0] <= int(raw) <= _YEARS_ALONE[1]:
            raise CellProblem("year_only")
        return _digits_date(raw, today, century)
    if found := _DMY.match(raw):
        day, month, year = found.groups()
        return _build(int(year), int(month), int(day), today, century, len(year))
    if found := _YMD.match(raw):
        year, month, day = found.groups()
        return _build(int(year), int(month), int(day), today, century, 4)
    if (found := _NAMED.match(raw)) and found.group(2) in _MONTHS:
        day, name, year = found.groups()
        return _build(int(year), _MONTHS[name], int(day), today, century, len(year))
    raise CellProblem("not_a_date")


def _build(year: int, month: int, day: int, today: date, century: Any, width: int) -> date:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise CellProblem("not_a_date")
    try:
        if width == 2:
            return century(year, month, day, today)
        return date(year, month, day)
    except ValueError:
        raise CellProblem("impossible_date") from None


def _latest_past(yy: int, month: int, day: int, today: date) -> date:
    recent = date(2000 + yy, month, day) if _valid(2000 + yy, month, day) else None
    if recent is not None and recent <= today:
        return recent
    return date(1900 + yy, month, day)


def _nearest(yy: int, month: int, day: int, today: date) -> date:
    candidates = [
        date(c + yy, month, day) for c in (1900, 2000, 2100) if _valid(c + yy, month, day)
    ]
    if not candidates:
        raise ValueError("no such day")
    return min(candidates, key=lambda d: abs((d - today).days))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


# ------------------------------------------------------------------ the rest


def gender(value: object) -> Gender | None:
    if blank(value):
        return None
    check_error_value(value)
    try:
        return parse_gender(display(value))
    except ValueError:
        raise CellProblem("unknown_gender") from None


def postcode(value: object) -> str | None:
    if blank(value):
        return None
    check_error_value(value)
    try:
        return normalise_postcode(display(value))
    except ValueError:
        raise CellProblem("bad_postcode") from None


def house_number(number: str | None, addition: str | None) -> str | None:
    """12 and "a" → "12a"; 12 and "bis" → "12 bis"; the addition alone is no house number."""
    if number is None:
        return None
    if addition is None:
        return number
    joiner = "" if len(addition) <= 2 and addition.isalpha() else " "
    return f"{number}{joiner}{addition}"


def phone(value: object, max_length: int | None = None) -> str | None:
    # A mobile number typed into a number cell loses its leading zero: 0612345678 becomes
    # 612345678. Dutch numbers have ten digits and start with 0.
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = display(value)
        if digits.isdigit() and len(digits) == 9:
            return "0" + digits
    return text(value, max_length)
