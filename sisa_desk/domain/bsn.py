"""BSN (burgerservicenummer) of DESIGN.md §2: 9 digits that pass the 11-test.

Error messages never contain the number itself: they may end up in a log line or an import
error report, and a BSN must never be written there.
"""

from __future__ import annotations

import random
from enum import StrEnum

from stdnum.nl import bsn as _stdnum_bsn

BSN_LENGTH = 9
_SEPARATORS = str.maketrans("", "", " .-\t\u00a0")
_ALL_ZERO = "0" * BSN_LENGTH


class BsnProblem(StrEnum):
    EMPTY = "empty"
    NOT_DIGITS = "not_digits"
    WRONG_LENGTH = "wrong_length"
    ALL_ZERO = "all_zero"
    ELEVEN_TEST = "eleven_test"


class InvalidBsnError(ValueError):
    """The value is not a valid BSN; `problem` says why, the message says it in English."""

    def __init__(self, problem: BsnProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


def normalise_bsn(raw: str | int) -> str:
    """Return the BSN as 9 digits, or raise InvalidBsnError.

    Accepts an int or a string with spaces, dots or dashes. Eight digits are read as a BSN
    whose leading zero a spreadsheet dropped.
    """
    if isinstance(raw, bool) or not isinstance(raw, (int, str)):
        raise TypeError(f"a BSN is given as str or int, not {type(raw).__name__}")
    if isinstance(raw, int):
        if raw < 0:
            raise InvalidBsnError(BsnProblem.NOT_DIGITS, "a BSN cannot be negative")
        digits = str(raw)
    else:
        digits = raw.strip()
        # Nearly every BSN is plain digits already: only the others are cleaned and checked.
        # isdecimal() alone would accept Arabic-Indic and other Unicode digits.
        if not (digits.isascii() and digits.isdecimal()):
            digits = digits.translate(_SEPARATORS)
            if not digits:
                raise InvalidBsnError(BsnProblem.EMPTY, "the BSN is empty")
            if not (digits.isascii() and digits.isdecimal()):
                raise InvalidBsnError(BsnProblem.NOT_DIGITS, "a BSN may contain only digits")
    if len(digits) not in (BSN_LENGTH - 1, BSN_LENGTH):
        raise InvalidBsnError(
            BsnProblem.WRONG_LENGTH, f"a BSN has 8 or 9 digits, this one has {len(digits)}"
        )
    digits = digits.zfill(BSN_LENGTH)
    if digits == _ALL_ZERO:
        raise InvalidBsnError(BsnProblem.ALL_ZERO, "a BSN cannot be all zeros")
    if _stdnum_bsn.checksum(digits) != 0:
        raise InvalidBsnError(
            BsnProblem.ELEVEN_TEST, "the BSN fails the 11-test (a digit is probably mistyped)"
        )
    return digits


def is_valid_bsn(raw: str | int) -> bool:
    try:
        normalise_bsn(raw)
    except (InvalidBsnError, TypeError):
        return False
    return True


def generate_bsn(rng: random.Random, prefix: str = "9") -> str:
    """A random 9-digit number that passes the 11-test, for synthetic data and tests only.

    The default leading 9 is the block where the national test persons live; no number can be
    guaranteed unissued, so generated numbers belong in demo and test databases only.
    """
    # At least the 8th digit stays free, so some completion always passes the 11-test.
    if len(prefix) > 7 or (prefix and not (prefix.isascii() and prefix.isdecimal())):
        raise ValueError("prefix must be at most 7 digits")
    free = 8 - len(prefix)
    while True:
        body = prefix + str(rng.randrange(10**free)).zfill(free)
        # 9*d1 + ... + 2*d8 - d9 ≡ 0 (mod 11), so the check digit is that weighted sum mod 11.
        check = sum((9 - i) * int(d) for i, d in enumerate(body)) % 11
        if check < 10 and int(body) != 0:
            return body + str(check)
