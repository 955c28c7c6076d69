"""A match in a known state for the match widgets: three organisations (one may coordinate)
signalled the same young person, each with its professional."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sisa_desk.services import contacts, signals
from tests.services.signal_helpers import add_organisations, identity, new_bsn, signal

TODAY = date.today()
PROFESSIONALS = (
    ("JT-MAAS", "Anna de Groot"),
    ("SMW-NOORD", "Carla Jansen"),
    ("POL-ZUID", "Dirk Smit"),
)


@dataclass
class KnownMatch:
    match_id: int
    person_id: int
    bsn: str
    orgs: dict[str, int]
    professionals: dict[str, int]


def make_match(db, *, shielded: bool = False, seed: int = 31) -> KnownMatch:
    orgs = add_organisations(db.admin)
    bsn = new_bsn(seed)
    person = identity(bsn, surname="Vermeulen", given="Femke")
    for days, (code, name) in enumerate(PROFESSIONALS):
        result = signals.register_signal(
            db.operator,
            signal(person, code, TODAY - timedelta(days=20 - days), professional=name,
                   shielded=shielded),
            today=TODAY,
        )  # fmt: skip
    detail = contacts.match_detail(db.operator, result.match_id, today=TODAY)
    return KnownMatch(
        result.match_id,
        detail.person.id,
        bsn,
        orgs,
        {m.organisation_code: m.professional_id for m in detail.members},
    )
