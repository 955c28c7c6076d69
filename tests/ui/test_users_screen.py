"""The Users screen on a real database: list, add, deactivate, renew the key."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from sisa_desk.domain.permissions import Role
from sisa_desk.services import accounts
from sisa_desk.ui.add_user_dialog import AddUserDialog
from sisa_desk.ui.users_model import UsersTableModel
from sisa_desk.ui.users_screen import UsersScreen
from tests.conftest import NAMES
from tests.ui.conftest import WAIT_MS

NEW_PASSWORD = "nieuwe-collega-wachtwoord-7"


@pytest.fixture
def screen(qtbot, db) -> UsersScreen:
    widget = UsersScreen(db.admin)
    qtbot.addWidget(widget)
    return widget


def _cell(screen: UsersScreen, name: str, column: int) -> str:
    row = screen.model.row_of(name)
    assert row is not None, name
    return screen.model.index(row, column).data()


def _open_add_dialog(screen: UsersScreen) -> AddUserDialog:
    screen.ui.addUserButton.click()
    dialog = screen.findChild(AddUserDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _fill(dialog: AddUserDialog, name: str, role: Role, password: str, repeat: str | None = None):
    dialog.ui.nameEdit.setText(name)
    dialog.set_role(role)
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.repeatPasswordEdit.setText(password if repeat is None else repeat)


def test_lists_every_user_with_dutch_role_active_and_last_log_in(screen):
    model = screen.model
    assert model.rowCount() == 4
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal) for c in range(UsersTableModel.COLUMN_COUNT)
    ]
    assert headers == ["Naam", "Rol", "Actief", "Laatst ingelogd"]
    assert _cell(screen, "medewerker", UsersTableModel.ROLE) == "Medewerker"
    assert _cell(screen, "beheer", UsersTableModel.ROLE) == "Beheerder"
    assert _cell(screen, "analist", UsersTableModel.ACTIVE) == "Ja"
    # The fixture logged every role in: dd-mm-jjjj HH:MM.
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", _cell(screen, "auditor", 3))


def test_add_user_through_the_dialog(qtbot, screen, db):
    dialog = _open_add_dialog(screen)
    _fill(dialog, "nieuwe.collega", Role.ANALYST, NEW_PASSWORD)
    dialog.ui.addButton.click()
    assert dialog.busy
    qtbot.waitUntil(lambda: screen.model.row_of("nieuwe.collega") is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.findChild(AddUserDialog) is None, timeout=WAIT_MS)
    assert _cell(screen, "nieuwe.collega", UsersTableModel.ROLE) == "Analist"
    assert _cell(screen, "nieuwe.collega", UsersTableModel.LAST_LOGIN) == "nooit"
    assert screen.selected_user().name == "nieuwe.collega"
    workspace = accounts.log_in(db.path, "nieuwe.collega", NEW_PASSWORD)
    assert workspace.actor.role is Role.ANALYST
    workspace.database.close()


def test_weak_password_shows_the_policy_in_dutch(qtbot, screen):
    dialog = _open_add_dialog(screen)
    _fill(dialog, "nieuwe.collega", Role.OPERATOR, "welkom2024!!")
    dialog.ui.addButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert "niet sterk genoeg" in dialog.error_text
    assert "minstens 12 tekens" in dialog.error_text
    assert dialog.isVisible()
    assert screen.model.row_of("nieuwe.collega") is None


def test_different_passwords_and_taken_names_are_refused(qtbot, screen):
    dialog = _open_add_dialog(screen)
    _fill(dialog, "nieuwe.collega", Role.OPERATOR, NEW_PASSWORD, repeat=NEW_PASSWORD + "x")
    dialog.ui.addButton.click()
    assert dialog.error_text == "De twee wachtwoorden zijn niet gelijk."
    assert not dialog.busy
    _fill(dialog, NAMES[Role.AUDITOR], Role.OPERATOR, NEW_PASSWORD)
    dialog.ui.addButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.error_text == "Er bestaat al een gebruiker met deze naam."


def test_deactivate_after_confirmation(qtbot, screen, message_boxes):
    screen.select_user("analist")
    assert screen.ui.deactivateButton.isEnabled()
    screen.ui.deactivateButton.click()
    qtbot.waitUntil(
        lambda: _cell(screen, "analist", UsersTableModel.ACTIVE) == "Nee", timeout=WAIT_MS
    )
    (question,) = message_boxes.of_kind("confirm")
    assert question == "Het account analist deactiveren?"
    (notice,) = message_boxes.of_kind("info")
    assert "databasesleutel" in notice
    assert not screen.ui.deactivateButton.isEnabled()  # already inactive


def test_deactivate_cancelled_changes_nothing(screen, db, message_boxes):
    message_boxes.answer = False
    screen.select_user("analist")
    screen.ui.deactivateButton.click()
    assert message_boxes.of_kind("confirm")
    assert all(u.active for u in accounts.list_users(db.admin))


def test_own_account_cannot_be_deactivated(screen):
    screen.select_user("beheer")
    assert not screen.ui.deactivateButton.isEnabled()


def test_renew_database_key(qtbot, screen, db, message_boxes):
    # Renewing the key needs the file to itself: close the other roles' connections.
    for role in (Role.OPERATOR, Role.ANALYST, Role.AUDITOR):
        db[role].database.close()
    screen.ui.rotateKeyButton.click()
    qtbot.waitUntil(lambda: bool(message_boxes.of_kind("info")), timeout=WAIT_MS)
    (notice,) = message_boxes.of_kind("info")
    assert "De databasesleutel is vernieuwd" in notice and ": 4." in notice
    assert len(accounts.list_users(db.admin)) == 4  # still readable with the new key
