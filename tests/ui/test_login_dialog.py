"""The log-in dialog: success, the busy state, and one clear Dutch message per problem."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from sisa_desk.domain.permissions import Role
from sisa_desk.services import accounts
from sisa_desk.ui.login_dialog import LoginDialog
from sisa_desk.ui.settings import LAST_DATABASE, LAST_USER
from tests.conftest import NAMES, PASSWORDS
from tests.ui.conftest import WAIT_MS


@pytest.fixture
def open_login(qtbot, settings, quick_log_in):
    def build(path: Path, user: str = NAMES[Role.OPERATOR]) -> LoginDialog:
        dialog = LoginDialog(path, settings=settings, user_name=user, log_in=quick_log_in)
        qtbot.addWidget(dialog)
        return dialog

    return build


def _log_in(qtbot, dialog: LoginDialog, password: str) -> None:
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.loginButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)


def test_log_in_gives_the_workspace_and_remembers_database_and_user(
    qtbot, db, open_login, settings
):
    dialog = open_login(db.path)
    _log_in(qtbot, dialog, PASSWORDS[Role.OPERATOR])
    assert dialog.workspace is not None
    try:
        assert dialog.workspace.actor.role is Role.OPERATOR
        assert dialog.result() == LoginDialog.DialogCode.Accepted
        assert dialog.error_text == ""
        assert dialog.ui.passwordEdit.text() == ""
        assert settings.get(LAST_USER) == NAMES[Role.OPERATOR]
        assert settings.get(LAST_DATABASE) == str(db.path)
    finally:
        dialog.workspace.database.close()


def test_busy_while_logging_in(qtbot, db, open_login):
    dialog = open_login(db.path)
    dialog.ui.passwordEdit.setText(PASSWORDS[Role.OPERATOR])
    dialog.ui.loginButton.click()
    assert dialog.busy
    assert not dialog.ui.loginButton.isEnabled()
    assert not dialog.ui.busyPanel.isHidden()
    dialog.reject()  # ignored while the log-in runs
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.workspace is not None
    dialog.workspace.database.close()
    assert dialog.ui.busyPanel.isHidden()


def test_user_name_defaults_to_the_last_one(qtbot, db, settings, quick_log_in):
    settings.set(LAST_USER, "analist")
    dialog = LoginDialog(db.path, settings=settings, log_in=quick_log_in)
    qtbot.addWidget(dialog)
    assert dialog.ui.userEdit.text() == "analist"


def test_empty_password_is_asked_for(open_login, db):
    dialog = open_login(db.path)
    dialog.ui.loginButton.click()
    assert dialog.error_text == "Vul uw gebruikersnaam en wachtwoord in."
    assert not dialog.busy


def test_wrong_password(qtbot, db, open_login):
    dialog = open_login(db.path)
    _log_in(qtbot, dialog, "niet-het-wachtwoord")
    assert dialog.workspace is None
    assert "Het wachtwoord is onjuist" in dialog.error_text
    assert dialog.ui.passwordEdit.text() == ""
    assert dialog.ui.loginButton.isEnabled()


def test_deactivated_account(qtbot, db, open_login):
    accounts.deactivate_user(db.admin, NAMES[Role.ANALYST])
    dialog = open_login(db.path, NAMES[Role.ANALYST])
    _log_in(qtbot, dialog, PASSWORDS[Role.ANALYST])
    assert dialog.workspace is None
    assert "gedeactiveerd" in dialog.error_text


def _plaintext_sqlite(tmp_path: Path, _make_db) -> Path:
    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    return path


def _text_file(tmp_path: Path, _make_db) -> Path:
    path = tmp_path / "notes.db"
    path.write_text("dit is geen database\n", encoding="utf-8")
    return path


def _missing_file(tmp_path: Path, _make_db) -> Path:
    return tmp_path / "typo.db"


def _keyring_removed(_tmp_path: Path, make_db) -> Path:
    database = make_db("a.db")
    (database.path.parent / "a.db.keyring").unlink()
    return database.path


def _keyring_of_another_database(_tmp_path: Path, make_db) -> Path:
    database, other = make_db("a.db"), make_db("b.db")
    shutil.copy(other.path.parent / "b.db.keyring", database.path.parent / "a.db.keyring")
    return database.path


def _damaged_file(_tmp_path: Path, make_db) -> Path:
    database = make_db("a.db")
    for workspace in database.workspaces.values():
        workspace.database.close()
    with database.path.open("r+b") as fh:
        fh.seek(16)  # past the salt: the first page no longer decrypts
        fh.write(bytes(4000))
    return database.path


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (_plaintext_sqlite, "onversleutelde SQLite-database"),
        (_text_file, "geen sisa-desk-database"),
        (_missing_file, "niet gevonden"),
        (_keyring_removed, "ontbreekt"),
        (_keyring_of_another_database, "hoort bij een andere database"),
        (_damaged_file, "beschadigd"),
    ],
    ids=["plaintext", "text-file", "missing", "no-keyring", "other-keyring", "damaged"],
)
def test_each_broken_database_has_its_own_message(
    qtbot, tmp_path, make_db, open_login, build, expected
):
    dialog = open_login(build(tmp_path, make_db))
    _log_in(qtbot, dialog, PASSWORDS[Role.OPERATOR])
    assert dialog.workspace is None
    assert expected in dialog.error_text
    assert dialog.result() != LoginDialog.DialogCode.Accepted


def test_choosing_another_database_clears_the_message(qtbot, tmp_path, open_login):
    dialog = open_login(tmp_path / "typo.db")
    _log_in(qtbot, dialog, "wat-dan-ook-lang")
    assert dialog.error_text
    dialog.set_database(tmp_path / "other.db")
    assert dialog.error_text == ""
    assert dialog.database == tmp_path / "other.db"
    assert "other.db" in dialog.ui.databaseLabel.toolTip()
