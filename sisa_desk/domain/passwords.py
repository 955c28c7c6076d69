"""Password policy of DESIGN.md §4: NFC-normalised, at least 12 characters, not a common one."""

from __future__ import annotations

import unicodedata
from functools import cache

from zxcvbn.frequency_lists import FREQUENCY_LISTS

MIN_LENGTH = 12


class WeakPasswordError(ValueError):
    """The password does not satisfy the policy; the message says why (in English)."""


def normalise(password: str) -> str:
    # The same password typed on another keyboard layout may arrive decomposed (é as e + ´).
    return unicodedata.normalize("NFC", password)


@cache
def _common_passwords() -> frozenset[str]:
    # zxcvbn ships the 30 000 most common leaked passwords; a maintained list beats our own.
    return frozenset(FREQUENCY_LISTS["passwords"])


def is_common(password: str) -> bool:
    lowered = normalise(password).lower()
    if lowered in _common_passwords():
        return True
    # "password1234" and "welkom2024!!" are a common word with decoration.
    stripped = lowered.rstrip("0123456789!?.#@$%*_- ")
    return len(stripped) >= 4 and stripped in _common_passwords() | _DUTCH_COMMON


_DUTCH_COMMON = frozenset(
    {
        "welkom",
        "wachtwoord",
        "geheim",
        "rotterdam",
        "feyenoord",
        "sisadesk",
        "sisa",
        "voorjaar",
        "zomer",
        "najaar",
        "winter",
        "januari",
        "december",
    }
)


def check_password(password: str) -> str:
    """Return the normalised password, or raise WeakPasswordError."""
    normalised = normalise(password)
    if len(normalised) < MIN_LENGTH:
        raise WeakPasswordError(f"a password needs at least {MIN_LENGTH} characters")
    if normalised.strip() != normalised:
        raise WeakPasswordError("a password may not start or end with a space")
    if is_common(normalised) or len(set(normalised)) < 4:
        raise WeakPasswordError("this password is too common or too simple")
    return normalised


MAX_LOGIN_DELAY_SECONDS = 30.0


def failed_login_delay(consecutive_failures: int) -> float:
    """Seconds to wait after the n-th failed log-in in a row: 1, 2, 4, … up to 30."""
    if consecutive_failures <= 0:
        return 0.0
    return min(2.0 ** (consecutive_failures - 1), MAX_LOGIN_DELAY_SECONDS)
