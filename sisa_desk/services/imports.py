"""Importing a partner's spreadsheet of signals (one file is one organisation's batch).

    preview_import(ws, path, code)        every row with its status; writes nothing
    run_import(ws, path, code)            registers the valid rows in one transaction
    write_error_report(result, target)    the rejected rows with their reasons, for the partner
    save_template(target)                 the empty template for partners

The file is untrusted (`workbooks.open_workbook` refuses what cannot be read safely) and read
as it really arrives (`import_columns`, `import_values`); each row then goes through the same
rules as a signal entered by hand (`bulk_registration`). Columns that are not recognised are
ignored and reported, never stored. The file's SHA-256 is kept in its ImportBatch: the same
file twice for one organisation is refused, and nothing changes.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sisa_desk.domain.permissions import Permission
from sisa_desk.store.models import ImportBatch, Organisation

from . import audit
from .audit import Action
from .bulk_registration import BulkRegistration, Changes, Rejection
from .bulk_state import professionals_of
from .bulk_writes import rows_to_write, write_changes
from .context import Workspace, requires
from .errors import Conflict, NotFound
from .import_errors_report import ReportTargetRefused, check_report_target, write_error_report
from .import_messages import NOUNS, message, partner_message
from .import_reader import Cancel, ImportCancelled, Progress, SheetContents, read_signal_sheet
from .import_results import (
    ImportColumn,
    ImportPreview,
    ImportResult,
    ImportRow,
    Outcomes,
    RowStatus,
    build_result,
    build_row,
    columns_of,
    fields_of,
    issues_of,
)
from .import_rows import RowCheck, RowChecker, mark_duplicates, resolve_contacts
from .import_template import save_template
from .settings import Settings, cached_settings
from .workbooks import ImportIssue

__all__ = [
    "AlreadyImported",
    "ImportCancelled",
    "ImportColumn",
    "ImportIssue",
    "ImportPreview",
    "ImportResult",
    "ImportRow",
    "ReportTargetRefused",
    "RowStatus",
    "check_report_target",
    "preview_import",
    "run_import",
    "save_error_report",
    "save_template",
    "write_error_report",
]


@dataclass(frozen=True)
class _Organisation:
    id: int
    code: str


class AlreadyImported(Conflict):
    def __init__(self, file_name: str, imported_at: datetime, batch_id: int) -> None:
        super().__init__(
            f"{file_name} was already imported for this organisation on "
            f"{imported_at:%d-%m-%Y} (import {batch_id}); nothing was changed"
        )
        self.imported_at = imported_at
        self.batch_id = batch_id


@requires(Permission.IMPORT_SIGNALS)
def preview_import(
    workspace: Workspace, path: Path, organisation_code: str, *, today: date | None = None
) -> ImportPreview:
    """Read and check the file and say per row what an import would do. Writes nothing."""
    today = today or date.today()
    organisation = _organisation(workspace, organisation_code)
    with _gc_paused():
        contents = read_signal_sheet(Path(path))
        with workspace.database.unit_of_work() as session:
            earlier = _earlier_batch(session, organisation.id, contents.sha256)
            checks, outcomes, engine, checker = _plan(
                workspace, session, organisation, contents, today
            )
        fields = fields_of(contents)
        rows = [build_row(c, outcomes.get(c.row), fields, checker.shown) for c in checks]
    return ImportPreview(
        file_name=contents.file_name,
        sheet=contents.sheet,
        organisation_code=organisation.code,
        columns=columns_of(contents),
        ignored_columns=contents.ignored_columns,
        rows=rows,
        errors=issues_of(contents, checks),
        already_imported_on=earlier.imported_at if earlier else None,
        possible_duplicates=_possible_duplicates(engine.changes),
    )


@requires(Permission.IMPORT_SIGNALS)
def run_import(
    workspace: Workspace,
    path: Path,
    organisation_code: str,
    *,
    dry_run: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    should_cancel: Cancel | None = None,
) -> ImportResult:
    """Import the file in one transaction: a crash, an error or a cancel (``should_cancel``,
    asked between chunks; raises ImportCancelled) imports nothing. ``progress(done, total)``:
    reading the file is the first half. A dry run decides the same and writes nothing (and
    refuses a file imported before, as the import would)."""
    with _gc_paused():
        return _run_import(
            workspace, Path(path), organisation_code, dry_run, today or date.today(), progress,
            should_cancel,
        )  # fmt: skip


def _run_import(
    workspace: Workspace,
    path: Path,
    organisation_code: str,
    dry_run: bool,
    today: date,
    progress: Progress | None,
    should_cancel: Cancel | None,
) -> ImportResult:
    organisation = _organisation(workspace, organisation_code)

    def refuse_known(sha256: str) -> None:
        with workspace.database.unit_of_work() as session:
            _refuse_imported(session, organisation.id, sha256, Path(path).name)

    contents = read_signal_sheet(
        Path(path), progress=_halved(progress), should_cancel=should_cancel, on_opened=refuse_known
    )
    total = len(contents.rows)
    if progress is not None:
        progress(total, 2 * total)
    with workspace.database.unit_of_work() as session:
        _refuse_imported(session, organisation.id, contents.sha256, contents.file_name)
        batch = None
        if not dry_run:
            batch = ImportBatch(
                organisation_id=organisation.id,
                file_name=contents.file_name[:260],
                file_sha256=contents.sha256,
                imported_at=datetime.now(),
                imported_by_id=workspace.actor.user_id,
            )
            session.add(batch)
            session.flush()  # the first write: from here on no one else writes
        checks, outcomes, engine, checker = _plan(
            workspace, session, organisation, contents, today, batch, should_cancel
        )
        batch_id = batch.id if batch is not None else None
        result = build_result(
            contents, organisation.code, outcomes, checks, batch_id, dry_run,
            _possible_duplicates(engine.changes), checker.shown,
        )  # fmt: skip
        if batch is not None:
            changes = engine.changes
            write_changes(session, changes, _write_step(changes, total, progress, should_cancel))
            del changes  # freed with the rest, below
            batch.rows, batch.imported = result.rows, result.imported
            batch.refreshed, batch.rejected = result.refreshed, result.rejected
            audit.record(
                session,
                workspace.actor.name,
                Action.IMPORT,
                object_type="import_batch",
                object_id=batch.id,
                organisation=organisation.id,
                rows=result.rows,
                imported=result.imported,
                refreshed=result.refreshed,
                rejected=result.rejected,
                new_matches=result.new_matches,
                ignored_columns=len(result.ignored_columns),
            )
        leftovers: list[object] = [contents, checks, outcomes, engine, checker]
        del contents, checks, outcomes, engine, checker
        freeing = _free_while_committing(leftovers)
    freeing.join()
    if progress is not None:
        progress(2 * total, 2 * total)
    return result


# ------------------------------------------------------------------ the steps


@contextmanager
def _gc_paused() -> Iterator[None]:
    # An import makes millions of small objects that live until it ends; the cyclic garbage
    # collector would walk them all again and again (a quarter of the planning time), and they
    # hold no cycles worth collecting early.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _free_while_committing(leftovers: list[object]) -> threading.Thread:
    # What the import made (millions of small objects) takes ~0.5 s to free; the commit that
    # follows is SQLCipher's work, done without Python's lock. So the freeing runs on another
    # thread meanwhile, and the import returns when both are done.
    thread = threading.Thread(target=leftovers.clear, name="sisa-import-leftovers")
    thread.start()
    return thread


@requires(Permission.IMPORT_SIGNALS)
def save_error_report(
    workspace: Workspace, report: ImportResult | ImportPreview, target: Path
) -> int:
    """The rejected rows, for the partner (`write_error_report`): an export of BSNs and
    names, so an audited one (DESIGN.md §4); nothing is logged when the file cannot be
    written. Returns the number of rows."""
    with workspace.database.unit_of_work() as session:
        rows = len(report.rejected_rows)
        audit.record(session, workspace.actor.name, Action.EXPORT, kind="import_errors", rows=rows)
        write_error_report(report, Path(target))
    return rows


def _organisation(workspace: Workspace, code: str) -> _Organisation:
    with workspace.database.unit_of_work() as session:
        found = session.execute(
            select(Organisation.id, Organisation.code).where(
                Organisation.code == code.strip().upper(), Organisation.active.is_(True)
            )
        ).first()
    if found is None:
        raise NotFound(f"there is no active organisation with code {code.strip()!r}")
    return _Organisation(*found)


def _earlier_batch(session: Session, organisation_id: int, sha256: str) -> ImportBatch | None:
    return session.scalar(
        select(ImportBatch).where(
            ImportBatch.organisation_id == organisation_id, ImportBatch.file_sha256 == sha256
        )
    )


def _refuse_imported(session: Session, organisation_id: int, sha256: str, name: str) -> None:
    earlier = _earlier_batch(session, organisation_id, sha256)
    if earlier is not None:
        raise AlreadyImported(name, earlier.imported_at, earlier.id)


def _plan(
    workspace: Workspace,
    session: Session,
    organisation: _Organisation,
    contents: SheetContents,
    today: date,
    batch: ImportBatch | None = None,
    should_cancel: Cancel | None = None,
) -> tuple[list[RowCheck], Outcomes, BulkRegistration, RowChecker]:
    """Check every row, then decide the valid ones against the database (reads only)."""
    fields = fields_of(contents)
    settings = cached_settings(workspace, session)
    retention, epoch = settings.retention, contents.epoch
    checker = RowChecker(fields, organisation.code, today, epoch, retention)
    checks = [checker.check(row) for row in contents.rows]
    mark_duplicates(checks)
    known = {p.email: p.name for p in professionals_of(session, organisation.id) if p.email}
    resolve_contacts(checks, known)
    engine = BulkRegistration(
        session,
        workspace.actor,
        today=today,
        settings=settings,
        import_batch_id=batch.id if batch is not None else None,
    )
    valid = [c for c in checks if c.signal is not None]
    inputs = [c.signal for c in valid]
    # The row check left every BSN normalised (import_values.bsn), or None.
    planned = engine.plan(inputs, should_cancel, bsns_normalised=True)  # type: ignore[arg-type]
    outcomes = {}
    for check, outcome in zip(valid, planned, strict=True):
        outcomes[check.row] = outcome
        if isinstance(outcome, Rejection):
            text = _rejection_message(outcome, settings)
            check.add_problem(outcome.field, text)
            told = partner_message(outcome.code)
            if told is not None:
                check.for_partner = {text: told}
    return checks, outcomes, engine, checker


def _possible_duplicates(changes: Changes) -> int:
    """The new young persons the import sends to the review queue (each may have several
    candidates)."""
    return len({review["young_person_id"] for review in changes.reviews})


def _rejection_message(rejection: Rejection, settings: Settings) -> str:
    return message(
        rejection.code,
        label=NOUNS.get(rejection.field, rejection.field),
        max_age=settings.retention.max_age,
        term=settings.signal_term_months,
    )


def _halved(progress: Progress | None) -> Progress | None:
    if progress is None:
        return None
    return lambda done, total: progress(done, 2 * total)


def _write_step(
    changes: Changes, rows: int, progress: Progress | None, should_cancel: Cancel | None
) -> Callable[[int], None]:
    planned = max(rows_to_write(changes), 1)
    written = 0

    def step(count: int) -> None:
        nonlocal written
        if should_cancel is not None and should_cancel():
            raise ImportCancelled
        written += count
        if progress is not None:
            progress(rows + min(rows, rows * written // planned), 2 * rows)

    return step
