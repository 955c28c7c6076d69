"""Matches in a known state for the dashboard, work queue and list tests: made through the
signal and matching services, on the organisations of signal_helpers plus a second
youth-care organisation (JT-WEST), so that a match can hold two organisations of one sector."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from sisa_desk.domain.directory import Sector
from sisa_desk.domain.persons import Gender
from sisa_desk.domain.signals import WithdrawReason
from sisa_desk.services import matching, signals
from sisa_desk.services.context import Workspace
from sisa_desk.services.persons import PersonIdentity
from sisa_desk.services.signals import ProfessionalContact, SignalInput
from sisa_desk.store.models import ContactChannel, Match, Organisation
from tests.services.signal_helpers import TODAY, add_organisations, new_bsn

__all__ = ["TODAY", "Person", "World"]

_seeds = itertools.count(5000)


@dataclass(frozen=True)
class Person:
    id: int
    bsn: str | None
    given: str
    surname: str
    street: str
    postcode: str
    city: str
    match_id: int | None
    signal_ids: tuple[int, ...]


class World:
    """Organisations by code, and helpers that make young persons with signals."""

    def __init__(self, admin: Workspace, operator: Workspace) -> None:
        self.admin = admin
        self.operator = operator
        self.orgs = add_organisations(admin)
        with admin.database.unit_of_work() as session:
            extra = Organisation(
                code="JT-WEST",
                name="Jeugdteam West (demo)",
                sector=Sector.YOUTH_CARE,
                may_coordinate=True,
                coordinator_priority=12,
                active=True,
            )
            session.add(extra)
            session.flush()
            self.orgs["JT-WEST"] = extra.id

    def person(
        self,
        organisations: tuple[str, ...],
        opened: date,
        *,
        city: str = "Rotterdam",
        surname: str | None = None,
        given: str = "Noor",
        prefix: str | None = None,
        bsn: str | bool | None = True,
        shielded: bool = False,
        born: date = date(2012, 5, 17),
    ) -> Person:
        """A young person signalled by ``organisations`` on ``opened`` (the match opens then)."""
        seed = next(_seeds)
        number = new_bsn(seed) if bsn is True else (bsn or None)
        surname = surname or f"Testachternaam{seed}"
        street, postcode = f"Proefstraat{seed}", f"30{seed % 100:02d} ZZ"
        identity = PersonIdentity(
            surname=surname,
            date_of_birth=born,
            gender=Gender.FEMALE,
            bsn=number,
            given_names=given,
            prefix=prefix,
            street=street,
            house_number="1",
            postcode=postcode,
            city=city,
        )
        results = [
            signals.register_signal(
                self.operator,
                SignalInput(
                    identity,
                    code,
                    opened,
                    ProfessionalContact(
                        f"Prof {code}", f"prof@{code.lower()}.example", "010-5550100"
                    ),
                    shielded=shielded,
                ),
                today=opened,
            )
            for code in organisations
        ]
        last = results[-1]
        return Person(
            last.young_person_id,
            number,
            given,
            surname,
            street,
            postcode,
            city,
            last.match_id,
            tuple(r.signal_id for r in results),
        )

    # ------------------------------------------------------------ steps

    def inform_all(self, match_id: int) -> None:
        for member in matching.match_members(self.operator, match_id):
            if member.left_on is None and member.informed_at is None:
                matching.mark_informed(
                    self.operator, match_id, member.organisation_id, ContactChannel.PHONE
                )

    def send_letter(self, match_id: int) -> None:
        with self.operator.database.unit_of_work() as session:
            match = session.get(Match, match_id)
            matching.mark_letter_sent(session, match, self.operator.actor.user_id)

    def confirm_coordinator(self, match_id: int) -> None:
        proposed = matching.get_match(self.operator, match_id, today=TODAY).proposed_coordinator
        if proposed is not None:
            matching.confirm_coordinator(self.operator, match_id, self.orgs[proposed])

    def handle(self, match_id: int) -> None:
        self.inform_all(match_id)
        self.send_letter(match_id)
        self.confirm_coordinator(match_id)

    def close(self, person: Person, on: date) -> None:
        signals.withdraw_signal(self.operator, person.signal_ids[0], WithdrawReason.ENDED, today=on)
