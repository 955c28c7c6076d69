"""Property: after any sequence of register / refresh / withdraw / expire / turn-23 events, the
open matches are exactly the young persons with active signals of two or more different
organisations, each match with exactly those organisations."""

from __future__ import annotations

import contextlib
import itertools
from collections import defaultdict
from datetime import date, timedelta

import hypothesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from sisa_desk.domain.signals import WithdrawReason
from sisa_desk.services import signals
from sisa_desk.store.models import Match, MatchStatus, Signal, SignalStatus
from tests.services.signal_helpers import (
    ORGANISATIONS,
    add_organisations,
    identity,
    new_bsn,
    signal,
)

CODES = [code for code, *_ in ORGANISATIONS[:4]]
START = date(2026, 1, 5)
_seeds = itertools.count(1000)

event = st.one_of(
    st.tuples(st.just("register"), st.integers(0, 2), st.sampled_from(CODES)),
    st.tuples(st.just("withdraw"), st.integers(0, 2), st.sampled_from(list(WithdrawReason))),
    st.tuples(st.just("wait"), st.integers(1, 400)),
)


def _check_invariant(workspace) -> None:
    with workspace.database.unit_of_work() as session:
        active: dict[int, set[int]] = defaultdict(set)
        for person_id, org_id in session.execute(
            select(Signal.young_person_id, Signal.organisation_id).where(
                Signal.status == SignalStatus.ACTIVE
            )
        ):
            active[person_id].add(org_id)
        expected = {p: orgs for p, orgs in active.items() if len(orgs) >= 2}
        open_matches = list(session.scalars(select(Match).where(Match.status == MatchStatus.OPEN)))
        actual = {
            m.young_person_id: {x.organisation_id for x in m.members if x.left_on is None}
            for m in open_matches
        }
        assert len(actual) == len(open_matches), "at most one open match per young person"
        assert actual == expected
        hypothesis.event("some match is open" if actual else "no match is open")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(events=st.lists(event, min_size=1, max_size=14))
def test_open_matches_follow_the_active_signals(db, events):
    if not hasattr(db, "orgs"):
        db.orgs = add_organisations(db.admin)
        db.today = START
    # Three fresh young persons per example; one of them turns 23 within the example.
    people = [
        identity(new_bsn(next(_seeds)), born=born)
        for born in (date(2012, 3, 3), date(2003, 6, 1) + (db.today - START), date(2020, 1, 1))
    ]
    for kind, *args in events:
        if kind == "register":
            who, org = args
            # Rejected when e.g. the young person turned 23: then nothing changed.
            with contextlib.suppress(signals.SignalRejected):
                signals.register_signal(
                    db.operator, signal(people[who], org, db.today), today=db.today
                )
        elif kind == "withdraw":
            who, reason = args
            with db.admin.database.unit_of_work() as session:
                ids = list(
                    session.scalars(
                        select(Signal.id)
                        .join(Signal.young_person)
                        .where(
                            Signal.status == SignalStatus.ACTIVE,
                            Signal.young_person.has(bsn=people[who].bsn),
                        )
                        .order_by(Signal.id)
                    )
                )
            if ids:
                signals.withdraw_signal(db.operator, ids[0], reason, today=db.today)
        else:
            db.today += timedelta(days=args[0])
            signals.expire_signals(db.operator, today=db.today)
        _check_invariant(db.admin)
