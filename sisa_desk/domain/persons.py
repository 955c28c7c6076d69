"""The young person's identity fields as the domain sees them."""

from __future__ import annotations

import re
from enum import StrEnum


class Gender(StrEnum):
    MALE = "M"
    FEMALE = "V"
    OTHER = "X"


GENDER_LABELS_NL = {Gender.MALE: "man", Gender.FEMALE: "vrouw", Gender.OTHER: "onbekend/anders"}

_GENDERS = {
    "m": Gender.MALE,
    "man": Gender.MALE,
    "male": Gender.MALE,
    "jongen": Gender.MALE,
    "mannelijk": Gender.MALE,
    "v": Gender.FEMALE,
    "f": Gender.FEMALE,
    "vrouw": Gender.FEMALE,
    "female": Gender.FEMALE,
    "meisje": Gender.FEMALE,
    "vrouwelijk": Gender.FEMALE,
    "x": Gender.OTHER,
    "o": Gender.OTHER,
    "onbekend": Gender.OTHER,
    "anders": Gender.OTHER,
    "other": Gender.OTHER,
    "unknown": Gender.OTHER,
}


def parse_gender(text: str) -> Gender:
    """M/V/X, man/vrouw, male/female (any case); ValueError when unknown."""
    key = re.sub(r"[^a-z]", "", str(text).lower())
    if key in _GENDERS:
        return _GENDERS[key]
    raise ValueError(f"unknown gender: {str(text).strip()!r}")


POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")


def normalise_postcode(text: str) -> str:
    """'3011ab' → '3011 AB'; ValueError when it is not a Dutch postcode."""
    match = POSTCODE.match(text or "")
    if not match:
        raise ValueError(f"not a Dutch postcode: {text.strip()!r}")
    return f"{match.group(1)} {match.group(2).upper()}"
