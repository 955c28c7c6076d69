"""The invented directory of the demo data: organisations of every sector and their
professionals. No name is the exact name of a real organisation; every e-mail address is at an
.example domain."""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from sisa_desk.domain.directory import Sector

from . import synthetic


@dataclass(frozen=True)
class DemoOrganisation:
    code: str
    name: str
    sector: Sector
    domain: str  # e-mail domain without ".example"
    may_coordinate: bool
    priority: int
    weight: int  # how often it signals, relative to the others


# Invented names: none is the exact name of a real organisation.
DEMO_ORGANISATIONS = (
    DemoOrganisation("JT-MAAS", "Jeugdteam Maasoever", Sector.YOUTH_CARE,
                     "jeugdteam-maasoever", True, 10, 14),
    DemoOrganisation("JT-ROTTE", "Jeugdteam Rotteoever", Sector.YOUTH_CARE,
                     "jeugdteam-rotteoever", True, 10, 12),
    DemoOrganisation("JT-WAAL", "Jeugdteam Waalhoven", Sector.YOUTH_CARE,
                     "jeugdteam-waalhoven", True, 10, 10),
    DemoOrganisation("JB-DELTA", "Jeugdbescherming Deltapoort (demo)", Sector.YOUTH_CARE,
                     "jeugdbescherming-deltapoort", True, 5, 5),
    DemoOrganisation("JZ-NHAV", "Stichting Jeugdzorg Nieuwe Haven", Sector.YOUTH_CARE,
                     "jeugdzorg-nieuwehaven", True, 20, 6),
    DemoOrganisation("ONW-RIV", "Scholengroep Rivierenland-West", Sector.EDUCATION,
                     "scholengroep-rivierenland", False, 100, 6),
    DemoOrganisation("ONW-MAAS", "Stichting Basisonderwijs Maaskant", Sector.EDUCATION,
                     "basisonderwijs-maaskant", False, 100, 4),
    DemoOrganisation("ONW-MBO", "MBO College Havenstad (demo)", Sector.EDUCATION,
                     "mbo-havenstad", False, 100, 5),
    DemoOrganisation("LPL-WW", "Leerplicht en RMC Waterweg (demo)", Sector.EDUCATION,
                     "leerplicht-waterweg", False, 100, 5),
    DemoOrganisation("POL-RZ", "Politie-eenheid Rijnmond-Zuid (demo)", Sector.POLICE_JUSTICE,
                     "politie-rijnmondzuid", False, 100, 10),
    DemoOrganisation("POL-RN", "Politie-eenheid Rijnmond-Noord (demo)",
                     Sector.POLICE_JUSTICE, "politie-rijnmondnoord", False, 100, 8),
    DemoOrganisation("JUS-RECL", "Reclassering Zuidwest (demo)", Sector.POLICE_JUSTICE,
                     "reclassering-zuidwest", False, 100, 2),
    DemoOrganisation("JUS-HALT", "Bureau Halt Maasmond (demo)", Sector.POLICE_JUSTICE,
                     "halt-maasmond", False, 100, 3),
    DemoOrganisation("WI-MAAS", "Werkplein Maashaven (demo)", Sector.WORK_INCOME,
                     "werkplein-maashaven", False, 100, 3),
    DemoOrganisation("WI-JONG", "Jongerenloket Werk en Inkomen Waterweg", Sector.WORK_INCOME,
                     "jongerenloket-waterweg", False, 100, 3),
    DemoOrganisation("WZ-WAAL", "Stichting Welzijn Waalhaven", Sector.WELFARE,
                     "welzijn-waalhaven", True, 40, 4),
    DemoOrganisation("WZ-KADE", "Jongerenwerk De Kade", Sector.WELFARE,
                     "jongerenwerk-dekade", True, 45, 4),
    DemoOrganisation("WZ-MW", "Maatschappelijk Werk Oeverland", Sector.WELFARE,
                     "mw-oeverland", True, 30, 3),
    DemoOrganisation("WZ-BUURT", "Buurtwerk Lindeplein", Sector.WELFARE,
                     "buurtwerk-lindeplein", False, 100, 2),
    DemoOrganisation("ZG-CJG", "Centrum Jeugd en Gezin Maasstad-West (demo)",
                     Sector.HEALTH_CARE, "cjg-maasstadwest", True, 25, 5),
    DemoOrganisation("ZG-GGZ", "GGZ Jeugd Deltawaard", Sector.HEALTH_CARE,
                     "ggzjeugd-deltawaard", True, 30, 4),
    DemoOrganisation("ZG-VZ", "Verslavingszorg Havenkwartier", Sector.HEALTH_CARE,
                     "verslavingszorg-havenkwartier", True, 35, 2),
    DemoOrganisation("ZG-JGZ", "Jeugdgezondheidszorg Maasmond", Sector.HEALTH_CARE,
                     "jgz-maasmond", False, 100, 4),
    DemoOrganisation("OV-WON", "Woningcorporatie Stadsoever (demo)", Sector.OTHER,
                     "stadsoever-wonen", False, 100, 1),
)  # fmt: skip

# One neutral sentence per sector: the organisation's own practice, never about a person.
_CRITERIA = {
    Sector.YOUTH_CARE: "Signaleert bij de start van een hulpverleningstraject voor een "
    "jeugdige of het gezin.",
    Sector.EDUCATION: "Signaleert wanneer de school of leerplicht een zorgtraject voor een "
    "leerling start.",
    Sector.POLICE_JUSTICE: "Signaleert bij een registratie die volgens het eigen protocol om "
    "afstemming met hulpverlening vraagt.",
    Sector.WORK_INCOME: "Signaleert wanneer een jongere een begeleidingstraject naar werk of "
    "school krijgt.",
    Sector.WELFARE: "Signaleert wanneer de organisatie een jongere langer dan een kort contact "
    "begeleidt.",
    Sector.HEALTH_CARE: "Signaleert bij de start van zorg waarbij afstemming met andere "
    "organisaties nodig kan zijn.",
    Sector.OTHER: "Signaleert volgens de afspraken in het convenant met de gemeente.",
}
_FUNCTIONS = {
    Sector.YOUTH_CARE: ("jeugdconsulent", "jeugd- en gezinscoach", "gezinsmanager",
                        "ambulant hulpverlener", "jeugdbeschermer"),
    Sector.EDUCATION: ("schoolmaatschappelijk werker", "zorgcoördinator", "intern begeleider",
                       "leerplichtambtenaar", "mentor"),
    Sector.POLICE_JUSTICE: ("wijkagent", "jeugdagent", "reclasseringswerker",
                            "Halt-medewerker", "casuscoördinator"),
    Sector.WORK_INCOME: ("klantmanager", "jongerencoach", "werkconsulent"),
    Sector.WELFARE: ("jongerenwerker", "maatschappelijk werker", "buurtwerker"),
    Sector.HEALTH_CARE: ("jeugdverpleegkundige", "jeugdarts", "GGZ-behandelaar",
                         "verslavingsconsulent", "praktijkondersteuner"),
    Sector.OTHER: ("consulent wonen", "buurtconsulent"),
}  # fmt: skip


@dataclass
class DemoDirectory:
    org_ids: list[int]
    org_cum_weights: list[int]
    may_coordinate: dict[int, bool]
    priority: dict[int, int]
    professionals: dict[int, list[int]]  # organisation id -> its professionals' ids
    organisation_rows: list[dict[str, Any]]
    professional_rows: list[dict[str, Any]]


def build_directory(rng: random.Random, next_org: int, next_professional: int) -> DemoDirectory:
    organisation_rows, professional_rows = [], []
    professionals: dict[int, list[int]] = {}
    for offset, org in enumerate(DEMO_ORGANISATIONS):
        org_id = next_org + offset
        organisation_rows.append(
            {
                "id": org_id,
                "code": org.code,
                "name": org.name,
                "sector": org.sector,
                "phone": synthetic.office_phone(rng),
                "email": f"sisa@{org.domain}.example",
                "criteria": _CRITERIA[org.sector],
                "may_coordinate": org.may_coordinate,
                "coordinator_priority": org.priority,
                "active": True,
            }
        )
        emails: set[str] = set()
        professionals[org_id] = []
        for _ in range(rng.randint(3, 8)):
            name = synthetic.professional_name(rng)
            local = synthetic.email_local_part(name)
            email, n = f"{local}@{org.domain}.example", 1
            while email in emails:
                n += 1
                email = f"{local}{n}@{org.domain}.example"
            emails.add(email)
            professional_rows.append(
                {
                    "id": next_professional,
                    "organisation_id": org_id,
                    "name": name.display,
                    "function": rng.choice(_FUNCTIONS[org.sector]),
                    "phone": synthetic.mobile_phone(rng),
                    "email": email,
                    "active": True,
                }
            )
            professionals[org_id].append(next_professional)
            next_professional += 1
    ids = [row["id"] for row in organisation_rows]
    return DemoDirectory(
        org_ids=ids,
        org_cum_weights=list(accumulate(o.weight for o in DEMO_ORGANISATIONS)),
        may_coordinate={i: o.may_coordinate for i, o in zip(ids, DEMO_ORGANISATIONS, strict=True)},
        priority={i: o.priority for i, o in zip(ids, DEMO_ORGANISATIONS, strict=True)},
        professionals=professionals,
        organisation_rows=organisation_rows,
        professional_rows=professional_rows,
    )
