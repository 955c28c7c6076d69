"""Start of the GUI: the application object, the demo database, log-in, main window."""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sisa_desk import __version__
from sisa_desk.domain.permissions import Role
from sisa_desk.logs import configure_logging
from sisa_desk.paths import APP_AUTHOR, APP_NAME, resource
from sisa_desk.services.demo import DemoDatabase, create_demo_database

from .errors import install_excepthook
from .i18n import DEFAULT_LANGUAGE, install_translators
from .icons import APP_ICON, icon
from .login_dialog import LoginDialog, choose_database_file
from .main_window import MainWindow
from .settings import LANGUAGE, LAST_DATABASE, UiSettings

logger = logging.getLogger(__name__)

STYLE_SHEET = ("style", "sisa_desk.qss")
DEMO_FILE_NAME = "demo.db"


def configure_application(application: QApplication, language: str = DEFAULT_LANGUAGE) -> None:
    """Names, the calm light Fusion look, the style sheet, the icon and the translation."""
    application.setOrganizationName(APP_AUTHOR)
    application.setApplicationName(APP_NAME)
    application.setApplicationVersion(__version__)
    application.setStyle("Fusion")
    # Fusion follows a dark system theme; the style sheet is written for the light palette.
    application.styleHints().setColorScheme(Qt.ColorScheme.Light)
    application.setPalette(application.style().standardPalette())
    application.setStyleSheet(resource(*STYLE_SHEET).read_text(encoding="utf-8"))
    application.setWindowIcon(icon(APP_ICON))
    install_translators(application, language)


def create_demo(folder: Path) -> DemoDatabase:
    """A fresh demo database in ``folder``; its accounts are printed for the person trying it."""
    demo = create_demo_database(folder / DEMO_FILE_NAME)
    if sys.stdout is not None:
        print(f"Demo database: {demo.path}")
        print("Demo accounts (name, role, password):")
        width = max(len(account.name) for account in demo.accounts)
        for account in demo.accounts:
            print(f"  {account.name:<{width}}  {account.role.value:<8}  {account.password}")
        sys.stdout.flush()
    return demo


def demo_login_name(demo: DemoDatabase) -> str:
    return next(a.name for a in demo.accounts if a.role is Role.OPERATOR)


def last_database(settings: UiSettings) -> Path | None:
    text = settings.get(LAST_DATABASE)
    return Path(text) if text and Path(text).is_file() else None


def run_gui(db_path: Path | None, demo: bool) -> int:
    configure_logging()
    application = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(application, QApplication)
    settings = UiSettings.open()
    configure_application(application, settings.get(LANGUAGE))
    install_excepthook()
    demo_folder = Path(tempfile.mkdtemp(prefix="sisa-desk-demo-")) if demo else None
    try:
        user_name = ""
        if demo_folder is not None:
            demo_database = create_demo(demo_folder)
            db_path, user_name = demo_database.path, demo_login_name(demo_database)
        elif db_path is None:
            db_path = last_database(settings) or choose_database_file(None)
            if db_path is None:
                return 0
        login = LoginDialog(db_path, settings=settings, user_name=user_name, remember=not demo)
        login.exec()
        workspace = login.workspace
        login.deleteLater()
        if workspace is None:
            return 0
        window = MainWindow(workspace, settings=settings)
        window.show()
        return application.exec()
    finally:
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
