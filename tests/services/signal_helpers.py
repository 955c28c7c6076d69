"""Setting up organisations and signals for the signal and matching tests."""

from __future__ import annotations

import random
from datetime import date

from sisa_desk.domain.bsn import generate_bsn
from sisa_desk.domain.directory import Sector
from sisa_desk.domain.persons import Gender
from sisa_desk.services.persons import PersonIdentity
from sisa_desk.services.signals import ProfessionalContact, SignalInput
from sisa_desk.store.models import Organisation

TODAY = date(2026, 11, 26)

ORGANISATIONS = [
    # code, sector, may coordinate, priority
    ("JT-MAAS", Sector.YOUTH_CARE, True, 10),
    ("SMW-NOORD", Sector.EDUCATION, False, 100),
    ("POL-ZUID", Sector.POLICE_JUSTICE, False, 100),
    ("WIJK-WEST", Sector.WELFARE, True, 20),
    ("GGZ-OOST", Sector.HEALTH_CARE, True, 15),
]


def add_organisations(workspace) -> dict[str, int]:
    with workspace.database.unit_of_work() as session:
        rows = [
            Organisation(
                code=code,
                name=f"Organisatie {code} (demo)",
                sector=sector,
                may_coordinate=may,
                coordinator_priority=priority,
                active=True,
                email=f"info@{code.lower()}.example",
            )
            for code, sector, may, priority in ORGANISATIONS
        ]
        session.add_all(rows)
        session.flush()
        return {row.code: row.id for row in rows}


def new_bsn(seed: int) -> str:
    return generate_bsn(random.Random(seed))


def identity(
    bsn: str | None = None,
    *,
    surname: str = "Testjongere",
    born: date = date(2012, 5, 17),
    given: str = "Daan",
    **address,
) -> PersonIdentity:
    return PersonIdentity(
        surname=surname,
        date_of_birth=born,
        gender=Gender.MALE,
        bsn=bsn,
        given_names=given,
        street=address.get("street", "Havenstraat"),
        house_number="12",
        postcode="3011 AB",
        city="Rotterdam",
    )


def signal(
    person: PersonIdentity,
    org: str,
    on: date = date(2026, 10, 1),
    *,
    professional: str | None = None,
    shielded: bool = False,
) -> SignalInput:
    contact = None
    if professional:
        contact = ProfessionalContact(
            professional,
            f"{professional.lower().replace(' ', '.')}@{org.lower()}.example",
            "010-5550100",
        )
    return SignalInput(
        person=person,
        organisation_code=org,
        signal_date=on,
        professional=contact,
        shielded=shielded,
    )
