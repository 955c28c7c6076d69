"""Letter addressees by age on the letter date."""

from datetime import date, timedelta

import pytest

from sisa_desk.domain.letters import Addressee, AddresseePolicy, addressees

BORN = date(2008, 9, 1)
DAY = timedelta(days=1)
PARENTS = (Addressee.PARENTS,)
YOUNG = (Addressee.YOUNG_PERSON,)
BOTH = (Addressee.PARENTS, Addressee.YOUNG_PERSON)


def test_brochure_is_the_default_policy():
    assert addressees(BORN, date(2020, 1, 1)) == PARENTS
    assert addressees(BORN, date(2026, 9, 1)) == YOUNG


def test_brochure_under_18_the_parents_are_addressed():
    assert addressees(BORN, date(2026, 8, 31), AddresseePolicy.BROCHURE) == PARENTS


def test_brochure_from_18_the_young_person_is_addressed():
    assert addressees(BORN, date(2026, 9, 1), AddresseePolicy.BROCHURE) == YOUNG


@pytest.mark.parametrize(
    ("letter_date", "expected"),
    [
        (date(2020, 8, 31), PARENTS),  # 11
        (date(2020, 9, 1), BOTH),  # 12
        (date(2024, 8, 31), BOTH),  # 15
        (date(2024, 9, 1), YOUNG),  # 16
        (date(2027, 1, 1), YOUNG),  # 18
    ],
)
def test_jeugdwet_addressees_by_age(letter_date, expected):
    assert addressees(BORN, letter_date, AddresseePolicy.JEUGDWET) == expected


def test_feb_29_born_turns_18_for_letters_on_march_1():
    born = date(2008, 2, 29)
    assert addressees(born, date(2026, 2, 28)) == PARENTS
    assert addressees(born, date(2026, 3, 1)) == YOUNG


def test_letter_before_birth_is_an_error():
    with pytest.raises(ValueError):
        addressees(BORN, BORN - DAY)
