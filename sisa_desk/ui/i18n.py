"""Translations: UI strings are English in the code; Dutch ships and is the default.

Our catalogue is resources/translations/sisa_desk_<language>.qm (made by
tools/update_translations.py); Qt's own (buttons of standard dialogs, context menus) comes
with PySide6.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sisa_desk.paths import resource

logger = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "nl"
CATALOGUE = "sisa_desk"

# Installed translators must stay alive as long as the application.
_installed: list[QTranslator] = []


def catalogue_path(language: str) -> str:
    return str(resource("translations", f"{CATALOGUE}_{language}.qm"))


def install_translators(application: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> None:
    """Load Qt's and our own translation for ``language``; "en" means the source strings."""
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
        return
    QLocale.setDefault(QLocale(language))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_folder),
        (f"{CATALOGUE}_{language}", str(resource("translations"))),
    ):
        translator = QTranslator(application)
        if translator.load(name, folder):
            application.installTranslator(translator)
            _installed.append(translator)
        else:
            logger.warning("no translation %s in %s", name, folder)
