"""Opening untrusted Excel workbooks safely, and finding their header rows (DESIGN.md §4).

A partner's file is read into memory once (so it cannot change between the checks and the
parse, and is not kept locked), then checked before openpyxl sees it: its size, what kind of
file it really is, how far its zip would expand, and that none of its XML parts declares a
DTD (the door to "billion laughs" and external entities). openpyxl then parses with
defusedxml, whose refusals are also turned into a clear message.

Use as ``with closing(open_workbook(path)) as wb:`` and read sheets through `sheet_rows`.
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

import openpyxl
import openpyxl.xml
import openpyxl.xml.functions
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from .errors import InvalidInput

MIB = 1024 * 1024
MAX_BYTES = 20 * MIB
MAX_EXPANDED_BYTES = 200 * MIB
# A member that grows more than this on unpacking, and is large, is a zip bomb. Real sheets
# compress 5–20×; a sheet of one repeated value can reach about 60×.
MAX_RATIO = 100
RATIO_MIN_SIZE = 1 * MIB
HEADER_SCAN_ROWS = 20

OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
# The stream name of an Office file encrypted with a password to open (MS-OFFCRYPTO).
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_CHUNK = 64 * 1024


class WorkbookError(InvalidInput):
    """A workbook that cannot be read safely; the message says why, for a person to read."""


class XmlDefencesMissing(WorkbookError):
    pass


class WorkbookNotFound(WorkbookError):
    pass


class WorkbookTooLarge(WorkbookError):
    pass


class WorkbookIsCsv(WorkbookError):
    pass


class WorkbookIsXls(WorkbookError):
    pass


class WorkbookEncrypted(WorkbookError):
    pass


class NotAWorkbook(WorkbookError):
    pass


class WorkbookEmpty(NotAWorkbook):
    """A file of 0 bytes: often a download or a copy that went wrong."""


class WorkbookPartMissing(WorkbookError):
    pass


class WorkbookZipBomb(WorkbookError):
    pass


class WorkbookUnsafeXml(WorkbookError):
    pass


class WorkbookDamaged(WorkbookError):
    pass


class HeaderNotFound(WorkbookError):
    pass


class AmbiguousHeader(WorkbookError):
    pass


@dataclass(frozen=True)
class ImportIssue:
    """One problem in an imported workbook, located as the person sees it in Excel."""

    sheet: str
    row: int | None  # 1-based as Excel numbers it; None when it is about the whole sheet
    column: str | None  # the header as written in the file
    message: str


# --- opening -----------------------------------------------------------------------------------


def open_workbook(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = MAX_BYTES,
    max_expanded_bytes: int = MAX_EXPANDED_BYTES,
) -> Workbook:
    """A read-only workbook (cached values, not formulas) of an untrusted .xlsx file, or a
    WorkbookError subclass naming the problem. Close it when done."""
    require_xml_defences()
    path = Path(path)
    data = checked_workbook_bytes(path, max_bytes=max_bytes, max_expanded_bytes=max_expanded_bytes)
    return load_checked_workbook(data, path.name)


def load_checked_workbook(data: bytes, name: str) -> Workbook:
    """openpyxl's read-only workbook of bytes `checked_workbook_bytes` gave."""
    require_xml_defences()
    try:
        return openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False
        )
    except Exception as exc:  # openpyxl raises anything on malformed input
        raise _read_error(name, exc) from exc


def checked_workbook_bytes(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = MAX_BYTES,
    max_expanded_bytes: int = MAX_EXPANDED_BYTES,
) -> bytes:
    """The bytes of an untrusted .xlsx file that passed every check before parsing (size,
    kind of file, zip expansion, parts, no DTD), or a WorkbookError subclass naming the
    problem."""
    path = Path(path)
    data = _read_capped(path, max_bytes)
    _check_kind(path, data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_expansion(path, archive, max_expanded_bytes)
            _check_parts(path, archive)
            _refuse_doctypes(path, archive)
    except WorkbookError:
        raise
    except Exception as exc:  # zipfile, zlib and struct all have their own errors
        raise WorkbookDamaged(f"{path.name} is damaged: its zip structure cannot be read") from exc
    return data


def require_xml_defences() -> None:
    """Refuse untrusted files unless openpyxl parses worksheets with defusedxml."""
    parser = getattr(openpyxl.xml.functions, "iterparse", None)
    if not openpyxl.xml.DEFUSEDXML or not getattr(parser, "__module__", "").startswith(
        "defusedxml"
    ):
        raise XmlDefencesMissing(
            "the XML protection (defusedxml) is missing, so workbooks from outside cannot be "
            "opened safely; reinstall the application"
        )


def _read_capped(path: Path, max_bytes: int) -> bytes:
    if not path.is_file():
        raise WorkbookNotFound(f"there is no file {path}")
    try:
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as exc:
        raise WorkbookNotFound(f"{path.name} cannot be read: {exc.strerror}") from exc
    if len(data) > max_bytes:
        raise WorkbookTooLarge(
            f"{path.name} is larger than {_size(max_bytes)}, the most a workbook may be"
        )
    return data


def _check_kind(path: Path, data: bytes) -> None:
    if path.suffix.lower() == ".csv":
        raise WorkbookIsCsv(
            f"{path.name} is a CSV file; open it in Excel and save it as an Excel workbook (.xlsx)"
        )
    if data.startswith(ZIP_MAGICS):
        return
    if not data:
        raise WorkbookEmpty(f"{path.name} is empty (0 bytes); ask for the file again")
    if data.startswith(OLE2_MAGIC):
        # Both an old .xls and a password-protected .xlsx are OLE2 containers; only the
        # latter has an EncryptedPackage stream. Its name is searched in the whole file
        # rather than by walking the sector chains: a stray match only changes the message.
        if ENCRYPTED_PACKAGE in data:
            raise WorkbookEncrypted(
                f"{path.name} is protected with a password; remove the password in Excel "
                "(File > Info > Protect Workbook) and send it again"
            )
        raise WorkbookIsXls(
            f"{path.name} is an old Excel 97–2003 file (.xls); open it in Excel and save it "
            "as an Excel workbook (.xlsx)"
        )
    if _looks_like_csv(data):
        raise WorkbookIsCsv(
            f"{path.name} is a CSV text file, not an Excel workbook; open it in Excel and "
            "save it as an Excel workbook (.xlsx)"
        )
    raise NotAWorkbook(f"{path.name} is not an Excel workbook (.xlsx)")


def _looks_like_csv(data: bytes) -> bool:
    sample = data[:8192]
    if not sample.strip() or b"\x00" in sample:
        return False
    try:
        text = sample.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = sample.decode("cp1252", errors="replace")
    first_line = text.splitlines()[0] if text.splitlines() else ""
    printable = sum(c.isprintable() or c.isspace() for c in text) / len(text)
    return printable > 0.95 and any(sep in first_line for sep in ",;\t")


def _check_expansion(path: Path, archive: zipfile.ZipFile, max_expanded_bytes: int) -> None:
    # The sizes come from the zip's directory. They could lie, but Python's zipfile never
    # unpacks a member beyond its stated size, so the stated size is what openpyxl can get.
    members = archive.infolist()
    if any(info.flag_bits & 0x1 for info in members):
        raise WorkbookEncrypted(f"{path.name} is protected with a password")
    total = sum(info.file_size for info in members)
    if total > max_expanded_bytes:
        raise WorkbookZipBomb(
            f"{path.name} would unpack to {_size(total)}, more than the "
            f"{_size(max_expanded_bytes)} a workbook may hold; it is refused as a possible "
            "zip bomb"
        )
    for info in members:
        if info.file_size > RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise WorkbookZipBomb(
                f"{path.name} contains a part that is compressed more than {MAX_RATIO} to 1; "
                "it is refused as a possible zip bomb"
            )


def _check_parts(path: Path, archive: zipfile.ZipFile) -> None:
    names = set(archive.namelist())
    if "xl/workbook.xml" in names:
        return
    if "xl/workbook.bin" in names:
        kind = "an Excel binary workbook (.xlsb)"
    elif "word/document.xml" in names:
        kind = "a Word document"
    elif "content.xml" in names:
        kind = "an OpenDocument file (.ods)"
    else:
        kind = "a zip file"
    raise WorkbookPartMissing(
        f"{path.name} is {kind}, not an Excel workbook (.xlsx): it has no xl/workbook.xml"
    )


class _Doctype(Exception):
    pass


class _RootReached(Exception):
    pass


def _refuse_doctypes(path: Path, archive: zipfile.ZipFile) -> None:
    """Office files never contain a DTD; one in any XML part is an attack."""
    for info in archive.infolist():
        if info.is_dir():
            continue
        with archive.open(info) as member:
            if _declares_doctype(member):
                raise WorkbookUnsafeXml(
                    f"{path.name} contains XML with a document type declaration ({info.filename}), "
                    "which Excel never writes; it is refused as possibly malicious"
                )


def _declares_doctype(stream: IO[bytes]) -> bool:
    # Parse only up to the root element: the DTD, if any, comes before it. Expat reports the
    # declaration's start before it reads any entity in it.
    parser = expat.ParserCreate()

    def on_doctype(*_args: object) -> None:
        raise _Doctype

    def on_element(*_args: object) -> None:
        raise _RootReached

    parser.StartDoctypeDeclHandler = on_doctype
    parser.StartElementHandler = on_element
    try:
        while chunk := stream.read(_CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Doctype:
        return True
    except (_RootReached, expat.ExpatError):
        return False  # not XML (an image): openpyxl does not parse it as XML either
    return False


def _read_error(what: str, exc: BaseException) -> WorkbookError:
    if _caused_by_defusedxml(exc):
        return WorkbookUnsafeXml(
            f"{what} contains XML with entity declarations or external references; "
            "it is refused as possibly malicious"
        )
    return WorkbookDamaged(f"{what} is damaged or not a valid Excel workbook and cannot be read")


def _caused_by_defusedxml(exc: BaseException | None) -> bool:
    # openpyxl wraps parse errors in a ValueError of its own, so walk the chain.
    from defusedxml import DefusedXmlException

    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, DefusedXmlException):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _size(n: int) -> str:
    return f"{n / MIB:.0f} MiB" if n >= MIB else f"{n} bytes"


# --- reading -----------------------------------------------------------------------------------


def visible_sheets(workbook: Workbook) -> list[Any]:
    """The sheets a person sees in Excel; hidden and very hidden ones are ignored."""
    return [sheet for sheet in workbook.worksheets if sheet.sheet_state == "visible"]


def sheet_rows(sheet: Any) -> Iterator[tuple[object, ...]]:
    """Every row's values from row 1 (so the n-th row is Excel's row n), read lazily. Rows
    are as long as their last filled cell. Errors while reading become WorkbookError."""
    if isinstance(sheet, ReadOnlyWorksheet):
        # The size stored in the file may be wrong (some exporters write "A1"); trusting it
        # would silently drop rows.
        sheet.reset_dimensions()
    rows = sheet.iter_rows(values_only=True)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except Exception as exc:  # a malformed sheet can raise anything from openpyxl
            raise _read_error(f"the sheet {sheet.title!r}", exc) from exc
        yield tuple(row)


def header_key(text: object) -> str:
    """A header as a key: no case, accents, spaces or punctuation ("E-mail " -> "email")."""
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^a-z0-9]", "", plain)


def find_header_row(
    rows: Iterable[tuple[object, ...]],
    known_keys: Mapping[str, Sequence[str]],
    max_scan: int = HEADER_SCAN_ROWS,
    *,
    min_found: int = 2,
) -> tuple[int, dict[str, int]]:
    """The first row (0-based index) among the first ``max_scan`` that names at least
    ``min_found`` of the fields, and {field: 0-based column} for the fields it names.

    ``known_keys`` maps each field to the headers it may have ("e-mail", "email"); they are
    compared through `header_key`. Title rows above the header are skipped. Given an
    iterator, this consumes it up to and including the header row.
    """
    lookup: dict[str, str] = {}
    for field, headers in known_keys.items():
        for header in headers:
            lookup[header_key(header)] = field
    for index, row in enumerate(rows):
        if index >= max_scan:
            break
        found: dict[str, int] = {}
        for column, cell in enumerate(row):
            field = lookup.get(header_key(cell))
            if field is None:
                continue
            if field in found:
                raise AmbiguousHeader(
                    f"row {index + 1} has two columns for the same thing: "
                    f"{row[found[field]]!s} and {cell!s}"
                )
            found[field] = column
        if len(found) >= min_found:
            return index, found
    raise HeaderNotFound(
        f"no header row in the first {max_scan} rows; expected columns such as "
        + ", ".join((h[0] if h else f) for f, h in known_keys.items())
    )
