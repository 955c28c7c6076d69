"""The import's own sheet reader gives what openpyxl read-only gives (values, cached formula
results, dates in both date systems), and tells a formula without a cached value from an
empty cell."""

from __future__ import annotations

import io
from contextlib import closing
from datetime import date, datetime, time

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from sisa_desk.services.import_sheet_reader import read_sheet
from sisa_desk.services.workbooks import WorkbookDamaged, WorkbookUnsafeXml, open_workbook
from tests.services.import_workbooks import (
    _sheet_part,
    as_excel_writes_it,
    give_cached_value,
    rewrite_member,
)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
WIDTH = 8


def _openpyxl_values(path) -> dict[tuple[int, int], object]:
    with closing(openpyxl.load_workbook(path, read_only=True, data_only=True)) as book:
        sheet = book.active
        sheet.reset_dimensions()
        return {
            (r, c): value
            for r, values in enumerate(sheet.iter_rows(values_only=True), start=1)
            for c, value in enumerate(values)
            if value is not None
        }


def _our_values(path, first_row: int = 1) -> tuple[dict, set]:
    with closing(open_workbook(path)) as book:
        rows = list(read_sheet(book, book.active, range(WIDTH), first_row=first_row))
    values = {
        (r.number, c): v for r in rows for c, v in enumerate(r.values) if v is not None
    }  # read_sheet gives a value per column asked for, here columns 0 … WIDTH - 1
    lacking = {(r.number, c) for r in rows for c in r.without_value}
    return values, lacking


def _varied(path, epoch_1904: bool = False):
    book = openpyxl.Workbook()
    if epoch_1904:
        book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.append(["tekst", "  spaties  ", "", "Élodie & <Zoë>", "=1+1", "=A1", "#N/A", None])
    sheet.append([12, -3, 1.5, 123456789.0, 1e20, True, False, 0])
    sheet.append([date(2012, 5, 17), datetime(2026, 10, 1, 14, 30), time(9, 15), 45000])
    sheet.append([None, None, None, None, None, None, None, "laatste"])
    sheet["C3"].number_format = "dd-mm-yyyy"  # a time value shown as a date
    sheet["D3"].number_format = "dd-mm-yyyy"  # a serial number formatted as a date
    sheet.append(["=B2*2", "=UPPER(A1)", '=""', "=NA()"])
    book.save(path)
    give_cached_value(path, "E1", "2")
    give_cached_value(path, "A5", "-6")
    give_cached_value(path, "B5", "TEKST", kind="str")
    give_cached_value(path, "C5", "", kind="str")  # Excel's cached empty text
    give_cached_value(path, "D5", "#N/A", kind="e")
    return path


@pytest.mark.parametrize("epoch_1904", [False, True], ids=["1900", "1904"])
@pytest.mark.parametrize("excel_style", [False, True], ids=["openpyxl-written", "excel-style"])
def test_reads_what_openpyxl_reads(tmp_path, epoch_1904, excel_style):
    path = _varied(tmp_path / "waarden.xlsx", epoch_1904)
    if excel_style:
        as_excel_writes_it(path)
    expected = _openpyxl_values(path)
    values, lacking = _our_values(path)
    assert values == expected
    # The formula =A1 in F1 has no cached value: openpyxl reads it as empty, we flag it.
    assert lacking == {(1, 5)}
    assert values[(3, 0)] == datetime(2012, 5, 17)
    # A serial number formatted as a date counts from 1900 or, on old Macs, from 1904.
    assert values[(3, 3)] == (datetime(2027, 3, 16) if epoch_1904 else datetime(2023, 3, 15))


def test_a_cached_empty_text_is_an_empty_cell_not_a_missing_value(tmp_path):
    path = _varied(tmp_path / "waarden.xlsx")
    values, lacking = _our_values(path)
    assert (5, 2) not in values and (5, 2) not in lacking


def _raw_sheet(tmp_path, sheet_data: str, *, prefix: str = "") -> object:
    path = tmp_path / "rauw.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["x"])
    book.save(path)
    p = f"{prefix}:" if prefix else ""
    ns = f'xmlns:{prefix}="{MAIN}"' if prefix else f'xmlns="{MAIN}"'
    xml = (
        f'<?xml version="1.0"?><{p}worksheet {ns}><{p}sheetData>{sheet_data}'
        f"</{p}sheetData></{p}worksheet>"
    )
    rewrite_member(path, _sheet_part(path), xml.encode())
    return path


def test_cells_and_rows_without_references_and_rich_text(tmp_path):
    path = _raw_sheet(
        tmp_path,
        '<row><c t="inlineStr"><is><r><t>Van </t></r><r><t>Dijk</t></r>'
        '<rPh sb="0" eb="1"><t>phonetic</t></rPh></is></c><c><v>7</v></c></row>'
        '<row r="4"><c r="C4" t="b"><v>1</v></c><c><v>2.5</v></c></row>',
    )
    assert (
        _our_values(path)[0]
        == _openpyxl_values(path)
        == {
            (1, 0): "Van Dijk",
            (1, 1): 7,
            (4, 2): True,
            (4, 3): 2.5,
        }
    )


def test_namespace_prefixes_as_some_generators_write_them(tmp_path):
    path = _raw_sheet(
        tmp_path,
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>BSN</x:t></x:is></x:c>'
        '<x:c r="B1"><x:f>1+1</x:f></x:c></x:row>',
        prefix="x",
    )
    values, lacking = _our_values(path)
    assert values == {(1, 0): "BSN"} and lacking == {(1, 1)}


def test_only_the_columns_asked_for_and_rows_from_the_first(tmp_path):
    path = _varied(tmp_path / "waarden.xlsx")
    with closing(open_workbook(path)) as book:
        rows = list(read_sheet(book, book.active, [0, 7], first_row=2))
    assert [r.number for r in rows] == [2, 3, 4, 5]
    assert rows[0].values == (12, 0) and rows[0].other_columns == frozenset(range(1, 7))
    assert rows[2].values == (None, "laatste") and rows[2].other_columns == frozenset()


def test_a_document_type_in_the_sheet_is_refused_by_the_reader_too(tmp_path):
    # open_workbook refuses it first (and openpyxl would); the reader does not rely on that.
    path = _raw_sheet(tmp_path, '<row r="1"><c r="A1"><v>1</v></c></row>')
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet xmlns="{MAIN}">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row>'
        "</sheetData></worksheet>"
    ).encode()
    with closing(open_workbook(path)) as book:
        archive = book._archive
        archive.open = lambda *_args, **_kw: io.BytesIO(bomb)
        with pytest.raises(WorkbookUnsafeXml):
            list(read_sheet(book, book.active, [0], first_row=1))


def test_a_sheet_broken_after_its_size_is_damaged(tmp_path):
    path = _raw_sheet(tmp_path, '<row r="1"><c r="A1"><v>1</v></c></row>')
    broken = f'<worksheet xmlns="{MAIN}"><dimension ref="A1"/><sheetData><row r="1"><c'
    rewrite_member(path, _sheet_part(path), broken.encode())
    with closing(open_workbook(path)) as book, pytest.raises(WorkbookDamaged):
        list(read_sheet(book, book.active, [0], first_row=1))
