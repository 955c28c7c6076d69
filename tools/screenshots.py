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
        for _ in range(5):
            application.processEvents()

    demo = create_demo_database(work / "demo.db")
    account = {a.role: a for a in demo.accounts}

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

    for workspace in workspaces.values():
        workspace.database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
