"""The idle lock: it locks after the idle time, input postpones it, and only the right
password unlocks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from sisa_desk.domain.permissions import Role
from sisa_desk.ui.change_password_dialog import ChangePasswordDialog
from sisa_desk.ui.idle_lock import IdleLock, minutes_to_ms
from sisa_desk.ui.main_window import MainWindow
from tests.conftest import PASSWORDS
from tests.ui.conftest import WAIT_MS


def test_default_idle_time_is_ten_minutes(qtbot, db, settings):
    window = MainWindow(db.operator, settings=settings)
    qtbot.addWidget(window)
    assert window.idle_lock.timeout_ms == minutes_to_ms(10) == 600_000


def test_idle_signal_after_the_timeout(qtbot):
    lock = IdleLock(50)
    lock.start()
    with qtbot.waitSignal(lock.idle, timeout=2_000):
        pass
    assert not lock.active


def test_input_postpones_the_lock(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    lock = IdleLock(500)
    fired = []
    lock.idle.connect(lambda: fired.append(1))
    lock.start()
    for _ in range(12):  # 12 × 60 ms of typing: longer than the idle time
        qtbot.wait(60)
        QTest.keyClick(field, Qt.Key.Key_A)
    assert fired == []
    qtbot.waitUntil(lambda: fired == [1], timeout=2_000)


@pytest.fixture
def window(qtbot, db, settings) -> MainWindow:
    main = MainWindow(db.operator, settings=settings, idle_timeout_ms=100)
    qtbot.addWidget(main)
    main.show()
    return main


def _try_password(qtbot, window: MainWindow, password: str) -> None:
    dialog = window.unlock_dialog
    assert dialog is not None
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.unlockButton.click()
    qtbot.waitUntil(lambda: window.unlock_dialog is None or not dialog.busy, timeout=WAIT_MS)


def test_locks_after_idle_time_and_hides_the_content(qtbot, window):
    qtbot.waitUntil(lambda: window.locked, timeout=2_000)
    assert window.ui.centralStack.currentWidget() is window.ui.lockedPage
    assert not window.ui.actionChangePassword.isEnabled()
    assert window.unlock_dialog is not None and window.unlock_dialog.isVisible()
    assert "medewerker" in window.unlock_dialog.ui.messageLabel.text()


def test_wrong_password_stays_locked_and_right_one_unlocks(qtbot, window):
    qtbot.waitUntil(lambda: window.locked, timeout=2_000)
    _try_password(qtbot, window, "niet-het-goede-wachtwoord")
    assert window.locked
    assert window.unlock_dialog.error_text == (
        "Het wachtwoord is onjuist. sisa-desk blijft vergrendeld."
    )
    _try_password(qtbot, window, PASSWORDS[Role.OPERATOR])
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT_MS)
    assert window.ui.centralStack.currentWidget() is window.ui.contentPage
    assert window.idle_lock.active
    assert window.ui.actionChangePassword.isEnabled()


def test_escape_keeps_it_locked_and_the_button_asks_again(qtbot, window):
    window.ui.actionLock.trigger()
    assert window.locked
    window.unlock_dialog.reject()
    qtbot.waitUntil(lambda: window.unlock_dialog is None, timeout=WAIT_MS)
    assert window.locked
    window.ui.unlockButton.click()
    assert window.unlock_dialog is not None


def test_locking_closes_other_dialogs(qtbot, window):
    window.idle_lock.stop()
    window.change_password()
    dialog = window.findChild(ChangePasswordDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.ui.newPasswordEdit.setText("half getypt")
    window.lock()
    assert not dialog.isVisible()


def test_sign_out_closes_the_window_and_the_database(qtbot, window, db, monkeypatch):
    closed = []
    real_close = db.operator.database.close
    monkeypatch.setattr(db.operator.database, "close", lambda: (closed.append(1), real_close()))
    window.lock()
    window.unlock_dialog.ui.signOutButton.click()
    assert closed == [1]
    assert not window.isVisible()
