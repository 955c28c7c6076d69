"""`matching.follow_signals` after a registration, on the in-memory rows of a bulk
registration: the same reconcile, joining members, proposal and "handled" step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache

from sisa_desk.domain.matching import (
    CoordinatorCandidate,
    MatchChangeKind,
    MatchSteps,
    propose_coordinator,
    reconcile,
)
from sisa_desk.domain.signals import EndReason
from sisa_desk.store.models import MatchStatus

from .audit import Action, Detail, PendingEvent
from .bulk_state import MatchRow, MemberRow, OrganisationInfo, PersonRow, SignalRow

_MATCH_ACTIONS = {
    MatchChangeKind.OPEN: Action.MATCH_OPENED,
    MatchChangeKind.JOIN: Action.MATCH_JOINED,
    MatchChangeKind.LEAVE: Action.MATCH_LEFT,
    MatchChangeKind.CLOSE: Action.MATCH_CLOSED,
}
_NOTHING: frozenset[int] = frozenset()
# A file's matches are among a few organisations: few distinct questions, asked once per row.
_reconcile = lru_cache(maxsize=1 << 12)(reconcile)


class MatchFollower:
    def __init__(
        self,
        organisations: dict[int, OrganisationInfo],
        today: date,
        now: datetime,
        user_name: str,
        take_id: Callable[[str], int],
        changed: dict[int, MatchRow],
        events: list[PendingEvent],
    ) -> None:
        # The priority of each organisation that may coordinate.
        self.coordinating = {
            o.id: o.coordinator_priority for o in organisations.values() if o.may_coordinate
        }
        self.today = today
        self.now = now
        self.user_name = user_name
        self.take_id = take_id
        self.changed = changed
        self.events = events
        # An event's details by (joining, leaving): the same few dicts, shared by the events
        # and never changed.
        self.details: dict[tuple[frozenset[int], frozenset[int]], dict[str, Detail]] = {}

    def follow(
        self, person: PersonRow, created: bool, active: dict[int, SignalRow]
    ) -> tuple[MatchChangeKind, MatchRow | None, frozenset[int]]:
        """The match after ``active`` changed, as follow_signals(..., active=...,
        known_without_match=created): kind, the match, its organisations afterwards."""
        match = None if created else person.match
        if match is None and (person.bsn is None or len(active) < 2):
            return MatchChangeKind.NONE, None, _NOTHING
        by_org = active
        current = (
            {m.organisation_id: m for m in match.members if m.left_on is None} if match else {}
        )
        change = _reconcile(
            frozenset(current) if match else None, frozenset(by_org), EndReason.WITHDRAWN
        )
        if change.kind is MatchChangeKind.NONE:
            if match is None:
                return change.kind, None, _NOTHING
            self._refresh_members(match, by_org)
            return change.kind, match, frozenset(current)
        today = self.today
        if change.kind is MatchChangeKind.OPEN:
            match = MatchRow(self.take_id("match"), person.id, MatchStatus.OPEN, today, new=True)
            person.match = match
        assert match is not None
        earlier = {m.organisation_id: m for m in match.members if m.left_on is not None}
        for org_id in change.joining:
            signal = by_org[org_id]
            member = earlier.get(org_id)
            if member is None:  # joins now, not told yet
                member = MemberRow(
                    self.take_id("match_member"), match.id, org_id, signal.id,
                    signal.professional_id, today, new=True, dirty=True,
                )  # fmt: skip
                match.members.append(member)
                continue
            # An organisation that left and signals again rejoins on its old row, to be told.
            for name, value in (
                ("signal_id", signal.id), ("professional_id", signal.professional_id),
                ("joined_on", today), ("left_on", None), ("informed_at", None),
                ("informed_by_id", None), ("informed_via", None),
            ):  # fmt: skip
                member.set(name, value)
        for org_id in change.leaving:
            current[org_id].set("left_on", today)
        if change.kind is MatchChangeKind.CLOSE:
            match.set("status", MatchStatus.CLOSED)
            match.set("closed_on", today)
            match.set("close_reason", change.close_reason)
            person.match = None
        else:
            self._refresh_members(match, by_org)
            match.set("proposed_coordinator_id", self._proposal(by_org))
            if match.coordinator_id is not None and match.coordinator_id not in by_org:
                match.set("coordinator_id", None)  # the confirmed coordinator left
                match.set("coordinator_confirmed_at", None)
            self._update_handled(match)
        self.changed.setdefault(match.id, match)
        details = self.details.get((change.joining, change.leaving))
        if details is None:
            details = self.details[change.joining, change.leaving] = {
                "joining": sorted(change.joining),
                "leaving": sorted(change.leaving),
            }
        self.events.append(
            PendingEvent(
                _MATCH_ACTIONS[change.kind], self.user_name, "match", match.id, person.id, details
            )
        )
        return change.kind, match, change.orgs

    def _refresh_members(self, match: MatchRow, by_org: dict[int, SignalRow]) -> None:
        # A refreshed signal may name another professional: the match follows it.
        for member in match.members:
            signal = by_org.get(member.organisation_id)
            if member.left_on is None and signal is not None:
                member.set("signal_id", signal.id)
                member.set("professional_id", signal.professional_id)
                if member.dirty:
                    self.changed.setdefault(match.id, match)

    def _proposal(self, by_org: dict[int, SignalRow]) -> int | None:
        # Only the organisations that may coordinate: the others are never proposed.
        coordinating = self.coordinating
        return propose_coordinator(
            [
                CoordinatorCandidate(s.organisation_id, True, priority, s.signal_date)
                for s in by_org.values()
                if (priority := coordinating.get(s.organisation_id)) is not None
            ]
        )

    def _update_handled(self, match: MatchRow) -> None:
        total = informed = 0
        for member in match.members:
            if member.left_on is None:
                total += 1
                informed += member.informed_at is not None
        steps = MatchSteps(
            professionals_total=total,
            professionals_informed=informed,
            letter_sent=match.letter_sent_at is not None,
            coordinator_confirmed=match.coordinator_id is not None
            or match.proposed_coordinator_id is None,
        )
        if steps.is_handled:
            if match.handled_at is None:
                match.set("handled_at", self.now)
        else:
            match.set("handled_at", None)
