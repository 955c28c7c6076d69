""" "Exporteren naar Excel" of the young persons and signals lists as filtered and sorted:
every row, streamed a thousand at a time through ``exports.export_rows`` (formula-safe,
audited, no file left on failure). A shielded young person's woonplaats is never among the
values (DESIGN.md §2), and no list exports an address."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

from sisa_desk.domain.directory import SECTOR_LABELS_NL
from sisa_desk.domain.permissions import Permission

from .context import Workspace, requires
from .exports import export_rows
from .person_list import (
    PersonColumn,
    PersonFilter,
    SignalColumn,
    SignalFilter,
    count_signals,
    count_young_persons,
    person_query,
    person_rows,
    signal_query,
    signal_rows,
)

Progress = Callable[[int, int], None]
CHUNK = 1_000

PERSON_HEADERS = [
    "BSN", "Naam", "Geboortedatum", "Woonplaats", "Actieve signalen", "Open match", "Afgeschermd",
]  # fmt: skip
PERSON_WIDTHS = [12, 30, 14, 22, 16, 12, 13]
SIGNAL_HEADERS = [
    "Signaaldatum", "Organisatie", "Sector", "BSN", "Jongere", "Hulpverlener", "Loopt tot",
    "Status", "Beëindigd", "Reden einde", "Afgeschermd",
]  # fmt: skip
SIGNAL_WIDTHS = [13, 14, 20, 12, 30, 26, 12, 10, 12, 18, 13]
_STATUS = {"active": "actief", "history": "historie"}
_END_REASONS = {
    "withdrawn": "ingetrokken",
    "unjustified": "onterecht",
    "objection_upheld": "bezwaar toegekend",
    "expired": "termijn verstreken",
    "age_limit": "23 jaar geworden",
    "deceased": "overleden",
}


def _chunks(rows: Iterator[object]) -> Iterator[list[object]]:
    while chunk := list(islice(rows, CHUNK)):
        yield chunk


@requires(Permission.VIEW_YOUNG_PERSONS)
def export_young_persons(
    workspace: Workspace,
    person_filter: PersonFilter,
    target: Path,
    *,
    sort: PersonColumn | str = PersonColumn.NAME,
    descending: bool = False,
    progress: Progress | None = None,
) -> int:
    """The young persons list as it is filtered and sorted, every row, to ``target``."""
    query = person_query(person_filter, sort, descending)
    total = count_young_persons(workspace, person_filter)

    def values() -> Iterator[list[object]]:
        # The read ends with the rows (export_rows closes this), before the export's audit.
        with workspace.database.unit_of_work() as session:
            people = session.scalars(query.execution_options(yield_per=CHUNK))
            for chunk in _chunks(iter(people)):
                for row in person_rows(session, chunk):  # type: ignore[arg-type]
                    yield [
                        row.bsn,
                        row.name,
                        row.date_of_birth,
                        None if row.shielded else row.city,
                        row.active_signals,
                        row.open_match_id,
                        row.shielded,
                    ]

    return export_rows(
        workspace,
        target,
        "Jeugdigen",
        PERSON_HEADERS,
        values(),
        kind="young_persons",
        widths=PERSON_WIDTHS,
        total=total,
        progress=progress,
    )


@requires(Permission.VIEW_YOUNG_PERSONS)
def export_signals(
    workspace: Workspace,
    signal_filter: SignalFilter,
    target: Path,
    *,
    sort: SignalColumn | str = SignalColumn.SIGNAL_DATE,
    descending: bool = True,
    progress: Progress | None = None,
) -> int:
    """The signals list as it is filtered and sorted, every row, to ``target``."""
    query = signal_query(signal_filter, sort, descending)
    total = count_signals(workspace, signal_filter)

    def values() -> Iterator[list[object]]:
        # The read ends with the rows (export_rows closes this), before the export's audit.
        with workspace.database.unit_of_work() as session:
            result = session.execute(query.execution_options(yield_per=CHUNK))
            for chunk in _chunks(iter(result)):
                for row in signal_rows(chunk):
                    yield [
                        row.signal_date,
                        row.organisation_code,
                        SECTOR_LABELS_NL[row.sector],
                        row.bsn,
                        row.name,
                        row.professional,
                        row.planned_end if row.status == "active" else None,
                        _STATUS.get(row.status, row.status),
                        row.ended_on,
                        _END_REASONS.get(row.end_reason or "", row.end_reason),
                        row.shielded,
                    ]

    return export_rows(
        workspace,
        target,
        "Signalen",
        SIGNAL_HEADERS,
        values(),
        kind="signals",
        widths=SIGNAL_WIDTHS,
        total=total,
        progress=progress,
    )
