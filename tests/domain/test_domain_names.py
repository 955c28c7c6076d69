"""Surname similarity for possible duplicates without BSN, and name display (invented names)."""

import pytest

from sisa_desk.domain.names import display_name, similar_names, sort_name, surname_key


def test_surname_key_drops_prefixes_case_and_accents():
    assert surname_key("Van der Pruimelaar") == "pruimelaar"
    assert surname_key("van den Hoekstaal-Brëemwolde") == "hoekstaalbreemwolde"
    assert surname_key("'t Zonnekamp") == "zonnekamp"


def test_surname_that_is_only_a_prefix_word_is_kept():
    assert surname_key("Van") == "van"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Pruimelaar", "pruimelaar"),  # case
        ("Brëemwolde", "Breemwolde"),  # diacritics
        ("van der Pruimelaar", "Pruimelaar"),  # tussenvoegsel
        ("Van den Kwartelbos", "van der Kwartelbos"),
        ("Kwartelbos", "Kwartlebos"),  # swapped letters count once
        ("Kwartelbos", "Kwartelboss"),  # one extra letter
        ("Hoekstaalman", "Hoekstalmann"),  # long name: two edits
        ("Vijverzaal", "Vyverzaal"),  # ij and y
        ("Zonne-Kamp", "Zonnekamp"),
    ],
)
def test_similar_names_are_possible_duplicates(a, b):
    assert similar_names(a, b)
    assert similar_names(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Pruimelaar", "Kwartelbos"),
        ("Bolk", "Balm"),  # short name: two edits is too many
        ("Hoekstaal", "Hoekmaalder"),
        ("", "Pruimelaar"),
        ("", ""),
    ],
)
def test_different_names_are_not_possible_duplicates(a, b):
    assert not similar_names(a, b)


def test_display_name_joins_given_names_prefix_and_surname():
    assert display_name("Tijs", "van der", "Pruimelaar") == "Tijs van der Pruimelaar"
    assert display_name("Tijs", "", "Pruimelaar") == "Tijs Pruimelaar"
    assert display_name("", " ", "Pruimelaar ") == "Pruimelaar"


def test_sort_name_puts_the_surname_proper_first():
    assert sort_name("Tijs", "van der", "Pruimelaar") == "Pruimelaar, Tijs van der"
    assert sort_name("", "", "Pruimelaar") == "Pruimelaar"
