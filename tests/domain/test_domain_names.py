"""Surname similarity for possible duplicates without BSN, and name display (invented names)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sisa_desk.domain.names import (
    _edit_distance,
    display_name,
    similar_names,
    sort_name,
    surname_key,
)


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


def _full_edit_distance(a: str, b: str) -> int:
    """Optimal string alignment over the whole table, as the rule reads: the reference for
    the banded, capped walk of `names._edit_distance`."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


@settings(max_examples=3000, deadline=None)
@given(st.text("abcd", max_size=10), st.text("abcd", max_size=10), st.integers(0, 3))
def test_edit_distance_is_the_full_distance_capped_at_one_over_the_limit(a, b, limit):
    assert _edit_distance(a, b, limit) == min(_full_edit_distance(a, b), limit + 1)
    assert _edit_distance(b, a, limit) == _edit_distance(a, b, limit)  # asked in either order


@pytest.mark.parametrize(
    ("a", "b", "limit", "expected"),
    [
        ("kwartelbos", "kwartlebos", 1, 1),  # a swap
        ("abcdef", "badcfe", 2, 3),  # three swaps: over the limit
        ("ab", "ba", 0, 1),
        ("", "ab", 2, 2),
        ("abcdefgh", "abcdefgh", 1, 0),
        ("abcdefgh", "xbcdefgy", 2, 2),
    ],
)
def test_edit_distance_examples(a, b, limit, expected):
    assert _edit_distance(a, b, limit) == expected
