"""The Import screen on a real database: preview writes nothing, the import and its summary,
cancel imports nothing, file problems in Dutch, already imported, the error report."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from sisa_desk.domain.permissions import Permission, Role, has_permission
from sisa_desk.services import imports
from sisa_desk.store.models import Signal
from sisa_desk.ui import import_screen
from sisa_desk.ui.import_models import ImportRowsModel
from sisa_desk.ui.import_screen import ImportScreen
from sisa_desk.ui.screens import SCREENS, screens_for
from tests.services.import_workbooks import HEADERS, ole_file, row, write_workbook
from tests.services.signal_helpers import add_organisations, new_bsn
from tests.ui.conftest import WAIT_MS


@pytest.fixture
def screen(qtbot, db):
    add_organisations(db.admin)
    widget = ImportScreen(db.operator)
    qtbot.addWidget(widget)
    widget.select_organisation("JT-MAAS")
    return widget


def _messy(tmp_path, name="signalen.xlsx"):
    rows = [row(new_bsn(300 + i)) for i in range(3)]
    rows.append(row("12345678X"))  # not digits
    rows.append(row(new_bsn(300)))  # the same young person as the first row
    return write_workbook(
        tmp_path / name,
        [[*r, "vertrouwelijk"] for r in rows],
        headers=[*HEADERS, "Opmerking"],
        title_rows=[["Signalen JT-Maas"], []],
    )


def _signals(db) -> int:
    with db.admin.database.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(Signal))


def _wait_idle(qtbot, screen):
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)


def _column(screen, column):
    proxy = screen.rows_proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_preview_shows_every_row_and_writes_nothing(qtbot, db, screen, tmp_path):
    before = _signals(db)
    screen.open_file(_messy(tmp_path))
    _wait_idle(qtbot, screen)
    assert _column(screen, ImportRowsModel.ROW) == ["4", "5", "6", "7", "8"]
    assert _column(screen, ImportRowsModel.STATUS) == ["Nieuw"] * 3 + ["Fout", "Dubbel"]
    messages = _column(screen, ImportRowsModel.MESSAGES)
    assert messages[3] == "Het BSN mag alleen cijfers bevatten"
    assert messages[4] == "Dubbel: zelfde jongere als rij 4"
    summary = screen.ui.summaryLabel.text()
    assert "5 rijen: 3 nieuw, 0 ververst, 2 afgekeurd" in summary
    assert "Opmerking" in summary and "nooit opgeslagen" in summary
    assert _signals(db) == before
    screen.ui.rejectedOnlyCheck.setChecked(True)
    assert _column(screen, ImportRowsModel.ROW) == ["7", "8"]
    assert screen.ui.importButton.isEnabled()


def test_import_runs_and_shows_the_summary_and_the_error_report(qtbot, db, screen, tmp_path):
    screen.open_file(_messy(tmp_path))
    _wait_idle(qtbot, screen)
    screen.start_import()
    _wait_idle(qtbot, screen)
    assert _signals(db) == 3
    text = screen.ui.resultLabel.text()
    assert "3 nieuw" in text and "2 afgekeurd" in text and "nieuwe matches: 0" in text
    assert not screen.ui.importButton.isEnabled()
    report = tmp_path / "fouten.xlsx"
    screen.save_error_report_to(report)
    sheet = openpyxl.load_workbook(report).active
    values = [[c for c in line] for line in sheet.iter_rows(values_only=True)]
    assert [line[0] for line in values[1:]] == [7, 8]
    assert "vertrouwelijk" not in str(values)


def test_the_error_report_never_replaces_the_partners_file(qtbot, screen, tmp_path, message_boxes):
    path = _messy(tmp_path)
    before = path.read_bytes()
    screen.open_file(path)
    _wait_idle(qtbot, screen)
    screen.save_error_report_to(path)
    assert path.read_bytes() == before
    [shown] = message_boxes.shown
    assert "het zou het ingelezen bestand vervangen" in str(shown)


def test_cancel_imports_nothing(qtbot, db, screen, tmp_path, monkeypatch):
    screen.open_file(_messy(tmp_path))
    _wait_idle(qtbot, screen)
    real = imports.run_import

    def cancelled(*args, **kwargs):
        return real(*args, **{**kwargs, "should_cancel": lambda: True})

    monkeypatch.setattr(imports, "run_import", cancelled)
    screen.start_import()
    _wait_idle(qtbot, screen)
    assert _signals(db) == 0
    assert screen.ui.resultLabel.text() == "Import afgebroken: er is niets ingelezen."


def test_a_csv_renamed_to_xlsx_shows_its_dutch_message(qtbot, screen, tmp_path, message_boxes):
    path = tmp_path / "signalen.xlsx"
    path.write_text("BSN;Achternaam;Geboortedatum\n123456789;Jansen;01-01-2012\n")
    screen.open_file(path)
    _wait_idle(qtbot, screen)
    assert "CSV" in screen.ui.summaryLabel.text()
    assert "Excel" in screen.ui.summaryLabel.text()
    assert message_boxes.shown == []
    assert screen.rows.rowCount() == 0 and not screen.ui.importButton.isEnabled()


def test_the_whole_messages_of_the_current_row_show_below_the_table(qtbot, screen, tmp_path):
    screen.open_file(_messy(tmp_path))
    _wait_idle(qtbot, screen)
    label = screen.ui.rowMessagesLabel
    assert label.isHidden()
    screen.ui.rejectedOnlyCheck.setChecked(True)
    screen.ui.rowsTable.setCurrentIndex(screen.rows_proxy.index(1, ImportRowsModel.STATUS))
    assert label.text() == "Rij 8: Dubbel: zelfde jongere als rij 4" and not label.isHidden()
    screen.ui.rejectedOnlyCheck.setChecked(False)
    screen.ui.rowsTable.setCurrentIndex(screen.rows_proxy.index(0, ImportRowsModel.STATUS))
    assert label.isHidden()  # a new row has nothing to say


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (ole_file("Workbook"), "oud Excel 97–2003-bestand"),
        (ole_file("EncryptionInfo", "EncryptedPackage"), "beveiligd met een wachtwoord"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "geen Excel-werkmap"),
        (b"", "Dit bestand is leeg (0 bytes)"),
    ],
    ids=["xls", "password", "not-a-workbook", "empty"],
)
def test_file_problems_show_their_own_dutch_message(
    qtbot, screen, tmp_path, message_boxes, content, expected
):
    path = tmp_path / "signalen.xlsx"
    path.write_bytes(content)
    screen.open_file(path)
    _wait_idle(qtbot, screen)
    assert expected in screen.ui.summaryLabel.text()
    assert message_boxes.shown == []
    assert screen.rows.rowCount() == 0 and not screen.ui.importButton.isEnabled()


def _two_batches(tmp_path, first_sheet):
    path = write_workbook(tmp_path / "twee.xlsx", [row(new_bsn(1))], sheet=first_sheet)
    book = openpyxl.load_workbook(path)
    second = book.create_sheet("Signalen")
    for line in (HEADERS, row(new_bsn(3))):
        second.append(list(line))
    book.save(path)
    return path


def test_two_sheets_with_signals_and_hidden_sheets_are_named(qtbot, screen, tmp_path):
    screen.open_file(_two_batches(tmp_path, "Voorbeeld"))
    _wait_idle(qtbot, screen)
    assert screen.ui.summaryLabel.text().startswith(
        "Meer dan één blad bevat signalen: 'Voorbeeld', 'Signalen'. Eén bestand is één aanlevering"
    )
    assert screen.rows.rowCount() == 0 and not screen.ui.importButton.isEnabled()
    hidden = write_workbook(
        tmp_path / "verborgen.xlsx", [["x"]], headers=["Naam"], hidden_before=[row(new_bsn(2))]
    )
    screen.open_file(hidden)
    _wait_idle(qtbot, screen)
    assert screen.ui.summaryLabel.text().endswith(
        "Verborgen bladen worden nooit gelezen; dit bestand heeft: 'Oud'. Staan de signalen "
        "daar, maak dat blad dan zichtbaar in Excel."
    )


def test_a_sheet_name_is_shown_as_text_never_as_markup(qtbot, screen, tmp_path):
    screen.open_file(_two_batches(tmp_path, "<u>Vet"))
    _wait_idle(qtbot, screen)
    label = screen.ui.summaryLabel
    assert "'<u>Vet'" in label.text()
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_a_header_without_rows_says_so(qtbot, screen, tmp_path):
    screen.open_file(write_workbook(tmp_path / "leeg.xlsx", []))
    _wait_idle(qtbot, screen)
    assert screen.ui.summaryLabel.text() == (
        "Het blad 'Signalen' heeft een kopregel, maar daaronder geen rijen met signalen."
    )
    assert not screen.ui.importButton.isEnabled()


def test_missing_columns_are_named(qtbot, screen, tmp_path):
    headers = [h for h in HEADERS if h not in ("Geslacht", "Signaaldatum")]
    path = write_workbook(tmp_path / "signalen.xlsx", [], headers=headers)
    screen.open_file(path)
    _wait_idle(qtbot, screen)
    assert screen.ui.summaryLabel.text() == (
        "Het bestand heeft geen kolom voor: Geslacht, Signaaldatum. "
        "Vergelijk de kopregel met het sjabloon."
    )


def test_an_imported_file_says_so_and_offers_no_import(qtbot, db, screen, tmp_path):
    path = _messy(tmp_path)
    imports.run_import(db.operator, path, "JT-MAAS")
    screen.open_file(path)
    _wait_idle(qtbot, screen)
    # Not would-be statuses (every row "refreshed" by the file's own import): only the fact.
    assert screen.ui.summaryLabel.text().startswith("Dit bestand is al ingelezen op ")
    assert screen.rows.rowCount() == 0 and screen.ui.importButton.isHidden()
    assert not screen.ui.errorReportButton.isEnabled()
    # The next file is shown whole, and can be imported.
    screen.open_file(write_workbook(tmp_path / "nieuw.xlsx", [row(new_bsn(77))]))
    _wait_idle(qtbot, screen)
    assert screen.rows_proxy.rowCount() == 1
    assert not screen.ui.importButton.isHidden() and screen.ui.importButton.isEnabled()


def test_a_possible_duplicate_is_counted_in_the_preview_and_the_result(qtbot, db, screen, tmp_path):
    first = write_workbook(tmp_path / "een.xlsx", [row(None, surname="Nieuwkomer")])
    imports.run_import(db.operator, first, "JT-MAAS")
    again = write_workbook(tmp_path / "twee.xlsx", [row(None, surname="Nieuwkommer")])
    screen.open_file(again)
    _wait_idle(qtbot, screen)
    expected = "Nieuwe jongeren zonder BSN die lijken op een bekende jongere: 1"
    assert expected in screen.ui.summaryLabel.text()
    screen.start_import()
    _wait_idle(qtbot, screen)
    assert expected in screen.ui.resultLabel.text()


def test_template_is_saved_through_the_file_dialog(screen, tmp_path, monkeypatch):
    target = tmp_path / "sjabloon.xlsx"
    monkeypatch.setattr(import_screen, "choose_save_path", lambda *_a: target)
    screen.ui.saveTemplateButton.click()
    assert openpyxl.load_workbook(target).active.max_column > 5


@pytest.mark.parametrize("role", list(Role))
def test_only_roles_that_may_import_see_the_screen(role):
    (screen,) = [s for s in SCREENS if s.key == "import"]
    assert screen.factory is ImportScreen and screen.permission is Permission.IMPORT_SIGNALS
    assert (screen in screens_for(role)) == has_permission(role, Permission.IMPORT_SIGNALS)
