"""Young persons: found by BSN or created, viewed (audited), and possible duplicates without
a BSN put before a person to merge or keep apart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from sisa_desk.domain.bsn import InvalidBsnError, normalise_bsn
from sisa_desk.domain.names import display_name, similar_names
from sisa_desk.domain.permissions import Permission
from sisa_desk.domain.persons import Gender
from sisa_desk.domain.signals import EndReason
from sisa_desk.store.models import (
    DuplicateReview,
    Match,
    MatchStatus,
    ReviewStatus,
    Signal,
    SignalStatus,
    YoungPerson,
)

from . import audit
from .audit import Action
from .context import Actor, Workspace, requires
from .errors import Conflict, InvalidInput, NotFound

# The record and its audited view live in person_record; the names stay available here.
from .person_record import PersonRecord as PersonRecord
from .person_record import SignalLine as SignalLine
from .person_record import view_person as view_person


# Not frozen: an import builds one per row, and a frozen dataclass's __init__ costs an
# object.__setattr__ per field. Nothing changes or hashes an identity once it is built.
@dataclass(slots=True)
class PersonIdentity:
    surname: str
    date_of_birth: date
    gender: Gender
    bsn: str | None = None
    given_names: str | None = None
    prefix: str | None = None
    street: str | None = None
    house_number: str | None = None
    postcode: str | None = None
    city: str | None = None


# Built once: constructing a statement costs more than running it (hot path, < 2 ms budget).
_BY_BSN = select(YoungPerson).where(YoungPerson.bsn == bindparam("bsn"))


class IdentityRejected(InvalidInput):
    """The identity cannot be used; ``field`` names what is wrong and ``code`` why."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.code = code


def checked_bsn(raw: str | int | None) -> str | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    try:
        return normalise_bsn(raw)
    except (InvalidBsnError, TypeError) as exc:
        raise IdentityRejected("bsn", "invalid_bsn", str(exc)) from None


def find_or_create(
    session: Session, actor: Actor, identity: PersonIdentity, now: datetime
) -> tuple[YoungPerson, bool]:
    """The young person with this BSN, updated with the newest address; or a new one.

    Without a BSN a new record is made every time, and records with the same date of birth
    and a similar name are queued for review. The caller audits the creation with its own
    event (one event per registration: it must stay under 2 ms).
    """
    if not identity.surname.strip():
        raise IdentityRejected("surname", "missing_surname", "the surname is missing")
    bsn = checked_bsn(identity.bsn)
    if bsn is not None:
        person = session.scalar(_BY_BSN, {"bsn": bsn})
        if person is not None:
            if person.date_of_birth != identity.date_of_birth:
                raise IdentityRejected(
                    "date_of_birth",
                    "bsn_other_birth_date",
                    "this BSN is known with another date of birth",
                )
            _update_identity(person, identity)
            return person, False
    person = YoungPerson(bsn=bsn, created_at=now, shielded=False)
    _update_identity(person, identity)
    session.add(person)
    if bsn is None:
        session.flush()
        _queue_possible_duplicates(session, person, now)
    return person, True


def _update_identity(person: YoungPerson, identity: PersonIdentity) -> None:
    person.surname = identity.surname.strip()
    person.date_of_birth = identity.date_of_birth
    person.gender = Gender(identity.gender)
    for field in ("given_names", "prefix", "street", "house_number", "postcode", "city"):
        value = getattr(identity, field)
        if value is not None and str(value).strip():
            setattr(person, field, str(value).strip())


def _queue_possible_duplicates(session: Session, person: YoungPerson, now: datetime) -> None:
    same_birthday = session.scalars(
        select(YoungPerson).where(
            YoungPerson.date_of_birth == person.date_of_birth, YoungPerson.id != person.id
        )
    )
    for other in same_birthday:
        if similar_names(other.surname, person.surname):
            session.add(
                DuplicateReview(
                    young_person_id=person.id,
                    candidate_id=other.id,
                    status=ReviewStatus.OPEN,
                    created_at=now,
                )
            )


# ------------------------------------------------------------------ duplicates without BSN


@dataclass(frozen=True)
class DuplicateCase:
    id: int
    young_person_id: int
    candidate_id: int
    date_of_birth: date
    name: str
    candidate_name: str
    created_at: datetime


@requires(Permission.EDIT_YOUNG_PERSONS)
def open_duplicate_reviews(workspace: Workspace) -> list[DuplicateCase]:
    with workspace.database.unit_of_work() as session:
        reviews = session.scalars(
            select(DuplicateReview)
            .where(DuplicateReview.status == ReviewStatus.OPEN)
            .order_by(DuplicateReview.created_at, DuplicateReview.id)
        )
        result = []
        for review in reviews:
            one = session.get(YoungPerson, review.young_person_id)
            two = session.get(YoungPerson, review.candidate_id)
            result.append(
                DuplicateCase(
                    review.id,
                    one.id,
                    two.id,
                    one.date_of_birth,
                    display_name(one.given_names or "", one.prefix or "", one.surname),
                    display_name(two.given_names or "", two.prefix or "", two.surname),
                    review.created_at,
                )
            )
        return result


@requires(Permission.EDIT_YOUNG_PERSONS)
def keep_apart(workspace: Workspace, review_id: int) -> None:
    with workspace.database.unit_of_work() as session:
        review = _open_review(session, review_id)
        review.status = ReviewStatus.KEPT_APART
        review.decided_at = datetime.now()
        review.decided_by_id = workspace.actor.user_id
        audit.record(
            session,
            workspace.actor.name,
            Action.DUPLICATE_KEPT_APART,
            object_type="duplicate_review",
            object_id=review.id,
            young_person_id=review.young_person_id,
        )


@requires(Permission.EDIT_YOUNG_PERSONS)
def merge_duplicate(workspace: Workspace, review_id: int, today: date | None = None) -> int:
    """One person decided the two records are the same young person: the record with a BSN
    (else the older one) keeps all signals; the match rules then apply. Returns its id."""
    from .matching import follow_signals  # matching imports persons' siblings; avoid a cycle

    today = today or date.today()
    with workspace.database.unit_of_work() as session:
        review = _open_review(session, review_id)
        one = session.get(YoungPerson, review.young_person_id)
        two = session.get(YoungPerson, review.candidate_id)
        if one.bsn and two.bsn:
            raise Conflict("both records have a BSN: they are different young persons")
        keep, gone = sorted((one, two), key=lambda p: (p.bsn is None, p.created_at, p.id))
        if session.scalar(
            select(Match.id).where(
                Match.young_person_id == gone.id, Match.status == MatchStatus.OPEN
            )
        ):
            raise Conflict("the record to merge has an open match")
        kept_active = {
            s.organisation_id: s
            for s in session.scalars(
                select(Signal).where(
                    Signal.young_person_id == keep.id, Signal.status == SignalStatus.ACTIVE
                )
            )
        }
        for signal in session.scalars(select(Signal).where(Signal.young_person_id == gone.id)):
            twin = kept_active.get(signal.organisation_id)
            if signal.status is SignalStatus.ACTIVE and twin is not None:
                # One active signal per organisation: the newer one stays.
                older = min(twin, signal, key=lambda s: (s.signal_date, s.id))
                older.status, older.ended_on = SignalStatus.HISTORY, today
                older.end_reason = EndReason.WITHDRAWN
            signal.young_person_id = keep.id
        keep.shielded = keep.shielded or gone.shielded
        # The decision itself lives on in the audit log; the reviews of the merged record go.
        for other in session.scalars(
            select(DuplicateReview).where(
                or_(
                    DuplicateReview.young_person_id == gone.id,
                    DuplicateReview.candidate_id == gone.id,
                )
            )
        ):
            session.delete(other)
        session.flush()
        session.execute(
            Match.__table__.update()
            .where(Match.young_person_id == gone.id)
            .values(young_person_id=keep.id)
        )
        session.delete(gone)
        session.flush()
        audit.record(
            session,
            workspace.actor.name,
            Action.YOUNG_PERSONS_MERGED,
            object_type="young_person",
            object_id=keep.id,
            young_person_id=keep.id,
            merged=gone.id,
        )
        follow_signals(session, workspace.actor, keep, today, identity_confirmed=True)
        return keep.id


def _open_review(session: Session, review_id: int) -> DuplicateReview:
    review = session.get(DuplicateReview, review_id)
    if review is None or review.status is not ReviewStatus.OPEN:
        raise NotFound(f"no open duplicate review {review_id}")
    return review
