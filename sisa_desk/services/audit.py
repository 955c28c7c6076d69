"""The audit trail (NEN 7513): append-only events chained by hashes.

Details hold record ids, counts and codes only — never a name, BSN, address or case content.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from sisa_desk.domain.permissions import Permission
from sisa_desk.store import bulk_sql
from sisa_desk.store.models import AuditEvent

from .context import Workspace, requires

GENESIS = "0" * 64
Detail = int | str | bool | None | list[int] | list[str]


class Action(StrEnum):
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGIN_RECOVERY = "login_recovery"
    UNLOCK = "unlock"
    DATABASE_CREATED = "database_created"
    USER_ADDED = "user_added"
    USER_DEACTIVATED = "user_deactivated"
    PASSWORD_CHANGED = "password_changed"
    KEY_ROTATED = "key_rotated"
    SETTING_CHANGED = "setting_changed"
    VIEW_YOUNG_PERSON = "view_young_person"
    YOUNG_PERSON_CREATED = "young_person_created"
    YOUNG_PERSON_CHANGED = "young_person_changed"
    YOUNG_PERSONS_MERGED = "young_persons_merged"
    DUPLICATE_KEPT_APART = "duplicate_kept_apart"
    ORGANISATION_SAVED = "organisation_saved"
    PROFESSIONAL_SAVED = "professional_saved"
    DIRECTORY_IMPORTED = "directory_imported"
    SIGNAL_REGISTERED = "signal_registered"
    SIGNAL_REFRESHED = "signal_refreshed"
    SIGNAL_WITHDRAWN = "signal_withdrawn"
    SIGNAL_DELETED = "signal_deleted"
    SIGNALS_EXPIRED = "signals_expired"
    MATCH_OPENED = "match_opened"
    MATCH_JOINED = "match_joined"
    MATCH_LEFT = "match_left"
    EARLIER_NOTICE_SEEN = "earlier_notice_seen"
    MATCH_CLOSED = "match_closed"
    COORDINATOR_CONFIRMED = "coordinator_confirmed"
    PROFESSIONAL_INFORMED = "professional_informed"
    CONTACT_LOGGED = "contact_logged"
    LETTER_CREATED = "letter_created"
    IMPORT = "import"
    EXPORT = "export"
    DEMO_DATA = "demo_data"
    RETENTION_APPLIED = "retention_applied"


# What json.dumps(fields, sort_keys=True, default=str, separators=(",", ":")) builds on each
# call, built once.
_CHAIN_JSON = json.JSONEncoder(sort_keys=True, default=str, separators=(",", ":"))


def chain_hash(prev_hash: str, fields: dict[str, object]) -> str:
    return _link(prev_hash, _CHAIN_JSON.encode(fields))


def _link(prev_hash: str, payload: str) -> str:
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


FIELDS = (
    "at",
    "action",
    "user_name",
    "on_behalf_of",
    "object_type",
    "object_id",
    "young_person_id",
    "details",
)
_LAST_HASH = "sisa_desk.audit.last_hash"
# Built once, parameters apart: the statement is compiled once and cached.
_INSERT = insert(AuditEvent.__table__)
_LAST = select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)


def event_fields(event: AuditEvent | dict[str, object]) -> dict[str, object]:
    """What the hash covers, the same for an event read back and one about to be written."""
    values = event if isinstance(event, dict) else {f: getattr(event, f) for f in FIELDS}
    fields = {f: values[f] for f in FIELDS}
    fields["at"] = values["at"].isoformat(timespec="microseconds")  # type: ignore[union-attr]
    return fields


def record(
    session: Session,
    user_name: str,
    action: Action,
    *,
    object_type: str | None = None,
    object_id: int | None = None,
    young_person_id: int | None = None,
    on_behalf_of: str | None = None,
    at: datetime | None = None,
    **details: Detail,
) -> None:
    """Append one event in the caller's transaction, linked to the one before it.

    A plain INSERT, and the previous hash is remembered for the rest of the unit of work:
    registering a signal writes two or three events and must stay under 2 ms.
    """
    last = _previous_hash(session)
    values: dict[str, object] = {
        "at": at or datetime.now(),
        "action": action.value,
        "user_name": user_name,
        "on_behalf_of": on_behalf_of,
        "object_type": object_type,
        "object_id": object_id,
        "young_person_id": young_person_id,
        "details": details,
        "prev_hash": last,
    }
    values["hash"] = chain_hash(last, event_fields(values))
    session.execute(_INSERT, values)
    session.info[_LAST_HASH] = values["hash"]


class PendingEvent(NamedTuple):
    """One event for `record_many`, the same fields as `record` takes."""

    action: Action
    user_name: str
    object_type: str | None = None
    object_id: int | None = None
    young_person_id: int | None = None
    details: dict[str, Detail] | None = None
    on_behalf_of: str | None = None


RECORD_MANY_CHUNK = 5000
# The columns of `record_many`'s rows, in order.
_COLUMNS = (*FIELDS, "prev_hash", "hash")


def record_many(
    session: Session, events: Iterable[PendingEvent], at: datetime | None = None
) -> int:
    """Append many events in the caller's transaction, chained in order, with one INSERT per
    chunk (an import writes one or two events per row). Returns how many were written.

    The same rows as `record` one by one at the same time, as plain tuples through `bulk_sql`.
    """
    at = at or datetime.now()
    chain = _Chain(_previous_hash(session), at)
    rows: list[tuple[object, ...]] = []
    count = 0
    for action, user_name, object_type, object_id, young_person_id, details, on_behalf_of in events:
        name, details = action.value, details or {}
        prev = chain.last
        last = chain.link(
            name, user_name, on_behalf_of, object_type, object_id, young_person_id, details
        )
        rows.append(
            (at, name, user_name, on_behalf_of, object_type, object_id, young_person_id, details,
             prev, last)
        )  # fmt: skip
        if len(rows) >= RECORD_MANY_CHUNK:
            count += _insert_events(session, rows)
            rows = []
    count += _insert_events(session, rows)
    session.info[_LAST_HASH] = chain.last
    return count


class _Texts(dict[object, str]):
    """The chain's JSON text of each field value, kept for those an import repeats."""

    def __missing__(self, value: object) -> str:
        if type(value) is int:
            return repr(value)  # what the encoder writes for an int; each id once: not kept
        text = _CHAIN_JSON.encode(value)
        if value is None or type(value) is str:  # True == 1, yet one is true, the other 1
            self[value] = text
        return text


class _Chain:
    """Hashes events as `chain_hash` does, from JSON texts worked out once per value: an
    import's events repeat a few actions, one user and a few details, and encoding them all
    again took most of the time of chaining them."""

    def __init__(self, last: str, at: datetime) -> None:
        self.last = last
        self.at = _CHAIN_JSON.encode(at.isoformat(timespec="microseconds"))
        self.texts = _Texts()
        # By repr, as bulk_sql keeps JSON values: details that print alike hash alike.
        self.details: dict[str, str] = {}

    def link(
        self,
        action: str,
        user_name: str,
        on_behalf_of: str | None,
        object_type: str | None,
        object_id: int | None,
        young_person_id: int | None,
        details: dict[str, Detail],
    ) -> str:
        key = repr(details)
        hashed = self.details.get(key)
        if hashed is None:
            hashed = self.details[key] = _CHAIN_JSON.encode(details)
        texts = self.texts
        # `chain_hash`'s JSON of the fields: compact, the keys in sorted order.
        payload = (
            f'{{"action":{texts[action]},"at":{self.at},"details":{hashed},'
            f'"object_id":{texts[object_id]},"object_type":{texts[object_type]},'
            f'"on_behalf_of":{texts[on_behalf_of]},"user_name":{texts[user_name]},'
            f'"young_person_id":{texts[young_person_id]}}}'
        )
        self.last = _link(self.last, payload)
        return self.last


def _insert_events(session: Session, rows: list[tuple[object, ...]]) -> int:
    bulk_sql.insert_rows(session.connection(), AuditEvent.__table__, _COLUMNS, rows)
    return len(rows)


def _previous_hash(session: Session) -> str:
    """The last event's hash, remembered for the rest of the unit of work."""
    last = session.info.get(_LAST_HASH)
    if last is None:
        last = session.execute(_LAST).scalar_one_or_none() or GENESIS
    return last


@dataclass(frozen=True)
class ChainReport:
    events: int
    intact: bool
    first_broken_id: int | None


@requires(Permission.VERIFY_AUDIT_LOG)
def verify_chain(workspace: Workspace) -> ChainReport:
    """Recompute every hash in order: an edited, inserted or removed event breaks the chain."""
    prev = GENESIS
    count = 0
    with workspace.database.unit_of_work() as session:
        events = session.scalars(
            select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=2000)
        )
        for event in events:
            count += 1
            if event.prev_hash != prev or event.hash != chain_hash(prev, event_fields(event)):
                return ChainReport(count, False, event.id)
            prev = event.hash
    return ChainReport(count, True, None)
