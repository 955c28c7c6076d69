"""The Organisations screen on a real database: list, search, add, change, deactivate (admin),
read-only for the operator; the dialogs show each problem at its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from sisa_desk.domain.directory import Sector
from sisa_desk.services import directory
from sisa_desk.ui.directory_dialogs import OrganisationDialog, ProfessionalDialog
from sisa_desk.ui.directory_models import OrganisationsTableModel, ProfessionalsTableModel
from sisa_desk.ui.organisations_screen import OrganisationsScreen
from tests.ui.conftest import WAIT_MS
from tests.ui.directory_helpers import add_directory


@pytest.fixture
def organisations(db):
    return add_directory(db.admin)


@pytest.fixture
def admin_screen(qtbot, db, organisations) -> OrganisationsScreen:
    widget = OrganisationsScreen(db.admin)
    qtbot.addWidget(widget)
    return widget


def _visible_column(screen: OrganisationsScreen, column: int) -> list[str]:
    proxy = screen.organisations_proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def _professional_names(screen: OrganisationsScreen) -> list[str]:
    proxy = screen.professionals_proxy
    column = ProfessionalsTableModel.NAME
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def _open(screen: OrganisationsScreen, button, dialog_type):
    button.click()
    dialog = screen.findChild(dialog_type)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_lists_organisations_with_dutch_columns_sorted_by_name(admin_screen):
    model = admin_screen.organisations
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Code",
        "Naam",
        "Sector",
        "Telefoon",
        "E-mail",
        "Regie",
        "Prioriteit",
        "Actief",
    ]
    assert _visible_column(admin_screen, OrganisationsTableModel.CODE) == [
        "JT-MAAS",
        "POL-ZUID",
        "SMW-NOORD",
    ]
    row = model.row_of(admin_screen.selected_organisation().id)
    assert model.index(row, OrganisationsTableModel.SECTOR).data() == "Jeugdhulp"
    assert model.index(row, OrganisationsTableModel.MAY_COORDINATE).data() == "Ja"
    # The first one is selected, with its professionals below.
    assert admin_screen.selected_organisation().code == "JT-MAAS"
    assert _professional_names(admin_screen) == ["Anna de Groot", "Bram Visser"]
    assert admin_screen.professionals_title.startswith("Hulpverleners van JT-MAAS")


def test_search_filters_and_ctrl_f_focuses_it(qtbot, admin_screen):
    with qtbot.waitActive(admin_screen):
        admin_screen.show()
        admin_screen.activateWindow()
    admin_screen.ui.organisationsTable.setFocus()
    QTest.keyClick(
        admin_screen.ui.organisationsTable, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    assert admin_screen.ui.searchEdit.hasFocus()
    QTest.keyClicks(admin_screen.ui.searchEdit, "politie")
    assert _visible_column(admin_screen, OrganisationsTableModel.CODE) == ["POL-ZUID"]
    admin_screen.ui.searchEdit.setText("onderwijs")  # the Dutch sector label
    assert _visible_column(admin_screen, OrganisationsTableModel.CODE) == ["SMW-NOORD"]


def test_sorting_by_priority_is_numeric(admin_screen):
    table = admin_screen.ui.organisationsTable
    table.sortByColumn(OrganisationsTableModel.PRIORITY, Qt.SortOrder.AscendingOrder)
    assert _visible_column(admin_screen, OrganisationsTableModel.PRIORITY)[0] == "10"


def test_selecting_an_organisation_shows_its_professionals(admin_screen, organisations):
    admin_screen.select_organisation(organisations["SMW-NOORD"].id)
    assert _professional_names(admin_screen) == ["Carla Jansen"]
    admin_screen.select_organisation(organisations["POL-ZUID"].id)
    assert _professional_names(admin_screen) == []


def test_admin_adds_an_organisation(qtbot, admin_screen, db):
    dialog = _open(admin_screen, admin_screen.ui.newOrganisationButton, OrganisationDialog)
    assert dialog.windowTitle() == "Nieuwe organisatie"
    dialog.ui.codeEdit.setText("wijk-west")
    dialog.ui.nameEdit.setText("Wijkteam West (demo)")
    dialog.set_sector(Sector.WELFARE)
    dialog.ui.criteriaEdit.setPlainText("Signaleert bij gezinnen met meervoudige ondersteuning.")
    dialog.ui.mayCoordinateCheck.setChecked(True)
    dialog.ui.prioritySpin.setValue(20)
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: admin_screen.findChild(OrganisationDialog) is None, timeout=WAIT_MS)
    saved = directory.organisation_by_code(db.admin, "WIJK-WEST")
    assert saved.sector is Sector.WELFARE and saved.coordinator_priority == 20
    assert admin_screen.selected_organisation().code == "WIJK-WEST"


def test_bad_email_is_shown_at_its_field_and_nothing_is_saved(qtbot, admin_screen, db):
    dialog = _open(admin_screen, admin_screen.ui.newOrganisationButton, OrganisationDialog)
    dialog.ui.codeEdit.setText("GGZ-OOST")
    dialog.ui.emailEdit.setText("info@@ggz")
    dialog.ui.saveButton.click()
    assert not dialog.busy  # refused before anything was sent
    assert dialog.problem("email") == "Dit is geen geldig e-mailadres."
    assert dialog.problem("name") == "Vul de naam in."
    assert dialog.problem("sector") == "Kies een sector."
    assert dialog.problem("code") == ""
    assert dialog.isVisible()
    assert [o.code for o in directory.list_organisations(db.admin)] == [
        "JT-MAAS",
        "POL-ZUID",
        "SMW-NOORD",
    ]


def test_a_code_that_is_taken_is_shown_at_the_code(qtbot, admin_screen):
    dialog = _open(admin_screen, admin_screen.ui.newOrganisationButton, OrganisationDialog)
    dialog.ui.codeEdit.setText("pol-zuid")
    dialog.ui.nameEdit.setText("Nog een politie (demo)")
    dialog.set_sector(Sector.POLICE_JUSTICE)
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.problem("code") == "Er bestaat al een organisatie met deze code."


def test_double_click_edits_the_organisation(qtbot, admin_screen, db, organisations):
    admin_screen.select_organisation(organisations["POL-ZUID"].id)
    table = admin_screen.ui.organisationsTable
    index = table.model().index(table.selectionModel().selectedRows()[0].row(), 1)
    table.doubleClicked.emit(index)
    dialog = admin_screen.findChild(OrganisationDialog)
    assert dialog is not None and dialog.windowTitle() == "Organisatie POL-ZUID wijzigen"
    assert dialog.ui.nameEdit.text() == "Politie Zuid (demo)"
    dialog.ui.phoneEdit.setText("0900-8844")
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: admin_screen.findChild(OrganisationDialog) is None, timeout=WAIT_MS)
    assert directory.get_organisation(db.admin, organisations["POL-ZUID"].id).phone == "0900-8844"


def test_deactivate_hides_it_unless_inactive_ones_are_shown(qtbot, admin_screen, message_boxes):
    admin_screen.ui.deactivateOrganisationButton.click()  # JT-MAAS is selected
    qtbot.waitUntil(lambda: not admin_screen.busy, timeout=WAIT_MS)
    assert message_boxes.of_kind("confirm") == ["De organisatie JT-MAAS deactiveren?"]
    assert _visible_column(admin_screen, OrganisationsTableModel.CODE) == ["POL-ZUID", "SMW-NOORD"]
    table = admin_screen.ui.organisationsTable
    assert table.isColumnHidden(OrganisationsTableModel.ACTIVE)  # all would say "Ja"
    admin_screen.ui.showInactiveCheck.setChecked(True)
    assert not table.isColumnHidden(OrganisationsTableModel.ACTIVE)
    codes = _visible_column(admin_screen, OrganisationsTableModel.CODE)
    assert "JT-MAAS" in codes
    row = admin_screen.organisations.find_row(lambda o: o.code == "JT-MAAS")
    assert admin_screen.organisations.index(row, OrganisationsTableModel.ACTIVE).data() == "Nee"


def test_admin_adds_edits_and_deactivates_a_professional(qtbot, admin_screen, message_boxes):
    ui = admin_screen.ui
    dialog = _open(admin_screen, ui.newProfessionalButton, ProfessionalDialog)
    assert dialog.ui.organisationLabel.text().startswith("JT-MAAS – ")
    dialog.ui.nameEdit.setText("Daan Bakker")
    dialog.ui.phoneEdit.setText("12")
    dialog.ui.saveButton.click()
    assert dialog.problem("phone").startswith("Een telefoonnummer heeft minstens 5 cijfers")
    dialog.ui.phoneEdit.setText("06-12345678")
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: "Daan Bakker" in _professional_names(admin_screen), timeout=WAIT_MS)
    assert admin_screen.selected_professional().name == "Daan Bakker"

    ui.editProfessionalButton.click()
    dialog = admin_screen.findChild(ProfessionalDialog)
    dialog.ui.functionEdit.setText("Ambulant hulpverlener")
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: admin_screen.findChild(ProfessionalDialog) is None, timeout=WAIT_MS)
    assert admin_screen.selected_professional().function == "Ambulant hulpverlener"

    ui.deactivateProfessionalButton.click()
    qtbot.waitUntil(lambda: not admin_screen.busy, timeout=WAIT_MS)
    assert "Daan Bakker" not in _professional_names(admin_screen)
    assert message_boxes.of_kind("confirm") == ["De hulpverlener Daan Bakker deactiveren?"]


def test_read_only_for_the_operator(qtbot, db, organisations):
    screen = OrganisationsScreen(db.operator)
    qtbot.addWidget(screen)
    ui = screen.ui
    for button in (
        ui.newOrganisationButton,
        ui.editOrganisationButton,
        ui.deactivateOrganisationButton,
        ui.newProfessionalButton,
        ui.editProfessionalButton,
        ui.deactivateProfessionalButton,
    ):
        assert button.isHidden()
    assert screen.organisations.rowCount() == 3
    assert _professional_names(screen) == ["Anna de Groot", "Bram Visser"]
    table = ui.organisationsTable
    table.doubleClicked.emit(table.model().index(0, 0))
    assert screen.findChild(OrganisationDialog) is None
