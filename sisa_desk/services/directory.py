"""The directory: participating organisations and their professionals (DESIGN.md §1, §2).

An organisation's `criteria` describe when *it* signals; they are never about a young person.
Messages never repeat a person's name, e-mail or phone number, only what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from sisa_desk.domain.directory import SECTOR_LABELS_NL, Sector, parse_sector
from sisa_desk.domain.permissions import Permission
from sisa_desk.store.models import Organisation, Professional

from . import audit
from .audit import Action
from .context import Workspace, requires
from .errors import Conflict, InvalidInput, NotFound
from .lookups import forget_organisations

CODE = re.compile(r"^[A-Z0-9_-]{2,20}$")
EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)
PHONE = re.compile(r"^\+?[0-9 ()./-]+$")
MIN_PHONE_DIGITS = 5  # "14 010", the municipal number, is the shortest in use
MAX_NAME = 200
MAX_PHONE = 40
MAX_EMAIL = 200
MAX_CRITERIA = 4000
DEFAULT_PRIORITY = 100
MAX_PRIORITY = 9999


@dataclass(frozen=True)
class OrganisationDraft:
    code: str
    name: str
    # A Sector, or text in Dutch or English that parse_sector reads.
    sector: Sector | str
    phone: str | None = None
    email: str | None = None
    criteria: str | None = None
    may_coordinate: bool = False
    coordinator_priority: int = DEFAULT_PRIORITY
    active: bool = True


@dataclass(frozen=True)
class ProfessionalDraft:
    organisation_id: int
    name: str
    function: str | None = None
    phone: str | None = None
    email: str | None = None
    active: bool = True


@dataclass(frozen=True)
class OrganisationInfo:
    id: int
    code: str
    name: str
    sector: Sector
    phone: str | None
    email: str | None
    criteria: str | None
    may_coordinate: bool
    coordinator_priority: int
    active: bool


@dataclass(frozen=True)
class ProfessionalInfo:
    id: int
    organisation_id: int
    organisation_code: str
    organisation_name: str
    name: str
    function: str | None
    phone: str | None
    email: str | None
    active: bool


@dataclass(frozen=True)
class FieldProblem:
    field: str  # the draft's attribute name
    message: str


class InvalidDraft(InvalidInput):
    """Every problem of one draft at once, each tied to its field."""

    def __init__(self, problems: Iterable[FieldProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.message for p in self.problems))


# --- validation (pure) -------------------------------------------------------------------------


def normalise_code(code: str) -> str:
    return code.strip().upper()


def name_key(name: str) -> str:
    """Names compare without regard to case or spacing."""
    return " ".join(name.split()).casefold()


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    return " ".join(text.split()) or None


def _check_name(problems: list[FieldProblem], field: str, name: str | None, what: str) -> None:
    if not name:
        problems.append(FieldProblem(field, f"the {what} is required"))
    elif len(name) > MAX_NAME:
        problems.append(FieldProblem(field, f"the {what} is longer than {MAX_NAME} characters"))


def _check_contact(problems: list[FieldProblem], phone: str | None, email: str | None) -> None:
    if phone is not None and (
        len(phone) > MAX_PHONE
        or not PHONE.match(phone)
        or sum(c.isdigit() for c in phone) < MIN_PHONE_DIGITS
    ):
        problems.append(
            FieldProblem(
                "phone",
                "a phone number has at least 5 digits and may also contain only spaces "
                "and + - ( ) . /",
            )
        )
    if email is not None and (len(email) > MAX_EMAIL or not EMAIL.match(email)):
        problems.append(FieldProblem("email", "the e-mail address is not valid"))


def check_organisation(draft: OrganisationDraft) -> OrganisationDraft:
    """The draft with its text normalised, or InvalidDraft listing every problem."""
    problems: list[FieldProblem] = []
    code = normalise_code(draft.code or "")
    if not CODE.match(code):
        problems.append(
            FieldProblem(
                "code",
                "the code must be 2–20 letters, digits, '-' or '_'"
                + (f" (got {code!r})" if code else ""),
            )
        )
    name = _clean(draft.name)
    _check_name(problems, "name", name, "organisation name")
    sector = draft.sector
    if not isinstance(sector, Sector):
        try:
            sector = parse_sector(sector or "")
        except ValueError:
            problems.append(FieldProblem("sector", _sector_message(sector)))
    phone, email = _clean(draft.phone), _clean(draft.email)
    email = email.lower() if email else None
    _check_contact(problems, phone, email)
    criteria = (draft.criteria or "").strip() or None
    if criteria is not None and len(criteria) > MAX_CRITERIA:
        problems.append(
            FieldProblem("criteria", f"the criteria are longer than {MAX_CRITERIA} characters")
        )
    priority = draft.coordinator_priority
    if (
        isinstance(priority, bool)
        or not isinstance(priority, int)
        or not 0 <= priority <= MAX_PRIORITY
    ):
        problems.append(
            FieldProblem(
                "coordinator_priority",
                f"the coordinator priority must be a whole number from 0 to {MAX_PRIORITY}",
            )
        )
    if problems:
        raise InvalidDraft(problems)
    return replace(
        draft, code=code, name=name, sector=sector, phone=phone, email=email, criteria=criteria
    )


def _sector_message(text: object) -> str:
    known = ", ".join(SECTOR_LABELS_NL.values())
    if not text or not str(text).strip():
        return f"the sector is required (one of: {known})"
    return f"unknown sector {str(text).strip()!r}; use one of: {known}"


def check_professional(draft: ProfessionalDraft) -> ProfessionalDraft:
    problems: list[FieldProblem] = []
    name = _clean(draft.name)
    _check_name(problems, "name", name, "name of the professional")
    function = _clean(draft.function)
    if function is not None and len(function) > MAX_NAME:
        problems.append(
            FieldProblem("function", f"the function is longer than {MAX_NAME} characters")
        )
    phone, email = _clean(draft.phone), _clean(draft.email)
    email = email.lower() if email else None
    _check_contact(problems, phone, email)
    if problems:
        raise InvalidDraft(problems)
    return replace(draft, name=name, function=function, phone=phone, email=email)


class _Person(Protocol):
    name: str
    email: str | None


T = TypeVar("T", bound=_Person)


def match_professional(candidates: Sequence[T], name: str, email: str | None) -> T | None:
    """The professional these details belong to: the same e-mail address, else the same name
    when one of the two has no e-mail (two different addresses are two different people)."""
    email = email.strip().lower() if email and email.strip() else None
    if email:
        for candidate in candidates:
            if candidate.email and candidate.email.lower() == email:
                return candidate
    key = name_key(name)
    for candidate in candidates:
        if name_key(candidate.name) == key and not (email and candidate.email):
            return candidate
    return None


# --- services ----------------------------------------------------------------------------------


@requires(Permission.VIEW_DIRECTORY)
def list_organisations(
    workspace: Workspace, search: str = "", include_inactive: bool = False
) -> list[OrganisationInfo]:
    query = select(Organisation).order_by(Organisation.name, Organisation.code)
    if search.strip():
        term = search.strip()
        query = query.where(
            or_(
                Organisation.code.icontains(term, autoescape=True),
                Organisation.name.icontains(term, autoescape=True),
            )
        )
    if not include_inactive:
        query = query.where(Organisation.active.is_(True))
    with workspace.database.unit_of_work() as session:
        return [organisation_info(o) for o in session.scalars(query)]


@requires(Permission.VIEW_DIRECTORY)
def get_organisation(workspace: Workspace, organisation_id: int) -> OrganisationInfo:
    with workspace.database.unit_of_work() as session:
        return organisation_info(_organisation(session, organisation_id))


@requires(Permission.VIEW_DIRECTORY)
def organisation_by_code(workspace: Workspace, code: str) -> OrganisationInfo:
    code = normalise_code(code)
    with workspace.database.unit_of_work() as session:
        organisation = session.scalar(select(Organisation).where(Organisation.code == code))
        if organisation is None:
            raise NotFound(f"no organisation with code {code!r}")
        return organisation_info(organisation)


@requires(Permission.MANAGE_DIRECTORY)
def save_organisation(
    workspace: Workspace, draft: OrganisationDraft, organisation_id: int | None = None
) -> OrganisationInfo:
    """Add an organisation, or replace every field of an existing one."""
    draft = check_organisation(draft)
    with workspace.database.unit_of_work() as session:
        organisation = (
            Organisation() if organisation_id is None else _organisation(session, organisation_id)
        )
        clash = session.scalar(select(Organisation.id).where(Organisation.code == draft.code))
        if clash is not None and clash != organisation_id:
            raise Conflict(f"an organisation with code {draft.code!r} already exists")
        apply_organisation(organisation, draft)
        session.add(organisation)
        session.flush()
        forget_organisations(workspace.database.memo)
        audit.record(
            session,
            workspace.actor.name,
            Action.ORGANISATION_SAVED,
            object_type="organisation",
            object_id=organisation.id,
            created=organisation_id is None,
        )
        return organisation_info(organisation)


@requires(Permission.MANAGE_DIRECTORY)
def deactivate_organisation(workspace: Workspace, organisation_id: int) -> OrganisationInfo:
    """Hidden from lists and choices; its signals and history stay."""
    with workspace.database.unit_of_work() as session:
        organisation = _organisation(session, organisation_id)
        if not organisation.active:
            raise Conflict(f"organisation {organisation.code!r} is already deactivated")
        organisation.active = False
        forget_organisations(workspace.database.memo)
        audit.record(
            session,
            workspace.actor.name,
            Action.ORGANISATION_SAVED,
            object_type="organisation",
            object_id=organisation.id,
            deactivated=True,
        )
        return organisation_info(organisation)


@requires(Permission.VIEW_DIRECTORY)
def list_professionals(
    workspace: Workspace,
    organisation_id: int | None = None,
    search: str = "",
    include_inactive: bool = False,
) -> list[ProfessionalInfo]:
    """Inactive ones, and those of an inactive organisation, only with include_inactive."""
    query = (
        select(Professional, Organisation)
        .join(Organisation, Professional.organisation_id == Organisation.id)
        .order_by(Organisation.name, Professional.name, Professional.id)
    )
    if organisation_id is not None:
        query = query.where(Professional.organisation_id == organisation_id)
    if search.strip():
        term = search.strip()
        query = query.where(
            or_(
                Professional.name.icontains(term, autoescape=True),
                Professional.email.icontains(term, autoescape=True),
            )
        )
    if not include_inactive:
        query = query.where(Professional.active.is_(True), Organisation.active.is_(True))
    with workspace.database.unit_of_work() as session:
        return [professional_info(p, o) for p, o in session.execute(query).tuples()]


@requires(Permission.VIEW_DIRECTORY)
def get_professional(workspace: Workspace, professional_id: int) -> ProfessionalInfo:
    with workspace.database.unit_of_work() as session:
        professional = _professional(session, professional_id)
        return professional_info(professional, professional.organisation)


@requires(Permission.MANAGE_DIRECTORY)
def save_professional(
    workspace: Workspace, draft: ProfessionalDraft, professional_id: int | None = None
) -> ProfessionalInfo:
    """Add a professional, or replace every field of an existing one (also its organisation).
    An e-mail address is unique within an organisation."""
    draft = check_professional(draft)
    with workspace.database.unit_of_work() as session:
        organisation = _organisation(session, draft.organisation_id)
        professional = (
            Professional() if professional_id is None else _professional(session, professional_id)
        )
        if draft.email is not None:
            clash = session.scalar(
                select(Professional.id).where(
                    Professional.organisation_id == organisation.id,
                    Professional.email == draft.email,
                )
            )
            if clash is not None and clash != professional_id:
                raise Conflict(
                    "another professional of this organisation already has this e-mail address"
                )
        apply_professional(professional, draft)
        session.add(professional)
        session.flush()
        forget_organisations(workspace.database.memo)
        audit.record(
            session,
            workspace.actor.name,
            Action.PROFESSIONAL_SAVED,
            object_type="professional",
            object_id=professional.id,
            organisation_id=organisation.id,
            created=professional_id is None,
        )
        return professional_info(professional, organisation)


@requires(Permission.MANAGE_DIRECTORY)
def deactivate_professional(workspace: Workspace, professional_id: int) -> ProfessionalInfo:
    with workspace.database.unit_of_work() as session:
        professional = _professional(session, professional_id)
        if not professional.active:
            raise Conflict("this professional is already deactivated")
        professional.active = False
        forget_organisations(workspace.database.memo)
        audit.record(
            session,
            workspace.actor.name,
            Action.PROFESSIONAL_SAVED,
            object_type="professional",
            object_id=professional.id,
            deactivated=True,
        )
        return professional_info(professional, professional.organisation)


# --- for other services that already hold a session ---------------------------------------------


_BY_EMAIL = select(Professional).where(
    Professional.organisation_id == bindparam("organisation"),
    Professional.email == bindparam("email"),
)


def find_or_add_professional(
    session: Session,
    organisation_id: int,
    name: str,
    email: str | None,
    phone: str | None,
    function: str | None = None,
) -> Professional:
    """The organisation's professional with these details (see `match_professional`), else a
    new one. A found one gains a phone, e-mail or function it did not have; nothing is
    overwritten. InvalidDraft on a missing name or a malformed phone or e-mail."""
    draft = check_professional(ProfessionalDraft(organisation_id, name, function, phone, email))
    found = None
    if draft.email:
        # The common case first, by the (organisation, e-mail) index: this runs for every
        # signal registered.
        found = session.scalar(_BY_EMAIL, {"organisation": organisation_id, "email": draft.email})
    if found is None:
        in_organisation = select(Professional).where(
            Professional.organisation_id == organisation_id
        )
        if draft.email:
            in_organisation = in_organisation.where(Professional.email.is_(None))
        candidates = session.scalars(
            in_organisation.order_by(Professional.active.desc(), Professional.id)
        ).all()
        found = match_professional(candidates, draft.name, draft.email)
    if found is not None:
        found.email = found.email or draft.email
        found.phone = found.phone or draft.phone
        found.function = found.function or draft.function
        return found
    if session.get(Organisation, organisation_id) is None:
        raise NotFound(f"no organisation with id {organisation_id}")
    professional = Professional()
    apply_professional(professional, draft)
    session.add(professional)
    session.flush()
    return professional


def apply_organisation(organisation: Organisation, draft: OrganisationDraft) -> None:
    """Copy a checked draft onto the row."""
    assert isinstance(draft.sector, Sector)
    organisation.code = draft.code
    organisation.name = draft.name
    organisation.sector = draft.sector
    organisation.phone = draft.phone
    organisation.email = draft.email
    organisation.criteria = draft.criteria
    organisation.may_coordinate = draft.may_coordinate
    organisation.coordinator_priority = draft.coordinator_priority
    organisation.active = draft.active


def apply_professional(professional: Professional, draft: ProfessionalDraft) -> None:
    """Copy a checked draft onto the row."""
    professional.organisation_id = draft.organisation_id
    professional.name = draft.name
    professional.function = draft.function
    professional.phone = draft.phone
    professional.email = draft.email
    professional.active = draft.active


def organisation_info(organisation: Organisation) -> OrganisationInfo:
    return OrganisationInfo(
        id=organisation.id,
        code=organisation.code,
        name=organisation.name,
        sector=organisation.sector,
        phone=organisation.phone,
        email=organisation.email,
        criteria=organisation.criteria,
        may_coordinate=organisation.may_coordinate,
        coordinator_priority=organisation.coordinator_priority,
        active=organisation.active,
    )


def professional_info(professional: Professional, organisation: Organisation) -> ProfessionalInfo:
    return ProfessionalInfo(
        id=professional.id,
        organisation_id=organisation.id,
        organisation_code=organisation.code,
        organisation_name=organisation.name,
        name=professional.name,
        function=professional.function,
        phone=professional.phone,
        email=professional.email,
        active=professional.active,
    )


def _organisation(session: Session, organisation_id: int) -> Organisation:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(f"no organisation with id {organisation_id}")
    return organisation


def _professional(session: Session, professional_id: int) -> Professional:
    professional = session.get(Professional, professional_id)
    if professional is None:
        raise NotFound(f"no professional with id {professional_id}")
    return professional
