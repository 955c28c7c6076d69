"""Who a match letter is addressed to, by the young person's age on the letter date."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sisa_desk.domain.dates import age_on


class AddresseePolicy(StrEnum):
    BROCHURE = "brochure"  # under 18 the parents/carers, from 18 the young person (default)
    JEUGDWET = "jeugdwet"  # under 12 the parents, 12-15 both, from 16 the young person


class Addressee(StrEnum):
    PARENTS = "parents"  # parents or carers
    YOUNG_PERSON = "young_person"


def addressees(
    date_of_birth: date, letter_date: date, policy: AddresseePolicy = AddresseePolicy.BROCHURE
) -> tuple[Addressee, ...]:
    """The recipients of a letter; parents first when both are addressed."""
    age = age_on(date_of_birth, letter_date)
    if policy is AddresseePolicy.BROCHURE:
        return (Addressee.PARENTS,) if age < 18 else (Addressee.YOUNG_PERSON,)
    if age < 12:
        return (Addressee.PARENTS,)
    if age < 16:
        return (Addressee.PARENTS, Addressee.YOUNG_PERSON)
    return (Addressee.YOUNG_PERSON,)
