"""The error report: the rejected rows of a partner's file with their reasons, as a workbook
to send back. Only the recognised columns go in (never an ignored one: it may hold case
content); every value is written as literal text, so a cell starting with = + - or @ can
never become a formula (DESIGN.md §4)."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .errors import InvalidInput

REPORT_SHEET = "Afgewezen rijen"
ABOUT_SHEET = "Over dit rapport"
ROW_HEADER = "Rij"
REASON_HEADER = "Foutmelding"
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


class _Column(Protocol):
    label: str
    field: str


class _Row(Protocol):
    row: int
    values: dict[str, str]
    messages: list[str]
    partner_messages: list[str] | None


class _Report(Protocol):
    file_name: str
    sheet: str
    organisation_code: str

    @property
    def columns(self) -> list[_Column]: ...

    @property
    def rejected_rows(self) -> list[_Row]: ...


class ReportTargetRefused(InvalidInput):
    """The error report cannot go where it was asked to; said before anything is imported."""


def check_report_target(target: Path, source: Path) -> None:
    """Refuse an error report that would overwrite the partner's own file, that is not a
    workbook by its name, that is a link, or that cannot be written: checked before an import
    by really opening the place (on Windows permission bits say nothing of folders, shares
    or a report still open in Excel), so that an import is hardly ever saved while its report
    fails."""
    target, source = Path(target), Path(source)
    if target.suffix.lower() != ".xlsx":
        raise ReportTargetRefused(
            f"the error report is a workbook: give it a name ending in .xlsx ({target.name})"
        )
    if target.is_symlink():
        raise ReportTargetRefused(f"the error report cannot be written through a link: {target}")
    if target.exists() and source.exists() and os.path.samefile(target, source):
        raise ReportTargetRefused(
            f"the error report would overwrite the file being imported ({source.name}); "
            "choose another name"
        )
    if target.is_dir():
        raise ReportTargetRefused(f"the error report cannot replace a folder: {target}")
    folder = target.absolute().parent
    if not folder.is_dir():
        raise ReportTargetRefused(f"the folder for the error report does not exist: {folder}")
    try:
        if target.exists():
            with target.open("r+b"):  # opened for writing, not emptied
                pass
        else:
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            target.unlink()
    except OSError as exc:
        raise ReportTargetRefused(
            f"the error report cannot be written to {target}: {exc.strerror or exc}"
        ) from None


def write_error_report(report: _Report, target: Path) -> int:
    """Write the rejected rows of an ImportResult or ImportPreview to ``target`` (.xlsx), with
    the row number as in the partner's file and the reasons; returns the number of rows."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = REPORT_SHEET
    columns = list(report.columns)
    headers = [ROW_HEADER, *(c.label for c in columns), REASON_HEADER]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    rows = report.rejected_rows
    for number, row in enumerate(rows, start=2):
        sheet.cell(number, 1, row.row)
        for offset, column in enumerate(columns, start=2):
            _literal(sheet.cell(number, offset), row.values.get(column.field, ""))
        reason = sheet.cell(number, len(headers))
        told = row.partner_messages if row.partner_messages is not None else row.messages
        _literal(reason, "; ".join(told))
        reason.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "B2"
    for index, header in enumerate(headers, start=1):
        width = 60 if header == REASON_HEADER else max(10, min(30, len(header) + 4))
        sheet.column_dimensions[get_column_letter(index)].width = width
    _about(workbook, report, len(rows))
    _save_whole(workbook, Path(target))
    return len(rows)


def _save_whole(workbook: Workbook, target: Path) -> None:
    # Written beside the target and then put in its place: a failure never leaves half a
    # report, nor empties the one that was there.
    handle, name = tempfile.mkstemp(suffix=".xlsx", prefix=".sisa-", dir=target.absolute().parent)
    os.close(handle)
    try:
        workbook.save(name)
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def _about(workbook: Workbook, report: _Report, rejected: int) -> None:
    """A second sheet saying which file the report answers, so that a partner with two
    reports can tell them apart."""
    sheet = workbook.create_sheet(ABOUT_SHEET)
    facts = [
        ("Bestand", report.file_name),
        ("Blad", report.sheet),
        ("Organisatie", report.organisation_code),
        ("Gemaakt op", f"{datetime.now():%d-%m-%Y %H:%M}"),
        ("Afgewezen rijen", str(rejected)),
    ]
    for number, (label, value) in enumerate(facts, start=1):
        sheet.cell(number, 1, label).font = Font(bold=True)
        _literal(sheet.cell(number, 2), value)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 60


def _literal(cell, text: str) -> None:  # noqa: ANN001
    if not text:
        return
    cell.value = text
    # Always text, never a formula; the quote prefix keeps Excel from reading it as one when
    # the cell is edited.
    cell.data_type = "s"
    cell.number_format = "@"
    if text[0] in "=+-@\t\r":
        cell.quotePrefix = True
