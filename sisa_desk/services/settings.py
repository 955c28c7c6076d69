"""Settings declared once (key, type, default, label, limits); the settings screen is built
from this list and the terms of DESIGN.md §2 are read from it."""

from __future__ import annotations

import time
from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sisa_desk.domain.letters import AddresseePolicy
from sisa_desk.domain.permissions import Permission
from sisa_desk.domain.signals import RetentionSettings
from sisa_desk.store.models import Setting

from . import audit
from .audit import Action
from .context import Workspace, requires
from .errors import InvalidInput, NotFound


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: int | str
    label: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("signal_term_months", 24, "Signal term (months)", 1, 60),
    SettingSpec("history_years", 5, "Keep ended signals (years)", 1, 10),
    SettingSpec("overdue_working_days", 10, "Match overdue after (working days)", 1, 60),
    SettingSpec("escalation_working_days", 20, "Match escalated after (working days)", 2, 120),
    SettingSpec(
        "letter_policy",
        AddresseePolicy.BROCHURE.value,
        "Letter addressee rule",
        choices=tuple(p.value for p in AddresseePolicy),
    ),
    SettingSpec("idle_lock_minutes", 10, "Lock after idle time (minutes)", 1, 120),
    SettingSpec("audit_retention_years", 5, "Keep the audit log (years)", 1, 20),
)
_BY_KEY = {spec.key: spec for spec in SPECS}


@dataclass(frozen=True)
class Settings:
    signal_term_months: int = 24
    history_years: int = 5
    overdue_working_days: int = 10
    escalation_working_days: int = 20
    letter_policy: str = AddresseePolicy.BROCHURE.value
    idle_lock_minutes: int = 10
    audit_retention_years: int = 5

    @property
    def retention(self) -> RetentionSettings:
        return RetentionSettings(
            signal_term_months=self.signal_term_months, history_years=self.history_years
        )


assert {f.name for f in fields(Settings)} == set(_BY_KEY), "declare each setting once"


_ALL = select(Setting.key, Setting.value)


def load_settings(session: Session) -> Settings:
    stored = dict(session.execute(_ALL).tuples().all())
    return Settings(**{key: stored[key] for key in _BY_KEY if key in stored})


def validate_setting(key: str, value: object) -> int | str:
    spec = _BY_KEY.get(key)
    if spec is None:
        raise NotFound(f"no setting named {key}")
    if spec.choices:
        if value not in spec.choices:
            raise InvalidInput(f"{spec.label}: choose one of {', '.join(spec.choices)}")
        return str(value)
    try:
        number = int(str(value))
    except ValueError:
        raise InvalidInput(f"{spec.label}: a whole number is needed") from None
    if (spec.minimum is not None and number < spec.minimum) or (
        spec.maximum is not None and number > spec.maximum
    ):
        raise InvalidInput(f"{spec.label}: between {spec.minimum} and {spec.maximum}")
    return number


SETTINGS_TTL_SECONDS = 30.0


def cached_settings(workspace: Workspace, session: Session) -> Settings:
    """The settings, read at most every 30 s: every signal needs them, and a change on
    another workstation may take that long to arrive."""
    memo = workspace.database.memo
    now = time.monotonic()
    cached = memo.get("settings")
    if cached is None or now - cached[0] > SETTINGS_TTL_SECONDS:  # type: ignore[index]
        cached = (now, load_settings(session))
        memo["settings"] = cached
    return cached[1]  # type: ignore[index]


def current_settings(workspace: Workspace) -> Settings:
    """Every logged-in user reads the settings (the idle lock needs them); nothing personal."""
    with workspace.database.unit_of_work() as session:
        return load_settings(session)


@requires(Permission.MANAGE_SETTINGS)
def change_setting(workspace: Workspace, key: str, value: object) -> Settings:
    checked = validate_setting(key, value)
    with workspace.database.unit_of_work() as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=checked))
        else:
            row.value = checked
        workspace.database.memo.pop("settings", None)
        audit.record(
            session, workspace.actor.name, Action.SETTING_CHANGED, setting=key, at=datetime.now()
        )
        session.flush()
        return load_settings(session)
