"""BSN rules: 9 digits, the 11-test, leading zeros lost by spreadsheets."""

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sisa_desk.domain.bsn import (
    BsnProblem,
    InvalidBsnError,
    generate_bsn,
    is_valid_bsn,
    normalise_bsn,
)

RNG_SEED = 20110101


def eleven_test_sum(bsn: str) -> int:
    return sum((9 - i) * int(d) for i, d in enumerate(bsn[:8])) - int(bsn[8])


@pytest.fixture
def rng():
    return random.Random(RNG_SEED)


def test_valid_bsn_is_returned_as_nine_digits(rng):
    bsn = generate_bsn(rng)
    assert normalise_bsn(bsn) == bsn


def test_separators_are_ignored(rng):
    bsn = generate_bsn(rng)
    assert normalise_bsn(f" {bsn[:4]}.{bsn[4:6]}.{bsn[6:]} ") == bsn
    assert normalise_bsn(f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}") == bsn
    assert normalise_bsn(f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}") == bsn


def test_int_is_accepted(rng):
    bsn = generate_bsn(rng)
    assert normalise_bsn(int(bsn)) == bsn


def test_eight_digit_bsn_is_zero_padded(rng):
    bsn = generate_bsn(rng, prefix="0")
    assert bsn.startswith("0")
    assert normalise_bsn(bsn[1:]) == bsn
    assert normalise_bsn(int(bsn)) == bsn


def test_seven_digits_are_not_padded(rng):
    bsn = generate_bsn(rng, prefix="00")
    with pytest.raises(InvalidBsnError) as caught:
        normalise_bsn(bsn[2:])
    assert caught.value.problem is BsnProblem.WRONG_LENGTH
    assert "8 or 9 digits" in str(caught.value)


def test_ten_digits_are_rejected_as_wrong_length(rng):
    with pytest.raises(InvalidBsnError) as caught:
        normalise_bsn(generate_bsn(rng) + "0")
    assert caught.value.problem is BsnProblem.WRONG_LENGTH


def test_bsn_failing_the_eleven_test_is_rejected(rng):
    bsn = generate_bsn(rng)
    wrong = bsn[:8] + str((int(bsn[8]) + 1) % 10)
    with pytest.raises(InvalidBsnError) as caught:
        normalise_bsn(wrong)
    assert caught.value.problem is BsnProblem.ELEVEN_TEST
    assert "11-test" in str(caught.value)


def test_wrong_length_and_eleven_test_have_different_messages(rng):
    bsn = generate_bsn(rng)
    messages = set()
    for raw in (bsn[:7], bsn[:8] + str((int(bsn[8]) + 1) % 10)):
        with pytest.raises(InvalidBsnError) as caught:
            normalise_bsn(raw)
        messages.add(str(caught.value))
    assert len(messages) == 2


def test_error_message_never_contains_the_number(rng):
    bsn = generate_bsn(rng)
    wrong = bsn[:8] + str((int(bsn[8]) + 1) % 10)
    for raw in (wrong, bsn[:7], bsn + "x"):
        with pytest.raises(InvalidBsnError) as caught:
            normalise_bsn(raw)
        assert raw[:7] not in str(caught.value)


def test_all_zero_bsn_is_rejected():
    for raw in ("000000000", "00000000", 0, "0000.00.000"):
        with pytest.raises(InvalidBsnError) as caught:
            normalise_bsn(raw)
        assert caught.value.problem in (BsnProblem.ALL_ZERO, BsnProblem.WRONG_LENGTH)
    with pytest.raises(InvalidBsnError) as caught:
        normalise_bsn("000000000")
    assert caught.value.problem is BsnProblem.ALL_ZERO


@pytest.mark.parametrize("raw", ["12345678a", "12345678.0x", "١٢٣٤٥٦٧٨٩", "+123456789"])
def test_non_digits_are_rejected(raw):
    with pytest.raises(InvalidBsnError) as caught:
        normalise_bsn(raw)
    assert caught.value.problem is BsnProblem.NOT_DIGITS


def test_empty_bsn_is_rejected():
    for raw in ("", "   ", " - . "):
        with pytest.raises(InvalidBsnError) as caught:
            normalise_bsn(raw)
        assert caught.value.problem is BsnProblem.EMPTY


def test_negative_int_is_rejected():
    with pytest.raises(InvalidBsnError):
        normalise_bsn(-1)


@pytest.mark.parametrize("raw", [123456789.0, None, True, b"123456789"])
def test_other_types_are_a_type_error(raw):
    with pytest.raises(TypeError):
        normalise_bsn(raw)
    assert not is_valid_bsn(raw)


def test_invalid_bsn_error_is_a_value_error():
    assert issubclass(InvalidBsnError, ValueError)


def test_is_valid_bsn(rng):
    bsn = generate_bsn(rng)
    assert is_valid_bsn(bsn)
    assert is_valid_bsn(int(bsn))
    assert not is_valid_bsn(bsn[:8] + str((int(bsn[8]) + 1) % 10))
    assert not is_valid_bsn("000000000")
    assert not is_valid_bsn("abc")


def test_generate_bsn_is_deterministic_for_a_seed():
    assert generate_bsn(random.Random(7)) == generate_bsn(random.Random(7))


def test_generate_bsn_uses_the_prefix(rng):
    assert generate_bsn(rng, prefix="99").startswith("99")
    assert generate_bsn(rng, prefix="").isdecimal()
    with pytest.raises(ValueError):
        generate_bsn(rng, prefix="12345678")
    with pytest.raises(ValueError):
        generate_bsn(rng, prefix="9x")


seeds = st.integers(0, 2**32)


@given(seeds, st.text("0123456789", max_size=7))
def test_generated_bsn_always_passes_the_eleven_test(seed, prefix):
    bsn = generate_bsn(random.Random(seed), prefix)
    assert len(bsn) == 9
    assert bsn.startswith(prefix)
    assert eleven_test_sum(bsn) % 11 == 0
    assert is_valid_bsn(bsn)


# An int keeps at most one lost leading zero recoverable: "0" + a non-zero digit, or none.
int_prefixes = st.sampled_from([p + d for p in ("", "0") for d in "123456789"])


@given(seeds, int_prefixes)
def test_normalise_bsn_of_int_round_trips(seed, prefix):
    bsn = generate_bsn(random.Random(seed), prefix=prefix)
    assert normalise_bsn(int(bsn)) == bsn
    assert normalise_bsn(str(int(bsn))) == bsn


@given(seeds, st.integers(0, 8), st.integers(1, 9))
def test_one_mistyped_digit_always_fails_the_eleven_test(seed, position, delta):
    bsn = generate_bsn(random.Random(seed))
    digit = (int(bsn[position]) + delta) % 10
    typo = bsn[:position] + str(digit) + bsn[position + 1 :]
    assert not is_valid_bsn(typo)


def _as_the_rule_reads(raw: str) -> str | BsnProblem:
    """The BSN, or why not, checked step by step on the text without separators."""
    digits = raw.strip().translate(str.maketrans("", "", " .-\t\u00a0"))
    if not digits:
        return BsnProblem.EMPTY
    if not (digits.isascii() and digits.isdecimal()):
        return BsnProblem.NOT_DIGITS
    if len(digits) not in (8, 9):
        return BsnProblem.WRONG_LENGTH
    digits = digits.zfill(9)
    if int(digits) == 0:
        return BsnProblem.ALL_ZERO
    if eleven_test_sum(digits) % 11:
        return BsnProblem.ELEVEN_TEST
    return digits


@st.composite
def typed_bsns(draw):
    """A valid BSN as people type it: separators anywhere, a leading zero perhaps lost."""
    bsn = generate_bsn(random.Random(draw(seeds)), prefix=draw(st.sampled_from(["", "0"])))
    if draw(st.booleans()):
        bsn = bsn.removeprefix("0")
    separators = st.sampled_from(["", "", "", " ", ".", "-", "\u00a0"])
    spaces = st.sampled_from(["", " ", "\t"])
    return draw(spaces) + "".join(digit + draw(separators) for digit in bsn) + draw(spaces)


@given(st.one_of(typed_bsns(), st.text("0123456789 .-\t\u00a0x١", max_size=12)))
def test_normalise_bsn_of_text_follows_the_rule(raw):
    try:
        outcome: str | BsnProblem = normalise_bsn(raw)
    except InvalidBsnError as exc:
        outcome = exc.problem
    assert outcome == _as_the_rule_reads(raw)
