"""Sectors of participating organisations, and reading them as partners write them."""

from __future__ import annotations

import re
from enum import StrEnum


class Sector(StrEnum):
    YOUTH_CARE = "jeugdhulp"
    EDUCATION = "onderwijs"
    POLICE_JUSTICE = "politie_justitie"
    WORK_INCOME = "werk_inkomen"
    WELFARE = "welzijn"
    HEALTH_CARE = "zorg"
    OTHER = "overig"


SECTOR_LABELS_NL: dict[Sector, str] = {
    Sector.YOUTH_CARE: "Jeugdhulp",
    Sector.EDUCATION: "Onderwijs",
    Sector.POLICE_JUSTICE: "Politie en justitie",
    Sector.WORK_INCOME: "Werk en inkomen",
    Sector.WELFARE: "Welzijn",
    Sector.HEALTH_CARE: "Zorg",
    Sector.OTHER: "Overig",
}

_ALIASES: dict[str, Sector] = {
    "youthcare": Sector.YOUTH_CARE,
    "youth": Sector.YOUTH_CARE,
    "education": Sector.EDUCATION,
    "school": Sector.EDUCATION,
    "policejustice": Sector.POLICE_JUSTICE,
    "politieenjustitie": Sector.POLICE_JUSTICE,
    "policeandjustice": Sector.POLICE_JUSTICE,
    "police": Sector.POLICE_JUSTICE,
    "politie": Sector.POLICE_JUSTICE,
    "justitie": Sector.POLICE_JUSTICE,
    "workincome": Sector.WORK_INCOME,
    "werkeninkomen": Sector.WORK_INCOME,
    "workandincome": Sector.WORK_INCOME,
    "welfare": Sector.WELFARE,
    "health": Sector.HEALTH_CARE,
    "healthcare": Sector.HEALTH_CARE,
    "gezondheidszorg": Sector.HEALTH_CARE,
    "other": Sector.OTHER,
}


def _key(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def parse_sector(text: str) -> Sector:
    """A sector from its code, Dutch label or English name; ValueError when unknown."""
    key = _key(text)
    for sector in Sector:
        if key in (_key(sector.value), _key(SECTOR_LABELS_NL[sector])):
            return sector
    if key in _ALIASES:
        return _ALIASES[key]
    raise ValueError(f"unknown sector: {text.strip()!r}")


def parse_yes_no(value: object) -> bool:
    """ja/nee, yes/no, j/n, y/n, 1/0, true/false, x (ticked) or empty (no)."""
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    key = _key(str(value)) or str(value).strip()
    if key in ("ja", "j", "yes", "y", "true", "waar", "x", "1"):
        return True
    if key in ("nee", "n", "no", "false", "onwaar", "", "0"):
        return False
    raise ValueError(f"not yes or no: {str(value).strip()!r}")
