"""The columns of a partner's signal sheet: recognised by their header, in Dutch or English.

Headers compare through `workbooks.header_key` (no case, spaces, accents or punctuation). When
a file has two columns for one field ("Voornamen" and "Roepnaam"), the name listed first here
wins and the other column is ignored. Every column that is not recognised is ignored and
reported by its header as written in the file: it may hold case content ("Opmerking",
"Reden"), which SISA must never keep.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

from .workbooks import (
    HEADER_SCAN_ROWS,
    AmbiguousHeader,
    HeaderNotFound,
    WorkbookError,
    find_header_row,
    sheet_rows,
)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str  # the Dutch header of the template and the error report
    headers: tuple[str, ...]  # what partners write, most specific first
    max_length: int | None = None


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "bsn",
        "BSN",
        ("bsn", "burgerservicenummer", "bsn jongere", "bsn jeugdige", "bsn kind", "sofinummer",
         "citizen service number"),
    ),
    FieldSpec(
        "surname",
        "Achternaam",
        ("achternaam", "geslachtsnaam", "surname", "last name", "family name",
         "achternaam jongere"),
        200,
    ),
    FieldSpec("prefix", "Tussenvoegsel",
              ("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "prefix"), 40),
    FieldSpec(
        "given_names",
        "Voornamen",
        ("voornamen", "voornaam", "first names", "first name", "given names", "given name",
         "roepnaam", "voorletters", "initials"),
        200,
    ),
    FieldSpec(
        "date_of_birth",
        "Geboortedatum",
        ("geboortedatum", "geb. datum", "date of birth", "birth date", "birthdate", "dob",
         "geboren"),
    ),
    FieldSpec("gender", "Geslacht", ("geslacht", "gender", "sex")),
    FieldSpec("street", "Straat", ("straat", "straatnaam", "street", "adres", "address"), 200),
    FieldSpec("house_number", "Huisnummer",
              ("huisnummer", "huisnr", "house number", "housenumber"), 20),
    FieldSpec(
        "addition",
        "Toevoeging",
        ("toevoeging", "huisnummer toevoeging", "huisnummertoevoeging", "huisletter",
         "addition", "house number addition"),
    ),
    FieldSpec("postcode", "Postcode", ("postcode", "postal code", "zip", "zip code")),
    FieldSpec("city", "Woonplaats", ("woonplaats", "plaats", "city", "town"), 100),
    FieldSpec(
        "signal_date",
        "Signaaldatum",
        ("signaaldatum", "datum signaal", "signal date", "signaleringsdatum",
         "datum signalering"),
    ),
    FieldSpec(
        "professional",
        "Hulpverlener",
        ("hulpverlener", "naam hulpverlener", "professional", "naam professional",
         "contactpersoon", "contact person"),
        200,
    ),
    FieldSpec("phone", "Telefoon",
              ("telefoon", "telefoonnummer", "phone", "phone number", "tel"), 40),
    FieldSpec("email", "E-mail",
              ("e-mail", "email", "e-mailadres", "email address", "mail"), 200),
)  # fmt: skip
SPECS = {spec.name: spec for spec in FIELDS}
# Without these the file cannot be a list of signals (their cells may still be empty).
REQUIRED = ("bsn", "surname", "date_of_birth", "gender", "signal_date")
# A header row names at least this many different fields; a title row does not.
MIN_FIELDS = 3

# Each header gets its own pseudo-field "<field>#<rank>", so that two columns for one field
# are no error for find_header_row; the lowest rank wins below.
_PSEUDO = {
    f"{spec.name}#{rank}": (header,) for spec in FIELDS for rank, header in enumerate(spec.headers)
}


class NoSignalSheet(HeaderNotFound):
    def __init__(self, message: str, hidden: list[str] | None = None) -> None:
        super().__init__(message)
        self.hidden = hidden or []  # the hidden sheets, which are never read


class SeveralSignalSheets(WorkbookError):
    """More than one visible sheet has a signal header: which rows are the batch is not ours
    to guess (an example sheet before the real one would be imported as real signals)."""

    def __init__(self, message: str, titles: list[str] | None = None) -> None:
        super().__init__(message)
        self.titles = titles or []


class MissingColumns(WorkbookError):
    def __init__(self, message: str, labels: list[str]) -> None:
        super().__init__(message)
        self.labels = labels  # the template's headers of the missing columns


@dataclass(frozen=True)
class Column:
    field: str
    index: int  # 0-based in the sheet's rows
    header: str  # as written in the file


@dataclass
class SheetTable:
    """Where the signals are: the sheet, its header row and its columns."""

    sheet: Any
    title: str
    header_row: int  # as Excel numbers it
    columns: list[Column]  # recognised, in the file's order
    ignored: dict[int, str]  # 0-based column -> its header as written in the file
    estimated_rows: int  # data rows the file says it holds; 0 when unknown

    def header_of(self, field: str) -> str | None:
        return next((c.header for c in self.columns if c.field == field), None)


def unnamed_label(index: int) -> str:
    return f"(kolom {get_column_letter(index + 1)} zonder kop)"


@dataclass(frozen=True)
class SheetView:
    """One sheet of a workbook as `locate_table` needs it, whichever reader opened it."""

    title: str
    visible: bool
    declared_rows: int  # what the file says; 0 when unknown
    rows: Callable[[], Iterator[tuple[object, ...]]]  # values from row 1, as openpyxl gives
    sheet: Any = None  # the reader's own sheet object, for reading the rows after


def openpyxl_sheets(workbook: Workbook) -> list[SheetView]:
    return [
        SheetView(
            title=sheet.title,
            visible=sheet.sheet_state == "visible",
            declared_rows=sheet.max_row or 0,  # from the file, before sheet_rows drops it
            rows=partial(sheet_rows, sheet),
            sheet=sheet,
        )
        for sheet in workbook.worksheets
    ]


def locate_table(sheets: Sequence[SheetView]) -> SheetTable:
    """The one visible sheet with a recognisable header row and rows below it; hidden sheets
    are ignored. Two such sheets are refused (SeveralSignalSheets); a header-only sheet beside
    one with rows is passed over (an empty copy of the template), and a sheet whose header
    names a field twice only counts when no other sheet has a usable header."""
    found: list[tuple[SheetView, list[tuple[object, ...]], int, dict[str, int]]] = []
    ambiguous: list[tuple[SheetView, AmbiguousHeader]] = []
    for view in sheets:
        if not view.visible:
            continue
        rows = view.rows()
        head = list(islice(rows, HEADER_SCAN_ROWS))
        if isinstance(rows, Generator):
            rows.close()
        try:
            header = _header(head)
        except AmbiguousHeader as exc:
            ambiguous.append((view, exc))
            continue
        if header is not None:
            found.append((view, head, *header))
    filled = [f for f in found if _rows_below(f[1], f[2])]
    if len(filled) > 1:
        titles = [view.title for view, *_rest in filled]
        raise SeveralSignalSheets(
            f"more than one sheet has signals ({', '.join(map(repr, titles))}); one file is "
            "one batch: keep the signals on one sheet, or hide the others",
            titles,
        )
    if filled or found:
        view, head, index, pseudo = (filled or found)[0]
        table = _table(view, head[index], index, pseudo)
        table.estimated_rows = max(view.declared_rows - table.header_row, 0)
        return table
    if ambiguous:
        view, exc = ambiguous[0]
        raise AmbiguousHeader(f"the sheet {view.title!r}: {exc}")
    hidden = [view.title for view in sheets if not view.visible]
    expected = ", ".join(SPECS[f].label for f in REQUIRED)
    raise NoSignalSheet(
        f"no sheet has a header row with columns such as {expected} in its first "
        f"{HEADER_SCAN_ROWS} rows"
        + (f"; hidden sheets are ignored ({', '.join(map(repr, hidden))})" if hidden else ""),
        hidden,
    )


def _rows_below(head: Sequence[tuple[object, ...]], header_index: int) -> bool:
    if len(head) == HEADER_SCAN_ROWS:
        return True  # the look stopped early: rows may follow a low header
    return any(not _blank(value) for row in head[header_index + 1 :] for value in row)


def _header(head: Sequence[tuple[object, ...]]) -> tuple[int, dict[str, int]] | None:
    start = 0
    while start < len(head):
        try:
            index, pseudo = find_header_row(head[start:], _PSEUDO, min_found=MIN_FIELDS)
        except HeaderNotFound:
            return None
        if len({name.split("#")[0] for name in pseudo}) >= MIN_FIELDS:
            return start + index, pseudo
        start += index + 1
    return None


def _table(
    view: SheetView, header: tuple[object, ...], index: int, pseudo: dict[str, int]
) -> SheetTable:
    best: dict[str, tuple[int, int]] = {}  # field -> (rank, column)
    for name, column in pseudo.items():
        field, rank = name.split("#")
        if field not in best or int(rank) < best[field][0]:
            best[field] = (int(rank), column)
    used = {column for _rank, column in best.values()}
    columns = sorted(
        (Column(f, column, str(header[column]).strip()) for f, (_rank, column) in best.items()),
        key=lambda c: c.index,
    )
    ignored = {
        column: str(cell).strip()
        for column, cell in enumerate(header)
        if column not in used and not _blank(cell)
    }
    missing = [f for f in REQUIRED if f not in best]
    if missing:
        names = ", ".join(f"{SPECS[f].label!r}" for f in missing)
        raise MissingColumns(
            f"the sheet {view.title!r} has a header row (row {index + 1}) but the "
            f"column{'s' if len(missing) > 1 else ''} {names} "
            f"{'are' if len(missing) > 1 else 'is'} missing",
            [SPECS[f].label for f in missing],
        )
    return SheetTable(
        sheet=view.sheet,
        title=view.title,
        header_row=index + 1,
        columns=columns,
        ignored=ignored,
        estimated_rows=0,
    )


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
