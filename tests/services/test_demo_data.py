"""The demo-data generator, on a real encrypted database: plausible, valid, consistent with the
matching rules, refused on a filled database, guarded, deterministic."""

from __future__ import annotations

import os
import re
import time
from collections import Counter, defaultdict
from datetime import date, datetime
from itertools import pairwise

import pytest
from sqlalchemy import func, select

from sisa_desk.domain.bsn import is_valid_bsn
from sisa_desk.domain.dates import add_working_days, age_on
from sisa_desk.domain.directory import Sector
from sisa_desk.domain.matching import is_overdue
from sisa_desk.domain.permissions import Role
from sisa_desk.domain.signals import EndReason, planned_end, validate_signal
from sisa_desk.services import audit, demo_data
from sisa_desk.services.audit import Action
from sisa_desk.services.demo_data import DemoDataSummary, fill_demo_data
from sisa_desk.services.errors import Conflict, PermissionDenied
from sisa_desk.store.models import (
    AuditEvent,
    ContactAttempt,
    ContactChannel,
    ContactOutcome,
    Match,
    MatchMember,
    MatchStatus,
    Organisation,
    Professional,
    Signal,
    SignalStatus,
    YoungPerson,
)

TODAY = date(2026, 3, 2)
PERSONS = 1500
TABLES = (Organisation, Professional, YoungPerson, Signal, Match, MatchMember, ContactAttempt)


@pytest.fixture
def filled(db):
    summary = fill_demo_data(db.admin, young_persons=PERSONS, seed=7, today=TODAY)
    return db, summary


def _all(db, model):
    with db.admin.database.unit_of_work() as session:
        return list(session.scalars(select(model).order_by(model.id)))


def _counts(db) -> dict[str, int]:
    with db.admin.database.unit_of_work() as session:
        counts = {
            m.__tablename__: session.scalar(select(func.count()).select_from(m)) for m in TABLES
        }
        counts["audit"] = session.scalar(select(func.count()).select_from(AuditEvent))
        return counts


def test_counts_are_plausible_and_match_the_summary(filled):
    db, summary = filled
    counts = _counts(db)
    assert summary.young_persons == counts["young_person"] == PERSONS
    assert summary.organisations == counts["organisation"] >= 20
    assert summary.professionals == counts["professional"]
    assert 3 * summary.organisations <= summary.professionals <= 8 * summary.organisations
    assert summary.signals == counts["signal"]
    assert 1.7 * PERSONS < summary.signals < 2.5 * PERSONS
    assert summary.matches == counts["match"]
    assert 0.3 * PERSONS < summary.matches < 0.55 * PERSONS
    assert 0.8 * summary.matches < summary.open_matches < summary.matches
    signals = _all(db, Signal)
    assert summary.active_signals == sum(s.status is SignalStatus.ACTIVE for s in signals)
    assert 0.8 * summary.signals < summary.active_signals < 0.97 * summary.signals
    with db.admin.database.unit_of_work() as session:
        open_count = session.scalar(
            select(func.count()).select_from(Match).where(Match.status == MatchStatus.OPEN)
        )
    assert summary.open_matches == open_count
    assert counts["contact_attempt"] > 0


def test_bsns_pass_the_eleven_test_are_unique_and_a_few_are_missing(filled):
    db, _ = filled
    persons = _all(db, YoungPerson)
    bsns = [p.bsn for p in persons if p.bsn is not None]
    assert all(is_valid_bsn(bsn) and len(bsn) == 9 for bsn in bsns)
    assert len(set(bsns)) == len(bsns)
    assert 0.01 * PERSONS < PERSONS - len(bsns) < 0.06 * PERSONS


def test_young_persons_look_like_the_rotterdam_region(filled):
    db, _ = filled
    persons = _all(db, YoungPerson)
    ages = Counter(age_on(p.date_of_birth, TODAY) for p in persons)
    assert set(ages) <= set(range(23)) and ages[0] > 0 and ages[22] > 0
    cities = Counter(p.city for p in persons)
    assert cities.most_common(1)[0][0] == "Rotterdam"
    assert cities["Rotterdam"] > 0.5 * PERSONS and len(cities) >= 10
    assert all(re.fullmatch(r"[1-9]\d{3} [A-Z]{2}", p.postcode) for p in persons)
    assert all(p.street and p.house_number and p.surname for p in persons)
    assert {p.gender.value for p in persons} == {"M", "V", "X"}
    assert 0 < sum(p.shielded for p in persons) < 0.03 * PERSONS
    assert any(p.prefix in ("van", "de", "van der", "van den") for p in persons)
    assert all(p.date_of_death is None for p in persons)


def test_every_signal_was_valid_on_its_date_and_ends_as_the_rules_say(filled):
    db, _ = filled
    persons = {p.id: p for p in _all(db, YoungPerson)}
    professionals = {p.id: p.organisation_id for p in _all(db, Professional)}
    window_start = date(TODAY.year - 2, TODAY.month, TODAY.day)
    reasons = Counter()
    for s in _all(db, Signal):
        person = persons[s.young_person_id]
        validate_signal(person.date_of_birth, s.signal_date, s.signal_date)
        assert window_start <= s.signal_date <= TODAY
        assert age_on(person.date_of_birth, s.signal_date) < 23
        end = planned_end(person.date_of_birth, s.signal_date)
        assert s.planned_end == end.on
        assert professionals[s.professional_id] == s.organisation_id
        assert s.shielded == person.shielded
        assert s.earlier_organisation_id is None and s.import_batch_id is None
        assert s.created_at.date() == s.signal_date and s.updated_at >= s.created_at
        if s.status is SignalStatus.ACTIVE:
            assert s.ended_on is None and s.end_reason is None and s.planned_end > TODAY
        elif s.planned_end <= TODAY:
            assert (s.ended_on, s.end_reason) == (end.on, end.reason)
        else:
            assert s.end_reason is EndReason.WITHDRAWN
            assert s.signal_date < s.ended_on <= TODAY
        reasons[s.end_reason] += 1
    assert 0.05 < reasons[EndReason.WITHDRAWN] / sum(reasons.values()) < 0.15


def test_at_most_one_active_signal_per_person_and_organisation(filled):
    db, _ = filled
    pairs = Counter(
        (s.young_person_id, s.organisation_id)
        for s in _all(db, Signal)
        if s.status is SignalStatus.ACTIVE
    )
    assert max(pairs.values()) == 1


def test_open_match_exactly_while_two_organisations_hold_an_active_signal(filled):
    db, _ = filled
    active: dict[int, dict[int, Signal]] = defaultdict(dict)
    for s in _all(db, Signal):
        if s.status is SignalStatus.ACTIVE:
            active[s.young_person_id][s.organisation_id] = s
    members: dict[int, list[MatchMember]] = defaultdict(list)
    for m in _all(db, MatchMember):
        members[m.match_id].append(m)
    matches: dict[int, list[Match]] = defaultdict(list)
    for match in _all(db, Match):
        matches[match.young_person_id].append(match)

    for person in _all(db, YoungPerson):
        orgs = active[person.id]
        open_ = [m for m in matches[person.id] if m.status is MatchStatus.OPEN]
        assert len(open_) == (1 if len(orgs) >= 2 else 0)
        if open_:
            current = [m for m in members[open_[0].id] if m.left_on is None]
            assert {m.organisation_id for m in current} == set(orgs)
            for member in current:
                assert member.signal_id == orgs[member.organisation_id].id
                assert member.professional_id == orgs[member.organisation_id].professional_id
        # One match after the other: a later one opens on or after the close of the one before.
        history = sorted(matches[person.id], key=lambda m: (m.opened_on, m.id))
        for before, after in pairwise(history):
            assert before.status is MatchStatus.CLOSED and before.closed_on <= after.opened_on
        for match in history:
            group = members[match.id]
            assert len(group) >= 2
            assert min(m.joined_on for m in group) == match.opened_on
            assert all(m.left_on is None or m.left_on >= m.joined_on for m in group)
            if match.status is MatchStatus.CLOSED:
                assert match.close_reason in (
                    EndReason.EXPIRED,
                    EndReason.AGE_LIMIT,
                    EndReason.WITHDRAWN,
                )
                assert all(m.left_on is not None for m in group)
                assert max(m.left_on for m in group) == match.closed_on


def test_young_persons_without_bsn_have_one_signal_and_no_match(filled):
    db, _ = filled
    without = {p.id for p in _all(db, YoungPerson) if p.bsn is None}
    assert without
    signals = Counter(s.young_person_id for s in _all(db, Signal))
    assert all(signals[pid] == 1 for pid in without)
    assert not without & {m.young_person_id for m in _all(db, Match)}


def test_work_on_matches_is_consistent_and_leaves_some_overdue(filled):
    db, _ = filled
    admin_id = db.admin.actor.user_id
    orgs = {o.id: o for o in _all(db, Organisation)}
    members: dict[int, list[MatchMember]] = defaultdict(list)
    for m in _all(db, MatchMember):
        members[m.match_id].append(m)
        if m.informed_at is not None:
            assert m.informed_by_id == admin_id and m.informed_via is not None
            assert m.informed_at.date() > m.joined_on and m.informed_at.date() < TODAY
            assert m.left_on is None or m.informed_at.date() < m.left_on
        else:
            assert m.informed_by_id is None and m.informed_via is None
    settled = add_working_days(TODAY, -15)
    settled_open = unhandled = overdue = 0
    for match in _all(db, Match):
        if match.proposed_coordinator_id is not None:
            assert orgs[match.proposed_coordinator_id].may_coordinate
        if match.coordinator_id is not None:
            assert match.coordinator_id == match.proposed_coordinator_id
            assert match.coordinator_confirmed_by_id == admin_id
        assert (match.coordinator_id is None) == (match.coordinator_confirmed_at is None)
        assert (match.letter_sent_at is None) == (match.letter_sent_by_id is None)
        is_open = match.status is MatchStatus.OPEN
        needed = [m for m in members[match.id] if m.left_on == match.closed_on]
        steps = [match.letter_sent_at]
        # With no organisation that may coordinate there is no coordinator step.
        if match.proposed_coordinator_id is not None:
            steps.append(match.coordinator_confirmed_at)
        steps += [m.informed_at for m in needed]
        if match.handled_at is not None:
            assert all(steps) and match.handled_at == max(steps)
        else:
            assert not all(steps)
        if is_open and match.opened_on <= settled:
            settled_open += 1
            unhandled += match.handled_at is None
        if is_open:
            overdue += is_overdue(match.opened_on, TODAY, match.handled_at is not None)
    assert 0.05 < unhandled / settled_open < 0.3
    assert overdue > 0


def test_contact_attempts_are_process_facts_by_the_back_office(filled):
    db, _ = filled
    admin_id = db.admin.actor.user_id
    professionals = {p.id for p in _all(db, Professional)}
    attempts = _all(db, ContactAttempt)
    assert attempts
    for attempt in attempts:
        assert attempt.by_id == admin_id and attempt.professional_id in professionals
        assert attempt.at < datetime.combine(TODAY, datetime.min.time())
        if attempt.channel is ContactChannel.EMAIL:
            assert attempt.outcome is ContactOutcome.SENT
        assert attempt.note is None or len(attempt.note) <= 60
    assert {a.outcome for a in attempts} >= {
        ContactOutcome.REACHED,
        ContactOutcome.SENT,
        ContactOutcome.NO_ANSWER,
        ContactOutcome.VOICEMAIL,
    }


def test_directory_covers_every_sector_with_invented_contact_details(filled):
    db, _ = filled
    organisations = _all(db, Organisation)
    assert {o.sector for o in organisations} == set(Sector)
    assert len({o.code for o in organisations}) == len(organisations)
    for o in organisations:
        assert re.fullmatch(r"[A-Z]+-[A-Z]+", o.code)
        assert re.fullmatch(r"010-555\d{4}", o.phone)
        assert o.criteria and o.active
        if o.sector in (Sector.POLICE_JUSTICE, Sector.EDUCATION):
            assert not o.may_coordinate
        if o.sector is Sector.YOUTH_CARE:
            assert o.may_coordinate
    per_org = Counter(p.organisation_id for p in _all(db, Professional))
    assert set(per_org) == {o.id for o in organisations}
    assert min(per_org.values()) >= 3 and max(per_org.values()) <= 8
    for p in _all(db, Professional):
        assert re.fullmatch(r"06-5550\d{4}", p.phone) and p.function and p.name


def test_no_email_address_outside_example_domains(filled):
    db, _ = filled
    emails = [o.email for o in _all(db, Organisation)] + [p.email for p in _all(db, Professional)]
    assert all(re.fullmatch(r"[a-z0-9.]+@[a-z0-9-]+\.example", e) for e in emails)


def test_audit_event_holds_counts_only_and_the_chain_holds(filled):
    db, summary = filled
    with db.admin.database.unit_of_work() as session:
        events = list(
            session.scalars(select(AuditEvent).where(AuditEvent.action == Action.DEMO_DATA))
        )
    assert len(events) == 1
    assert events[0].user_name == db.admin.actor.name
    assert events[0].details == {
        "organisations": summary.organisations,
        "professionals": summary.professionals,
        "young_persons": summary.young_persons,
        "signals": summary.signals,
        "matches": summary.matches,
    }
    assert audit.verify_chain(db.admin).intact


def test_a_second_fill_is_refused_and_changes_nothing(filled):
    db, _ = filled
    before = _counts(db)
    with pytest.raises(Conflict):
        fill_demo_data(db.admin, young_persons=10, today=TODAY)
    assert _counts(db) == before


@pytest.mark.parametrize("role", [Role.OPERATOR, Role.ANALYST, Role.AUDITOR])
def test_only_an_admin_may_load_demo_data(db, role):
    before = _counts(db)
    with pytest.raises(PermissionDenied):
        fill_demo_data(db[role], young_persons=10, today=TODAY)
    assert _counts(db) == before


def _first_bsns(db) -> list[str]:
    with db.admin.database.unit_of_work() as session:
        query = select(YoungPerson.bsn).where(YoungPerson.bsn.is_not(None))
        return list(session.scalars(query.order_by(YoungPerson.id).limit(10)))


def test_same_seed_and_day_give_the_same_data(make_db):
    first, second, third = make_db("a.db"), make_db("b.db"), make_db("c.db")
    a = fill_demo_data(first.admin, young_persons=300, seed=11, today=TODAY)
    b = fill_demo_data(second.admin, young_persons=300, seed=11, today=TODAY)
    c = fill_demo_data(third.admin, young_persons=300, seed=12, today=TODAY)
    assert a == b and c.young_persons == a.young_persons
    assert _first_bsns(first) == _first_bsns(second)
    assert _first_bsns(first) != _first_bsns(third)


def test_an_empty_fill_makes_the_directory_only(db):
    summary = fill_demo_data(db.admin, young_persons=0, today=TODAY)
    assert summary == DemoDataSummary(summary.organisations, summary.professionals, 0, 0, 0, 0, 0)


def test_timing(db):
    """Not a budget: prints the speed. SISA_DEMO_PERSONS=40000 measures the figure quoted in
    the notes (the default keeps the suite fast)."""
    persons = int(os.environ.get("SISA_DEMO_PERSONS", "5000"))
    started = time.perf_counter()
    summary = fill_demo_data(db.admin, young_persons=persons, today=TODAY)
    elapsed = time.perf_counter() - started
    print(
        f"\ndemo data: {persons} young persons, {summary.signals} signals, "
        f"{summary.matches} matches in {elapsed:.1f} s ({persons / elapsed:.0f} persons/s)"
    )
    assert demo_data.INSERT_CHUNK >= 1000
