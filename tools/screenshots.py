"""Render the main windows and dialogs on a fresh demo database to PNGs in docs/screenshots/.

    uv run python tools/screenshots.py [--out docs/screenshots]

Runs without a screen (QT_QPA_PLATFORM=offscreen) and with its own settings folder, so it
neither opens windows nor touches the settings of the person running it. Look at every PNG
after changing a form or the style sheet.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1180, 740)


def _render(widget, path: Path, settle: Callable[[], None]) -> None:
    widget.show()
    settle()
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    work = Path(tempfile.mkdtemp(prefix="sisa-desk-screenshots-"))
    os.environ["SISA_DESK_HOME"] = str(work / "home")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from sisa_desk.domain.permissions import Role
    from sisa_desk.services import accounts
    from sisa_desk.services.demo import create_demo_database
    from sisa_desk.ui.add_user_dialog import AddUserDialog
    from sisa_desk.ui.app import configure_application
    from sisa_desk.ui.change_password_dialog import ChangePasswordDialog
    from sisa_desk.ui.login_dialog import LoginDialog
    from sisa_desk.ui.main_window import MainWindow
    from sisa_desk.ui.settings import UiSettings

    # The offscreen platform warns that windows cannot tell it their size; nothing to act on.
    qInstallMessageHandler(
        lambda _mode, _context, message: (
            None if "propagateSizeHints" in message else print(message, file=sys.stderr)
        )
    )
    application = QApplication(sys.argv[:1])
    settings = UiSettings.open()
    configure_application(application)

    def settle() -> None:
        for _ in range(20):
            application.processEvents()

    demo = create_demo_database(work / "demo.db")
    account = {a.role: a for a in demo.accounts}
    _ensure_directory(demo.path, account[Role.ADMIN])

    login = LoginDialog(demo.path, settings=settings, user_name=account[Role.OPERATOR].name)
    _render(login, out / "login_dialog.png", settle)
    login.ui.passwordEdit.setText("not the password")
    login.log_in()
    while login.busy:
        settle()
    _render(login, out / "login_dialog_wrong_password.png", settle)
    login.close()

    workspaces = {}
    for role, name in (
        (Role.OPERATOR, "operator"),
        (Role.ADMIN, "admin_users"),
        (Role.ANALYST, "analyst"),
        (Role.AUDITOR, "auditor"),
    ):
        workspace = accounts.log_in(demo.path, account[role].name, account[role].password)
        workspaces[role] = workspace
        window = MainWindow(workspace, settings=settings, idle_timeout_ms=3_600_000)
        window.resize(*WINDOW_SIZE)
        if role is Role.ADMIN:
            window.show_screen("users")
        _render(window, out / f"main_window_{name}.png", settle)
        if role is Role.OPERATOR:
            window.lock()
            settle()
            _render(window, out / "main_window_locked.png", settle)
            dialog = window.unlock_dialog
            assert dialog is not None
            _render(dialog, out / "unlock_dialog.png", settle)
            dialog.ui.passwordEdit.setText("not the password")
            dialog.unlock()
            while dialog.busy:
                settle()
            _render(dialog, out / "unlock_dialog_wrong_password.png", settle)
        window.hide()

    admin = workspaces[Role.ADMIN]
    add_user = AddUserDialog(admin)
    _render(add_user, out / "add_user_dialog.png", settle)
    add_user.ui.nameEdit.setText("nieuwe.collega")
    add_user.ui.passwordEdit.setText("kort")
    add_user.ui.repeatPasswordEdit.setText("kort")
    add_user.add()
    while add_user.busy:
        settle()
    _render(add_user, out / "add_user_dialog_weak_password.png", settle)
    add_user.close()

    change = ChangePasswordDialog(workspaces[Role.OPERATOR])
    _render(change, out / "change_password_dialog.png", settle)
    change.close()

    _directory_screens(workspaces, settings, out, settle)
    _signal_screens(workspaces, settings, out, settle)
    _match_screens(workspaces, settings, out, settle)
    _workspace_screens(workspaces, settings, out, settle)
    _import_screen(workspaces, settings, out, settle, work)

    for workspace in workspaces.values():
        workspace.database.close()
    return 0


def _ensure_directory(path: Path, admin_account) -> None:
    """The demo database's organisations: from the demo-data generator when the demo
    database does not have them yet, else three made here through the directory service."""
    from sisa_desk.domain.directory import Sector
    from sisa_desk.services import accounts, directory
    from sisa_desk.services.directory import OrganisationDraft, ProfessionalDraft

    admin = accounts.log_in(path, admin_account.name, admin_account.password)
    try:
        if directory.list_organisations(admin):
            return
        try:
            from sisa_desk.services.demo_data import fill_demo_data
        except ImportError:
            fill_demo_data = None
        if fill_demo_data is not None:
            fill_demo_data(admin, young_persons=400)
            return
        for code, name, sector, coordinates, people in (
            ("JT-MAAS", "Jeugdteam Maasoever", Sector.YOUTH_CARE, True,
             (("Anna de Groot", "jeugd- en gezinscoach"), ("Bram Visser", "gezinsmanager"))),
            ("ONW-RIV", "Scholengroep Rivierenland-West", Sector.EDUCATION, False,
             (("Carla Jansen", "zorgcoördinator"),)),
            ("POL-RZ", "Politie-eenheid Rijnmond-Zuid (demo)", Sector.POLICE_JUSTICE, False,
             (("Dirk Smit", "jeugdagent"),)),
        ):  # fmt: skip
            domain = f"{code.lower()}.example"
            organisation = directory.save_organisation(
                admin,
                OrganisationDraft(code, name, sector, "010-5550100", f"info@{domain}",
                                  may_coordinate=coordinates),
            )  # fmt: skip
            for person, function in people:
                email = f"{person.lower().replace(' ', '.')}@{domain}"
                directory.save_professional(
                    admin,
                    ProfessionalDraft(organisation.id, person, function, "010-5550111", email),
                )
    finally:
        admin.database.close()


def _directory_screens(workspaces, settings, out: Path, settle) -> None:
    from sisa_desk.domain.permissions import Role
    from sisa_desk.ui.directory_dialogs import OrganisationDialog, ProfessionalDialog
    from sisa_desk.ui.main_window import MainWindow

    admin = workspaces[Role.ADMIN]
    window = MainWindow(admin, settings=settings, idle_timeout_ms=3_600_000)
    window.resize(*WINDOW_SIZE)
    screen = window.show_screen("organisations")
    _render(window, out / "main_window_admin_organisations.png", settle)
    organisation = screen.selected_organisation()

    dialog = OrganisationDialog(admin, organisation)
    _render(dialog, out / "organisation_dialog_edit.png", settle)
    dialog.close()
    dialog = OrganisationDialog(admin)
    dialog.show()
    settle()
    dialog.ui.codeEdit.setText("wijk west")
    dialog.ui.emailEdit.setText("info@@wijkwest")
    dialog.save()
    _render(dialog, out / "organisation_dialog_problems.png", settle)
    dialog.close()
    if organisation is not None:
        dialog = ProfessionalDialog(admin, organisation, screen.selected_professional())
        _render(dialog, out / "professional_dialog.png", settle)
        dialog.close()
    screen.ui.searchEdit.setText("jeugd")
    settle()
    _render(window, out / "main_window_admin_organisations_search.png", settle)
    window.show_screen("duplicates")
    _render(window, out / "main_window_admin_duplicates_empty.png", settle)
    window.hide()

    operator = MainWindow(workspaces[Role.OPERATOR], settings=settings, idle_timeout_ms=3_600_000)
    operator.resize(*WINDOW_SIZE)
    operator.show_screen("organisations")
    _render(operator, out / "main_window_operator_organisations.png", settle)
    operator.hide()


def _import_screen(workspaces, settings, out: Path, settle, work: Path) -> None:
    """The import wizard with a messy partner file previewed (title rows, a comment column,
    a BSN typo and a duplicate row)."""
    import random
    from datetime import date, datetime, timedelta

    import openpyxl

    from sisa_desk.domain.bsn import generate_bsn
    from sisa_desk.domain.dates import add_years
    from sisa_desk.domain.permissions import Role
    from sisa_desk.services import directory
    from sisa_desk.ui.main_window import MainWindow

    operator = workspaces[Role.OPERATOR]
    code = directory.list_organisations(operator)[0].code
    today = date.today()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Signalen"
    sheet.append(["Aanmelding signalen"])
    sheet.append([])
    sheet.append(["BSN", "Achternaam", "Voornamen", "Geboortedatum", "Geslacht", "Postcode",
                  "Signaaldatum", "Hulpverlener", "E-mail", "Opmerking"])  # fmt: skip
    names = [("Bakker", "Lotte"), ("Yilmaz", "Emre"), ("De Vries", "Sanne"), ("Smit", "Jayden")]
    bsns = [generate_bsn(random.Random(500 + i), prefix="9") for i in range(len(names))]
    for i, ((surname, given), bsn) in enumerate(zip(names, bsns, strict=True)):
        born = datetime.combine(add_years(today, -14 + i), datetime.min.time())
        sheet.append([int(bsn), surname, given, born, "V" if i % 2 else "M", "3011 AB",
                      (today - timedelta(days=3)).strftime("%d-%m-%Y"), "Fenna Testvelde",
                      "fenna@partner.example", "zie dossier"])  # fmt: skip
    typo = ["12345678X", "Jansen", "Mila", datetime(2011, 2, 28), "V", "3011"]
    sheet.append([*typo, today.strftime("%d-%m-%Y"), "Fenna Testvelde", "", ""])
    sheet.append([int(bsns[0]), "Bakker", "Lotte", None, "M", "3011 AB", "gisteren",
                  "", "", ""])  # fmt: skip
    path = work / "signalen-partner.xlsx"
    book.save(path)

    window = MainWindow(operator, settings=settings, idle_timeout_ms=3_600_000)
    window.resize(*WINDOW_SIZE)
    screen = window.show_screen("import")
    screen.select_organisation(code)
    screen.open_file(path)
    while screen.busy:
        settle()
    table = screen.ui.rowsTable
    table.setCurrentIndex(screen.rows_proxy.index(4, 0))  # the row with a BSN typo
    _render(window, out / "main_window_operator_import_preview.png", settle)
    window.hide()


def _signal_screens(workspaces, settings, out: Path, settle) -> None:
    import random
    from datetime import date, timedelta

    from PySide6.QtCore import Qt

    from sisa_desk.domain.bsn import generate_bsn
    from sisa_desk.domain.dates import add_years
    from sisa_desk.domain.permissions import Role
    from sisa_desk.domain.persons import Gender
    from sisa_desk.domain.signals import WithdrawReason
    from sisa_desk.services import directory, signals
    from sisa_desk.services.persons import PersonIdentity
    from sisa_desk.services.signals import SignalInput
    from sisa_desk.ui.main_window import MainWindow
    from sisa_desk.ui.operations import is_busy

    operator = workspaces[Role.OPERATOR]
    codes = [o.code for o in directory.list_organisations(operator)]
    first, second = codes[0], codes[1]
    window = MainWindow(operator, settings=settings, idle_timeout_ms=3_600_000)
    window.resize(*WINDOW_SIZE)
    screen = window.show_screen("signal_entry")
    _render(window, out / "main_window_operator_signal_entry.png", settle)

    today = date.today()
    ui = screen.ui
    ui.bsnEdit.setText("123456789")
    ui.surnameEdit.setText("Jansen")
    ui.surnameEdit.clear()
    screen.fields.set_date_of_birth(add_years(today, -24))
    ui.postcodeEdit.setText("301 AB")
    ui.organisationCombo.setEditText("ONBEKEND")
    screen.fields.set_signal_date(today + timedelta(days=2))
    _render(window, out / "signal_entry_problems.png", settle)

    bsn = generate_bsn(random.Random(2011), prefix="9")
    born = add_years(today, -15)
    person = PersonIdentity("Vermeulen", born, Gender.FEMALE, bsn, "Noor")
    signals.register_signal(operator, SignalInput(person, first, today - timedelta(days=20)))
    screen.fields.clear_person()
    combo = ui.organisationCombo
    combo.setCurrentIndex(combo.findText(f"{second} – ", Qt.MatchFlag.MatchStartsWith))
    ui.bsnEdit.setText(bsn[1:] if bsn.startswith("0") else bsn)
    ui.givenNamesEdit.setText("Noor")
    ui.surnameEdit.setText("Vermeulen")
    screen.fields.set_date_of_birth(born)
    screen.fields.set_gender(Gender.FEMALE)
    ui.streetEdit.setText("Havenstraat")
    ui.houseNumberEdit.setText("12")
    ui.postcodeEdit.setText("3011 ab")
    ui.cityEdit.setText("Rotterdam")
    screen.fields.set_signal_date(today)
    if ui.professionalCombo.count():
        ui.professionalCombo.setCurrentIndex(0)
    ui.shieldedCheck.setChecked(True)
    _render(window, out / "signal_entry_filled.png", settle)
    # An earlier involvement: a signal that ended, then a new one of another organisation.
    earlier = PersonIdentity("De Wit", add_years(today, -12), Gender.MALE,
                             generate_bsn(random.Random(7)), "Luuk")  # fmt: skip
    ended = signals.register_signal(operator, SignalInput(earlier, codes[2], today - timedelta(90)))
    signals.withdraw_signal(operator, ended.signal_id, WithdrawReason.ENDED)
    signals.register_signal(operator, SignalInput(earlier, codes[3], today - timedelta(days=1)))
    screen.register()
    while is_busy() or screen.busy:
        settle()
    _render(window, out / "signal_entry_registered.png", settle)

    ui.noBsnCheck.setChecked(True)
    _render(window, out / "signal_entry_no_bsn.png", settle)
    screen.fields.clear_person()

    for surname, code in (("Bakker", first), ("Baker", second)):
        person = PersonIdentity(surname, add_years(today, -8), Gender.MALE, None, "Sem")
        signals.register_signal(operator, SignalInput(person, code, today - timedelta(days=4)))
    window.show_screen("duplicates").refresh()
    _render(window, out / "main_window_operator_duplicates.png", settle)
    window.hide()


def _match_screens(workspaces, settings, out: Path, settle) -> None:
    """The match list, the detail of a match (normal and shielded), its dialogs, the empty
    state."""
    from sisa_desk.domain.permissions import Role
    from sisa_desk.services import match_list
    from sisa_desk.services.match_list import MatchFilter, MatchSort, StatusFilter
    from sisa_desk.ui.contact_dialogs import CallOutcomeDialog, CoordinatorDialog
    from sisa_desk.ui.main_window import MainWindow
    from sisa_desk.ui.operations import is_busy

    operator = workspaces[Role.OPERATOR]

    def wait(screen) -> None:
        settle()
        while is_busy() or screen.busy:
            settle()
        settle()

    window = MainWindow(operator, settings=settings, idle_timeout_ms=3_600_000)
    window.resize(*WINDOW_SIZE)
    screen = window.show_screen("matches")
    window.show()
    wait(screen)
    _render(window, out / "main_window_operator_matches.png", settle)

    rows = match_list.match_page(
        operator, MatchFilter(status=StatusFilter.ALL), MatchSort(), 0, 1000
    )
    busy = max(
        (r for r in rows if r.status == "open" and not r.shielded),
        key=lambda r: (r.overdue, len(r.organisations)),
    )
    screen.show_match(busy.id)
    wait(screen)
    _render(window, out / "matches_detail.png", settle)
    member = next((m for m in screen.detail.detail.members if m.current and m.phone), None)
    if member is not None:
        dialog = CallOutcomeDialog(operator, busy.id, member, window)
        _render(dialog, out / "call_outcome_dialog.png", settle)
        dialog.close()
    dialog = CoordinatorDialog(operator, screen.detail.detail, window)
    _render(dialog, out / "coordinator_dialog.png", settle)
    dialog.close()

    shielded = next((r for r in rows if r.shielded), None)
    if shielded is not None:
        screen.show_match(shielded.id)
        wait(screen)
        _render(window, out / "matches_detail_shielded.png", settle)

    screen.show_filter(MatchFilter(overdue_only=True))
    wait(screen)
    _render(window, out / "main_window_operator_matches_overdue.png", settle)
    screen.show_filter(MatchFilter(search="Qqq"))
    wait(screen)
    _render(window, out / "main_window_operator_matches_empty.png", settle)
    window.hide()


def _workspace_screens(workspaces, settings, out: Path, settle) -> None:
    """The dashboard (operator and analyst), the work queues, the young persons with a record
    (normal and shielded) and the signals list."""
    from sisa_desk.domain.permissions import Role
    from sisa_desk.services import person_list
    from sisa_desk.services.queues import Queue
    from sisa_desk.ui.main_window import MainWindow
    from sisa_desk.ui.operations import is_busy

    def wait(screen) -> None:
        settle()
        while is_busy() or screen.busy:
            settle()
        settle()

    for role, name in ((Role.OPERATOR, "operator"), (Role.ANALYST, "analyst")):
        window = MainWindow(workspaces[role], settings=settings, idle_timeout_ms=3_600_000)
        window.resize(*WINDOW_SIZE)
        screen = window.show_screen("dashboard")
        window.show()
        wait(screen)
        _render(window, out / f"main_window_{name}_dashboard.png", settle)
        window.hide()

    operator = workspaces[Role.OPERATOR]
    window = MainWindow(operator, settings=settings, idle_timeout_ms=3_600_000)
    window.resize(*WINDOW_SIZE)
    window.show()
    queues = window.show_screen("work_queue")
    wait(queues)
    _render(window, out / "main_window_operator_work_queue.png", settle)
    queues.select_queue(Queue.COORDINATOR)
    wait(queues)
    _render(window, out / "work_queue_coordinator.png", settle)

    persons = window.show_screen("young_persons")
    wait(persons)
    _render(window, out / "main_window_operator_young_persons.png", settle)
    rows = person_list.young_persons_page(operator, limit=1000)
    normal = max((r for r in rows if not r.shielded), key=lambda r: r.active_signals)
    persons.open_person(normal.id)
    wait(persons)
    _render(window, out / "young_person_record.png", settle)
    shielded = next((r for r in rows if r.shielded), None)
    if shielded is not None:
        persons.open_person(shielded.id)
        wait(persons)
        _render(window, out / "young_person_record_shielded.png", settle)
    persons.show_list()

    signals = window.show_screen("signals")
    wait(signals)
    _render(window, out / "main_window_operator_signals.png", settle)
    window.hide()


if __name__ == "__main__":
    raise SystemExit(main())
