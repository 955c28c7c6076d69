"""Safe opening of untrusted workbooks, on real .xlsx files and hand-made hostile ones."""

from __future__ import annotations

import io
import time
import zipfile
from contextlib import closing
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import openpyxl.xml
import openpyxl.xml.functions
import pytest

from sisa_desk.services import workbooks
from sisa_desk.services.errors import InvalidInput
from sisa_desk.services.workbooks import (
    AmbiguousHeader,
    HeaderNotFound,
    NotAWorkbook,
    WorkbookDamaged,
    WorkbookEncrypted,
    WorkbookError,
    WorkbookIsCsv,
    WorkbookIsXls,
    WorkbookNotFound,
    WorkbookPartMissing,
    WorkbookTooLarge,
    WorkbookUnsafeXml,
    WorkbookZipBomb,
    XmlDefencesMissing,
    find_header_row,
    header_key,
    open_workbook,
    sheet_rows,
    visible_sheets,
)
from tests.services.import_workbooks import ole_file

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def write_workbook(
    path: Path,
    sheets: dict[str, list[list[object]]],
    *,
    hidden: dict[str, str] | None = None,
) -> Path:
    """A real .xlsx: one sheet per entry, in order; ``hidden`` maps a title to its state."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
        sheet.sheet_state = (hidden or {}).get(title, "visible")
    workbook.save(path)
    return path


def rewrite_member(path: Path, member: str, content: bytes) -> None:
    """Replace one part of a zip (zipfile cannot replace in place)."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts[member] = content
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def add_shared_strings(path: Path, content: bytes) -> None:
    """Give the workbook a shared-strings part that openpyxl reads when it opens the file
    (openpyxl itself writes none)."""
    with zipfile.ZipFile(path) as archive:
        types = archive.read("[Content_Types].xml")
    override = (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    )
    rewrite_member(path, "[Content_Types].xml", types.replace(b"</Types>", override))
    rewrite_member(path, "xl/sharedStrings.xml", content)


def _simple(tmp_path: Path, name: str = "lijst.xlsx") -> Path:
    return write_workbook(
        tmp_path / name,
        {"Organisaties": [["Code", "Naam"], ["JTM", "Jeugdteam Maasoever"]]},
    )


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n"
)
SHARED_STRINGS_BOMB = (
    BILLION_LAUGHS
    + f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
).encode()
SHEET_BOMB = (
    BILLION_LAUGHS + f'<worksheet xmlns="{MAIN_NS}"><sheetData><row r="1">'
    '<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
).encode()
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>'
).encode()


# --- a good workbook ---------------------------------------------------------------------------


def test_opens_a_real_workbook_read_only_with_values(tmp_path):
    path = tmp_path / "lijst.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Organisaties"
    workbook.active.append(["Code", "Aantal"])
    workbook.active.append(["JTM", "=1+1"])
    workbook.save(path)
    with closing(open_workbook(path)) as opened:
        assert opened.read_only
        rows = list(sheet_rows(opened["Organisaties"]))
    # data_only: a formula gives its cached value (none: openpyxl never calculates), never
    # its text.
    assert rows == [("Code", "Aantal"), ("JTM", None)]


def test_the_file_is_not_kept_open(tmp_path):
    path = _simple(tmp_path)
    workbook = open_workbook(path)
    path.unlink()  # would fail on Windows if openpyxl held the file
    assert list(sheet_rows(workbook["Organisaties"]))[1] == ("JTM", "Jeugdteam Maasoever")
    workbook.close()


def test_every_workbook_error_is_invalid_input():
    for cls in (WorkbookNotFound, WorkbookZipBomb, WorkbookUnsafeXml, HeaderNotFound):
        assert issubclass(cls, WorkbookError) and issubclass(cls, InvalidInput)


# --- refused before openpyxl sees it -----------------------------------------------------------


def test_missing_file(tmp_path):
    with pytest.raises(WorkbookNotFound, match="there is no file"):
        open_workbook(tmp_path / "weg.xlsx")
    with pytest.raises(WorkbookNotFound):
        open_workbook(tmp_path)  # a folder


def test_file_larger_than_the_limit(tmp_path):
    path = _simple(tmp_path)
    size = path.stat().st_size
    with pytest.raises(WorkbookTooLarge, match=r"lijst.xlsx is larger than"):
        open_workbook(path, max_bytes=size - 1)
    open_workbook(path, max_bytes=size).close()


def test_csv_renamed_to_xlsx(tmp_path):
    path = tmp_path / "lijst.xlsx"
    path.write_text("code;naam;sector\nJTM;Jeugdteam Maasoever;jeugdhulp\n", encoding="utf-8")
    with pytest.raises(WorkbookIsCsv, match=r"CSV text file.*save it as an Excel workbook"):
        open_workbook(path)


def test_csv_by_its_extension(tmp_path):
    path = tmp_path / "lijst.csv"
    path.write_text("code,naam\nJTM,Jeugdteam Maasoever\n", encoding="utf-8")
    with pytest.raises(WorkbookIsCsv, match=r"lijst.csv is a CSV file"):
        open_workbook(path)


def test_old_xls(tmp_path):
    path = tmp_path / "lijst.xls"
    path.write_bytes(ole_file("Workbook", "\x05SummaryInformation"))
    with pytest.raises(WorkbookIsXls, match=r"old Excel 97–2003 file \(.xls\)"):
        open_workbook(path)


def test_password_protected_workbook(tmp_path):
    path = tmp_path / "lijst.xlsx"
    path.write_bytes(ole_file("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"))
    with pytest.raises(WorkbookEncrypted, match="protected with a password"):
        open_workbook(path)


def test_zip_with_an_encrypted_member(tmp_path):
    path = _simple(tmp_path)
    data = bytearray(path.read_bytes())
    # zipfile cannot write encrypted members: set the flag in the central directory.
    at = data.index(b"PK\x01\x02")
    data[at + 8] |= 0x1
    path.write_bytes(bytes(data))
    with pytest.raises(WorkbookEncrypted):
        open_workbook(path)


def test_something_else_entirely(tmp_path):
    path = tmp_path / "foto.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(NotAWorkbook, match=r"foto.xlsx is not an Excel workbook"):
        open_workbook(path)
    empty = tmp_path / "leeg.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(NotAWorkbook):
        open_workbook(empty)


def test_damaged_zip(tmp_path):
    path = tmp_path / "stuk.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(WorkbookDamaged, match=r"stuk.xlsx is damaged"):
        open_workbook(path)


def test_zip_without_a_workbook_part(tmp_path):
    path = tmp_path / "brief.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(WorkbookPartMissing, match=r"a Word document.*no xl/workbook.xml"):
        open_workbook(path)


def test_workbook_part_that_is_not_xml(tmp_path):
    path = _simple(tmp_path)
    rewrite_member(path, "xl/workbook.xml", b"dit is geen xml")
    with pytest.raises(WorkbookDamaged, match="damaged or not a valid Excel workbook"):
        open_workbook(path)


# --- zip bombs ---------------------------------------------------------------------------------


def _add_zeros(path: Path, member: str, mib: int) -> None:
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open(member, "w", force_zip64=True) as stream,
    ):
        chunk = bytes(workbooks.MIB)
        for _ in range(mib):
            stream.write(chunk)


def test_zip_bomb_of_300_mb_is_refused_without_unpacking(tmp_path):
    path = _simple(tmp_path)
    _add_zeros(path, "xl/media/nullen.bin", 300)
    assert path.stat().st_size < 2 * workbooks.MIB
    started = time.perf_counter()
    with pytest.raises(WorkbookZipBomb, match="would unpack to 300 MiB, more than the 200 MiB"):
        open_workbook(path)
    assert time.perf_counter() - started < 0.5


def test_highly_compressed_member_is_refused(tmp_path):
    path = _simple(tmp_path)
    _add_zeros(path, "xl/media/nullen.bin", 5)
    with pytest.raises(WorkbookZipBomb, match="compressed more than 100 to 1"):
        open_workbook(path)


def test_expansion_limit_is_a_parameter(tmp_path):
    path = _simple(tmp_path)
    with pytest.raises(WorkbookZipBomb, match="would unpack to"):
        open_workbook(path, max_expanded_bytes=1000)


# --- hostile XML -------------------------------------------------------------------------------


def _hostile(tmp_path: Path, member: str, content: bytes) -> Path:
    path = _simple(tmp_path)
    if member == "xl/sharedStrings.xml":
        add_shared_strings(path, content)
    else:
        rewrite_member(path, member, content)
    return path


@pytest.mark.parametrize(
    ("member", "content"),
    [
        ("xl/sharedStrings.xml", SHARED_STRINGS_BOMB),
        ("xl/worksheets/sheet1.xml", SHEET_BOMB),
        ("xl/sharedStrings.xml", EXTERNAL_ENTITY),
        ("xl/workbook.xml", SHARED_STRINGS_BOMB),
    ],
    ids=["billion-laughs-shared-strings", "billion-laughs-sheet", "external-entity", "workbook"],
)
def test_xml_with_entities_is_refused(tmp_path, member, content):
    path = _hostile(tmp_path, member, content)
    started = time.perf_counter()
    with pytest.raises(WorkbookUnsafeXml, match="refused as possibly malicious"):
        open_workbook(path)
    assert time.perf_counter() - started < 1


@pytest.mark.parametrize(
    ("member", "content"),
    [
        ("xl/sharedStrings.xml", SHARED_STRINGS_BOMB),
        ("xl/worksheets/sheet1.xml", SHEET_BOMB),
        ("xl/sharedStrings.xml", EXTERNAL_ENTITY),
    ],
)
def test_defusedxml_refuses_it_too_when_the_prescan_is_bypassed(
    tmp_path, monkeypatch, member, content
):
    path = _hostile(tmp_path, member, content)
    monkeypatch.setattr(workbooks, "_refuse_doctypes", lambda *_args: None)
    with pytest.raises(WorkbookUnsafeXml, match="entity declarations"):
        workbook = open_workbook(path)
        list(sheet_rows(workbook["Organisaties"]))


def test_doctype_behind_a_long_comment_is_found(tmp_path):
    path = _simple(tmp_path)
    padding = "<!--" + "x" * 200_000 + "-->"
    rewrite_member(
        path, "xl/sharedStrings.xml", SHARED_STRINGS_BOMB.replace(b"?>\n", b"?>" + padding.encode())
    )
    with pytest.raises(WorkbookUnsafeXml):
        open_workbook(path)


def test_doctype_in_utf16_is_found(tmp_path):
    path = _simple(tmp_path)
    text = SHARED_STRINGS_BOMB.decode().replace('version="1.0"', 'version="1.0" encoding="UTF-16"')
    rewrite_member(path, "xl/sharedStrings.xml", text.encode("utf-16"))
    with pytest.raises(WorkbookUnsafeXml):
        open_workbook(path)


def test_refuses_to_open_without_defusedxml(tmp_path, monkeypatch):
    path = _simple(tmp_path)
    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    with pytest.raises(XmlDefencesMissing, match="defusedxml"):
        open_workbook(path)


def test_refuses_when_openpyxl_parses_with_the_plain_parser(tmp_path, monkeypatch):
    path = _simple(tmp_path)
    monkeypatch.setattr(openpyxl.xml.functions, "iterparse", ElementTree.iterparse)
    with pytest.raises(XmlDefencesMissing):
        open_workbook(path)


def test_defusedxml_is_what_openpyxl_uses():
    assert openpyxl.xml.DEFUSEDXML is True
    workbooks.require_xml_defences()


# --- reading -----------------------------------------------------------------------------------


def test_visible_sheets_ignore_hidden_and_very_hidden(tmp_path):
    path = write_workbook(
        tmp_path / "lijst.xlsx",
        {"Organisaties": [["a"]], "Lijsten": [["b"]], "Geheim": [["c"]], "Professionals": [["d"]]},
        hidden={"Lijsten": "hidden", "Geheim": "veryHidden"},
    )
    with closing(open_workbook(path)) as workbook:
        assert [s.title for s in visible_sheets(workbook)] == ["Organisaties", "Professionals"]
        assert len(workbook.worksheets) == 4


def test_sheet_rows_number_like_excel_and_keep_empty_rows(tmp_path):
    path = tmp_path / "lijst.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A1"] = "Titel"
    sheet["A3"] = "Code"
    sheet["C3"] = "Naam"
    sheet["B5"] = "JTM"
    workbook.save(path)
    with closing(open_workbook(path)) as opened:
        rows = list(sheet_rows(opened.active))
    assert rows == [("Titel",), (), ("Code", None, "Naam"), (), (None, "JTM")]


def test_sheet_rows_ignore_a_wrong_stored_size(tmp_path):
    path = write_workbook(tmp_path / "lijst.xlsx", {"Blad": [["a"], ["b"], ["c", "d"]]})
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    assert b'<dimension ref="A1:B3"' in xml
    rewrite_member(path, "xl/worksheets/sheet1.xml", xml.replace(b'ref="A1:B3"', b'ref="A1"'))
    with closing(open_workbook(path)) as workbook:
        assert list(sheet_rows(workbook["Blad"])) == [("a",), ("b",), ("c", "d")]


def test_a_sheet_broken_halfway_is_reported_while_reading(tmp_path):
    path = _simple(tmp_path)
    broken = (
        f'<worksheet xmlns="{MAIN_NS}"><dimension ref="A1:A2"/><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Code</t></is></c></row>'
        '<row r="2"><c r="A2" </sheetData></worksheet>'
    ).encode()
    rewrite_member(path, "xl/worksheets/sheet1.xml", broken)
    with closing(open_workbook(path)) as workbook:
        rows = sheet_rows(workbook["Organisaties"])
        with pytest.raises(WorkbookDamaged, match="the sheet 'Organisaties' is damaged"):
            list(rows)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("E-mail", "email"),
        (" e mail ", "email"),
        ("E-MAIL:", "email"),
        ("Regie?", "regie"),
        ("Téléphone", "telephone"),
        ("Organisatie (code)", "organisatiecode"),
        ("naam_professional", "naamprofessional"),
        (None, ""),
        (2024, "2024"),
    ],
)
def test_header_key(text, key):
    assert header_key(text) == key


COLUMNS = {"code": ("code",), "name": ("naam", "name"), "email": ("e-mail", "email")}


def test_find_header_row_skips_title_rows():
    rows = [
        ("Organisaties in de regio",),
        (),
        ("Code",),  # one known header is not yet a header row
        ("Code", "Naam", "Opmerking", "E-mail"),
        ("JTM", "Jeugdteam Maasoever", None, "info@maasoever.example"),
    ]
    assert find_header_row(rows, COLUMNS) == (3, {"code": 0, "name": 1, "email": 3})


def test_find_header_row_consumes_an_iterator_up_to_the_header():
    rows = iter([("Titel",), (" NAME ", "e mail"), ("Jeugdteam Maasoever", "a@b.example")])
    assert find_header_row(rows, COLUMNS) == (1, {"name": 0, "email": 1})
    assert next(rows) == ("Jeugdteam Maasoever", "a@b.example")


def test_find_header_row_looks_only_at_the_first_rows():
    rows = [("Titel",)] * 20 + [("Code", "Naam")]
    with pytest.raises(HeaderNotFound, match="first 20 rows; expected columns such as code, naam"):
        find_header_row(rows, COLUMNS)
    assert find_header_row(rows, COLUMNS, max_scan=21)[0] == 20


def test_find_header_row_refuses_two_columns_for_one_field():
    with pytest.raises(AmbiguousHeader, match="row 1 has two columns for the same thing"):
        find_header_row([("Code", "E-mail", "Email")], COLUMNS)


def test_find_header_row_with_an_empty_sheet():
    with pytest.raises(HeaderNotFound):
        find_header_row([], COLUMNS)


def test_write_workbook_helper_round_trips(tmp_path):
    path = write_workbook(tmp_path / "x.xlsx", {"A": [[1, "b"]]})
    data = io.BytesIO(path.read_bytes())
    assert openpyxl.load_workbook(data)["A"]["B1"].value == "b"
