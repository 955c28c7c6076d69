"""Changing one's own password."""

from __future__ import annotations

import pytest

from sisa_desk.domain.permissions import Role
from sisa_desk.services import accounts
from sisa_desk.store.errors import WrongPasswordError
from sisa_desk.ui.change_password_dialog import ChangePasswordDialog
from tests.conftest import NAMES, PASSWORDS
from tests.ui.conftest import WAIT_MS

NEW = "een-heel-nieuw-wachtwoord-9"


@pytest.fixture
def dialog(qtbot, db) -> ChangePasswordDialog:
    widget = ChangePasswordDialog(db[Role.ANALYST])
    qtbot.addWidget(widget)
    return widget


def _change(qtbot, dialog, old: str, new: str, repeat: str | None = None) -> None:
    dialog.ui.oldPasswordEdit.setText(old)
    dialog.ui.newPasswordEdit.setText(new)
    dialog.ui.repeatPasswordEdit.setText(new if repeat is None else repeat)
    dialog.ui.changeButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)


def test_changes_the_password(qtbot, dialog, db, quick_log_in):
    _change(qtbot, dialog, PASSWORDS[Role.ANALYST], NEW)
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    workspace = quick_log_in(db.path, NAMES[Role.ANALYST], NEW)
    workspace.database.close()
    with pytest.raises(WrongPasswordError):
        quick_log_in(db.path, NAMES[Role.ANALYST], PASSWORDS[Role.ANALYST])


def test_repeat_must_match(qtbot, dialog):
    _change(qtbot, dialog, PASSWORDS[Role.ANALYST], NEW, repeat="iets-anders-helemaal")
    assert dialog.error_text == "De twee nieuwe wachtwoorden zijn niet gelijk."


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("niet-het-oude-wachtwoord", NEW, "Het huidige wachtwoord is onjuist."),
        (PASSWORDS[Role.ANALYST], "kort", "minstens 12 tekens"),
        (PASSWORDS[Role.ANALYST], PASSWORDS[Role.ANALYST], "hetzelfde als het huidige"),
    ],
    ids=["wrong-current", "weak", "unchanged"],
)
def test_refusals_are_explained(qtbot, dialog, db, old, new, expected):
    _change(qtbot, dialog, old, new)
    assert expected in dialog.error_text
    assert dialog.result() != ChangePasswordDialog.DialogCode.Accepted
    accounts.verify_password(db[Role.ANALYST], PASSWORDS[Role.ANALYST])  # unchanged
