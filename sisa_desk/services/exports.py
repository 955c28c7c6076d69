"""Exports to Excel of what a list shows, streamed and audited (DESIGN.md §4).

``export_rows`` is the one writer: openpyxl in write-only mode (rows go to disk as they come,
so 200 000 rows never sit in memory), dates as dates shown dd-mm-jjjj, and every text that a
spreadsheet could take for a formula (it starts with = + - @, a tab or a carriage return)
written as literal text, never as a formula (formula injection). The file appears only when
it is complete: it is written beside the target under a temporary name and renamed at the
end; a failure or a cancel leaves nothing behind. Each export is an audit event with its kind
and row count, nothing personal (not even the search text of the filter).

Each list has its own exporter, guarded by the list's permission, that hands its rows to
``export_rows`` — ``export_matches`` here; a shielded young person's address (the woonplaats)
is never among them.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet import _writer as sheet_writer
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from sisa_desk.domain.permissions import Permission

from . import audit
from .audit import Action
from .context import Workspace, requires
from .match_list import MatchFilter, MatchRow, MatchSort, count_in_session, iter_rows

Progress = Callable[[int, int], None]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD-MM-YYYY"
DATE_TIME_FORMAT = "DD-MM-YYYY HH:MM"
YES, NO = "ja", "nee"
# Characters that XML 1.0 (and so a workbook) cannot hold.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_TITLE = re.compile(r"[\[\]:*?/\\]")
_HEADER_FONT = Font(bold=True)
PROGRESS_EVERY = 1_000


def _cell(sheet: WriteOnlyWorksheet, value: object) -> WriteOnlyCell:
    if isinstance(value, bool):
        value = YES if value else NO
    elif isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    elif value is not None and not isinstance(value, (str, int, float, date)):
        value = str(value)
    if isinstance(value, str):
        text = _ILLEGAL.sub("", value)
        cell = WriteOnlyCell(sheet, value=text)
        # Always text: openpyxl would make "=…" a formula. The quote prefix keeps a value
        # that looks like one text even when someone edits the cell in Excel.
        cell.data_type = "s"
        if text.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
        return cell
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, datetime):
        cell.number_format = DATE_TIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    return cell


def _buffer_beside(sheet: WriteOnlyWorksheet, folder: Path) -> Path:
    """openpyxl streams a write-only sheet through a plaintext file, by default in the
    system's temp folder. Personal data may only be written where the user chose
    (DESIGN.md §4), so that file lies beside the target; saving the workbook removes it."""
    handle, name = tempfile.mkstemp(prefix=".sisa-export-", suffix=".xml", dir=folder)
    os.close(handle)
    sheet_writer.ALL_TEMP_FILES.append(name)  # openpyxl's own clean-up knows it then
    sheet._writer = sheet_writer.WorksheetWriter(sheet, out=name)
    sheet._writer.write_top()
    return Path(name)


def sheet_title(title: str) -> str:
    return (_SHEET_TITLE.sub(" ", title).strip() or "Export")[:31]


def export_rows(
    workspace: Workspace,
    target: Path,
    title: str,
    headers: list[str],
    rows: Iterable[Sequence[object]],
    *,
    kind: str,
    widths: Sequence[int] | None = None,
    total: int = 0,
    progress: Progress | None = None,
) -> int:
    """Write ``rows`` under ``headers`` to the workbook ``target``; returns the row count.

    The caller checks the permission of the list it exports. ``progress(done, total)`` is
    called every thousand rows and once before the file is saved; an exception from it (a
    cancel) stops the export and leaves no file. ``rows`` may be a generator that reads in
    its own unit of work: it is closed once its rows are written, before the audit event.
    """
    target = Path(target)
    partial = target.with_name(f".{target.name}.part")
    book = Workbook(write_only=True)
    book.properties.creator = "sisa-desk"
    book.properties.title = title
    sheet = book.create_sheet(sheet_title(title))
    for column, header in enumerate(headers, start=1):
        width = widths[column - 1] if widths else max(10, len(header) + 4)
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    buffer = _buffer_beside(sheet, target.parent)
    count = 0
    placed = False
    try:
        header_cells = [_cell(sheet, header) for header in headers]
        for cell in header_cells:
            cell.font = _HEADER_FONT
        sheet.append(header_cells)
        for row in rows:
            sheet.append([_cell(sheet, value) for value in row])
            count += 1
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count, max(total, count))
        if progress is not None:  # the last moment to cancel: nothing is saved yet
            progress(count, max(total, count))
        if count:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
        book.save(partial)
        _close(rows)  # a reader's transaction ends here, before the audit event is written
        with workspace.database.unit_of_work() as session:
            audit.record(session, workspace.actor.name, Action.EXPORT, kind=kind, rows=count)
            # Inside the transaction: when the file cannot take its place, nothing is logged;
            # and when the event cannot be committed, the file goes (below).
            os.replace(partial, target)
            placed = True
    except BaseException:
        # Finish the sheet so that openpyxl lets go of its buffer (Windows cannot remove an
        # open file), then remove what was written: never an export without its audit event.
        with contextlib.suppress(Exception):
            if not sheet.closed:
                sheet.close()
        _close(rows)
        if placed:
            target.unlink(missing_ok=True)
        raise
    finally:
        partial.unlink(missing_ok=True)
        buffer.unlink(missing_ok=True)
    return count


def _close(rows: Iterable[Sequence[object]]) -> None:
    close = getattr(rows, "close", None)  # a generator: its `with` blocks end now
    if close is not None:
        close()


# ------------------------------------------------------------------ the match list

MATCH_HEADERS = [
    "Match",
    "BSN",
    "Naam",
    "Geboortedatum",
    "Woonplaats",
    "Afgeschermd",
    "Organisaties",
    "Geopend",
    "Gesloten",
    "Dagen open",
    "Status",
    "Regievoerder",
    "Voorgestelde regievoerder",
    "Afgehandeld",
    "Te laat",
    "Geëscaleerd",
]
MATCH_WIDTHS = [9, 12, 30, 14, 20, 13, 32, 12, 12, 12, 10, 14, 14, 13, 9, 13]
_STATUS = {"open": "open", "closed": "gesloten"}


def match_values(row: MatchRow) -> list[object]:
    return [
        row.id,
        row.bsn,
        row.name,
        row.date_of_birth,
        None if row.shielded else row.city,
        row.shielded,
        row.organisations,
        row.opened_on,
        row.closed_on,
        row.days_open,
        _STATUS.get(row.status, row.status),
        row.coordinator,
        row.proposed_coordinator,
        row.handled,
        row.overdue,
        row.escalated,
    ]


@requires(Permission.WORK_MATCHES)
def export_matches(
    workspace: Workspace,
    flt: MatchFilter,
    sort: MatchSort,
    target: Path,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> int:
    """The match list as it is filtered and sorted, every row, to ``target``."""
    today = today or date.today()
    with workspace.database.unit_of_work() as session:
        total = count_in_session(session, flt, today)

    def values() -> Iterator[list[object]]:
        # The read ends with the rows (export_rows closes this), before the export's audit:
        # a read still open would keep a shared-folder database from taking the audit event.
        with workspace.database.unit_of_work() as session:
            for chunk in iter_rows(session, flt, sort, today):
                yield from (match_values(row) for row in chunk)

    return export_rows(
        workspace,
        target,
        "Matches",
        MATCH_HEADERS,
        values(),
        kind="matches",
        widths=MATCH_WIDTHS,
        total=total,
        progress=progress,
    )
