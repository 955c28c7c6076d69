"""The quick reader (calamine) gives what the careful reader gives, and is only used on a
workbook whose size `import_sheet_check` could bound: a cell far away, a cell without a
reference, formulas, comments, prefixes … all go to the careful reader, and nothing aborts."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from contextlib import closing
from datetime import date, datetime, time

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

from sisa_desk.services import import_reader
from sisa_desk.services.import_quick_reader import QuickWorkbook, workbook_epoch
from sisa_desk.services.import_sheet_check import quick_read_allowed, worksheet_bounded
from sisa_desk.services.import_sheet_reader import read_sheet
from sisa_desk.services.workbooks import WorkbookDamaged, open_workbook
from tests.services.import_workbooks import (
    _sheet_part,
    as_excel_writes_it,
    rewrite_member,
    row,
    write_workbook,
)
from tests.services.signal_helpers import new_bsn

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
FIRST, SECOND, HIDDEN = new_bsn(61), new_bsn(62), new_bsn(63)  # generated: the 11-test holds
WIDTH = 9


def _varied(path, epoch_1904: bool = False):
    book = openpyxl.Workbook()
    if epoch_1904:
        book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.append(["Overzicht van de signalen"])
    sheet.append([])
    sheet.append(["tekst", "  spaties  ", "", "Élodie & <Zoë>", "   ", "#geen", None, "x"])
    sheet.append([12, -3, 1.5, 123456789.0, 1e20, True, False, 0, 2**60])
    sheet.append([date(2012, 5, 17), datetime(2026, 10, 1, 14, 30), time(9, 15), 45000])
    sheet.append([])
    sheet.append([None, None, None, None, None, None, None, "laatste"])
    sheet["C5"].number_format = "dd-mm-yyyy"  # a time value shown as a date
    sheet["D5"].number_format = "dd-mm-yyyy"  # a serial number formatted as a date
    book.save(path)
    return path


def _both_ways(path, columns=range(WIDTH), first_row: int = 1):
    data = path.read_bytes()
    with closing(open_workbook(path)) as book:
        assert quick_read_allowed(book._archive)
        careful = list(read_sheet(book, book.active, columns, first_row=first_row))
        quick_book = QuickWorkbook(data)
        quick = list(quick_book.rows(book.active.title, columns, first_row=first_row))
        with zipfile.ZipFile(path) as archive:
            assert workbook_epoch(archive) == book.epoch
    return careful, quick


@pytest.mark.parametrize("epoch_1904", [False, True], ids=["1900", "1904"])
@pytest.mark.parametrize("excel_style", [False, True], ids=["openpyxl-written", "excel-style"])
def test_gives_what_the_careful_reader_gives(tmp_path, epoch_1904, excel_style):
    path = _varied(tmp_path / "waarden.xlsx", epoch_1904)
    if excel_style:
        as_excel_writes_it(path)
    careful, quick = _both_ways(path)
    assert quick == careful
    values = {(r.number, c): v for r in quick for c, v in enumerate(r.values) if v is not None}
    assert values[(5, 0)] == datetime(2012, 5, 17)
    assert values[(5, 3)] == (datetime(2027, 3, 16) if epoch_1904 else datetime(2023, 3, 15))
    assert values[(4, 0)] == 12 and type(values[(4, 0)]) is int
    assert values[(4, 2)] == 1.5 and values[(4, 8)] == 2**60


def test_only_the_columns_asked_for_and_the_others_that_hold_something(tmp_path):
    path = _varied(tmp_path / "waarden.xlsx")
    careful, quick = _both_ways(path, columns=[0, 3], first_row=4)
    assert quick == careful
    assert [r.number for r in quick] == [4, 5, 7]
    assert quick[-1].values == (None, None) and quick[-1].other_columns == {7}


def test_a_partner_file_is_imported_by_the_quick_reader(tmp_path, monkeypatch):
    path = write_workbook(
        tmp_path / "partner.xlsx",
        [row(FIRST), row(SECOND, signal=date(2026, 1, 5))],
        title_rows=[["Signalen JT-MAAS"], []],
    )
    as_excel_writes_it(path)

    def careful_reader_used(*_args, **_kwargs):
        raise AssertionError("the careful reader was used")

    monkeypatch.setattr(import_reader, "read_sheet", careful_reader_used)
    contents = import_reader.read_signal_sheet(path)
    assert [r.row for r in contents.rows] == [4, 5]
    assert SECOND in {str(v) for r in contents.rows for v in r.values}


def _raw_worksheet(sheet_data: str, *, before: str = "", prefix: str = "") -> bytes:
    p = f"{prefix}:" if prefix else ""
    ns = f'xmlns:{prefix}="{MAIN}"' if prefix else f'xmlns="{MAIN}"'
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{p}worksheet {ns}>'
        f"{before}<{p}sheetData>{sheet_data}</{p}sheetData></{p}worksheet>"
    ).encode()


INLINE = 't="inlineStr"><is>'
PRESERVE = 'xml:space="preserve"'
BOUNDED = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="BZ199999"><v>5</v></c></row>'


def test_a_bounded_sheet_passes():
    assert worksheet_bounded(_raw_worksheet(BOUNDED))
    assert worksheet_bounded(_raw_worksheet(""))
    assert worksheet_bounded(b"\xef\xbb\xbf" + _raw_worksheet(BOUNDED))


@pytest.mark.parametrize(
    ("sheet_data", "before", "prefix"),
    [
        ('<row r="1"><c r="CA1"><v>5</v></c></row>', "", ""),  # a column beyond BZ
        ('<row r="1"><c r="XFD1048576"><v>5</v></c></row>', "", ""),
        ('<row r="200000"><c r="A200000"><v>5</v></c></row>', "", ""),  # a row too far
        ('<row r="1"><c r="A1234567"><v>5</v></c></row>', "", ""),
        ("<row><c><v>5</v></c></row>", "", ""),  # a cell placed after the one before
        ('<row r="1"><c s="1" r="A1"><v>5</v></c></row>', "", ""),  # reference not first
        ("<row r=\"1\"><c r='A1'><v>5</v></c></row>", "", ""),  # single quotes
        ('<row r="1"><c r="a1"><v>5</v></c></row>', "", ""),
        ('<row r="1"><c r="A&#49;"><v>5</v></c></row>', "", ""),  # a character reference
        ('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>', "", ""),  # a formula
        ('<row r="1"><c r="A1"><f t="shared" si="0"/></c></row>', "", ""),
        ('<row r="1"><c r="A1" t="d"><v>2026-01-01</v></c></row>', "", ""),
        ('<row r="1"><c r="A1" t="e"><v>#N/A</v></c></row>', "", ""),
        ('<row r="1"><!-- <c r="A1"> --><c r="A2"><v>5</v></c></row>', "", ""),
        (f'<row r="1"><c r="A1" {INLINE}<t><![CDATA[<c>]]></t></is></c></row>', "", ""),
        (f'<row r="1"><c r="A1" {INLINE}<t>a</t><rPh><t>b</t></rPh></is></c></row>', "", ""),
        ('<row r="1"><c r="A1"><v>5</v></c></row>', "<?pi data?>", ""),
        ('<row r="1"><c r="A1"><v>5</v></c><x:c r="XFD1"><x:v>1</x:v></x:c></row>', "", ""),
        ('<row r="1"><c r="A1"><v>5</v></c></row>', "", "x"),  # a prefixed worksheet
        (f'<c r="A1" {INLINE}<r><rPr><color/></rPr><t>a</t></r></is></c>', "", ""),
    ],
    ids=[
        "column-CA", "XFD1048576", "row-200000", "row-7-digits", "no-reference",
        "reference-not-first", "single-quotes", "lower-case", "character-reference",
        "formula", "shared-formula", "iso-date", "error-cell", "comment", "cdata", "phonetic",
        "processing-instruction", "prefixed-cell", "prefixed-worksheet", "rich-text-colour",
    ],
)  # fmt: skip
def test_an_unbounded_or_unusual_sheet_goes_to_the_careful_reader(sheet_data, before, prefix):
    assert not worksheet_bounded(_raw_worksheet(sheet_data, before=before, prefix=prefix))


def _workbook_with_sheet(tmp_path, xml: bytes):
    path = tmp_path / "rauw.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["x"])
    book.save(path)
    rewrite_member(path, _sheet_part(path), xml)
    return path


def test_parts_in_utf16_or_twice_in_the_zip_go_to_the_careful_reader(tmp_path):
    utf16 = _workbook_with_sheet(tmp_path, _raw_worksheet(BOUNDED).decode().encode("utf-16"))
    with zipfile.ZipFile(utf16) as archive:
        assert not quick_read_allowed(archive)
    twice = tmp_path / "twice.xlsx"
    _workbook_with_sheet(tmp_path, _raw_worksheet(BOUNDED)).rename(twice)
    with zipfile.ZipFile(twice, "a") as archive, pytest.warns(UserWarning, match="Duplicate"):
        archive.writestr(_sheet_part(twice), _raw_worksheet(BOUNDED))
    with zipfile.ZipFile(twice) as archive:
        assert not quick_read_allowed(archive)


def test_a_value_far_away_is_read_by_the_careful_reader_without_aborting(tmp_path):
    path = write_workbook(tmp_path / "ver.xlsx", [row(FIRST)])
    book = openpyxl.load_workbook(path)
    book.active["XFD1048576"] = "iets"
    book.save(path)
    # In a child process: were the check wrong, calamine would abort the whole process.
    script = (
        "import sys; from pathlib import Path;"
        "from sisa_desk.services.import_reader import read_signal_sheet;"
        "c = read_signal_sheet(Path(sys.argv[1]));"
        "print(len(c.rows), c.ignored_columns)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows, ignored = done.stdout.split(" ", 1)
    assert int(rows) == 1 and "(kolom XFD zonder kop)" in ignored


def test_a_damaged_sheet_is_a_clear_error(tmp_path):
    path = _workbook_with_sheet(
        tmp_path, _raw_worksheet('<row r="1"><c r="A1"><v>5</v></c></row>')[:-40]
    )
    with pytest.raises(WorkbookDamaged, match="damaged"):
        list(QuickWorkbook(path.read_bytes()).rows("Sheet", [0], first_row=1))
    # Reading the file falls back to the careful reader, which explains.
    with pytest.raises(WorkbookDamaged, match="damaged"):
        import_reader.read_signal_sheet(path)


@pytest.mark.parametrize("excel_style", [False, True], ids=["openpyxl-written", "excel-style"])
def test_both_readers_find_the_same_table_and_rows(tmp_path, monkeypatch, excel_style):
    path = write_workbook(
        tmp_path / "partner.xlsx",
        [row(FIRST), [], row(f" {SECOND} ", born="17-05-2012", gender="vrouw"), row(None)],
        title_rows=[["Signalen JT-MAAS, aangeleverd 1-10-2026"], []],
        hidden_before=[row(HIDDEN)],  # a hidden sheet in front is ignored
        epoch_1904=True,
        merge_title=True,
    )
    if excel_style:
        as_excel_writes_it(path)
    with zipfile.ZipFile(path) as archive:
        assert quick_read_allowed(archive)
    quick = import_reader.read_signal_sheet(path)
    monkeypatch.setattr(import_reader, "quick_read_allowed", lambda _archive: False)
    careful = import_reader.read_signal_sheet(path)
    assert quick == careful
    assert quick.sheet == "Signalen" and quick.header_row == 3
    assert [r.row for r in quick.rows] == [4, 6, 7]


NUMBER_FORMATS = [
    "General", "0", "000000000", "@", "0.00", "#,##0", '"BSN "000000000', "dd-mm-yyyy",
    "d-m-yy", "yyyy-mm-dd", "[$-413]d mmmm yyyy", "mm/dd/yyyy hh:mm", "h:mm", "[h]:mm:ss",
    "0%", "mmm-yy", "d/m/yyyy;@", "#,##0.00 [$€-413]", "0.00E+00", "# ?/?", '"d"0', "mm:ss",
]  # fmt: skip


@pytest.mark.parametrize("excel_style", [False, True], ids=["openpyxl-written", "excel-style"])
def test_number_formats_give_the_same_values_both_ways(tmp_path, excel_style):
    path = tmp_path / "formaten.xlsx"
    book = openpyxl.Workbook()
    for number, number_format in enumerate(NUMBER_FORMATS, start=1):
        for column, value in enumerate([45000, 123456789, 0.5, 45000.75, 7], start=1):
            cell = book.active.cell(row=number, column=column, value=value)
            cell.number_format = number_format
    book.save(path)
    if excel_style:
        as_excel_writes_it(path)
    careful, quick = _both_ways(path, columns=range(5))
    assert quick == careful
    # A BSN typed into a date-formatted cell is no date: both readers give the number.
    assert quick[NUMBER_FORMATS.index("dd-mm-yyyy")].values[1] == 123456789


def _with_shared_strings(tmp_path, items: str):
    path = tmp_path / "gedeeld.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["a", "b"])
    book.save(path)
    as_excel_writes_it(path)
    sst = f'<sst xmlns="{MAIN}" count="2" uniqueCount="2">{items}</sst>'
    rewrite_member(path, "xl/sharedStrings.xml", sst.encode())
    return path


def test_rich_text_whose_runs_calamine_would_trim_goes_to_the_careful_reader(tmp_path):
    trimmed = _with_shared_strings(
        tmp_path, "<si><r><t>Van </t></r><r><t>Dijk</t></r></si><si><t>b</t></si>"
    )
    with zipfile.ZipFile(trimmed) as archive:
        assert not quick_read_allowed(archive)
    with closing(open_workbook(trimmed)) as book:
        careful = list(read_sheet(book, book.active, [0, 1], first_row=1))
    assert careful[0].values[0] == "Van Dijk"

    kept = _with_shared_strings(
        tmp_path,
        '<si><r><t xml:space="preserve">Van </t></r><r><t>Dijk</t></r></si><si><t>b</t></si>',
    )
    careful, quick = _both_ways(kept, columns=[0, 1])
    assert quick == careful and quick[0].values[0] == "Van Dijk"


@pytest.mark.parametrize(
    ("cell", "bounded"),
    [
        (f'<c r="A1" {INLINE}<r><t>Van </t></r><r><t>Dijk</t></r></is></c>', False),
        (f'<c r="A1" {INLINE}<r><t {PRESERVE}>Van </t></r><r><t>Dijk</t></r></is></c>', True),
        (f'<c r="A1" {INLINE}<t>  spaties  </t></is></c>', True),  # the import strips values
    ],
    ids=["rich-trimmed", "rich-preserved", "plain-trimmed"],
)  # fmt: skip
def test_inline_rich_text_is_bounded_only_when_its_runs_keep_their_spaces(cell, bounded):
    assert worksheet_bounded(_raw_worksheet(f'<row r="1">{cell}</row>')) is bounded


def test_the_date_system_comes_from_the_workbook_part_not_a_lookalike(tmp_path):
    # An extra part that looks like a workbook with the 1904 system, first in the zip.
    path = _varied(tmp_path / "waarden.xlsx")
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    decoy = b'<workbook><workbookPr date1904="1"/><sheets><sheet name="x"/></sheets></workbook>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/aaa-decoy.xml", decoy)
        for name, data in parts.items():
            archive.writestr(name, data)
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist()[0] == "xl/aaa-decoy.xml"
        assert workbook_epoch(archive) == CALENDAR_WINDOWS_1900
