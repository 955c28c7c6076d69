"""Reading a partner's signal sheet: the safe opening, the table, and its rows as Excel
numbers them.

`workbooks.checked_workbook_bytes` checks the file (size, zip expansion, DTDs, kind of file)
before anything parses it. When `import_sheet_check` finds the workbook's size bounded,
calamine reads it (`import_quick_reader`); else openpyxl opens it read-only and our streaming
reader reads the rows (`import_sheet_reader`). Both give the values Excel cached for formulas
(nothing is ever calculated); `import_columns` finds the sheet and its header.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import NamedTuple

from .errors import ServiceError
from .import_columns import SheetTable, SheetView, locate_table, openpyxl_sheets, unnamed_label
from .import_quick_reader import QuickWorkbook, workbook_epoch
from .import_sheet_check import quick_read_allowed
from .import_sheet_reader import SheetRowValues, read_sheet
from .workbooks import WorkbookDamaged, checked_workbook_bytes, load_checked_workbook


class ImportCancelled(ServiceError):
    """The person cancelled the import; nothing was imported."""

    def __init__(self) -> None:
        super().__init__("the import was cancelled; nothing was imported")


class SheetRow(NamedTuple):
    """One row of the table (a NamedTuple: an import makes 100 000 of them)."""

    row: int  # as Excel numbers it
    values: tuple[object, ...]  # one per recognised column, in the table's order
    no_cached_value: frozenset[int] = frozenset()  # positions in ``values``


@dataclass
class SheetContents:
    file_name: str
    sha256: str
    sheet: str
    header_row: int
    columns: list[tuple[str, str]]  # (field, header as in the file)
    ignored_columns: list[str]
    epoch: datetime
    rows: list[SheetRow] = field(default_factory=list)


Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


def read_signal_sheet(
    path: Path,
    *,
    progress: Progress | None = None,
    should_cancel: Cancel | None = None,
    on_opened: Callable[[str], None] | None = None,
) -> SheetContents:
    """Every non-empty row of the first visible sheet with a signal header; WorkbookError
    (with its own message) when the file cannot be used. ``on_opened`` gets the file's
    SHA-256 before the rows are read, and may refuse the file by raising."""
    data = checked_workbook_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    if on_opened is not None:
        on_opened(digest)
    read = _RowReading(Path(path).name, digest, progress, should_cancel)
    quick = _quick_workbook(data)
    if quick is not None:
        workbook, sheets, epoch = quick
        try:
            table = locate_table(sheets)
            estimate = workbook.estimated_rows(table.title) - table.header_row
            return read(table, epoch, estimate, partial(workbook.rows, table.title))
        except WorkbookDamaged:
            pass  # what calamine cannot read, the careful reader reads or explains
    with closing(load_checked_workbook(data, read.file_name)) as book:
        table = locate_table(openpyxl_sheets(book))
        rows = partial(read_sheet, book, table.sheet)
        return read(table, book.epoch, table.estimated_rows, rows)


def _quick_workbook(data: bytes) -> tuple[QuickWorkbook, list[SheetView], datetime] | None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if not quick_read_allowed(archive):
            return None
        epoch = workbook_epoch(archive)
    try:
        workbook = QuickWorkbook(data)
        sheets = workbook.sheets()
    except WorkbookDamaged:
        return None
    return None if sheets is None else (workbook, sheets, epoch)


class _RowReading:
    """The rows of the located table into SheetContents, with progress and cancel."""

    def __init__(
        self,
        file_name: str,
        sha256: str,
        progress: Progress | None,
        should_cancel: Cancel | None,
    ) -> None:
        self.file_name = file_name
        self.sha256 = sha256
        self.progress = progress
        self.should_cancel = should_cancel

    def __call__(
        self,
        table: SheetTable,
        epoch: datetime,
        estimate: int,
        read_rows: Callable[..., Iterator[SheetRowValues]],
    ) -> SheetContents:
        contents = SheetContents(
            file_name=self.file_name,
            sha256=self.sha256,
            sheet=table.title,
            header_row=table.header_row,
            columns=[(c.field, c.header) for c in table.columns],
            ignored_columns=list(table.ignored.values()),
            epoch=epoch,
        )
        indexes = [c.index for c in table.columns]
        position = {index: p for p, index in enumerate(indexes)}
        others: set[int] = set()
        append = contents.rows.append

        def chunk_read(count: int) -> None:
            self._cancel_point()
            if self.progress is not None:
                self.progress(count, max(estimate, count))

        no_flags: frozenset[int] = frozenset()
        for row in read_rows(indexes, first_row=table.header_row + 1, on_chunk=chunk_read):
            if row.other_columns:
                others |= row.other_columns
            values = row.values
            lacking = row.without_value
            if not lacking and all(v is None or (type(v) is str and not v.strip()) for v in values):
                continue  # nothing, or only spaces, in the columns that count
            flagged = frozenset(position[i] for i in lacking) if lacking else no_flags
            append(SheetRow(row.number, values, flagged))
        unnamed = sorted(others - set(table.ignored))
        contents.ignored_columns += [unnamed_label(i) for i in unnamed]
        self._cancel_point()
        return contents

    def _cancel_point(self) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise ImportCancelled
