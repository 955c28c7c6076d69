"""The work queues: who is in which queue, oldest (and so overdue) first, counts and pages."""

from __future__ import annotations

from datetime import date

import pytest

from sisa_desk.domain.permissions import Role
from sisa_desk.services import matching, queues
from sisa_desk.services.errors import InvalidInput, PermissionDenied
from sisa_desk.services.queues import Queue
from sisa_desk.store.models import ContactChannel
from tests.services.work_helpers import TODAY, World

SEP_1, OCT_1 = date(2026, 9, 1), date(2026, 10, 1)
NOV_20, NOV_24 = date(2026, 11, 20), date(2026, 11, 24)


@pytest.fixture
def work(db):
    world = World(db.admin, db.operator)
    nothing_done = world.person(("JT-MAAS", "SMW-NOORD"), OCT_1)
    no_coordinator = world.person(("JT-MAAS", "POL-ZUID"), NOV_24)
    world.inform_all(no_coordinator.match_id)
    world.send_letter(no_coordinator.match_id)
    # Neither school nor police may coordinate: no coordinator to confirm.
    no_letter = world.person(("SMW-NOORD", "POL-ZUID"), NOV_20)
    world.inform_all(no_letter.match_id)
    handled = world.person(("JT-MAAS", "SMW-NOORD"), OCT_1)
    world.handle(handled.match_id)
    one_to_tell = world.person(("JT-MAAS", "SMW-NOORD"), SEP_1)
    matching.mark_informed(
        db.operator, one_to_tell.match_id, world.orgs["JT-MAAS"], ContactChannel.EMAIL
    )
    world.send_letter(one_to_tell.match_id)
    world.confirm_coordinator(one_to_tell.match_id)
    born = date(2015, 3, 3)
    world.person(("JT-MAAS",), NOV_20, bsn=None, surname="Bakker", born=born, given="Sem")
    world.person(("SMW-NOORD",), NOV_24, bsn=None, surname="Baker", born=born, given="Sem")
    return {
        "nothing_done": nothing_done.match_id,
        "no_coordinator": no_coordinator.match_id,
        "no_letter": no_letter.match_id,
        "handled": handled.match_id,
        "one_to_tell": one_to_tell.match_id,
    }


def _ids(db, queue: Queue, **paging) -> list[int | None]:
    return [row.match_id for row in queues.queue_page(db.operator, queue, today=TODAY, **paging)]


def test_counts_per_queue(db, work):
    assert queues.queue_counts(db.operator, today=TODAY) == {
        "to_inform": 2,
        "letters": 2,
        "coordinator": 2,
        "overdue": 2,
        "duplicates": 1,
    }
    # Four open matches not handled (each once) and one possible duplicate.
    assert queues.work_total(db.operator) == 5


def test_membership_and_order_oldest_first(db, work):
    assert _ids(db, Queue.TO_INFORM) == [work["one_to_tell"], work["nothing_done"]]
    assert _ids(db, Queue.LETTERS) == [work["nothing_done"], work["no_letter"]]
    assert _ids(db, Queue.COORDINATOR) == [work["nothing_done"], work["no_coordinator"]]
    assert _ids(db, Queue.OVERDUE) == [work["one_to_tell"], work["nothing_done"]]


def test_overdue_ones_come_first_in_every_queue(db, work):
    for queue in (Queue.TO_INFORM, Queue.LETTERS, Queue.COORDINATOR, Queue.OVERDUE):
        flags = [row.overdue for row in queues.queue_page(db.operator, queue, today=TODAY)]
        assert flags == sorted(flags, reverse=True), queue
    letters = queues.queue_page(db.operator, Queue.LETTERS, today=TODAY)
    assert [row.overdue for row in letters] == [True, False]


def test_a_row_tells_what_is_missing(db, work):
    first, second = queues.queue_page(db.operator, Queue.TO_INFORM, today=TODAY)
    assert first.since == SEP_1
    assert first.organisations == ("JT-MAAS", "SMW-NOORD")
    assert first.not_informed == ("SMW-NOORD",)
    assert first.overdue and first.escalated  # 20 working days after 01-09 have passed
    assert not first.letter_missing and not first.coordinator_missing
    assert second.not_informed == ("JT-MAAS", "SMW-NOORD")
    assert second.proposed_coordinator == "JT-MAAS"
    assert second.letter_missing and second.coordinator_missing
    assert second.name.startswith("Noor Testachternaam") and second.bsn


def test_pages(db, work):
    assert _ids(db, Queue.TO_INFORM, offset=1, limit=1) == [work["nothing_done"]]
    assert _ids(db, Queue.TO_INFORM, offset=2, limit=10) == []
    assert _ids(db, Queue.TO_INFORM, offset=-5, limit=1) == [work["one_to_tell"]]


def test_the_duplicates_queue(db, work):
    (row,) = queues.queue_page(db.operator, Queue.DUPLICATES, today=TODAY)
    assert row.match_id is None and row.review_id is not None
    assert (row.name, row.candidate_name) == ("Sem Baker", "Sem Bakker")
    assert row.since == date.today()  # found when the second record came in
    assert not row.overdue


def test_an_empty_queue(db):
    World(db.admin, db.operator)
    assert set(queues.queue_counts(db.operator, today=TODAY).values()) == {0}
    assert queues.queue_page(db.operator, "letters", today=TODAY) == []
    assert queues.work_total(db.operator) == 0


def test_an_unknown_queue_is_refused(db):
    with pytest.raises(ValueError):
        queues.queue_page(db.operator, "everything")


def test_a_role_without_duplicates_rights_has_no_duplicates_queue(db, monkeypatch):
    from sisa_desk.domain.permissions import Permission

    workspace = db.operator
    real = type(workspace.actor).can
    monkeypatch.setattr(
        type(workspace.actor),
        "can",
        lambda actor, p: p is not Permission.EDIT_YOUNG_PERSONS and real(actor, p),
    )
    assert "duplicates" not in queues.queue_counts(workspace, today=TODAY)
    with pytest.raises(InvalidInput):
        queues.queue_page(workspace, Queue.DUPLICATES)


@pytest.mark.parametrize("role", [Role.ANALYST, Role.AUDITOR])
def test_only_who_works_matches_sees_the_queues(db, role):
    for call in (
        lambda: queues.queue_counts(db[role]),
        lambda: queues.work_total(db[role]),
        lambda: queues.queue_page(db[role], Queue.OVERDUE),
    ):
        with pytest.raises(PermissionDenied):
            call()
