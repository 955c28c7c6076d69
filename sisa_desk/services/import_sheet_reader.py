"""The careful reader: the cell values of one worksheet, read straight from its XML — what
openpyxl's read-only ``iter_rows(values_only=True)`` gives with ``data_only=True``, at a third
of its cost, streaming, so that no coordinate in the file can make it allocate much.

The import uses it for every workbook calamine may not read (`import_sheet_check`): formulas,
cells far away, prefixes, error cells … It walks the XML with expat and keeps only the columns
asked for. The workbook has already been opened by openpyxl after `workbooks`' checks (size,
zip and DTD checks, defusedxml), whose shared strings, date styles and date system it reuses;
tests/services/test_import_reader.py checks it gives openpyxl's values (except that a number
too large for a date stays the number, as calamine gives it). It also tells which formula
cells hold no cached value (openpyxl reads those as empty cells)."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from typing import Any, NamedTuple
from xml.parsers import expat

from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.workbook.workbook import Workbook

from .workbooks import WorkbookDamaged, WorkbookUnsafeXml

_CHUNK = 1 << 16
_DIGITS = "0123456789"


class SheetRowValues(NamedTuple):
    number: int  # as Excel numbers the row
    values: tuple[object, ...]  # one per column asked for, in that order; None: empty
    without_value: frozenset[int]  # 0-based columns: a formula without a cached value
    other_columns: frozenset[int]  # 0-based columns not asked for that hold something


class _Refused(Exception):
    pass


def _refuse(*_args: object) -> None:
    raise _Refused


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter.upper()) - 64
    return index - 1


class _Cells:
    """Expat handlers for <sheetData>: rows of cells with their types, styles and values."""

    def __init__(
        self, workbook: Workbook, strings: Sequence[Any], columns: Sequence[int], first_row: int
    ) -> None:
        self.strings = strings
        self.date_styles = set(getattr(workbook, "_date_formats", ()))
        self.duration_styles = set(getattr(workbook, "_timedelta_formats", ()))
        self.epoch = workbook.epoch
        self.columns = list(columns)
        self.wanted = set(columns)
        self.first_row = first_row
        self.letters: dict[str, int] = {}
        self.rows: list[SheetRowValues] = []
        self.row = 0
        self.column = -1
        self.values: dict[int, object] = {}
        self.lacking: set[int] = set()
        self.others: set[int] = set()
        self.kind = "n"
        self.style = 0
        self.text: list[str] = []
        self.collect = False
        self.value: str | None = None
        self.formula = False
        self.inline = False
        self.phonetic = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        if local == "c":
            ref = attrs.get("r")
            if ref:
                letters = ref.rstrip(_DIGITS)
                column = self.letters.get(letters)
                if column is None:
                    column = self.letters[letters] = _column_index(letters)
                self.column = column
            else:
                self.column += 1
            self.kind = attrs.get("t", "n")
            style = attrs.get("s")
            self.style = int(style) if style else 0
            self.value, self.formula, self.inline, self.phonetic = None, False, False, False
            self.text = []
        elif local == "v":
            self.collect, self.text = True, []
        elif local == "t":
            self.collect = self.inline and not self.phonetic
        elif local == "f":
            self.formula = True
        elif local == "is":
            self.inline = True
        elif local == "rPh":
            self.phonetic = True
        elif local == "row":
            number = attrs.get("r")
            self.row = int(number) if number else self.row + 1
            self.column = -1
            self.values, self.lacking, self.others = {}, set(), set()

    def end(self, name: str) -> None:
        local = name.rpartition(" ")[2]
        if local == "v":
            self.value = "".join(self.text)
            self.collect = False
        elif local == "t":
            self.collect = False
        elif local == "rPh":
            self.phonetic = False
        elif local == "c":
            self._cell()
        elif local == "row" and self.row >= self.first_row and self._filled():
            values = tuple(map(self.values.get, self.columns))
            self.rows.append(
                SheetRowValues(self.row, values, frozenset(self.lacking), frozenset(self.others))
            )

    def _filled(self) -> bool:
        return bool(self.values or self.lacking or self.others)

    def chars(self, data: str) -> None:
        if self.collect:
            self.text.append(data)

    def _cell(self) -> None:
        column = self.column
        kind, raw = self.kind, self.value
        if self.formula and (raw is None or (not raw and kind != "str")):
            if column in self.wanted:
                self.lacking.add(column)
            return
        if kind == "inlineStr":
            value: Any = "".join(self.text) if self.text else None
        elif not raw:
            value = None  # as openpyxl: an empty <v/> is an empty cell
        elif kind == "n":
            value = float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
            if self.style in self.date_styles:
                # No date: a BSN typed into a date-formatted cell stays the number typed, as
                # calamine gives it (openpyxl makes it the error "#VALUE!").
                with suppress(OverflowError, ValueError):
                    value = from_excel(value, self.epoch, self.style in self.duration_styles)
        elif kind == "s":
            value = self.strings[int(raw)]
        elif kind == "b":
            value = bool(int(raw))
        elif kind == "d":
            value = from_ISO8601(raw)
        else:  # "str" (a formula's text), "e" (an error such as #N/A)
            value = raw
        if value is None:
            return
        if column in self.wanted:
            self.values[column] = value
        elif not (isinstance(value, str) and not value.strip()):
            self.others.add(column)


def read_sheet(
    workbook: Workbook,
    sheet: Any,
    columns: Sequence[int],
    *,
    first_row: int,
    on_chunk: Callable[[int], None] | None = None,
) -> Iterator[SheetRowValues]:
    """The rows from ``first_row`` on that hold anything, with the values of ``columns``.

    ``on_chunk(rows so far)`` is called about every 1000 rows (progress; it may raise to
    cancel). WorkbookDamaged when the sheet's XML is malformed.
    """
    archive = workbook._archive  # the in-memory zip open_workbook checked
    # Read-only openpyxl keeps the shared strings on each sheet, not on the workbook.
    cells = _Cells(workbook, sheet._shared_strings, columns, first_row)
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.StartElementHandler = cells.start
    parser.EndElementHandler = cells.end
    parser.CharacterDataHandler = cells.chars
    # open_workbook refused any DTD already; refuse them here too rather than trust that.
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    seen = 0
    try:
        with archive.open(sheet._worksheet_path) as source:
            while chunk := source.read(_CHUNK):
                parser.Parse(chunk, False)
                if cells.rows:
                    rows, cells.rows = cells.rows, []
                    yield from rows
                    if on_chunk is not None and seen // 1000 != (seen + len(rows)) // 1000:
                        on_chunk(seen + len(rows))
                    seen += len(rows)
            parser.Parse(b"", True)
    except _Refused:
        raise WorkbookUnsafeXml(
            f"the sheet {sheet.title!r} contains a document type declaration; it is refused "
            "as possibly malicious"
        ) from None
    except (expat.ExpatError, ValueError, IndexError, KeyError, OSError, zipfile.BadZipFile,
            zlib.error) as exc:  # fmt: skip
        raise WorkbookDamaged(f"the sheet {sheet.title!r} is damaged and cannot be read") from exc
    yield from cells.rows
