"""Organisations and professionals for the widget tests, added through the directory service."""

from __future__ import annotations

from sisa_desk.domain.directory import Sector
from sisa_desk.services import directory
from sisa_desk.services.context import Workspace
from sisa_desk.services.directory import (
    OrganisationDraft,
    OrganisationInfo,
    ProfessionalDraft,
    ProfessionalInfo,
)

# code, name, sector, may coordinate, priority
ORGANISATIONS = (
    ("JT-MAAS", "Jeugdteam Maasoever (demo)", Sector.YOUTH_CARE, True, 10),
    ("SMW-NOORD", "Schoolmaatschappelijk werk Noord (demo)", Sector.EDUCATION, False, 100),
    ("POL-ZUID", "Politie Zuid (demo)", Sector.POLICE_JUSTICE, False, 100),
)


def add_organisation(
    admin: Workspace,
    code: str,
    name: str,
    sector: Sector = Sector.YOUTH_CARE,
    may_coordinate: bool = True,
    priority: int = 100,
) -> OrganisationInfo:
    draft = OrganisationDraft(
        code=code,
        name=name,
        sector=sector,
        phone="010-5550100",
        email=f"info@{code.lower()}.example",
        may_coordinate=may_coordinate,
        coordinator_priority=priority,
    )
    return directory.save_organisation(admin, draft)


def add_professional(
    admin: Workspace, organisation: OrganisationInfo, name: str, function: str = "Jeugdwerker"
) -> ProfessionalInfo:
    email = f"{name.lower().replace(' ', '.')}@{organisation.code.lower()}.example"
    draft = ProfessionalDraft(organisation.id, name, function, "010-5550111", email)
    return directory.save_professional(admin, draft)


def add_directory(admin: Workspace) -> dict[str, OrganisationInfo]:
    """The three organisations above; JT-MAAS with two professionals, SMW-NOORD with one."""
    organisations = {
        code: add_organisation(admin, code, name, sector, may, priority)
        for code, name, sector, may, priority in ORGANISATIONS
    }
    add_professional(admin, organisations["JT-MAAS"], "Anna de Groot")
    add_professional(admin, organisations["JT-MAAS"], "Bram Visser", "Gezinscoach")
    add_professional(
        admin, organisations["SMW-NOORD"], "Carla Jansen", "Schoolmaatschappelijk werker"
    )
    return organisations
