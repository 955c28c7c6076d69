"""The bulk path registers a list of signals exactly as `register_in_session` does one by one.

Two databases get the same history through the ordinary services; then the same inputs go
one by one through register_in_session (each in its own unit of work, as a signal entered by
hand: a rejected one changes nothing) on one, and all at once through BulkRegistration and
bulk_writes on the other. The young persons, signals, matches, professionals, review queue,
earlier-involvement notices, audit events and each input's outcome must be the same (ids and
timestamps apart).
"""

from __future__ import annotations

import contextlib
import itertools
from datetime import date, timedelta

import hypothesis
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from sisa_desk.domain.persons import Gender
from sisa_desk.domain.signals import WithdrawReason
from sisa_desk.services import matching, signals
from sisa_desk.services.bulk_registration import BulkRegistration, Rejection
from sisa_desk.services.bulk_writes import write_changes
from sisa_desk.services.persons import PersonIdentity
from sisa_desk.services.settings import load_settings
from sisa_desk.services.signals import ProfessionalContact, SignalInput, SignalRejected
from sisa_desk.store.models import (
    AuditEvent,
    DuplicateReview,
    Match,
    MatchMember,
    Organisation,
    Professional,
    Signal,
    YoungPerson,
)
from tests.services.signal_helpers import ORGANISATIONS, TODAY, add_organisations, new_bsn

CODES = [code for code, *_ in ORGANISATIONS[:4]]
_examples = itertools.count()
CONTACTS = [
    None,
    ProfessionalContact("Anna Testveld", "anna.testveld@{}.example", "010-5550100"),
    ProfessionalContact("Anna Testveld", None, None),
    ProfessionalContact("Bram Proef", None, "06-55500002"),
    ProfessionalContact("Bram Proef", "BRAM@{}.example", None),
    ProfessionalContact("Kees Fout", "geen-adres", None),  # rejected: malformed e-mail
]
# Who, by index: 0-3 have a BSN, 4-5 have none and similar surnames (the review queue).
PEOPLE = range(6)
DATES = [0, 10, 10, 200, 200, 800, -5]  # days before TODAY; -5 lies in the future


def _identity(example: int, who: int, variant: int) -> PersonIdentity:
    born = date(2012, 1, 1) + timedelta(days=example)
    if who == 3:
        born = date(2003, 12, 20)  # turns 23 on 20-12-2026: some signal dates are too late
    if who >= 4:
        surname = ("Bakkali", "Bakali")[who - 4]
        return PersonIdentity(surname, born, Gender.FEMALE, None, "Sara", street=f"Kade {variant}")
    bsn = new_bsn(90_000 + 10 * example + who)
    if variant == 3:
        born += timedelta(days=1)  # the known BSN with another date of birth
    return PersonIdentity(
        "Testjongere" if variant != 2 else "Testjongere-Ander",
        born,
        Gender.MALE,
        bsn,
        given_names="Daan" if variant else None,
        street="Havenstraat" if variant == 1 else None,
        house_number="12" if variant == 1 else None,
        postcode="3011 AB" if variant == 1 else None,
        city=" Rotterdam " if variant == 1 else None,
    )


def _input(example: int, who: int, org: int, day: int, contact: int, variant: int, shielded: bool):
    code = CODES[org] if org < len(CODES) else "ONBEKEND"
    template = CONTACTS[contact]
    person = None
    if template is not None:
        domain = code.lower()
        person = ProfessionalContact(
            template.name,
            template.email.format(domain) if template.email else None,
            template.phone,
        )
    return SignalInput(
        _identity(example, who, variant),
        code,
        TODAY - timedelta(days=day),
        person,
        shielded,
    )


inputs = st.lists(
    st.tuples(
        st.sampled_from([0, 0, 1, 1, 2, 3, 4, 5]),
        st.sampled_from([0, 0, 1, 1, 2, 3, len(CODES)]),  # len(CODES): an unknown one
        st.sampled_from(DATES),
        st.sampled_from([0, 1, 1, 2, 3, 4, 5]),
        st.integers(0, 3),
        st.booleans(),
    ),
    min_size=1,
    max_size=8,
)
WHO = st.sampled_from([0, 0, 1, 2, 3])
history = st.lists(
    st.one_of(
        st.tuples(
            st.just("register"),
            WHO,
            st.integers(0, len(CODES) - 1),
            st.sampled_from([300, 100, 20]),
        ),
        st.tuples(st.just("withdraw"), WHO, st.sampled_from(list(WithdrawReason))),
        st.tuples(st.just("handle"), WHO),
        st.tuples(st.just("die"), WHO),
    ),
    max_size=6,
)


def _by_hand(db, signal_inputs):
    outcomes = []
    for signal_input in signal_inputs:
        try:
            with db.operator.database.unit_of_work() as session:
                result = signals.register_in_session(
                    session,
                    db.operator.actor,
                    signal_input,
                    today=TODAY,
                    settings=load_settings(session),
                )
            outcomes.append(result)
        except SignalRejected as exc:
            outcomes.append(("rejected", exc.field, exc.code))
    return outcomes


def _in_bulk(db, signal_inputs, bsns_normalised: bool):
    with db.operator.database.unit_of_work() as session:
        engine = BulkRegistration(
            session, db.operator.actor, today=TODAY, settings=load_settings(session)
        )
        outcomes = engine.plan(signal_inputs, bsns_normalised=bsns_normalised)
        write_changes(session, engine.changes)
    return [("rejected", o.field, o.code) if isinstance(o, Rejection) else o for o in outcomes]


def _outcome(outcome, person_keys) -> tuple:
    if isinstance(outcome, tuple):
        return outcome
    return (
        outcome.kind,
        outcome.match_change,
        person_keys[outcome.young_person_id],
        outcome.match_id is not None,
        tuple(outcome.earlier_involvement),
        tuple(outcome.match_organisations),
    )


def _snapshot(db, first_event: int) -> dict:
    """Everything, keyed by natural keys instead of ids."""
    with db.admin.database.unit_of_work() as session:
        codes = dict(session.execute(select(Organisation.id, Organisation.code)).all())
        codes[None] = None
        persons = list(session.scalars(select(YoungPerson).order_by(YoungPerson.id)))
        seen: dict[tuple, int] = {}
        keys = {}
        for p in persons:  # without a BSN: the n-th record with that name and birthday
            base = (p.surname, p.date_of_birth)
            seen[base] = seen.get(base, 0) + 1
            keys[p.id] = p.bsn or (*base, seen[base])
        people = {p.id: p for p in session.scalars(select(Professional))}
        pro = {i: (codes[p.organisation_id], p.name, p.email, p.phone) for i, p in people.items()}
        pro[None] = None
        all_signals = list(session.scalars(select(Signal)))
        signal_keys = {
            s.id: (keys[s.young_person_id], codes[s.organisation_id], s.signal_date, s.status)
            for s in all_signals
        }
        signal_keys[None] = None
        events = session.scalars(select(AuditEvent).where(AuditEvent.id >= first_event))
        return {
            "persons": sorted(
                str(
                    (
                        keys[p.id],
                        p.surname,
                        p.date_of_birth,
                        p.given_names,
                        p.prefix,
                        p.gender,
                        p.street,
                        p.house_number,
                        p.postcode,
                        p.city,
                        p.shielded,
                        p.date_of_death,
                    )
                )
                for p in persons
            ),
            "professionals": sorted(map(str, pro.values())),
            "signals": sorted(
                str(
                    (
                        signal_keys[s.id],
                        pro[s.professional_id],
                        s.planned_end,
                        s.ended_on,
                        s.end_reason,
                        s.shielded,
                        codes[s.earlier_organisation_id],
                        s.earlier_notice_seen,
                    )
                )
                for s in all_signals
            ),
            "matches": sorted(
                str(
                    (
                        keys[m.young_person_id],
                        m.status,
                        m.opened_on,
                        m.closed_on,
                        m.close_reason,
                        codes[m.proposed_coordinator_id],
                        codes[m.coordinator_id],
                        m.handled_at is None,
                        sorted(
                            str(
                                (
                                    codes[x.organisation_id],
                                    signal_keys[x.signal_id],
                                    pro[x.professional_id],
                                    x.joined_on,
                                    x.left_on,
                                    x.informed_at is None,
                                )
                            )
                            for x in session.scalars(
                                select(MatchMember).where(MatchMember.match_id == m.id)
                            )
                        ),
                    )
                )
                for m in session.scalars(select(Match))
            ),
            "reviews": sorted(
                str((keys[r.young_person_id], keys[r.candidate_id], r.status))
                for r in session.scalars(select(DuplicateReview))
            ),
            "events": [
                (e.action, e.object_type, keys.get(e.young_person_id), _details(e.details, codes))
                for e in events
            ],
            "keys": keys,
        }


def _details(details: dict, codes: dict) -> str:
    named = {}
    for key, value in details.items():
        if key == "organisation":
            value = codes[value]
        elif key in ("joining", "leaving"):
            value = sorted(codes[v] for v in value)
        named[key] = value
    return str(sorted(named.items()))


def _last_event(db) -> int:
    with db.admin.database.unit_of_work() as session:
        return (session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc())) or 0) + 1


def _history(db, example: int, steps) -> None:
    """The same earlier signals, withdrawals, handled matches and deaths in both databases."""
    operator = db.operator
    for kind, who, *args in steps:
        bsn = _identity(example, who, 1).bsn
        with db.admin.database.unit_of_work() as session:
            person = session.scalar(select(YoungPerson.id).where(YoungPerson.bsn == bsn))
            active = session.scalar(
                select(Signal.id)
                .where(Signal.young_person_id == person, Signal.status == "active")
                .order_by(Signal.id)
            )
            match = session.scalar(
                select(Match.id).where(Match.young_person_id == person, Match.status == "open")
            )
        if kind == "register":
            org, days = args
            signal_input = _input(example, who, org, days, 1, 1, False)
            with contextlib.suppress(SignalRejected):
                signals.register_signal(operator, signal_input, today=TODAY - timedelta(days))
        elif kind == "withdraw" and active is not None:
            signals.withdraw_signal(operator, active, args[0], today=TODAY - timedelta(2))
        elif kind == "handle" and match is not None:
            for member in matching.match_members(operator, match):
                if member.left_on is None:
                    matching.mark_informed(operator, match, member.organisation_id, "phone")
            proposed = matching.get_match(operator, match, today=TODAY).proposed_coordinator
            if proposed is not None:
                with db.admin.database.unit_of_work() as session:
                    org_id = session.scalar(
                        select(Organisation.id).where(Organisation.code == proposed)
                    )
                matching.confirm_coordinator(operator, match, org_id)
            with operator.database.unit_of_work() as session:
                matching.mark_letter_sent(
                    session, session.get(Match, match), operator.actor.user_id
                )
        elif kind == "die" and person is not None:
            with contextlib.suppress(Exception):
                signals.record_death(operator, person, TODAY - timedelta(3), today=TODAY)


ENDED, UNJUSTIFIED = WithdrawReason.ENDED, WithdrawReason.UNJUSTIFIED


# Each scenario of the rules at least once, whatever the random examples reach.
@example(steps=[("register", 0, 0, 20)], rows=[(0, 0, 200, 2, 1, False)])  # older refresh
@example(steps=[("register", 0, 0, 300)], rows=[(0, 0, 10, 3, 2, True)])  # newer, shielded
@example(  # a handled match is joined: unhandled again, the newcomer to be told
    steps=[("register", 0, 0, 100), ("register", 0, 1, 100), ("handle", 0)],
    rows=[(0, 3, 10, 1, 1, False), (0, 1, 10, 4, 0, False)],
)
@example(  # an organisation that left rejoins its old member row
    steps=[("register", 0, 0, 100), ("register", 0, 1, 100), ("register", 0, 2, 100),
           ("handle", 0), ("withdraw", 0, ENDED)],
    rows=[(0, 0, 10, 1, 1, False)],
)  # fmt: skip
@example(  # ended signals of two organisations, all on one day: the notice names the latest
    steps=[("register", 0, 0, 100), ("withdraw", 0, ENDED), ("register", 0, 1, 100),
           ("withdraw", 0, ENDED), ("register", 0, 0, 20), ("withdraw", 0, ENDED)],
    rows=[(0, 2, 10, 1, 1, False)],
)  # fmt: skip
@example(steps=[("register", 1, 0, 100), ("die", 1)], rows=[(1, 1, 10, 1, 1, False)])
@example(steps=[("register", 0, 0, 100), ("withdraw", 0, ENDED)], rows=[(0, 1, 10, 1, 1, False)])
@example(
    steps=[("register", 0, 0, 100), ("withdraw", 0, UNJUSTIFIED)], rows=[(0, 1, 10, 1, 1, False)]
)
@example(steps=[], rows=[(4, 0, 10, 0, 1, False), (5, 1, 10, 0, 1, False), (4, 2, 0, 0, 0, False)])
@example(steps=[("register", 2, 0, 100)], rows=[(2, 1, 10, 1, 3, False), (2, 3, 10, 2, 0, False)])
@example(  # a professional without an e-mail address gains one, and is then found by it
    steps=[], rows=[(0, 0, 10, 3, 1, False), (1, 0, 10, 4, 1, False), (2, 0, 10, 4, 1, False)]
)
@settings(
    max_examples=40,
    deadline=None,
    # The databases carry every earlier example along, so shrinking learns little: skip it.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=history, rows=inputs)
def test_bulk_registration_equals_registering_one_by_one(make_db, steps, rows):
    global _pair
    if "_pair" not in globals() or _pair[0] is not make_db:
        one, two = make_db("hand.db"), make_db("bulk.db")
        add_organisations(one.admin)
        add_organisations(two.admin)
        _pair = (make_db, one, two)
    _factory, by_hand, in_bulk = _pair
    example = next(_examples)
    _history(by_hand, example, steps)
    _history(in_bulk, example, steps)
    marks = _last_event(by_hand), _last_event(in_bulk)
    signal_inputs = [_input(example, *r) for r in rows]
    hand_outcomes = _by_hand(by_hand, signal_inputs)
    # The BSNs here are all normalised, as an import's row check leaves them: trusted or not.
    bulk_outcomes = _in_bulk(in_bulk, signal_inputs, bsns_normalised=example % 2 == 0)
    hand, bulk = _snapshot(by_hand, marks[0]), _snapshot(in_bulk, marks[1])
    assert [_outcome(o, hand["keys"]) for o in hand_outcomes] == [
        _outcome(o, bulk["keys"]) for o in bulk_outcomes
    ]
    for part in ("persons", "professionals", "signals", "matches", "reviews", "events"):
        assert hand[part] == bulk[part], part
    _coverage(hand_outcomes, hand)


def _coverage(outcomes, snapshot) -> None:
    for outcome in outcomes:
        if isinstance(outcome, tuple):
            hypothesis.event(f"rejected: {outcome[2]}")
        else:
            hypothesis.event(f"{outcome.kind.value} / {outcome.match_change.value}")
            if outcome.earlier_involvement:
                hypothesis.event("earlier involvement")
    if snapshot["reviews"]:
        hypothesis.event("a possible duplicate")
