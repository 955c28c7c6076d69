"""Reading a partner's signal sheet: the safe opening, the table, and its rows as Excel
numbers them.

`workbooks.open_workbook` checks the file (size, zip expansion, DTDs, kind of file) and opens
it read-only with the values Excel cached for formulas (nothing is ever calculated);
`import_columns` finds the sheet and its header; `import_sheet_reader` then reads the rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from openpyxl.workbook.workbook import Workbook

from .errors import ServiceError
from .import_columns import SheetTable, locate_table, unnamed_label
from .import_sheet_reader import read_sheet
from .workbooks import open_workbook


class ImportCancelled(ServiceError):
    """The person cancelled the import; nothing was imported."""

    def __init__(self) -> None:
        super().__init__("the import was cancelled; nothing was imported")


@dataclass(frozen=True)
class SheetRow:
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
    with closing(open_workbook(path)) as workbook:
        digest = hashlib.sha256(_archive_bytes(workbook, path)).hexdigest()
        if on_opened is not None:
            on_opened(digest)
        table = locate_table(workbook)
        contents = SheetContents(
            file_name=Path(path).name,
            sha256=digest,
            sheet=table.title,
            header_row=table.header_row,
            columns=[(c.field, c.header) for c in table.columns],
            ignored_columns=list(table.ignored.values()),
            epoch=workbook.epoch,
        )
        _read_rows(workbook, table, contents, progress, should_cancel)
    return contents


def _read_rows(
    workbook: Workbook,
    table: SheetTable,
    contents: SheetContents,
    progress: Progress | None,
    should_cancel: Cancel | None,
) -> None:
    indexes = [c.index for c in table.columns]
    position = {index: p for p, index in enumerate(indexes)}
    estimate = table.estimated_rows

    def chunk_read(count: int) -> None:
        if should_cancel is not None and should_cancel():
            raise ImportCancelled
        if progress is not None:
            progress(count, max(estimate, count))

    others: set[int] = set()
    append = contents.rows.append
    for row in read_sheet(
        workbook, table.sheet, indexes, first_row=table.header_row + 1, on_chunk=chunk_read
    ):
        if row.other_columns:
            others |= row.other_columns
        values = row.values
        if not values and not row.without_value:
            continue
        if all(isinstance(v, str) and not v.strip() for v in values.values()) and not (
            row.without_value
        ):
            continue
        flagged = frozenset(position[i] for i in row.without_value)
        append(SheetRow(row.number, tuple([values.get(i) for i in indexes]), flagged))
    unnamed = sorted(others - set(table.ignored))
    contents.ignored_columns += [unnamed_label(i) for i in unnamed]
    if should_cancel is not None and should_cancel():
        raise ImportCancelled


def _archive_bytes(workbook: Workbook, path: Path) -> bytes:
    # open_workbook read the file into memory once; hash exactly what was parsed.
    archive = getattr(workbook, "_archive", None)
    buffer = getattr(archive, "fp", None)
    if buffer is not None and hasattr(buffer, "getvalue"):
        return buffer.getvalue()
    return Path(path).read_bytes()
