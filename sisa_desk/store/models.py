"""Typed declarative models of the whole domain (DESIGN.md §2).

There is deliberately no column anywhere for case content: no reason, problem, diagnosis or
description. The only free text about a young person's process is ContactAttempt.note, short
and labelled "no case content" in the UI.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from sisa_desk.domain.directory import Sector
from sisa_desk.domain.permissions import Role
from sisa_desk.domain.persons import Gender
from sisa_desk.domain.signals import EndReason

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    # Stored as their values in a VARCHAR with a CHECK: portable to PostgreSQL, readable in SQL.
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class SignalStatus(enum.StrEnum):
    ACTIVE = "active"
    HISTORY = "history"


class MatchStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ContactChannel(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"


class ContactOutcome(enum.StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    WRONG_NUMBER = "wrong_number"
    SENT = "sent"


class RecipientKind(enum.StrEnum):
    PARENTS = "parents"
    YOUNG_PERSON = "young_person"


class ReviewStatus(enum.StrEnum):
    OPEN = "open"
    MERGED = "merged"
    KEPT_APART = "kept_apart"


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[Sector] = mapped_column(_enum(Sector, "sector"))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    # The organisation's own criteria for signalling: about the organisation, never a person.
    criteria: Mapped[str | None] = mapped_column(Text)
    may_coordinate: Mapped[bool] = mapped_column(Boolean, default=False)
    coordinator_priority: Mapped[int] = mapped_column(Integer, default=100)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    professionals: Mapped[list[Professional]] = relationship(back_populates="organisation")


class Professional(Base):
    __tablename__ = "professional"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    organisation: Mapped[Organisation] = relationship(back_populates="professionals")

    # Within an organisation an e-mail address is one person (several without one are fine).
    __table_args__ = (UniqueConstraint("organisation_id", "email"),)


class YoungPerson(Base):
    __tablename__ = "young_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    # NULL for newcomers without a BSN: they are never matched automatically.
    bsn: Mapped[str | None] = mapped_column(String(9), unique=True)
    given_names: Mapped[str | None] = mapped_column(String(200))
    prefix: Mapped[str | None] = mapped_column(String(40))
    surname: Mapped[str] = mapped_column(String(200))
    date_of_birth: Mapped[date] = mapped_column(Date)
    gender: Mapped[Gender] = mapped_column(_enum(Gender, "gender"))
    street: Mapped[str | None] = mapped_column(String(200))
    house_number: Mapped[str | None] = mapped_column(String(20))
    postcode: Mapped[str | None] = mapped_column(String(7))
    # Indexed with `shielded` (ix_young_person_shielded_city): a city never finds a shielded one.
    city: Mapped[str | None] = mapped_column(String(100))
    date_of_death: Mapped[date | None] = mapped_column(Date)
    # Safety case: the address never goes into a letter or an export.
    shielded: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_young_person_dob_surname", "date_of_birth", "surname"),
        # The match list: a city filter and sort that keep shielded addresses out (0002).
        Index("ix_young_person_shielded_city", "shielded", "city"),
    )


# Searching and sorting by surname regardless of case (the match list, 0002).
Index("ix_young_person_surname_lower", func.lower(YoungPerson.surname))


class ImportBatch(Base):
    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    imported_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    rows: Mapped[int] = mapped_column(Integer, default=0)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    refreshed: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("organisation_id", "file_sha256"),)


# A signal whose earlier-involvement notice is still to be given; a query must say it in
# these words for SQLite to use the partial index ix_signal_pending_notice.
PENDING_NOTICE = "earlier_notice_seen = 0 AND earlier_organisation_id IS NOT NULL"


class Signal(Base):
    __tablename__ = "signal"

    id: Mapped[int] = mapped_column(primary_key=True)
    young_person_id: Mapped[int] = mapped_column(ForeignKey("young_person.id"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    professional_id: Mapped[int | None] = mapped_column(ForeignKey("professional.id"))
    signal_date: Mapped[date] = mapped_column(Date, index=True)
    # The date it ends by itself: 24 months on, the 23rd birthday, or death (earliest).
    planned_end: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[SignalStatus] = mapped_column(_enum(SignalStatus, "signal_status"))
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[EndReason | None] = mapped_column(_enum(EndReason, "end_reason"))
    shielded: Mapped[bool] = mapped_column(Boolean, default=False)
    # One-time "earlier involvement" notice: the organisation that signalled before.
    earlier_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    earlier_notice_seen: Mapped[bool] = mapped_column(Boolean, default=False)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    young_person: Mapped[YoungPerson] = relationship()
    organisation: Mapped[Organisation] = relationship(foreign_keys=[organisation_id])
    professional: Mapped[Professional | None] = relationship()

    __table_args__ = (
        Index("ix_signal_person_status", "young_person_id", "status"),
        Index("ix_signal_org_status", "organisation_id", "status"),
        # The earlier-involvement notices still to be given (0003): a handful among a million
        # signals, which the signal-date index made a walk over every one (~10 s).
        Index(
            "ix_signal_pending_notice",
            "signal_date",
            "id",
            sqlite_where=text(PENDING_NOTICE),
        ),
    )


class Match(Base):
    __tablename__ = "match"

    id: Mapped[int] = mapped_column(primary_key=True)
    young_person_id: Mapped[int] = mapped_column(ForeignKey("young_person.id"))
    # Indexed with the day of opening and handling (ix_match_status_opened).
    status: Mapped[MatchStatus] = mapped_column(_enum(MatchStatus, "match_status"))
    opened_on: Mapped[date] = mapped_column(Date, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_reason: Mapped[EndReason | None] = mapped_column(_enum(EndReason, "end_reason"))
    proposed_coordinator_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    coordinator_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    coordinator_confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)
    coordinator_confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    letter_sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    letter_sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    handled_at: Mapped[datetime | None] = mapped_column(DateTime)

    members: Mapped[list[MatchMember]] = relationship(
        back_populates="match", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_match_person_status", "young_person_id", "status"),
        # Open matches in order of opening without a sort, the overdue ones (open, unhandled,
        # opened before a day) counted from the index alone, and the list sorted by its
        # coordinator from the index instead of the whole table (0002).
        Index("ix_match_status_opened", "status", "opened_on", "handled_at", "coordinator_id"),
    )


class MatchMember(Base):
    """One organisation in a match, with the step "its professional was told"."""

    __tablename__ = "match_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed with left_on and the organisation (ix_match_member_match_left).
    match_id: Mapped[int] = mapped_column(ForeignKey("match.id"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    signal_id: Mapped[int | None] = mapped_column(ForeignKey("signal.id", ondelete="SET NULL"))
    professional_id: Mapped[int | None] = mapped_column(ForeignKey("professional.id"))
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    informed_at: Mapped[datetime | None] = mapped_column(DateTime)
    informed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    informed_via: Mapped[ContactChannel | None] = mapped_column(
        _enum(ContactChannel, "contact_channel")
    )

    match: Mapped[Match] = relationship(back_populates="members")

    __table_args__ = (
        UniqueConstraint("match_id", "organisation_id"),
        # The organisations of a page of matches, or their number, and (scanned) the matches
        # of an organisation, from the index alone (0002). No index led by the organisation:
        # each one costs every registration that opens or joins a match (< 2 ms).
        Index("ix_match_member_match_left", "match_id", "left_on", "organisation_id"),
    )


class ContactAttempt(Base):
    __tablename__ = "contact_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int] = mapped_column(ForeignKey("match.id"), index=True)
    professional_id: Mapped[int | None] = mapped_column(ForeignKey("professional.id"))
    channel: Mapped[ContactChannel] = mapped_column(_enum(ContactChannel, "contact_channel"))
    outcome: Mapped[ContactOutcome] = mapped_column(_enum(ContactOutcome, "contact_outcome"))
    # Process facts only ("left voicemail"); never case content. Kept short on purpose.
    note: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime)
    by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))


class LetterTemplate(Base):
    __tablename__ = "letter_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    recipient_kind: Mapped[RecipientKind] = mapped_column(_enum(RecipientKind, "recipient_kind"))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Letter(Base):
    __tablename__ = "letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int | None] = mapped_column(ForeignKey("match.id"), index=True)
    young_person_id: Mapped[int] = mapped_column(ForeignKey("young_person.id"), index=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("letter_template.id"))
    recipient_kind: Mapped[RecipientKind] = mapped_column(_enum(RecipientKind, "recipient_kind"))
    letter_date: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))


class DuplicateReview(Base):
    """A possible duplicate among young persons without BSN, for a person to decide."""

    __tablename__ = "duplicate_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    young_person_id: Mapped[int] = mapped_column(ForeignKey("young_person.id"))
    candidate_id: Mapped[int] = mapped_column(ForeignKey("young_person.id"))
    status: Mapped[ReviewStatus] = mapped_column(_enum(ReviewStatus, "review_status"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    __table_args__ = (UniqueConstraint("young_person_id", "candidate_id"),)


class User(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[Role] = mapped_column(_enum(Role, "user_role"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_login: Mapped[datetime | None] = mapped_column(DateTime)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)


class AuditEvent(Base):
    """Append-only, hash-chained (NEN 7513: event, time, young person, user, on whose behalf).

    `details` holds record ids and counts only, never personal data or case content.
    """

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    # No index on time or action: events are appended in time order (the id), and every
    # index costs each registration a write.
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(40))
    user_name: Mapped[str] = mapped_column(String(100))
    on_behalf_of: Mapped[str | None] = mapped_column(String(100))
    object_type: Mapped[str | None] = mapped_column(String(40))
    object_id: Mapped[int | None] = mapped_column(Integer)
    young_person_id: Mapped[int | None] = mapped_column(Integer, index=True)
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[dict | list | str | int | float | bool | None] = mapped_column(JSON)
