"""The contact attempts of a match, as the detail pane and the contacts service show them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sisa_desk.store.models import ContactAttempt, Organisation, Professional, User


@dataclass(frozen=True)
class ContactInfo:
    id: int
    match_id: int
    at: datetime
    channel: str
    outcome: str
    note: str | None
    professional_id: int | None
    professional_name: str | None
    organisation_code: str | None
    by: str
    # Whether this contact counted as telling the professional of the match.
    informed: bool = False


def contacts_in_session(session: Session, match_id: int) -> list[ContactInfo]:
    query = (
        select(ContactAttempt, Professional.name, Organisation.code, User.name)
        .outerjoin(Professional, Professional.id == ContactAttempt.professional_id)
        .outerjoin(Organisation, Organisation.id == Professional.organisation_id)
        .join(User, User.id == ContactAttempt.by_id)
        .where(ContactAttempt.match_id == match_id)
        .order_by(ContactAttempt.at.desc(), ContactAttempt.id.desc())
    )
    return [
        ContactInfo(
            a.id,
            a.match_id,
            a.at,
            a.channel.value,
            a.outcome.value,
            a.note,
            a.professional_id,
            name,
            code,
            by,
        )
        for a, name, code, by in session.execute(query).tuples()
    ]
