"""How values are shown: dates as dd-mm-jjjj (DESIGN.md §6), times as HH:MM."""

from __future__ import annotations

from datetime import date, datetime

from sisa_desk.domain.permissions import ROLE_LABELS_NL, Role

DATE_FORMAT = "%d-%m-%Y"
DATE_TIME_FORMAT = "%d-%m-%Y %H:%M"


def format_date(value: date | None) -> str:
    return value.strftime(DATE_FORMAT) if value is not None else ""


def format_date_time(value: datetime | None) -> str:
    return value.strftime(DATE_TIME_FORMAT) if value is not None else ""


def role_label(role: Role) -> str:
    """The Dutch name of a role, as the domain defines it ("beheerder")."""
    return ROLE_LABELS_NL[role]


def role_title(role: Role) -> str:
    """The Dutch name of a role for a column or a list ("Beheerder")."""
    label = role_label(role)
    return label[:1].upper() + label[1:]
