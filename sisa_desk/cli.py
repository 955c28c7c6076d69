"""Command line: the GUI by default; subcommands for batch work (DESIGN.md §7).

Exit status 0 on success; 1 with one line ``error: …`` on stderr when the work could not be
done (never a traceback, never personal data); 2 for wrong usage. ``--json`` prints one JSON
document on stdout and nothing else there.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import __version__
from .domain.passwords import WeakPasswordError
from .domain.permissions import Role
from .logs import configure_logging, log_unexpected
from .services.errors import ServiceError
from .store.errors import StoreError

if TYPE_CHECKING:
    from .services.import_results import ImportResult

logger = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A problem with what the command was given, reported as ``error: …``."""


# ---------------------------------------------------------------- input and output helpers


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "admin"


def _secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandError(f"no password given: set {env} or run in a terminal")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise CommandError("the two passwords differ")
    return first


def _password() -> str:
    return _secret("SISA_PASSWORD", "Password: ")


def _new_password() -> str:
    return _secret("SISA_NEW_PASSWORD", "New password: ", confirm=True)


def _to_jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _to_jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: _to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_to_jsonable(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def print_json(value: Any) -> None:
    json.dump(_to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> None:
    cells = [[str(c) for c in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


@contextmanager
def _workspace(args: argparse.Namespace):
    from .services import accounts

    workspace = accounts.log_in(Path(args.db), args.user, _password())
    try:
        yield workspace
    finally:
        workspace.database.close()


# ---------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    from .services import accounts

    password = os.environ.get("SISA_NEW_PASSWORD") or os.environ.get("SISA_PASSWORD")
    if password is None:
        password = _new_password()
    result = accounts.initialise(
        Path(args.db),
        args.admin,
        password,
        journal_mode="delete" if args.shared_folder else "wal",
    )
    result.workspace.database.close()
    print(f"Created {args.db} with administrator {args.admin}.")
    print(f"Keyring: {result.workspace.database.keyring_path}  (back it up with the database)")
    print()
    print("RECOVERY KEY - shown only this once. Print it and keep it in a safe:")
    print(f"    {result.recovery_secret}")
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    from .services import accounts

    with _workspace(args) as workspace:
        accounts.add_user(workspace, args.name, Role(args.role), _new_password())
    print(f"Added {args.name} ({args.role}).")
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from .services import accounts

    with _workspace(args) as workspace:
        users = accounts.list_users(workspace)
    if args.json:
        print_json(users)
    else:
        _table(
            [(u.name, u.role.value, "yes" if u.active else "no", u.last_login) for u in users],
            ["name", "role", "active", "last log-in"],
        )
    return 0


def cmd_users_deactivate(args: argparse.Namespace) -> int:
    from .services import accounts

    with _workspace(args) as workspace:
        accounts.deactivate_user(workspace, args.name)
    print(
        f"Deactivated {args.name}. Run `sisa-desk rotate-key` so old keyring copies stop working."
    )
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from .services import accounts

    with _workspace(args) as workspace:
        accounts.change_password(workspace, _password(), _new_password())
    print("Password changed.")
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    from .services import accounts

    with _workspace(args) as workspace:
        kept = accounts.rotate_key(workspace)
    print(f"New database key sealed to {kept} active user(s) and the recovery key.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from .services import accounts

    secret = _secret("SISA_RECOVERY_KEY", "Recovery key: ")
    workspace = accounts.recover(Path(args.db), secret, args.user, _new_password())
    workspace.database.close()
    print(f"{args.user} has a new password.")
    return 0


def cmd_matches(args: argparse.Namespace) -> int:
    from .services import matching

    with _workspace(args) as workspace:
        matches = matching.list_matches(workspace, open_only=args.open)
    if args.json:
        print_json(
            [
                {
                    "id": m.id,
                    "bsn": m.bsn,
                    "organisations": m.organisations,
                    "status": m.status,
                    "opened": m.opened,
                    "closed": m.closed,
                    "coordinator": m.coordinator,
                    "proposed_coordinator": m.proposed_coordinator,
                    "handled": m.handled,
                    "overdue": m.overdue,
                }
                for m in matches
            ]
        )
    else:
        _table(
            [
                (
                    m.id,
                    m.bsn or "-",
                    ", ".join(m.organisations),
                    m.status,
                    m.opened.strftime("%d-%m-%Y"),
                    m.coordinator or "-",
                    "overdue" if m.overdue else ("handled" if m.handled else ""),
                )
                for m in matches
            ],
            ["id", "bsn", "organisations", "status", "opened", "coordinator", ""],
        )
    return 0


def cmd_directory_import(args: argparse.Namespace) -> int:
    from .services import directory_import

    with _workspace(args) as workspace:
        try:
            result = directory_import.import_directory(workspace, Path(args.file))
        except directory_import.DirectoryImportError as exc:
            # Every problem on stdout, so the admin can mend the workbook; then the one line.
            _table(
                [(i.sheet, i.row or "", i.column or "", i.message) for i in exc.issues],
                ["sheet", "row", "column", "problem"],
            )
            raise
    print(
        f"Organisations: {result.organisations_added} added, "
        f"{result.organisations_updated} updated. "
        f"Professionals: {result.professionals_added} added, "
        f"{result.professionals_updated} updated."
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .services import imports

    report = Path(args.errors) if args.errors else None
    if report is not None:
        imports.check_report_target(report, Path(args.file))  # before anything is imported
    with _workspace(args) as workspace:
        result = imports.run_import(workspace, Path(args.file), args.org, dry_run=args.dry_run)
        # From here the file was processed (and, unless a dry run, saved): exit 0.
        report_failure = None
        if report is not None:
            try:
                imports.save_error_report(workspace, result, report)
            except OSError as exc:
                report_failure = exc.strerror or str(exc)
    if args.json:
        print_json(_import_json(result, report, report_failure))
    else:
        _print_import(result, report if report_failure is None else None)
    if report_failure is not None:
        saved = "checked" if result.dry_run else f"saved as import {result.batch_id}"
        print(
            f"warning: the file was {saved}, but the error report could not be written to "
            f"{report}: {report_failure}",
            file=sys.stderr,
        )
    return 0


def _import_json(
    result: ImportResult, report: Path | None, report_failure: str | None
) -> dict[str, object]:
    return {
        "file": result.file_name,
        "sheet": result.sheet,
        "organisation": result.organisation_code,
        "dry_run": result.dry_run,
        "batch_id": result.batch_id,
        "rows": result.rows,
        "imported": result.imported,
        "refreshed": result.refreshed,
        "rejected": result.rejected,
        "new_matches": result.new_matches,
        "possible_duplicates": result.possible_duplicates,
        "ignored_columns": result.ignored_columns,
        "errors": [{"row": e.row, "column": e.column, "message": e.message} for e in result.errors],
        "error_report": str(report) if report is not None else None,
        "error_report_problem": report_failure,  # None when written, or not asked for
    }


def _print_import(result: ImportResult, report: Path | None) -> None:
    note = " (dry run: nothing was written)" if result.dry_run else ""
    print(f"{result.file_name}, sheet {result.sheet!r}, for {result.organisation_code}{note}")
    print(
        f"Rows: {result.rows}. Imported: {result.imported}, refreshed: {result.refreshed}, "
        f"rejected: {result.rejected}. New matches: {result.new_matches}."
    )
    if result.possible_duplicates:
        print(
            f"Possible duplicates for review: {result.possible_duplicates} (new young persons "
            "without a BSN who resemble one already known; see the review queue)."
        )
    if result.ignored_columns:
        print(f"Ignored columns (not stored): {', '.join(result.ignored_columns)}")
    if result.errors:
        _table(
            [(e.row, e.column or "", e.message) for e in result.errors],
            ["row", "column", "problem"],
        )
    if report is not None:
        print(f"Error report: {report} ({result.rejected} rows)")


def cmd_demo_data(args: argparse.Namespace) -> int:
    from .services import demo_data

    with _workspace(args) as workspace:
        summary = demo_data.fill_demo_data(workspace, young_persons=args.young)
    print(
        f"{summary.organisations} organisations, {summary.professionals} professionals, "
        f"{summary.young_persons} young persons, {summary.signals} signals "
        f"({summary.active_signals} active), {summary.matches} matches "
        f"({summary.open_matches} open)."
    )
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from .services import retention

    with _workspace(args) as workspace:
        report = retention.purge(workspace, dry_run=args.dry_run)
    print(
        f"{report.signals_expired} signals ended, {report.signals_destroyed} signals and "
        f"{report.young_persons_destroyed} young persons destroyed"
        + (" (dry run: nothing was written)" if report.dry_run else "")
    )
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from .services import audit

    with _workspace(args) as workspace:
        report = audit.verify_chain(workspace)
    if not report.intact:
        _fail(f"the audit log is broken at event {report.first_broken_id}")
    print(f"Audit log intact: {report.events} events.")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from .ui.app import run_gui

    return run_gui(Path(args.db) if args.db else None, demo=args.demo)


# ---------------------------------------------------------------- parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user", default=_default_user(), help="who acts (default: your login name)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sisa-desk",
        description="Back office of the SISA signalling system. Without a command: the GUI.",
        epilog="Passwords come from SISA_PASSWORD (and SISA_NEW_PASSWORD) or a prompt.",
    )
    parser.add_argument("--version", action="version", version=f"sisa-desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create an encrypted database and its keyring")
    p.add_argument("db")
    p.add_argument("--admin", required=True, help="name of the first administrator")
    p.add_argument(
        "--shared-folder",
        action="store_true",
        help="the database lives in a network folder (no WAL journal)",
    )
    p.set_defaults(handler=cmd_init)

    users = sub.add_parser("users", help="manage user accounts (admin)")
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    p = users_sub.add_parser("add", help="add a user")
    p.add_argument("db")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    _common(p)
    p.set_defaults(handler=cmd_users_add)
    p = users_sub.add_parser("list", help="list users")
    p.add_argument("db")
    p.add_argument("--json", action="store_true")
    _common(p)
    p.set_defaults(handler=cmd_users_list)
    p = users_sub.add_parser("deactivate", help="deactivate a user")
    p.add_argument("db")
    p.add_argument("name")
    _common(p)
    p.set_defaults(handler=cmd_users_deactivate)

    p = sub.add_parser("passwd", help="change your own password")
    p.add_argument("db")
    _common(p)
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser("rotate-key", help="give the database a new key (admin)")
    p.add_argument("db")
    _common(p)
    p.set_defaults(handler=cmd_rotate_key)

    p = sub.add_parser(
        "recover", help="give USER a new password with the recovery key (SISA_RECOVERY_KEY)"
    )
    p.add_argument("db")
    _common(p)
    p.set_defaults(handler=cmd_recover)

    p = sub.add_parser("matches", help="list matches (operator)")
    p.add_argument("db")
    p.add_argument("--open", action="store_true", help="open matches only")
    p.add_argument("--json", action="store_true")
    _common(p)
    p.set_defaults(handler=cmd_matches)

    directory = sub.add_parser("directory", help="organisations and professionals (admin)")
    directory_sub = directory.add_subparsers(
        dest="directory_command", metavar="ACTION", required=True
    )
    p = directory_sub.add_parser("import", help="load organisations and professionals from xlsx")
    p.add_argument("db")
    p.add_argument("file")
    _common(p)
    p.set_defaults(handler=cmd_directory_import)

    p = sub.add_parser("import", help="import a partner's spreadsheet of signals (operator)")
    p.add_argument("db")
    p.add_argument("file", help="the partner's workbook (.xlsx)")
    p.add_argument("--org", required=True, help="code of the organisation that sent it")
    p.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    p.add_argument("--errors", metavar="OUT.xlsx", help="write the rejected rows to this file")
    p.add_argument("--json", action="store_true")
    _common(p)
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("demo-data", help="fill a database with synthetic data (admin)")
    p.add_argument("db")
    p.add_argument("--young", type=int, default=2000, help="number of young persons")
    _common(p)
    p.set_defaults(handler=cmd_demo_data)

    p = sub.add_parser("purge", help="apply the retention rules (admin)")
    p.add_argument("db")
    p.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    _common(p)
    p.set_defaults(handler=cmd_purge)

    audit_parser = sub.add_parser("audit", help="the audit log (auditor, admin)")
    audit_sub = audit_parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = audit_sub.add_parser("verify", help="check the audit hash chain")
    p.add_argument("db")
    _common(p)
    p.set_defaults(handler=cmd_audit_verify)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sisa-desk", add_help=False)
    parser.add_argument("db", nargs="?")
    parser.add_argument("--demo", action="store_true")
    parser.set_defaults(handler=cmd_gui)
    return parser


def _fail(message: str) -> NoReturn:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(1)


def run(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    first = next((a for a in argv if not a.startswith("-")), None)
    wants_help = any(a in ("-h", "--help", "--version") for a in argv)
    if first in commands or (wants_help and "--demo" not in argv):
        args = parser.parse_args(argv)
        if not getattr(args, "handler", None):
            parser.print_help()
            return 2
    else:
        args = build_gui_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (StoreError, ServiceError, WeakPasswordError, CommandError) as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted")
    except OSError as exc:
        _fail(f"{exc.strerror or 'cannot use the file'}: {exc.filename or ''}".rstrip(": "))
    except Exception as exc:
        log_unexpected(logger, exc)
        _fail("unexpected failure; the details are in the log file")


def _attach_windows_console() -> None:
    # The Windows build is a GUI program: it has no console unless started from one. Then the
    # command-line face reuses the console it was started from.
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
        sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115


def main(argv: Sequence[str] | None = None) -> NoReturn:
    _attach_windows_console()
    configure_logging()
    raise SystemExit(run(argv))
