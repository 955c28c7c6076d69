"""Start-up pieces: the application setup, the demo accounts, the last database, settings."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from sisa_desk.domain.permissions import Role
from sisa_desk.services.demo import DEMO_ACCOUNTS, DemoDatabase
from sisa_desk.ui import app
from sisa_desk.ui.settings import IDLE_LOCK_MINUTES, LAST_DATABASE, LAST_USER


def test_application_is_named_light_styled_and_dutch(dutch_application):
    assert QCoreApplication.organizationName() == "SISA"
    assert QCoreApplication.applicationName() == "sisa-desk"
    assert dutch_application.palette().window().color().lightness() > 200
    assert "navigationList" in dutch_application.styleSheet()
    assert QCoreApplication.translate("LoginDialog", "Log in") == "Inloggen"


def test_demo_prints_every_account(monkeypatch, tmp_path, capsys):
    def fake_demo(path: Path) -> DemoDatabase:
        return DemoDatabase(path, "recovery", DEMO_ACCOUNTS)

    monkeypatch.setattr(app, "create_demo_database", fake_demo)
    demo = app.create_demo(tmp_path)
    out = capsys.readouterr().out
    assert str(tmp_path / app.DEMO_FILE_NAME) in out
    for account in DEMO_ACCOUNTS:
        assert account.name in out and account.role.value in out and account.password in out
    operator = next(a for a in DEMO_ACCOUNTS if a.role is Role.OPERATOR)
    assert app.demo_login_name(demo) == operator.name


def test_last_database_only_when_it_still_exists(tmp_path, settings):
    assert app.last_database(settings) is None
    settings.set(LAST_DATABASE, str(tmp_path / "gone.db"))
    assert app.last_database(settings) is None
    (tmp_path / "here.db").write_bytes(b"x")
    settings.set(LAST_DATABASE, str(tmp_path / "here.db"))
    assert app.last_database(settings) == tmp_path / "here.db"


def test_settings_have_defaults_and_keep_values(settings):
    assert settings.get(IDLE_LOCK_MINUTES) == 10
    assert settings.get(LAST_USER) == ""
    settings.set(IDLE_LOCK_MINUTES, 3)
    assert settings.get(IDLE_LOCK_MINUTES) == 3


def test_run_gui_without_a_database_ends_quietly(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app, "choose_database_file", lambda _parent: None)
    assert app.run_gui(None, demo=False) == 0
    assert QApplication.instance() is not None
