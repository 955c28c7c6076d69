"""Signal rules: who may be signalled, how long a signal counts, what a new one does."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sisa_desk.domain.dates import add_months, birthday
from sisa_desk.domain.signals import (
    DEFAULT_RETENTION,
    EndReason,
    PlannedEnd,
    RegistrationKind,
    RetentionSettings,
    SignalRejection,
    SignalValidationError,
    WithdrawReason,
    decide_registration,
    deletes_at_once,
    end_reason_for,
    history_purge_date,
    is_active_on,
    is_purge_due,
    planned_end,
    validate_signal,
)

BORN = date(2005, 7, 10)
TURNS_23 = date(2028, 7, 10)
DAY = timedelta(days=1)


def rejection(**kwargs) -> SignalRejection:
    with pytest.raises(SignalValidationError) as caught:
        validate_signal(**kwargs)
    return caught.value.code


def test_default_retention_settings():
    assert (
        RetentionSettings(signal_term_months=24, history_years=5, max_age=23) == DEFAULT_RETENTION
    )


# --- validation -------------------------------------------------------------------------------


def test_signal_of_today_is_accepted():
    validate_signal(BORN, date(2024, 1, 8), today=date(2024, 1, 8))


def test_an_accepted_signal_gives_its_planned_end():
    twelve = RetentionSettings(signal_term_months=12)
    end = validate_signal(BORN, date(2024, 1, 8), date(2024, 3, 1), settings=twelve)
    assert (
        end == planned_end(BORN, date(2024, 1, 8), twelve) == (date(2025, 1, 8), EndReason.EXPIRED)
    )


def test_future_signal_date_is_rejected():
    code = rejection(date_of_birth=BORN, signal_date=date(2024, 1, 9), today=date(2024, 1, 8))
    assert code is SignalRejection.FUTURE_DATE


def test_signal_before_birth_is_rejected():
    code = rejection(date_of_birth=BORN, signal_date=BORN - DAY, today=date(2024, 1, 8))
    assert code is SignalRejection.NOT_BORN


def test_signal_on_the_day_of_birth_is_accepted():
    validate_signal(BORN, BORN, today=BORN)


def test_signal_on_unborn_child_today_is_rejected():
    unborn = date(2024, 3, 1)
    code = rejection(date_of_birth=unborn, signal_date=date(2024, 1, 8), today=date(2024, 1, 8))
    assert code is SignalRejection.NOT_BORN


def test_signal_on_23rd_birthday_is_rejected():
    code = rejection(date_of_birth=BORN, signal_date=TURNS_23, today=TURNS_23)
    assert code is SignalRejection.TOO_OLD


def test_signal_the_day_before_the_23rd_birthday_is_accepted():
    validate_signal(BORN, TURNS_23 - DAY, today=TURNS_23 - DAY)


def test_signal_on_a_deceased_young_person_is_rejected():
    code = rejection(
        date_of_birth=BORN,
        signal_date=date(2024, 1, 8),
        today=date(2024, 1, 8),
        date_of_death=date(2023, 12, 1),
    )
    assert code is SignalRejection.DECEASED


def test_signal_that_would_already_have_expired_is_rejected():
    signal_date = date(2022, 1, 8)
    code = rejection(date_of_birth=BORN, signal_date=signal_date, today=date(2024, 1, 8))
    assert code is SignalRejection.ALREADY_ENDED
    validate_signal(BORN, signal_date, today=date(2024, 1, 7))


def test_old_signal_of_someone_now_23_is_rejected_as_already_ended():
    code = rejection(date_of_birth=BORN, signal_date=TURNS_23 - DAY, today=TURNS_23)
    assert code is SignalRejection.ALREADY_ENDED


def test_max_age_is_a_setting():
    eighteen = RetentionSettings(max_age=18)
    with pytest.raises(SignalValidationError) as caught:
        validate_signal(BORN, date(2023, 7, 10), date(2023, 7, 10), settings=eighteen)
    assert caught.value.code is SignalRejection.TOO_OLD
    assert "18" in str(caught.value)


def test_signal_validation_error_is_a_value_error_with_a_message():
    with pytest.raises(ValueError, match="future"):
        validate_signal(BORN, date(2024, 1, 9), date(2024, 1, 8))


# --- planned end ------------------------------------------------------------------------------


def test_signal_expires_24_months_after_its_date():
    assert planned_end(BORN, date(2024, 1, 8)) == (date(2026, 1, 8), EndReason.EXPIRED)


def test_signal_ends_on_the_23rd_birthday_when_that_comes_first():
    end = planned_end(BORN, date(2027, 1, 1))
    assert end == PlannedEnd(TURNS_23, EndReason.AGE_LIMIT)
    assert end.on == TURNS_23 and end.reason is EndReason.AGE_LIMIT


def test_signal_ends_at_death_when_that_comes_first():
    death = date(2024, 5, 1)
    end = planned_end(BORN, date(2024, 1, 8), date_of_death=death)
    assert end == (death, EndReason.DECEASED)


def test_planned_end_from_feb_29_signal_date_is_feb_28():
    assert planned_end(BORN, date(2024, 2, 29)).on == date(2026, 2, 28)


def test_planned_end_of_feb_29_born_is_march_1_in_a_common_year():
    born = date(2004, 2, 29)
    assert planned_end(born, date(2026, 1, 1)) == (date(2027, 3, 1), EndReason.AGE_LIMIT)


def test_planned_end_tie_prefers_age_limit_over_expiry():
    signal_date = date(2026, 7, 10)  # 24 months later is exactly the 23rd birthday
    assert planned_end(BORN, signal_date) == (TURNS_23, EndReason.AGE_LIMIT)
    assert planned_end(BORN, signal_date, date_of_death=TURNS_23).reason is EndReason.DECEASED


def test_signal_term_is_a_setting():
    twelve = RetentionSettings(signal_term_months=12)
    assert planned_end(BORN, date(2024, 1, 8), twelve).on == date(2025, 1, 8)


@given(
    st.dates(date(2000, 1, 1), date(2030, 12, 31)),
    st.integers(0, 23 * 366),
    st.one_of(st.none(), st.integers(0, 2000)),
)
def test_planned_end_is_the_earliest_of_term_age_and_death(born, offset, death_offset):
    signal_date = born + timedelta(days=offset)
    death = None if death_offset is None else signal_date + timedelta(days=death_offset)
    end = planned_end(born, signal_date, date_of_death=death)
    assert end.on > signal_date or end.reason in (EndReason.AGE_LIMIT, EndReason.DECEASED)
    assert end.on <= date(signal_date.year + 2, 12, 31)
    if death is not None:
        assert end.on <= death


@given(
    st.dates(date(2000, 1, 1), date(2030, 12, 31)),
    st.integers(0, 23 * 366),
    st.one_of(st.none(), st.integers(-30, 2000)),
    st.integers(1, 36),
)
def test_planned_end_is_the_minimum_by_date_then_specific_reason(born, offset, death, term):
    # The rule as first written: the earliest candidate; on a tie death, age limit, term.
    settings = RetentionSettings(signal_term_months=term)
    signal_date = born + timedelta(days=offset)
    death_day = None if death is None else signal_date + timedelta(days=death)
    candidates = [
        (add_months(signal_date, term), 2, EndReason.EXPIRED),
        (birthday(born, settings.max_age), 1, EndReason.AGE_LIMIT),
    ]
    if death_day is not None:
        candidates.append((death_day, 0, EndReason.DECEASED))
    on, _rank, reason = min(candidates)
    assert planned_end(born, signal_date, settings, death_day) == (on, reason)


# --- active, withdrawal, history --------------------------------------------------------------


def test_signal_is_active_before_its_planned_end_only():
    end = date(2026, 1, 8)
    assert is_active_on(end, None, end - DAY)
    assert not is_active_on(end, None, end)


def test_withdrawn_signal_is_not_active_from_the_withdrawal_date():
    end, withdrawn = date(2026, 1, 8), date(2025, 3, 3)
    assert is_active_on(end, withdrawn, withdrawn - DAY)
    assert not is_active_on(end, withdrawn, withdrawn)


def test_unjustified_signal_is_deleted_at_once():
    assert deletes_at_once(WithdrawReason.UNJUSTIFIED)
    assert deletes_at_once(EndReason.UNJUSTIFIED)


def test_signal_with_upheld_objection_is_deleted_at_once():
    assert deletes_at_once(WithdrawReason.OBJECTION_UPHELD)
    assert deletes_at_once(EndReason.OBJECTION_UPHELD)


def test_ended_signal_moves_to_history():
    assert not deletes_at_once(WithdrawReason.ENDED)
    for reason in (EndReason.WITHDRAWN, EndReason.EXPIRED, EndReason.AGE_LIMIT):
        assert not deletes_at_once(reason)


def test_end_reason_for_each_withdraw_reason():
    assert end_reason_for(WithdrawReason.ENDED) is EndReason.WITHDRAWN
    assert end_reason_for(WithdrawReason.UNJUSTIFIED) is EndReason.UNJUSTIFIED
    assert end_reason_for(WithdrawReason.OBJECTION_UPHELD) is EndReason.OBJECTION_UPHELD


def test_history_is_kept_five_years():
    young = date(2015, 4, 4)
    assert history_purge_date(date(2024, 6, 1), young) == date(2029, 6, 1)


def test_history_is_destroyed_at_23_in_any_case():
    assert history_purge_date(date(2025, 6, 1), BORN) == TURNS_23


def test_history_purge_of_feb_29_end_date():
    assert history_purge_date(date(2024, 2, 29), date(2015, 4, 4)) == date(2029, 2, 28)


def test_history_term_is_a_setting():
    one_year = RetentionSettings(history_years=1)
    assert history_purge_date(date(2024, 6, 1), date(2015, 4, 4), one_year) == date(2025, 6, 1)


def test_purge_is_due_on_the_purge_date():
    ended = date(2025, 6, 1)
    assert not is_purge_due(ended, BORN, TURNS_23 - DAY)
    assert is_purge_due(ended, BORN, TURNS_23)


# --- registration -----------------------------------------------------------------------------


def test_first_signal_is_new_without_notice():
    outcome = decide_registration(set(), set(), "JZ")
    assert outcome.kind is RegistrationKind.NEW
    assert outcome.earlier_involvement == frozenset()
    assert outcome.active_orgs_after == {"JZ"}


def test_refresh_by_same_organisation_never_makes_a_match():
    outcome = decide_registration({"JZ"}, set(), "JZ")
    assert outcome.kind is RegistrationKind.REFRESH
    assert outcome.active_orgs_after == {"JZ"}


def test_signal_of_a_second_organisation_is_new_with_both_active():
    outcome = decide_registration({"JZ"}, set(), "POL")
    assert outcome.kind is RegistrationKind.NEW
    assert outcome.active_orgs_after == {"JZ", "POL"}


def test_new_signal_on_young_person_with_history_names_earlier_organisations():
    outcome = decide_registration(set(), {"SMW", "LEER"}, "JZ")
    assert outcome.kind is RegistrationKind.NEW
    assert outcome.earlier_involvement == {"SMW", "LEER"}
    assert outcome.active_orgs_after == {"JZ"}  # history never counts towards a match


def test_earlier_involvement_leaves_out_the_signalling_and_active_organisations():
    outcome = decide_registration({"POL"}, {"JZ", "POL", "SMW"}, "JZ")
    assert outcome.earlier_involvement == {"SMW"}


def test_refresh_gives_no_earlier_involvement_notice():
    outcome = decide_registration({"JZ"}, {"SMW"}, "JZ")
    assert outcome.earlier_involvement == frozenset()


def test_registration_works_with_integer_organisation_ids():
    outcome = decide_registration([3, 3], [7], 5)
    assert outcome.active_orgs_after == {3, 5}
    assert outcome.earlier_involvement == {7}
