"""What an import or its preview reports: per row its status, the recognised values and the
reasons, in plain dataclasses for the GUI, the command line and the error report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sisa_desk.domain.matching import MatchChangeKind
from sisa_desk.domain.signals import RegistrationKind

from .bulk_registration import Rejection
from .import_columns import SPECS
from .import_reader import SheetContents
from .import_rows import RowCheck
from .import_values import display
from .signals import RegistrationResult
from .workbooks import ImportIssue

Outcomes = dict[int, RegistrationResult | Rejection]  # by the row's number


class RowStatus(StrEnum):
    NEW = "new"
    REFRESH = "refresh"
    ERROR = "error"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class ImportColumn:
    field: str
    header: str  # as written in the file
    label: str  # the Dutch header of the template


@dataclass(frozen=True)
class ImportRow:
    row: int  # as Excel numbers it
    status: RowStatus
    values: dict[str, str]  # field -> the cell as shown; recognised columns only
    messages: list[str] = field(default_factory=list)  # Dutch, for the partner
    match_change: str | None = None  # "open" or "join" when the row makes or joins a match
    # What the partner's report says instead, when a message tells what the register holds.
    partner_messages: list[str] | None = None


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    sheet: str
    organisation_code: str
    columns: list[ImportColumn]
    ignored_columns: list[str]  # headers as written in the file
    rows: list[ImportRow]
    errors: list[ImportIssue]
    already_imported_on: datetime | None = None
    # New young persons without a BSN who may be one already known: for the review queue.
    possible_duplicates: int = 0

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def rejected_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.status in (RowStatus.ERROR, RowStatus.DUPLICATE)]


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    sheet: str
    organisation_code: str
    rows: int
    imported: int
    refreshed: int
    rejected: int
    new_matches: int  # matches this import opened, or that the organisation joined
    match_ids: list[int]  # empty for a dry run
    earlier_notices: int
    ignored_columns: list[str]
    errors: list[ImportIssue]
    columns: list[ImportColumn]
    rejected_rows: list[ImportRow]
    batch_id: int | None  # None for a dry run
    dry_run: bool
    # New young persons without a BSN who may be one already known: for the review queue.
    possible_duplicates: int


Shown = Callable[[str, object], str]  # (field, cell) -> the text shown (RowChecker.shown)


def _as_written(_field: str, value: object) -> str:
    return display(value)


def build_row(
    check: RowCheck,
    outcome: RegistrationResult | Rejection | None,
    fields: list[str],
    shown: Shown = _as_written,
) -> ImportRow:
    values = {f: shown(f, v) for f, v in zip(fields, check.values, strict=True)}
    messages = [text for _field, text in check.problems]
    told = check.for_partner
    partner = None if told is None else [told.get(text, text) for text in messages]
    if check.duplicate_of is not None:
        return ImportRow(check.row, RowStatus.DUPLICATE, values, messages, None, partner)
    if check.problems or not isinstance(outcome, RegistrationResult):
        return ImportRow(check.row, RowStatus.ERROR, values, messages, None, partner)
    status = RowStatus.REFRESH if outcome.kind is RegistrationKind.REFRESH else RowStatus.NEW
    change = outcome.match_change
    joined = change in (MatchChangeKind.OPEN, MatchChangeKind.JOIN)
    return ImportRow(check.row, status, values, [], change.value if joined else None)


def fields_of(contents: SheetContents) -> list[str]:
    return [f for f, _header in contents.columns]


def columns_of(contents: SheetContents) -> list[ImportColumn]:
    return [ImportColumn(f, header, SPECS[f].label) for f, header in contents.columns]


def issues_of(contents: SheetContents, checks: list[RowCheck]) -> list[ImportIssue]:
    headers = dict(contents.columns)
    issues = []
    for check in checks:
        for name, text in check.problems:
            column = headers.get(name)
            if column is None and name == "professional":
                column = headers.get("email") or headers.get("phone")
            issues.append(ImportIssue(contents.sheet, check.row, column, text))
    return issues


def build_result(
    contents: SheetContents,
    organisation_code: str,
    outcomes: Outcomes,
    checks: list[RowCheck],
    batch_id: int | None,
    dry_run: bool,
    possible_duplicates: int,
    shown: Shown = _as_written,
) -> ImportResult:
    results = [o for o in outcomes.values() if isinstance(o, RegistrationResult)]
    joined = {
        o.match_id
        for o in results
        if o.match_change in (MatchChangeKind.OPEN, MatchChangeKind.JOIN) and o.match_id is not None
    }
    fields = fields_of(contents)
    rejected = [build_row(c, None, fields, shown) for c in checks if c.problems]
    refreshed = sum(1 for o in results if o.kind is RegistrationKind.REFRESH)
    return ImportResult(
        file_name=contents.file_name,
        sheet=contents.sheet,
        organisation_code=organisation_code,
        rows=len(checks),
        imported=len(results) - refreshed,
        refreshed=refreshed,
        rejected=len(rejected),
        new_matches=len(joined),
        match_ids=[] if dry_run else sorted(joined),
        earlier_notices=sum(1 for o in results if o.earlier_involvement),
        ignored_columns=contents.ignored_columns,
        errors=issues_of(contents, checks),
        columns=columns_of(contents),
        rejected_rows=rejected,
        batch_id=batch_id,
        dry_run=dry_run,
        possible_duplicates=possible_duplicates,
    )
