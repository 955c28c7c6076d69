"""Loading organisations and professionals from a workbook (`sisa-desk directory import`).

Sheet "Organisaties" (or "Organisations"): code, naam, sector, telefoon, e-mail, regie,
prioriteit, criteria. Sheet "Professionals" (or "Hulpverleners"): organisatie (its code),
naam, functie, telefoon, e-mail. Headers in Dutch or English, in any case or punctuation;
title rows above the header are fine; hidden sheets are ignored.

Organisations are matched by code, professionals within their organisation by e-mail, else
by name. A matched row updates what it fills in; an empty cell never erases a stored value,
and an import never changes whether something is active. All or nothing: any problem in any
row and nothing is written; the error lists every problem with its sheet, row and column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sisa_desk.domain.directory import parse_yes_no
from sisa_desk.domain.permissions import Permission
from sisa_desk.store.models import Organisation, Professional

from . import audit
from .audit import Action
from .context import Workspace, requires
from .directory import (
    MAX_PRIORITY,
    FieldProblem,
    InvalidDraft,
    OrganisationDraft,
    ProfessionalDraft,
    apply_organisation,
    apply_professional,
    check_organisation,
    check_professional,
    match_professional,
    normalise_code,
)
from .errors import InvalidInput
from .lookups import forget_organisations
from .workbooks import (
    HEADER_SCAN_ROWS,
    AmbiguousHeader,
    HeaderNotFound,
    ImportIssue,
    find_header_row,
    header_key,
    open_workbook,
    sheet_rows,
    visible_sheets,
)

ORGANISATION_SHEETS = ("Organisaties", "Organisations", "Organizations")
PROFESSIONAL_SHEETS = ("Professionals", "Hulpverleners")

_PHONE = ("telefoon", "phone", "telefoonnummer", "tel", "telephone", "phone number")
_EMAIL = ("e-mail", "email", "e-mailadres", "email address", "mail")
# The first name of each field is the one messages use.
ORGANISATION_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("code", "organisatiecode", "organisation code"),
    "name": ("naam", "name", "organisatienaam", "organisation name"),
    "sector": ("sector",),
    "phone": _PHONE,
    "email": _EMAIL,
    "may_coordinate": ("regie", "may coordinate", "matchregie", "regievoering", "coordinator"),
    "coordinator_priority": ("prioriteit", "priority", "regieprioriteit", "coordinator priority"),
    "criteria": ("criteria", "signaleringscriteria", "signal criteria"),
}
PROFESSIONAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "organisation": ("organisatie", "organisation", "organization", "organisatiecode"),
    "name": ("naam", "name"),
    "function": ("functie", "function"),
    "phone": _PHONE,
    "email": _EMAIL,
}
REQUIRED_ORGANISATION = ("code", "name", "sector")
REQUIRED_PROFESSIONAL = ("organisation", "name")


@dataclass(frozen=True)
class DirectoryImportResult:
    organisations_added: int
    organisations_updated: int
    professionals_added: int
    professionals_updated: int
    # Always empty on success: problems raise DirectoryImportError instead.
    errors: tuple[ImportIssue, ...] = ()


class DirectoryImportError(InvalidInput):
    def __init__(self, issues: Sequence[ImportIssue]) -> None:
        self.issues = tuple(issues)
        count = len(self.issues)
        super().__init__(
            f"{count} problem{'s' if count != 1 else ''} in the workbook; nothing was imported"
        )


@dataclass
class _Table:
    title: str
    labels: dict[str, str]  # field -> its header as written in the file
    rows: list[tuple[int, dict[str, object]]]  # (Excel row number, field -> cell value)


@requires(Permission.MANAGE_DIRECTORY)
def import_directory(workspace: Workspace, path: Path) -> DirectoryImportResult:
    issues: list[ImportIssue] = []
    organisations, professionals = _read_workbook(Path(path), issues)
    with workspace.database.unit_of_work() as session:
        plan = _Plan(session, issues)
        if organisations is not None:
            plan.organisations(organisations)
        if professionals is not None:
            plan.professionals(professionals)
        if issues:
            raise DirectoryImportError(issues)
        result = plan.apply()
        forget_organisations(workspace.database.memo)
        audit.record(
            session,
            workspace.actor.name,
            Action.DIRECTORY_IMPORTED,
            organisations_added=result.organisations_added,
            organisations_updated=result.organisations_updated,
            professionals_added=result.professionals_added,
            professionals_updated=result.professionals_updated,
        )
        return result


# --- reading the workbook ----------------------------------------------------------------------


def _read_workbook(path: Path, issues: list[ImportIssue]) -> tuple[_Table | None, _Table | None]:
    with closing(open_workbook(path)) as workbook:
        sheets = visible_sheets(workbook)
        hidden = [s for s in workbook.worksheets if s not in sheets]
        org_sheet = _pick_sheet(sheets, ORGANISATION_SHEETS, issues)
        pro_sheet = _pick_sheet(sheets, PROFESSIONAL_SHEETS, issues)
        if org_sheet is None and pro_sheet is None and not issues:
            ignored = ", ".join(repr(s.title) for s in hidden)
            issues.append(
                ImportIssue(
                    "",
                    None,
                    None,
                    "the workbook has no sheet 'Organisaties' (or 'Organisations') and no sheet "
                    "'Professionals' (or 'Hulpverleners')"
                    + (f"; hidden sheets are ignored: {ignored}" if ignored else ""),
                )
            )
        organisations = professionals = None
        if org_sheet is not None:
            organisations = _read_table(
                org_sheet, ORGANISATION_COLUMNS, REQUIRED_ORGANISATION, issues
            )
        if pro_sheet is not None:
            professionals = _read_table(
                pro_sheet, PROFESSIONAL_COLUMNS, REQUIRED_PROFESSIONAL, issues
            )
    return organisations, professionals


def _pick_sheet(sheets: list[Any], names: Sequence[str], issues: list[ImportIssue]) -> Any:
    keys = {header_key(n) for n in names}
    found = [s for s in sheets if header_key(s.title) in keys]
    if len(found) > 1:
        titles = " and ".join(repr(s.title) for s in found)
        issues.append(
            ImportIssue(found[1].title, None, None, f"two sheets hold the same list: {titles}")
        )
        return None
    return found[0] if found else None


def _read_table(
    sheet: Any,
    columns: Mapping[str, tuple[str, ...]],
    required: Sequence[str],
    issues: list[ImportIssue],
) -> _Table | None:
    rows = sheet_rows(sheet)
    head = list(islice(rows, HEADER_SCAN_ROWS))
    try:
        index, mapping = find_header_row(head, columns)
    except (HeaderNotFound, AmbiguousHeader) as exc:
        issues.append(ImportIssue(sheet.title, None, None, str(exc)))
        return None
    header_row = index + 1
    missing = [f for f in required if f not in mapping]
    for name in missing:
        dutch, *english = columns[name]
        also = f" (or {english[0]!r})" if english else ""
        issues.append(
            ImportIssue(sheet.title, header_row, None, f"the column {dutch!r}{also} is missing")
        )
    if missing:
        return None
    labels = {f: str(head[index][c]).strip() for f, c in mapping.items()}
    table = _Table(sheet.title, labels, [])
    for number, row in enumerate(chain(head[index + 1 :], rows), start=header_row + 1):
        values = {f: row[c] if c < len(row) else None for f, c in mapping.items()}
        if any(_text(v) is not None for v in values.values()):
            table.rows.append((number, values))
    return table


# --- cells -------------------------------------------------------------------------------------


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        value = value.strftime("%d-%m-%Y")
    return str(value).strip() or None


def _phone(value: object) -> str | None:
    # A phone number typed into a number cell loses its leading zero: 0105550123 becomes
    # 105550123. Dutch numbers have ten digits and start with 0.
    if isinstance(value, int | float) and not isinstance(value, bool):
        text = _text(value)
        if text is not None and text.isdigit() and len(text) == 9:
            return "0" + text
    return _text(value)


def _priority(value: object) -> int:
    text = _text(value)
    if text is None or not text.isdigit() or int(text) > MAX_PRIORITY:
        raise ValueError(f"the priority must be a whole number from 0 to {MAX_PRIORITY}")
    return int(text)


# --- planning and writing ----------------------------------------------------------------------


@dataclass
class _Candidate:
    """A professional of one organisation: one already stored, or one this file adds."""

    name: str
    email: str | None
    stored: Professional | None = None
    row: int | None = None  # the row of the file that claimed it
    draft: ProfessionalDraft | None = None


@dataclass
class _Plan:
    session: Session
    issues: list[ImportIssue]
    stored: dict[str, Organisation] = field(default_factory=dict)
    org_drafts: dict[str, tuple[int, OrganisationDraft]] = field(default_factory=dict)
    people: dict[str, list[_Candidate]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        codes: dict[int, str] = {}
        for organisation in self.session.scalars(select(Organisation)):
            self.stored[organisation.code] = organisation
            self.people[organisation.code] = []
            codes[organisation.id] = organisation.code
        for person in self.session.scalars(
            select(Professional).order_by(Professional.active.desc(), Professional.id)
        ):
            self.people[codes[person.organisation_id]].append(
                _Candidate(person.name, person.email, person)
            )

    def _issue(self, table: _Table, row: int, field_name: str | None, message: str) -> None:
        label = table.labels.get(field_name) if field_name else None
        self.issues.append(ImportIssue(table.title, row, label, message))

    def organisations(self, table: _Table) -> None:
        for row, values in table.rows:
            code = normalise_code(_text(values["code"]) or "")
            if code:
                # Known even when its row has problems, so professionals may refer to it.
                self.people.setdefault(code, [])
            stored = self.stored.get(code)
            base = _stored_organisation(stored) if stored else OrganisationDraft("", "", "")
            changes, problems = _organisation_changes(values, new=stored is None)
            try:
                checked = check_organisation(replace(base, code=code, **changes))
            except InvalidDraft as exc:
                problems += exc.problems
            for problem in problems:
                self._issue(table, row, problem.field, problem.message)
            if problems:
                continue
            if checked.code in self.org_drafts:
                first = self.org_drafts[checked.code][0]
                self._issue(table, row, "code", f"the code {checked.code!r} is also in row {first}")
                continue
            self.org_drafts[checked.code] = (row, checked)

    def professionals(self, table: _Table) -> None:
        for row, values in table.rows:
            code = normalise_code(_text(values["organisation"]) or "")
            if not code:
                self._issue(table, row, "organisation", "the organisation's code is required")
            elif code not in self.people:
                self._issue(
                    table,
                    row,
                    "organisation",
                    f"there is no organisation with code {code!r} in this workbook "
                    "or in the directory",
                )
            try:
                draft = check_professional(
                    ProfessionalDraft(
                        organisation_id=0,  # set when the organisation is written
                        name=_text(values["name"]) or "",
                        function=_text(values.get("function")),
                        phone=_phone(values.get("phone")),
                        email=_text(values.get("email")),
                    )
                )
            except InvalidDraft as exc:
                for problem in exc.problems:
                    self._issue(table, row, problem.field, problem.message)
                continue
            if code in self.people:
                self._place(table, row, code, draft)

    def _place(self, table: _Table, row: int, code: str, draft: ProfessionalDraft) -> None:
        candidates = self.people[code]
        found = match_professional(candidates, draft.name, draft.email)
        if found is None:
            candidates.append(_Candidate(draft.name, draft.email, None, row, draft))
            return
        if found.row is not None:
            self._issue(table, row, "name", f"this is the same professional as in row {found.row}")
            return
        if found.stored is not None:
            stored = found.stored
            draft = replace(
                draft,
                function=draft.function or stored.function,
                phone=draft.phone or stored.phone,
                email=draft.email or stored.email,
                active=stored.active,
            )
        found.name, found.email, found.row, found.draft = draft.name, draft.email, row, draft

    def apply(self) -> DirectoryImportResult:
        added = updated = 0
        for code, (_row, draft) in self.org_drafts.items():
            organisation = self.stored.get(code)
            if organisation is None:
                organisation = Organisation()
                self.session.add(organisation)
                self.stored[code] = organisation
                added += 1
            else:
                updated += 1
            apply_organisation(organisation, draft)
        self.session.flush()
        people_added = people_updated = 0
        for code, candidates in self.people.items():
            for candidate in candidates:
                if candidate.draft is None:
                    continue
                professional = candidate.stored
                if professional is None:
                    professional = Professional()
                    self.session.add(professional)
                    people_added += 1
                else:
                    people_updated += 1
                draft = replace(candidate.draft, organisation_id=self.stored[code].id)
                apply_professional(professional, draft)
        self.session.flush()
        return DirectoryImportResult(added, updated, people_added, people_updated)


def _organisation_changes(
    values: dict[str, object], *, new: bool
) -> tuple[dict[str, object], list[FieldProblem]]:
    """The fields a row sets: its filled cells, and for a new organisation every column."""
    changes: dict[str, object] = {}
    problems: list[FieldProblem] = []
    for name in ("name", "sector", "phone", "email", "criteria"):
        cell = _phone(values.get(name)) if name == "phone" else _text(values.get(name))
        if cell is not None or new:
            changes[name] = cell or ""
    if _text(values.get("may_coordinate")) is not None:
        try:
            changes["may_coordinate"] = parse_yes_no(values["may_coordinate"])
        except ValueError as exc:
            problems.append(FieldProblem("may_coordinate", f"{exc}; use ja or nee (yes or no)"))
    if _text(values.get("coordinator_priority")) is not None:
        try:
            changes["coordinator_priority"] = _priority(values["coordinator_priority"])
        except ValueError as exc:
            problems.append(FieldProblem("coordinator_priority", str(exc)))
    return changes, problems


def _stored_organisation(organisation: Organisation) -> OrganisationDraft:
    return OrganisationDraft(
        code=organisation.code,
        name=organisation.name,
        sector=organisation.sector,
        phone=organisation.phone,
        email=organisation.email,
        criteria=organisation.criteria,
        may_coordinate=organisation.may_coordinate,
        coordinator_priority=organisation.coordinator_priority,
        active=organisation.active,
    )
