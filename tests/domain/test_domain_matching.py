"""Match rules: when a match exists, how it follows the signals, coordinator, overdue."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sisa_desk.domain.dates import dutch_public_holidays
from sisa_desk.domain.matching import (
    CoordinatorCandidate,
    MatchChangeKind,
    MatchSteps,
    due_date,
    is_escalated,
    is_overdue,
    match_should_exist,
    overdue_since,
    propose_coordinator,
    reconcile,
)
from sisa_desk.domain.signals import EndReason

NONE = frozenset()


# --- existence --------------------------------------------------------------------------------


def test_one_organisation_makes_no_match():
    assert not match_should_exist({"JZ"})
    assert not match_should_exist(set())


def test_two_signals_of_the_same_organisation_make_no_match():
    assert not match_should_exist(["JZ", "JZ"])


def test_two_different_organisations_make_a_match():
    assert match_should_exist({"JZ", "POL"})


# --- reconcile --------------------------------------------------------------------------------


def test_no_match_while_one_organisation_signals():
    change = reconcile(None, frozenset({"JZ"}))
    assert change.kind is MatchChangeKind.NONE
    assert change.orgs == NONE


def test_match_opens_when_a_second_organisation_signals():
    change = reconcile(None, frozenset({"JZ", "POL"}))
    assert change.kind is MatchChangeKind.OPEN
    assert change.orgs == {"JZ", "POL"}
    assert change.joining == {"JZ", "POL"}  # every professional is told


def test_empty_open_match_is_treated_as_none():
    assert reconcile(frozenset(), frozenset({"JZ", "POL"})).kind is MatchChangeKind.OPEN


def test_further_organisation_joins_the_open_match():
    change = reconcile(frozenset({"JZ", "POL"}), frozenset({"JZ", "POL", "SMW"}))
    assert change.kind is MatchChangeKind.JOIN
    assert change.joining == {"SMW"}
    assert change.leaving == NONE
    assert change.orgs == {"JZ", "POL", "SMW"}


def test_organisation_leaves_while_two_remain():
    change = reconcile(frozenset({"JZ", "POL", "SMW"}), frozenset({"JZ", "POL"}), None)
    assert change.kind is MatchChangeKind.LEAVE
    assert change.leaving == {"SMW"}
    assert change.orgs == {"JZ", "POL"}
    assert change.close_reason is None


def test_match_closes_when_fewer_than_two_remain():
    change = reconcile(frozenset({"JZ", "POL"}), frozenset({"JZ"}), EndReason.EXPIRED)
    assert change.kind is MatchChangeKind.CLOSE
    assert change.close_reason is EndReason.EXPIRED
    assert change.leaving == {"JZ", "POL"}
    assert change.orgs == NONE


def test_closing_without_a_reason_is_an_error():
    with pytest.raises(ValueError, match="reason"):
        reconcile(frozenset({"JZ", "POL"}), frozenset({"JZ"}))


def test_unchanged_match_needs_nothing():
    change = reconcile(frozenset({"JZ", "POL"}), frozenset({"JZ", "POL"}))
    assert change.kind is MatchChangeKind.NONE
    assert change.orgs == {"JZ", "POL"}


def test_join_and_leave_in_one_step_is_a_join_that_lists_the_leaver():
    change = reconcile(frozenset({"JZ", "POL", "SMW"}), frozenset({"JZ", "POL", "LEER"}))
    assert change.kind is MatchChangeKind.JOIN
    assert change.joining == {"LEER"}
    assert change.leaving == {"SMW"}


def test_reconcile_works_with_integer_ids():
    assert reconcile(None, frozenset({1, 2})).kind is MatchChangeKind.OPEN


org_sets = st.frozensets(st.integers(1, 6), max_size=6)


@given(st.one_of(st.none(), org_sets), org_sets)
def test_reconcile_consistent_with_match_should_exist(open_orgs, active):
    had_match = bool(open_orgs)
    change = reconcile(open_orgs, active, EndReason.WITHDRAWN)
    should = match_should_exist(active)
    if should:
        assert change.orgs == active
        assert change.kind is not MatchChangeKind.CLOSE
        if not had_match:
            assert change.kind is MatchChangeKind.OPEN
    else:
        assert change.orgs == NONE
        expected = MatchChangeKind.CLOSE if had_match else MatchChangeKind.NONE
        assert change.kind is expected
    if change.kind is MatchChangeKind.CLOSE:
        assert change.close_reason is EndReason.WITHDRAWN
    else:
        assert change.close_reason is None
    # Applying the change to the open match gives the new one.
    before = open_orgs or NONE
    if change.kind is not MatchChangeKind.CLOSE:
        assert (before - change.leaving) | change.joining == change.orgs
    assert change.joining.isdisjoint(before)


# --- coordinator ------------------------------------------------------------------------------


def cand(org, may=True, priority=1, signal_date=date(2024, 1, 8)):
    return CoordinatorCandidate(org, may, priority, signal_date)


def test_only_organisations_that_may_coordinate_are_proposed():
    assert propose_coordinator([cand("POL", may=False, priority=0), cand("JZ")]) == "JZ"


def test_no_coordinator_proposed_when_none_may_coordinate():
    assert propose_coordinator([cand("POL", may=False), cand("LEER", may=False)]) is None
    assert propose_coordinator([]) is None


def test_lowest_priority_number_is_proposed_first():
    assert propose_coordinator([cand("JZ", priority=2), cand("SMW", priority=1)]) == "SMW"


def test_priority_tie_goes_to_the_earliest_signal():
    earlier = cand("SMW", signal_date=date(2024, 1, 1))
    assert propose_coordinator([cand("JZ", signal_date=date(2024, 2, 1)), earlier]) == "SMW"


def test_full_tie_goes_to_the_lowest_org_id():
    assert propose_coordinator([cand(7), cand(3), cand(5)]) == 3


# --- steps and terms --------------------------------------------------------------------------


def test_match_is_handled_when_all_steps_are_done():
    assert MatchSteps(2, 2, letter_sent=True, coordinator_confirmed=True).is_handled


@pytest.mark.parametrize(
    "steps",
    [
        MatchSteps(3, 2, True, True),
        MatchSteps(2, 2, False, True),
        MatchSteps(2, 2, True, False),
        MatchSteps(0, 0, True, True),
    ],
)
def test_match_is_not_handled_while_a_step_is_open(steps):
    assert not steps.is_handled


def test_more_informed_than_involved_professionals_is_an_error():
    with pytest.raises(ValueError):
        MatchSteps(2, 3, True, True)


OPENED = date(2025, 6, 2)  # a Monday; no holidays in the following weeks


def test_due_date_is_the_tenth_working_day_after_opening():
    assert due_date(OPENED) == date(2025, 6, 16)
    assert overdue_since(OPENED) == date(2025, 6, 17)


def test_match_unhandled_after_ten_working_days_is_overdue():
    assert not is_overdue(OPENED, date(2025, 6, 16), handled=False)
    assert is_overdue(OPENED, date(2025, 6, 17), handled=False)


def test_handled_match_is_never_overdue():
    assert not is_overdue(OPENED, date(2026, 1, 1), handled=True)
    assert not is_escalated(OPENED, date(2026, 1, 1), handled=True)


def test_overdue_term_counts_holidays_as_days_off():
    opened = date(2025, 4, 17)  # Easter Monday and Koningsdag (Saturday 26 April) follow
    holidays = dutch_public_holidays(2025)
    assert due_date(opened, holidays=holidays) == date(2025, 5, 2)
    assert due_date(opened) == date(2025, 5, 1)


def test_overdue_term_is_a_setting():
    assert due_date(OPENED, term_working_days=5) == date(2025, 6, 9)
    assert is_overdue(OPENED, date(2025, 6, 10), handled=False, term_working_days=5)


def test_match_is_escalated_after_the_escalation_term():
    assert due_date(OPENED, 20) == date(2025, 6, 30)
    assert not is_escalated(OPENED, date(2025, 6, 30), handled=False)
    assert is_escalated(OPENED, date(2025, 7, 1), handled=False)
    assert is_escalated(OPENED, date(2025, 6, 24), False, escalation_working_days=15)


@given(st.dates(date(2024, 1, 1), date(2026, 12, 31)), st.integers(0, 80))
def test_escalated_implies_overdue(opened, days_later):
    today = opened + timedelta(days=days_later)
    if is_escalated(opened, today, handled=False):
        assert is_overdue(opened, today, handled=False)
