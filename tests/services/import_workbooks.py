"""Partner workbooks for the import tests, written as real .xlsx files — messy on purpose.

Synthetic data only: BSNs from domain.bsn.generate_bsn, invented names, .example addresses.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from sisa_desk.services import workbooks

HEADERS = [
    "BSN", "Achternaam", "Tussenvoegsel", "Voornamen", "Geboortedatum", "Geslacht", "Straat",
    "Huisnummer", "Postcode", "Woonplaats", "Signaaldatum", "Hulpverlener", "Telefoon",
    "E-mail",
]  # fmt: skip
PROFESSIONAL = ("Fenna Testvelde", "010-5550101", "fenna.testvelde@jt-maas.example")


def row(
    bsn: object,
    *,
    surname: object = "Testjongere",
    born: object = date(2012, 5, 17),
    gender: object = "M",
    signal: object = date(2026, 10, 1),
    given: object = "Daan",
    prefix: object = None,
    street: object = "Havenstraat",
    number: object = 12,
    postcode: object = "3011 AB",
    city: object = "Rotterdam",
    professional: Sequence[object] = PROFESSIONAL,
) -> list[object]:
    """One row in the order of HEADERS; dates become Excel dates."""
    name, phone, email = professional
    return [
        bsn, surname, prefix, given, _excel(born), gender, street, number, postcode, city,
        _excel(signal), name, phone, email,
    ]  # fmt: skip


def _excel(value: object) -> object:
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day)
    return value


def write_workbook(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    headers: Sequence[object] = HEADERS,
    title_rows: Sequence[Sequence[object]] = (),
    sheet: str = "Signalen",
    hidden_before: Sequence[Sequence[object]] | None = None,
    epoch_1904: bool = False,
    merge_title: bool = False,
) -> Path:
    """A workbook with title rows, a header and rows; optionally a hidden sheet in front
    (which must be ignored), the 1904 date system, and a merged title."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    if epoch_1904:
        book.epoch = CALENDAR_MAC_1904
    if hidden_before is not None:
        hidden = book.create_sheet("Oud")
        for line in [headers, *hidden_before]:
            hidden.append(list(line))
        hidden.sheet_state = "hidden"
    data = book.create_sheet(sheet)
    for line in [*title_rows, headers, *rows]:
        data.append(list(line))
    if merge_title and title_rows:
        data.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
    book.active = book.worksheets.index(data)
    book.save(path)
    return path


def give_cached_value(path: Path, coordinate: str, value: str, kind: str | None = None) -> None:
    """What Excel does when it saves: the formula in ``coordinate`` gets its result cached
    (openpyxl writes formulas without one)."""
    part = _sheet_part(path)
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(part).decode()
    pattern = re.compile(rf'<c r="{coordinate}"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>')
    typed = f' t="{kind}"' if kind else ""
    new, count = pattern.subn(
        lambda m: f'<c r="{coordinate}"{m.group(1)}{typed}><f>{m.group(2)}</f><v>{value}</v></c>',
        xml,
    )
    assert count == 1, f"no formula in {coordinate}"
    rewrite_member(path, part, new.encode())


def as_excel_writes_it(path: Path) -> Path:
    """Rewrite an openpyxl workbook the way Excel stores it: strings in the shared-strings
    table and the sheet's size up front."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    strings: list[str] = []
    index: dict[str, int] = {}
    for name in [n for n in parts if n.startswith("xl/worksheets/sheet")]:
        xml = parts[name].decode()

        def shared(match: re.Match[str]) -> str:
            text = match.group(3)
            if text not in index:
                index[text] = len(strings)
                strings.append(text)
            return f'<c r="{match.group(1)}"{match.group(2)} t="s"><v>{index[text]}</v></c>'

        xml = re.sub(
            r'<c r="([A-Z]+\d+)"([^>]*?) t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>',
            shared,
            xml,
        )
        cells = re.findall(r'<c r="([A-Z]+)(\d+)"', xml)
        if cells:
            last_row = max(int(r) for _c, r in cells)
            last_col = max((c for c, _r in cells), key=lambda c: (len(c), c))
            xml = re.sub(r"<dimension [^>]*/>", "", xml)
            xml = re.sub(
                r"(<worksheet[^>]*>)",
                rf'\1<dimension ref="A1:{last_col}{last_row}"/>',
                xml,
                count=1,
            )
        parts[name] = xml.encode()
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f'<si><t xml:space="preserve">{s}</t></si>' for s in strings)
        + "</sst>"
    ).encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def rewrite_member(path: Path, member: str, content: bytes) -> None:
    """Replace one part of a zip (zipfile cannot replace in place)."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts[member] = content
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def _sheet_part(path: Path, title: str | None = None) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        sheet = book[title] if title else book.active
        return sheet._worksheet_path
    finally:
        book.close()


def ole_file(*stream_names: str) -> bytes:
    """An OLE2 compound file's header and first directory sector, as Excel writes them."""
    header = workbooks.OLE2_MAGIC + bytes(22) + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    header = header.ljust(512, b"\x00")
    directory = b""
    for name in ("Root Entry", *stream_names):
        encoded = (name + "\0").encode("utf-16-le")
        directory += encoded.ljust(64, b"\x00") + len(encoded).to_bytes(2, "little")
        directory = directory.ljust(len(directory) + 62, b"\x00")
    return header + directory.ljust(512, b"\x00") + bytes(2048)
