"""Dutch texts for the errors that people can act on, in one place.

Store and service errors carry English messages for logs and the command line; the GUI shows
the text mapped here from the error's class (the nearest class in its MRO wins).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sisa_desk.domain.passwords import MIN_LENGTH, WeakPasswordError
from sisa_desk.services import workbooks
from sisa_desk.services.errors import (
    Conflict,
    InvalidInput,
    NotFound,
    PermissionDenied,
    ServiceError,
)
from sisa_desk.services.import_columns import (
    MissingColumns,
    NoSignalSheet,
    SeveralSignalSheets,
)
from sisa_desk.services.import_reader import ImportCancelled
from sisa_desk.services.imports import AlreadyImported, ReportTargetRefused
from sisa_desk.store import errors as store

CONTEXT = "ErrorTexts"

# The errors a person can act on: shown as a message. Anything else is a bug: logged with its
# traceback and shown as the one generic error dialog (ui.errors).
EXPECTED_ERRORS: tuple[type[Exception], ...] = (
    store.StoreError,
    ServiceError,
    WeakPasswordError,
    OSError,
)

_TEXTS: dict[type[Exception], str] = {
    store.DatabaseNotFoundError: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The database file was not found. Check the location, or choose another database.",
    ),
    store.PlaintextDatabaseError: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This file is an unencrypted SQLite database. sisa-desk only opens encrypted databases.",
    ),
    store.NotADatabaseError: QT_TRANSLATE_NOOP(
        "ErrorTexts", "This file is not a sisa-desk database. Choose another file."
    ),
    store.DatabaseDamagedError: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The database file is damaged and cannot be read. Restore the most recent backup "
        "(database and keyring together).",
    ),
    store.KeyringMissingError: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The keyring file beside the database (the file ending in .keyring) is missing. "
        "Without it the database cannot be opened: restore it from the backup.",
    ),
    store.KeyringMismatchError: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The keyring beside the database belongs to another database, or is an old copy from "
        "before the database key was renewed. Restore the right keyring from the backup.",
    ),
    store.KeyringDamagedError: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The keyring file beside the database is damaged. Restore it from the backup.",
    ),
    store.WrongPasswordError: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The password is wrong. Check the Caps Lock key. After each failed attempt, the next "
        "one takes a little longer.",
    ),
    store.UnknownUserError: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This user name has no access to this database: the name is unknown, or the account "
        "has been deactivated. Ask an administrator.",
    ),
    store.DatabaseTooNewError: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This database was made with a newer version of sisa-desk. Install the newest version.",
    ),
    store.DatabaseExistsError: QT_TRANSLATE_NOOP(
        "ErrorTexts", "A file with this name already exists. Choose another name."
    ),
    store.DatabaseBusyError: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The database is in use on another workstation. Ask everyone else to close sisa-desk, "
        "then try again.",
    ),
    store.StoreError: QT_TRANSLATE_NOOP("ErrorTexts", "The database could not be opened."),
    workbooks.XmlDefencesMissing: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The protection against malicious XML is missing, so files from outside cannot be "
        "opened safely. Reinstall sisa-desk.",
    ),
    workbooks.WorkbookNotFound: QT_TRANSLATE_NOOP(
        "ErrorTexts", "The file cannot be found or read. Choose the file again."
    ),
    workbooks.WorkbookTooLarge: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The file is too large to import. Ask the partner to split it into smaller files.",
    ),
    workbooks.WorkbookIsCsv: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This is a CSV text file, not an Excel workbook. Open it in Excel and save it as an "
        "Excel workbook (.xlsx).",
    ),
    workbooks.WorkbookIsXls: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This is an old Excel 97–2003 file (.xls). Open it in Excel and save it as an Excel "
        "workbook (.xlsx).",
    ),
    workbooks.WorkbookEncrypted: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The file is protected with a password. Ask the partner to remove the password "
        "(File > Info > Protect Workbook) and send it again.",
    ),
    workbooks.NotAWorkbook: QT_TRANSLATE_NOOP(
        "ErrorTexts", "This file is not an Excel workbook (.xlsx). Choose another file."
    ),
    workbooks.WorkbookPartMissing: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This file is not an Excel workbook (.xlsx): the workbook part is missing.",
    ),
    workbooks.WorkbookZipBomb: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The file would unpack to far more data than a workbook holds. It is refused as a "
        "possible zip bomb.",
    ),
    workbooks.WorkbookUnsafeXml: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The file contains XML that Excel never writes. It is refused as possibly malicious.",
    ),
    workbooks.WorkbookDamaged: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The file is damaged and cannot be read. Ask the partner to save it again and resend it.",
    ),
    NoSignalSheet: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "No sheet with signals was found: no sheet has a header row with columns such as BSN, "
        "Achternaam and Geboortedatum. Use the template.",
    ),
    workbooks.WorkbookEmpty: QT_TRANSLATE_NOOP(
        "ErrorTexts", "This file is empty (0 bytes). Ask the partner to send it again."
    ),
    workbooks.HeaderNotFound: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "No header row was found. The first rows must name the columns, as in the template.",
    ),
    workbooks.AmbiguousHeader: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The header row has two columns for the same thing. Remove one of them and try again.",
    ),
    workbooks.WorkbookError: QT_TRANSLATE_NOOP(
        "ErrorTexts", "This file cannot be read safely as an Excel workbook."
    ),
    ReportTargetRefused: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The error report cannot be saved there: it would replace the file being imported, or "
        "the folder cannot be written. Choose another name or folder.",
    ),
    AlreadyImported: QT_TRANSLATE_NOOP(
        "ErrorTexts", "This file has already been imported for this organisation."
    ),
    ImportCancelled: QT_TRANSLATE_NOOP(
        "ErrorTexts", "Import cancelled: nothing has been imported."
    ),
    PermissionDenied: QT_TRANSLATE_NOOP("ErrorTexts", "Your role does not allow this."),
    NotFound: QT_TRANSLATE_NOOP(
        "ErrorTexts", "This no longer exists. Refresh the screen and try again."
    ),
    Conflict: QT_TRANSLATE_NOOP(
        "ErrorTexts", "This conflicts with the current data. Refresh the screen and try again."
    ),
    InvalidInput: QT_TRANSLATE_NOOP("ErrorTexts", "The input is not valid."),
    ServiceError: QT_TRANSLATE_NOOP("ErrorTexts", "This could not be done."),
    OSError: QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "A file could not be read or written. Check that the folder can be reached and that "
        "you may write there.",
    ),
}

_PASSWORD_POLICY = QT_TRANSLATE_NOOP(
    "ErrorTexts",
    "A password has at least {min_length} characters, does not start or end with a space, "
    "and is not a common or simple password.",
)


_WEAK_PASSWORD = QT_TRANSLATE_NOOP("ErrorTexts", "This password is not strong enough. {policy}")
_SEVERAL_SHEETS = QT_TRANSLATE_NOOP(
    "ErrorTexts",
    "More than one sheet has signals: {sheets}. One file is one batch: put all signals on one "
    "sheet (or hide the other sheets) and try again.",
)
_HIDDEN_SHEETS = QT_TRANSLATE_NOOP(
    "ErrorTexts",
    "Hidden sheets are never read; this file has: {sheets}. If the signals are there, make "
    "that sheet visible in Excel.",
)
_MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "ErrorTexts",
    "The file has no column for: {columns}. Compare its header row with the template.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def is_expected(error: BaseException) -> bool:
    return isinstance(error, EXPECTED_ERRORS)


def password_policy() -> str:
    return _tr(_PASSWORD_POLICY).format(min_length=MIN_LENGTH)


def describe_error(
    error: BaseException, overrides: Mapping[type[BaseException], str] | None = None
) -> str:
    """The text to show for ``error``. ``overrides`` (already translated) let a dialog say
    something more precise for a class, e.g. "a user with this name already exists"."""
    for cls in type(error).__mro__:
        if overrides and cls in overrides:
            return overrides[cls]
        if cls is WeakPasswordError:
            return _tr(_WEAK_PASSWORD).format(policy=password_policy())
        if cls is SeveralSignalSheets:
            sheets = ", ".join(f"'{title}'" for title in error.titles)  # type: ignore[attr-defined]
            return _tr(_SEVERAL_SHEETS).format(sheets=sheets)
        if cls is NoSignalSheet and error.hidden:  # type: ignore[attr-defined]
            sheets = ", ".join(f"'{title}'" for title in error.hidden)  # type: ignore[attr-defined]
            return f"{_tr(_TEXTS[cls])} {_tr(_HIDDEN_SHEETS).format(sheets=sheets)}"
        if cls is MissingColumns:
            columns = ", ".join(error.labels)  # type: ignore[attr-defined]
            return _tr(_MISSING_COLUMNS).format(columns=columns)
        if cls in _TEXTS:
            return _tr(_TEXTS[cls])
    return _tr(_TEXTS[ServiceError])
