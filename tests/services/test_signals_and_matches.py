"""The rules of DESIGN.md §2 about young persons, signals and matches, through the services
on a real encrypted database."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import func, select

from sisa_desk.domain.bsn import generate_bsn
from sisa_desk.domain.matching import MatchChangeKind
from sisa_desk.domain.permissions import Role
from sisa_desk.domain.signals import RegistrationKind, WithdrawReason
from sisa_desk.services import matching, persons, settings, signals
from sisa_desk.services.signals import SignalRejected
from sisa_desk.store.models import ContactChannel, Match, MatchMember, Signal, YoungPerson
from tests.services.signal_helpers import TODAY, add_organisations, identity, new_bsn, signal


@pytest.fixture
def orgs(db):
    return add_organisations(db.admin)


def _register(db, *args, **kwargs):
    return signals.register_signal(db.operator, signal(*args, **kwargs), today=TODAY)


def _counts(db) -> tuple[int, int, int]:
    with db.admin.database.unit_of_work() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (YoungPerson, Signal, Match)
        )


def test_eight_digit_bsn_is_the_same_young_person_with_its_leading_zero(db, orgs):
    bsn = generate_bsn(random.Random(1), prefix="0")
    first = _register(db, identity(bsn), "JT-MAAS")
    second = _register(db, identity(bsn[1:]), "SMW-NOORD")
    assert first.young_person_id == second.young_person_id
    assert second.match_change is MatchChangeKind.OPEN
    assert second.match_organisations == ["JT-MAAS", "SMW-NOORD"]


@pytest.mark.parametrize(
    ("person", "org", "on", "field", "code"),
    [
        (identity("123456789"), "JT-MAAS", date(2026, 10, 1), "bsn", "invalid_bsn"),
        (
            identity(new_bsn(2), born=date(2003, 10, 1)),
            "JT-MAAS",
            date(2026, 10, 1),
            "date_of_birth",
            "too_old",
        ),
        (identity(new_bsn(3)), "JT-MAAS", date(2026, 11, 27), "signal_date", "future_date"),
        (identity(new_bsn(4)), "JT-MAAS", date(2024, 11, 1), "signal_date", "already_ended"),
        (
            identity(new_bsn(5), born=date(2026, 11, 1)),
            "JT-MAAS",
            date(2026, 10, 1),
            "date_of_birth",
            "not_born",
        ),
        (
            identity(new_bsn(6)),
            "ONBEKEND",
            date(2026, 10, 1),
            "organisation",
            "unknown_organisation",
        ),
        (
            identity(new_bsn(7), surname=" "),
            "JT-MAAS",
            date(2026, 10, 1),
            "surname",
            "missing_surname",
        ),
    ],
    ids=[
        "bad-bsn",
        "23-on-signal-date",
        "future-date",
        "already-ended",
        "not-born",
        "unknown-organisation",
        "no-surname",
    ],
)
def test_invalid_signal_is_rejected_and_changes_nothing(db, orgs, person, org, on, field, code):
    before = _counts(db)
    with pytest.raises(SignalRejected) as caught:
        signals.register_signal(db.operator, signal(person, org, on), today=TODAY)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert _counts(db) == before


def test_signal_on_the_day_before_the_23rd_birthday_is_accepted(db, orgs):
    person = identity(new_bsn(8), born=date(2003, 10, 2))
    result = signals.register_signal(
        db.operator, signal(person, "JT-MAAS", date(2026, 10, 1)), today=date(2026, 10, 1)
    )
    with db.admin.database.unit_of_work() as session:
        assert session.get(Signal, result.signal_id).planned_end == date(2026, 10, 2)


def test_known_bsn_with_another_date_of_birth_is_rejected(db, orgs):
    bsn = new_bsn(9)
    _register(db, identity(bsn), "JT-MAAS")
    with pytest.raises(SignalRejected) as caught:
        _register(db, identity(bsn, born=date(2012, 5, 18)), "SMW-NOORD")
    assert (caught.value.field, caught.value.code) == ("date_of_birth", "bsn_other_birth_date")


def test_one_signal_alone_makes_no_match(db, orgs):
    result = _register(db, identity(new_bsn(10)), "JT-MAAS")
    assert result.kind is RegistrationKind.NEW and result.match_change is MatchChangeKind.NONE
    assert matching.list_matches(db.operator, today=TODAY) == []


def test_refresh_by_the_same_organisation_never_makes_a_match(db, orgs):
    person = identity(new_bsn(11))
    first = _register(db, person, "JT-MAAS", date(2026, 1, 5), professional="Anna Jansen")
    again = _register(db, person, "JT-MAAS", date(2026, 9, 1), professional="Bram Kok")
    assert again.kind is RegistrationKind.REFRESH and again.signal_id == first.signal_id
    assert again.match_change is MatchChangeKind.NONE
    with db.admin.database.unit_of_work() as session:
        refreshed = session.get(Signal, first.signal_id)
        assert refreshed.signal_date == date(2026, 9, 1)
        assert refreshed.planned_end == date(2028, 9, 1)
        assert session.scalar(select(func.count()).select_from(Signal)) == 1


def test_second_organisation_opens_a_match_with_both(db, orgs):
    person = identity(new_bsn(12))
    _register(db, person, "SMW-NOORD")
    result = _register(db, person, "JT-MAAS")
    assert result.match_change is MatchChangeKind.OPEN
    [match] = matching.list_matches(db.operator, today=TODAY)
    assert match.organisations == ["JT-MAAS", "SMW-NOORD"] and match.status == "open"
    assert match.proposed_coordinator == "JT-MAAS" and match.coordinator is None
    assert match.opened == TODAY


def test_further_organisation_joins_the_open_match(db, orgs):
    person = identity(new_bsn(13))
    _register(db, person, "SMW-NOORD")
    opened = _register(db, person, "POL-ZUID")
    joined = _register(db, person, "WIJK-WEST")
    assert joined.match_change is MatchChangeKind.JOIN and joined.match_id == opened.match_id
    members = matching.match_members(db.operator, opened.match_id)
    assert sorted(m.organisation_code for m in members) == ["POL-ZUID", "SMW-NOORD", "WIJK-WEST"]
    # Only the may-coordinate organisation is proposed.
    assert (
        matching.get_match(db.operator, opened.match_id, today=TODAY).proposed_coordinator
        == "WIJK-WEST"
    )


def test_match_closes_by_itself_when_fewer_than_two_remain(db, orgs):
    person = identity(new_bsn(14))
    first = _register(db, person, "SMW-NOORD")
    opened = _register(db, person, "JT-MAAS")
    kind = signals.withdraw_signal(db.operator, first.signal_id, WithdrawReason.ENDED, today=TODAY)
    assert kind is MatchChangeKind.CLOSE
    match = matching.get_match(db.operator, opened.match_id, today=TODAY)
    assert match.status == "closed" and match.closed == TODAY
    with db.admin.database.unit_of_work() as session:
        assert session.get(Match, opened.match_id).close_reason.value == "withdrawn"


def test_withdrawn_as_ended_moves_to_history(db, orgs):
    result = _register(db, identity(new_bsn(15)), "JT-MAAS")
    signals.withdraw_signal(db.operator, result.signal_id, WithdrawReason.ENDED, today=TODAY)
    record = persons.view_person(db.operator, result.young_person_id)
    [line] = record.signals
    assert (line.status, line.ended_on, line.end_reason) == ("history", TODAY, "withdrawn")


@pytest.mark.parametrize("reason", [WithdrawReason.UNJUSTIFIED, WithdrawReason.OBJECTION_UPHELD])
def test_unjustified_or_objection_upheld_is_deleted_at_once(db, orgs, reason):
    person = identity(new_bsn(16))
    _register(db, person, "SMW-NOORD")
    result = _register(db, person, "JT-MAAS")
    signals.withdraw_signal(db.operator, result.signal_id, reason, today=TODAY)
    with db.admin.database.unit_of_work() as session:
        assert session.get(Signal, result.signal_id) is None
        assert session.get(Match, result.match_id).close_reason.value == reason.value


def test_withdrawing_an_ended_signal_is_refused(db, orgs):
    result = _register(db, identity(new_bsn(17)), "JT-MAAS")
    signals.withdraw_signal(db.operator, result.signal_id, WithdrawReason.ENDED, today=TODAY)
    with pytest.raises(Exception, match="already ended"):
        signals.withdraw_signal(db.operator, result.signal_id, WithdrawReason.ENDED, today=TODAY)


def test_signal_expires_after_the_term_which_is_a_setting(db, orgs):
    settings.change_setting(db.admin, "signal_term_months", 12)
    person = identity(new_bsn(18))
    _register(db, person, "SMW-NOORD", date(2026, 1, 10))
    opened = _register(db, person, "JT-MAAS", date(2026, 6, 1))
    assert signals.expire_signals(db.operator, today=date(2027, 1, 9)) == 0
    assert signals.expire_signals(db.operator, today=date(2027, 1, 10)) == 1
    match = matching.get_match(db.operator, opened.match_id, today=date(2027, 1, 10))
    assert match.status == "closed"
    with db.admin.database.unit_of_work() as session:
        assert session.get(Match, opened.match_id).close_reason.value == "expired"


def test_signal_ends_when_the_young_person_turns_23(db, orgs):
    person = identity(new_bsn(19), born=date(2004, 3, 1))
    result = _register(db, person, "JT-MAAS", date(2026, 2, 1))
    signals.expire_signals(db.operator, today=date(2027, 3, 1))
    [line] = persons.view_person(db.operator, result.young_person_id).signals
    assert (line.ended_on, line.end_reason) == (date(2027, 3, 1), "age_limit")


def test_death_ends_every_signal_and_closes_the_match(db, orgs):
    person = identity(new_bsn(20))
    _register(db, person, "SMW-NOORD")
    opened = _register(db, person, "JT-MAAS")
    signals.record_death(db.operator, opened.young_person_id, date(2026, 11, 20), today=TODAY)
    with db.admin.database.unit_of_work() as session:
        match = session.get(Match, opened.match_id)
        assert match.status.value == "closed" and match.close_reason.value == "deceased"
    with pytest.raises(SignalRejected):
        _register(db, person, "GGZ-OOST")


def test_earlier_involvement_gives_a_one_time_notice_and_never_a_match(db, orgs):
    person = identity(new_bsn(21))
    old = _register(db, person, "SMW-NOORD", date(2026, 2, 1))
    signals.withdraw_signal(
        db.operator, old.signal_id, WithdrawReason.ENDED, today=date(2026, 6, 1)
    )
    result = _register(db, person, "JT-MAAS")
    assert result.earlier_involvement == ["SMW-NOORD"]
    assert result.match_change is MatchChangeKind.NONE
    [notice] = signals.pending_earlier_notices(db.operator)
    assert (notice.organisation_code, notice.earlier_organisation_code) == ("JT-MAAS", "SMW-NOORD")
    signals.acknowledge_earlier_notice(db.operator, notice.signal_id)
    assert signals.pending_earlier_notices(db.operator) == []
    again = _register(db, person, "JT-MAAS")
    assert again.earlier_involvement == [] and signals.pending_earlier_notices(db.operator) == []


def test_young_person_without_bsn_is_never_auto_matched_and_goes_to_review(db, orgs):
    first = _register(db, identity(None, surname="Bakkali", born=date(2015, 2, 3)), "JT-MAAS")
    second = _register(db, identity(None, surname="Bakali", born=date(2015, 2, 3)), "SMW-NOORD")
    assert first.young_person_id != second.young_person_id
    assert second.match_change is MatchChangeKind.NONE
    [case] = persons.open_duplicate_reviews(db.operator)
    assert {case.young_person_id, case.candidate_id} == {
        first.young_person_id,
        second.young_person_id,
    }
    kept = persons.merge_duplicate(db.operator, case.id, today=TODAY)
    assert persons.open_duplicate_reviews(db.operator) == []
    [match] = matching.list_matches(db.operator, today=TODAY)
    assert match.young_person_id == kept and match.organisations == ["JT-MAAS", "SMW-NOORD"]


def test_possible_duplicates_can_be_kept_apart(db, orgs):
    _register(db, identity(None, surname="Yilmaz", born=date(2016, 4, 4)), "JT-MAAS")
    _register(db, identity(None, surname="Yilmaz", born=date(2016, 4, 4)), "SMW-NOORD")
    [case] = persons.open_duplicate_reviews(db.operator)
    persons.keep_apart(db.operator, case.id)
    assert persons.open_duplicate_reviews(db.operator) == []
    assert matching.list_matches(db.operator, today=TODAY) == []


def test_different_names_or_birthdays_are_no_possible_duplicates(db, orgs):
    _register(db, identity(None, surname="Vermeulen", born=date(2016, 4, 4)), "JT-MAAS")
    _register(db, identity(None, surname="Pinas", born=date(2016, 4, 4)), "SMW-NOORD")
    _register(db, identity(None, surname="Vermeulen", born=date(2016, 4, 5)), "POL-ZUID")
    assert persons.open_duplicate_reviews(db.operator) == []


def test_coordinator_is_proposed_by_priority_and_confirmed_by_a_person(db, orgs):
    person = identity(new_bsn(22))
    _register(db, person, "WIJK-WEST")
    _register(db, person, "POL-ZUID")
    opened = _register(db, person, "JT-MAAS")
    summary = matching.get_match(db.operator, opened.match_id, today=TODAY)
    assert summary.proposed_coordinator == "JT-MAAS" and summary.coordinator is None
    with pytest.raises(Exception, match="may not coordinate"):
        matching.confirm_coordinator(db.operator, opened.match_id, orgs["POL-ZUID"])
    with pytest.raises(Exception, match="one of the organisations"):
        matching.confirm_coordinator(db.operator, opened.match_id, orgs["GGZ-OOST"])
    matching.confirm_coordinator(db.operator, opened.match_id, orgs["WIJK-WEST"])
    assert matching.get_match(db.operator, opened.match_id, today=TODAY).coordinator == "WIJK-WEST"


def test_no_coordinator_is_proposed_when_none_may_coordinate(db, orgs):
    person = identity(new_bsn(23))
    _register(db, person, "SMW-NOORD")
    opened = _register(db, person, "POL-ZUID")
    assert (
        matching.get_match(db.operator, opened.match_id, today=TODAY).proposed_coordinator is None
    )


def test_match_is_handled_when_every_step_is_done_and_overdue_before(db, orgs):
    person = identity(new_bsn(24))
    _register(db, person, "SMW-NOORD", date(2026, 11, 1))
    opened = _register(db, person, "JT-MAAS", date(2026, 11, 1))
    opened_on = TODAY  # the match opened on the registration day
    assert not matching.get_match(db.operator, opened.match_id, today=date(2026, 12, 10)).overdue
    late = matching.get_match(db.operator, opened.match_id, today=date(2026, 12, 11))
    assert late.overdue and not late.escalated and late.opened == opened_on
    assert matching.list_matches(db.operator, today=date(2026, 12, 11))[0].id == opened.match_id
    for org in ("SMW-NOORD", "JT-MAAS"):
        matching.mark_informed(db.operator, opened.match_id, orgs[org], ContactChannel.PHONE)
    matching.confirm_coordinator(db.operator, opened.match_id, orgs["JT-MAAS"])
    assert not matching.get_match(db.operator, opened.match_id, today=TODAY).handled
    with db.operator.database.unit_of_work() as session:
        matching.mark_letter_sent(
            session, session.get(Match, opened.match_id), db.operator.actor.user_id
        )
    done = matching.get_match(db.operator, opened.match_id, today=date(2026, 12, 11))
    assert done.handled and not done.overdue


def test_a_joining_professional_makes_a_handled_match_unhandled_again(db, orgs):
    person = identity(new_bsn(25))
    _register(db, person, "SMW-NOORD")
    opened = _register(db, person, "JT-MAAS")
    for org in ("SMW-NOORD", "JT-MAAS"):
        matching.mark_informed(db.operator, opened.match_id, orgs[org], ContactChannel.EMAIL)
    matching.confirm_coordinator(db.operator, opened.match_id, orgs["JT-MAAS"])
    with db.operator.database.unit_of_work() as session:
        matching.mark_letter_sent(session, session.get(Match, opened.match_id), 1)
    assert matching.get_match(db.operator, opened.match_id, today=TODAY).handled
    _register(db, person, "POL-ZUID")
    assert not matching.get_match(db.operator, opened.match_id, today=TODAY).handled
    with db.admin.database.unit_of_work() as session:
        joined = session.scalar(
            select(MatchMember).where(MatchMember.organisation_id == orgs["POL-ZUID"])
        )
        assert joined.informed_at is None


def test_overdue_cutoff_agrees_with_the_domain_rule(db):
    from sisa_desk.domain.matching import is_overdue

    s = settings.Settings()
    for offset in range(0, 40):
        today = date(2026, 12, 1).fromordinal(date(2026, 12, 1).toordinal() + offset)
        cutoff = matching.overdue_cutoff(today, s)
        for back in range(0, 30):
            opened = today.fromordinal(today.toordinal() - back)
            assert (opened < cutoff) == is_overdue(opened, today, False, s.overdue_working_days)


def test_shielded_signal_hides_the_address_of_the_record(db, orgs):
    result = _register(db, identity(new_bsn(26)), "JT-MAAS", shielded=True)
    record = persons.view_person(db.operator, result.young_person_id)
    assert record.shielded and record.address is None


def test_viewing_a_record_is_audited(db, orgs):
    from sisa_desk.store.models import AuditEvent

    result = _register(db, identity(new_bsn(27)), "JT-MAAS")
    persons.view_person(db.operator, result.young_person_id)
    with db.admin.database.unit_of_work() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert (event.action, event.young_person_id, event.user_name) == (
        "view_young_person",
        result.young_person_id,
        "medewerker",
    )


def test_matches_are_not_for_analysts(db, orgs):
    from sisa_desk.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        matching.list_matches(db[Role.ANALYST])


def test_match_without_a_possible_coordinator_is_handled_without_one(db, orgs):
    person = identity(new_bsn(28))
    _register(db, person, "SMW-NOORD")
    opened = _register(db, person, "POL-ZUID")
    for org in ("SMW-NOORD", "POL-ZUID"):
        matching.mark_informed(db.operator, opened.match_id, orgs[org], ContactChannel.PHONE)
    with db.operator.database.unit_of_work() as session:
        matching.mark_letter_sent(session, session.get(Match, opened.match_id), 1)
    assert matching.get_match(db.operator, opened.match_id, today=TODAY).handled


def test_organisation_that_left_an_open_match_can_rejoin_it(db, orgs):
    person = identity(new_bsn(29))
    _register(db, person, "SMW-NOORD")
    _register(db, person, "POL-ZUID")
    third = _register(db, person, "JT-MAAS")
    matching.mark_informed(db.operator, third.match_id, orgs["JT-MAAS"], ContactChannel.PHONE)
    kind = signals.withdraw_signal(db.operator, third.signal_id, WithdrawReason.ENDED, today=TODAY)
    assert kind is MatchChangeKind.LEAVE
    back = _register(db, person, "JT-MAAS")
    assert back.match_change is MatchChangeKind.JOIN and back.match_id == third.match_id
    members = {m.organisation_code: m for m in matching.match_members(db.operator, third.match_id)}
    assert members["JT-MAAS"].left_on is None and members["JT-MAAS"].informed_at is None


def test_the_pending_notices_are_read_from_their_own_index(db, orgs):
    # At a million signals the signal-date index made this a walk over every one (~7-10 s on
    # the GUI thread); the partial index holds only the notices still to be given.
    from sqlalchemy import text

    from sisa_desk.store.models import PENDING_NOTICE

    sql = f"SELECT * FROM signal WHERE {PENDING_NOTICE} ORDER BY signal_date, id"
    with db.admin.database.engine.connect() as conn:
        plan = [row[3] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}"))]
    assert plan == ["SCAN signal USING INDEX ix_signal_pending_notice"]
