"""The error report: the rejected rows of a partner's file with their reasons, as a workbook
to send back. Only the recognised columns go in (never an ignored one: it may hold case
content); every value is written as literal text, so a cell starting with = + - or @ can
never become a formula (DESIGN.md §4)."""

from __future__ import annotations

import os
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
    workbook by its name, or whose folder cannot take it: checked before an import, so that
    an import is never saved while its report fails."""
    target, source = Path(target), Path(source)
    if target.suffix.lower() != ".xlsx":
        raise ReportTargetRefused(
            f"the error report is a workbook: give it a name ending in .xlsx ({target.name})"
        )
    if _same_file(target, source):
        raise ReportTargetRefused(
            f"the error report would overwrite the file being imported ({source.name}); "
            "choose another name"
        )
    if target.is_dir():
        raise ReportTargetRefused(f"the error report cannot replace a folder: {target}")
    folder = target.absolute().parent
    if not folder.is_dir():
        raise ReportTargetRefused(f"the folder for the error report does not exist: {folder}")
    writable = os.access(target, os.W_OK) if target.exists() else os.access(folder, os.W_OK)
    if not writable:
        raise ReportTargetRefused(f"the error report cannot be written to {target}")


def _same_file(target: Path, source: Path) -> bool:
    if target.exists() and source.exists():
        return os.path.samefile(target, source)
    return target.absolute() == source.absolute()


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
        _literal(reason, "; ".join(row.messages))
        reason.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "B2"
    for index, header in enumerate(headers, start=1):
        width = 60 if header == REASON_HEADER else max(10, min(30, len(header) + 4))
        sheet.column_dimensions[get_column_letter(index)].width = width
    _about(workbook, report, len(rows))
    workbook.save(Path(target))
    return len(rows)


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
