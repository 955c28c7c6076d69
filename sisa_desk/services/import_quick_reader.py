"""The quick way to read a partner's signal sheet: calamine (Rust) reads the whole sheet at
once, about four times as fast as `import_sheet_reader` walks the XML with expat.

Only for a workbook `import_sheet_check.quick_read_allowed` has passed: calamine allocates a
table as large as the area its cells span, and aborts the process when that is too large.
The values are made what the careful reader gives (openpyxl's values): whole numbers as int,
dates as datetime, an empty cell absent; tests/services/test_import_quick_reader.py reads
the same workbooks both ways.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, time
from functools import partial
from operator import itemgetter
from typing import Any

from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900
from python_calamine import (
    CalamineError,
    CalamineSheet,
    CalamineWorkbook,
    SheetTypeEnum,
    SheetVisibleEnum,
)

from .import_columns import SheetView
from .import_sheet_reader import SheetRowValues
from .workbooks import HEADER_SCAN_ROWS, WorkbookDamaged

_EXACT_FLOATS = 2**53  # beyond this a float holds no exact whole number anyway
_WORKBOOK_PART = "xl/workbook.xml"
_DATE_1904 = re.compile(rb"<workbookPr\b[^>]*\bdate1904\s*=\s*[\"'](?:1|true)[\"']")


class QuickWorkbook:
    """A checked workbook opened by calamine; each sheet is read once, when first asked."""

    def __init__(self, data: bytes) -> None:
        try:
            self._book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        except CalamineError as exc:
            raise WorkbookDamaged("the workbook is damaged and cannot be read") from exc
        self._sheets: dict[str, CalamineSheet] = {}  # parsed once, by calamine
        self._grids: dict[str, list[list[Any]]] = {}

    def sheets(self) -> list[SheetView] | None:
        """The worksheets in the workbook's order; None when two share a name (then the
        careful reader, which goes by position, reads the workbook)."""
        worksheets = [m for m in self._book.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
        names = [m.name for m in worksheets]
        if len(set(names)) != len(names):
            return None
        return [
            SheetView(
                title=m.name,
                visible=m.visible == SheetVisibleEnum.Visible,
                declared_rows=0,
                rows=partial(self._header_rows, m.name),
            )
            for m in worksheets
        ]

    def estimated_rows(self, title: str) -> int:
        return len(self._grid(title))

    def rows(
        self,
        title: str,
        columns: Sequence[int],
        *,
        first_row: int,
        on_chunk: Callable[[int], None] | None = None,
    ) -> Iterator[SheetRowValues]:
        """The rows from ``first_row`` on that hold anything, with the values of ``columns``,
        as `import_sheet_reader.read_sheet` gives them."""
        return _rows(self._grid(title), columns, first_row, on_chunk)

    def _header_rows(self, title: str) -> Iterator[tuple[object, ...]]:
        # Only the rows a header is looked for in: every visible sheet is looked at, and
        # turning a large sheet that is not the signals into Python would be wasted.
        for row in self._converted(title, HEADER_SCAN_ROWS):
            yield tuple(None if value == "" else _value(value) for value in row)

    def _grid(self, title: str) -> list[list[Any]]:
        grid = self._grids.get(title)
        if grid is None:
            grid = self._grids[title] = self._converted(title, None)
        return grid

    def _converted(self, title: str, rows: int | None) -> list[list[Any]]:
        try:
            sheet = self._sheets.get(title)
            if sheet is None:
                sheet = self._sheets[title] = self._book.get_sheet_by_name(title)
            return sheet.to_python(skip_empty_area=False, nrows=rows)
        except CalamineError as exc:
            raise WorkbookDamaged(f"the sheet {title!r} is damaged and cannot be read") from exc


def workbook_epoch(archive: zipfile.ZipFile) -> datetime:
    """The date system of a workbook (1900, or 1904 as old Macs saved), from its workbook
    part: xl/workbook.xml, the one name `workbooks` lets through (WorkbookPartMissing) and
    the part calamine reads. calamine applies it to dates itself; the row checks need it for
    serial numbers."""
    try:
        data = archive.read(_WORKBOOK_PART)
    except KeyError:
        return CALENDAR_WINDOWS_1900  # not reached: `workbooks` refuses such a file
    return CALENDAR_MAC_1904 if _DATE_1904.search(data) else CALENDAR_WINDOWS_1900


def _rows(
    grid: list[list[Any]],
    columns: Sequence[int],
    first_row: int,
    on_chunk: Callable[[int], None] | None,
) -> Iterator[SheetRowValues]:
    wanted = list(columns)  # found in this grid's header row, so within its width
    width = len(grid[0]) if grid else 0  # calamine's grid is rectangular
    pick = itemgetter(*wanted) if len(wanted) > 1 else (lambda row: (row[wanted[0]],))
    others = [c for c in range(width) if c not in set(wanted)]
    nothing: frozenset[int] = frozenset()
    for number in range(first_row, len(grid) + 1):
        row = grid[number - 1]
        # Most cells are text, which needs nothing done; "" is calamine's empty cell.
        values = tuple([None if v == "" else v if type(v) is str else _value(v) for v in pick(row)])
        filled_others = frozenset(c for c in others if _filled(row[c])) if others else nothing
        if filled_others or any(v is not None for v in values):
            yield SheetRowValues(number, values, nothing, filled_others)
        if on_chunk is not None and number % 1000 == 0:
            on_chunk(number - first_row + 1)


def _value(value: Any) -> Any:
    kind = type(value)
    if kind is float:
        if value.is_integer() and -_EXACT_FLOATS < value < _EXACT_FLOATS:
            return int(value)
        return value
    if kind is date:
        return datetime.combine(value, time())
    return value


def _filled(value: Any) -> bool:
    return value != "" and not (isinstance(value, str) and not value.strip())
