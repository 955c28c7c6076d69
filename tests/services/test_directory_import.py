"""Importing the directory from real .xlsx files into a real encrypted database."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sisa_desk.domain.directory import Sector
from sisa_desk.domain.permissions import Role
from sisa_desk.services import directory
from sisa_desk.services.directory import OrganisationDraft, ProfessionalDraft
from sisa_desk.services.directory_import import (
    DirectoryImportError,
    DirectoryImportResult,
    ImportIssue,
    import_directory,
)
from sisa_desk.services.errors import PermissionDenied
from sisa_desk.services.workbooks import WorkbookIsCsv
from sisa_desk.store.models import AuditEvent
from tests.services.test_workbooks import write_workbook

ORGANISATIONS = [
    ["Code", "Naam", "Sector", "Telefoon", "E-mail", "Regie", "Prioriteit", "Criteria"],
    [
        "jtm",
        "Jeugdteam Maasoever",
        "Jeugdhulp",
        "010-5550123",
        "info@maasoever.example",
        "ja",
        10,
        "Bij elke start van een traject.",
    ],
    ["SWK", "Schoolmaatschappelijk werk Kadewijk", "onderwijs", None, None, "nee", None, None],
    ["POL", "Politie Maasoever", "Politie en justitie", "0900-5550000", None, None, None, None],
]
PROFESSIONALS = [
    ["Organisatie", "Naam", "Functie", "Telefoon", "E-mail"],
    ["JTM", "Anna Visser", "Jeugdconsulent", "010-5550124", "a.visser@maasoever.example"],
    ["jtm", "Bram Kok", "Gezinscoach", None, None],
    ["SWK", "Cor de Boer", None, None, "c.deboer@kadewijk.example"],
]


def _workbook(tmp_path, organisations=ORGANISATIONS, professionals=PROFESSIONALS, **kwargs):
    sheets = {}
    if organisations is not None:
        sheets["Organisaties"] = organisations
    if professionals is not None:
        sheets["Professionals"] = professionals
    return write_workbook(tmp_path / "adresboek.xlsx", sheets, **kwargs)


def _state(db) -> tuple:
    return (
        directory.list_organisations(db.admin, include_inactive=True),
        directory.list_professionals(db.admin, include_inactive=True),
    )


def _audit_count(db) -> int:
    with db.admin.database.unit_of_work() as session:
        return len(session.scalars(select(AuditEvent.id)).all())


def _issues(db, path) -> list[ImportIssue]:
    before, events = _state(db), _audit_count(db)
    with pytest.raises(DirectoryImportError) as caught:
        import_directory(db.admin, path)
    assert _state(db) == before, "a failed import changed the directory"
    assert _audit_count(db) == events
    assert str(caught.value) == (
        f"{len(caught.value.issues)} problem{'s' if len(caught.value.issues) > 1 else ''} "
        "in the workbook; nothing was imported"
    )
    return list(caught.value.issues)


# --- a good import -----------------------------------------------------------------------------


def test_import_adds_organisations_and_professionals(db, tmp_path):
    result = import_directory(db.admin, _workbook(tmp_path))
    assert result == DirectoryImportResult(3, 0, 3, 0)
    organisations = {o.code: o for o in directory.list_organisations(db.operator)}
    assert set(organisations) == {"JTM", "SWK", "POL"}
    jtm = organisations["JTM"]
    assert (jtm.name, jtm.sector, jtm.phone, jtm.email) == (
        "Jeugdteam Maasoever",
        Sector.YOUTH_CARE,
        "010-5550123",
        "info@maasoever.example",
    )
    assert (jtm.may_coordinate, jtm.coordinator_priority, jtm.criteria) == (
        True,
        10,
        "Bij elke start van een traject.",
    )
    assert organisations["SWK"].may_coordinate is False
    assert organisations["POL"].coordinator_priority == 100
    people = {p.name: p for p in directory.list_professionals(db.operator)}
    assert people["Anna Visser"].organisation_code == "JTM"
    assert people["Anna Visser"].function == "Jeugdconsulent"
    assert people["Bram Kok"].email is None
    assert people["Cor de Boer"].organisation_name == "Schoolmaatschappelijk werk Kadewijk"


def test_import_is_audited_with_counts(db, tmp_path):
    import_directory(db.admin, _workbook(tmp_path))
    with db.admin.database.unit_of_work() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event.action == "directory_imported"
        assert event.details == {
            "organisations_added": 3,
            "organisations_updated": 0,
            "professionals_added": 3,
            "professionals_updated": 0,
        }


def test_reimport_updates_and_never_duplicates(db, tmp_path):
    path = _workbook(tmp_path)
    import_directory(db.admin, path)
    first = _state(db)
    assert import_directory(db.admin, path) == DirectoryImportResult(0, 3, 0, 3)
    assert _state(db) == first


def test_reimport_changes_what_the_file_fills_in_and_keeps_the_rest(db, tmp_path):
    import_directory(db.admin, _workbook(tmp_path))
    organisations = [
        ["Code", "Naam", "Sector", "Telefoon", "E-mail", "Regie"],
        ["JTM", "Jeugdteam Maasoever-Zuid", "jeugdhulp", "010-5550999", None, None],
        ["WIJ", "Wijkteam Kadewijk", "welzijn", None, None, "nee"],
    ]
    professionals = [
        ["Organisatie", "Naam", "Telefoon", "E-mail"],
        # Matched by e-mail: the name changes.
        ["JTM", "Anna Visser-de Wit", None, "A.Visser@maasoever.example"],
        # Matched by name (no e-mail stored): the e-mail is filled in.
        ["JTM", "bram  kok", "010-5550125", "b.kok@maasoever.example"],
        ["WIJ", "Dirk Smit", None, None],
    ]
    path = write_workbook(
        tmp_path / "nieuw.xlsx", {"Organisaties": organisations, "Professionals": professionals}
    )
    assert import_directory(db.admin, path) == DirectoryImportResult(1, 1, 1, 2)
    jtm = directory.organisation_by_code(db.operator, "JTM")
    assert (jtm.name, jtm.phone, jtm.email) == (
        "Jeugdteam Maasoever-Zuid",
        "010-5550999",
        "info@maasoever.example",  # an empty cell keeps what is stored
    )
    assert (jtm.may_coordinate, jtm.coordinator_priority, jtm.criteria) == (
        True,
        10,
        "Bij elke start van een traject.",
    )
    people = {p.name: p for p in directory.list_professionals(db.operator, jtm.id)}
    assert set(people) == {"Anna Visser-de Wit", "bram kok"}
    assert people["Anna Visser-de Wit"].function == "Jeugdconsulent"
    assert people["Anna Visser-de Wit"].phone == "010-5550124"
    assert (people["bram kok"].email, people["bram kok"].phone) == (
        "b.kok@maasoever.example",
        "010-5550125",
    )


def test_reimport_leaves_a_deactivated_organisation_deactivated(db, tmp_path):
    path = _workbook(tmp_path)
    import_directory(db.admin, path)
    jtm = directory.organisation_by_code(db.admin, "JTM")
    directory.deactivate_organisation(db.admin, jtm.id)
    import_directory(db.admin, path)
    assert directory.organisation_by_code(db.admin, "JTM").active is False


def test_professionals_may_refer_to_organisations_already_in_the_directory(db, tmp_path):
    directory.save_organisation(
        db.admin, OrganisationDraft("GGD", "GGD Maasoever", Sector.HEALTH_CARE)
    )
    path = write_workbook(
        tmp_path / "mensen.xlsx",
        {"Hulpverleners": [["Organisatie", "Naam"], ["ggd", "Eva Jansen"]]},
    )
    assert import_directory(db.admin, path) == DirectoryImportResult(0, 0, 1, 0)
    assert [p.organisation_code for p in directory.list_professionals(db.admin)] == ["GGD"]


def test_an_existing_professional_is_matched_within_its_organisation(db, tmp_path):
    ggd = directory.save_organisation(
        db.admin, OrganisationDraft("GGD", "GGD Maasoever", Sector.HEALTH_CARE)
    )
    stored = directory.save_professional(
        db.admin, ProfessionalDraft(ggd.id, "Eva Jansen", "Jeugdarts", email="e.jansen@ggd.example")
    )
    rows = [["Organisatie", "Naam", "E-mail"], ["GGD", "E. Jansen", "E.Jansen@ggd.example"]]
    path = write_workbook(tmp_path / "mensen.xlsx", {"Professionals": rows})
    assert import_directory(db.admin, path) == DirectoryImportResult(0, 0, 0, 1)
    (updated,) = directory.list_professionals(db.admin)
    assert (updated.id, updated.name, updated.function) == (stored.id, "E. Jansen", "Jeugdarts")


def test_english_headers_and_sheet_names_and_variants(db, tmp_path):
    organisations = [
        ["CODE", "Name", "Sector", "Phone", "e mail", "Regie?", "Priority", "Criteria"],
        [
            "JTM",
            "Jeugdteam Maasoever",
            "youth care",
            None,
            "info@maasoever.example",
            "yes",
            5,
            None,
        ],
        ["POL", "Politie Maasoever", "Police", None, None, "No", None, None],
    ]
    professionals = [
        ["Organisation", "NAME ", "Function", "Telephone", "E-Mail:"],
        ["JTM", "Anna Visser", "Youth worker", "+31 10 555 0124", "a.visser@maasoever.example"],
    ]
    path = write_workbook(
        tmp_path / "directory.xlsx",
        {"Organisations": organisations, "professionals": professionals},
    )
    assert import_directory(db.admin, path) == DirectoryImportResult(2, 0, 1, 0)
    jtm = directory.organisation_by_code(db.admin, "JTM")
    assert (jtm.may_coordinate, jtm.coordinator_priority) == (True, 5)
    assert directory.organisation_by_code(db.admin, "POL").sector is Sector.POLICE_JUSTICE
    (anna,) = directory.list_professionals(db.admin)
    assert (anna.phone, anna.function) == ("+31 10 555 0124", "Youth worker")


def test_title_rows_above_the_header_and_empty_rows_are_skipped(db, tmp_path):
    organisations = [
        ["Adresboek SISA Maasoever"],
        ["Bijgewerkt door het SISA-team"],
        [],
        *ORGANISATIONS[:2],
        [],
        ORGANISATIONS[2],
    ]
    path = _workbook(tmp_path, organisations=organisations, professionals=None)
    assert import_directory(db.admin, path).organisations_added == 2


def test_title_rows_count_in_the_row_numbers_of_problems(db, tmp_path):
    organisations = [["Adresboek"], [], ORGANISATIONS[0], ["JTM", "Jeugdteam", "brandweer"]]
    issues = _issues(db, _workbook(tmp_path, organisations=organisations, professionals=None))
    assert [(i.sheet, i.row, i.column) for i in issues] == [("Organisaties", 4, "Sector")]


def test_hidden_sheet_is_ignored(db, tmp_path):
    path = write_workbook(
        tmp_path / "adresboek.xlsx",
        {
            "Organisaties": ORGANISATIONS,
            "Professionals": [["Organisatie", "Naam"], ["XXX", ""], ["???", "Iemand"]],
            "Hulpverleners": PROFESSIONALS,
        },
        hidden={"Professionals": "hidden"},
    )
    assert import_directory(db.admin, path) == DirectoryImportResult(3, 0, 3, 0)


def test_only_hidden_sheets_is_an_error_that_says_so(db, tmp_path):
    path = write_workbook(
        tmp_path / "adresboek.xlsx",
        {"Toelichting": [["Lees mij"]], "Organisaties": ORGANISATIONS},
        hidden={"Organisaties": "veryHidden"},
    )
    (issue,) = _issues(db, path)
    assert "no sheet 'Organisaties'" in issue.message
    assert "hidden sheets are ignored: 'Organisaties'" in issue.message


def test_a_phone_number_in_a_number_cell_gets_its_leading_zero_back(db, tmp_path):
    organisations = [ORGANISATIONS[0], ["JTM", "Jeugdteam Maasoever", "jeugdhulp", 105550123]]
    import_directory(db.admin, _workbook(tmp_path, organisations=organisations, professionals=None))
    assert directory.organisation_by_code(db.admin, "JTM").phone == "0105550123"


# --- problems: all listed, nothing written -----------------------------------------------------


def test_every_problem_is_listed_with_sheet_row_and_column(db, tmp_path):
    organisations = [
        ["Code", "Naam", "Sector", "Telefoon", "E-mail", "Regie?", "Prioriteit"],
        ["JTM", "Jeugdteam Maasoever", "jeugdhulp", None, None, "ja", 1],  # fine
        ["J", "Te kort", "jeugdhulp", None, None, None, None],
        ["SWK", "", "brandweer", "bel ons", "info@", "misschien", "hoog"],
        ["jtm", "Nog een Maasoever", "jeugdhulp", None, None, None, None],
    ]
    professionals = [
        ["Organisatie", "Naam", "Functie", "Telefoon", "E-mail"],
        ["JTM", "Anna Visser", None, None, "a.visser@maasoever.example"],  # fine
        ["ONBEKEND", "Bram Kok", None, None, None],
        [None, "Cor de Boer", None, None, None],
        ["JTM", "", None, "abc", "geen adres"],
        ["JTM", "A. Visser", None, None, "A.Visser@maasoever.example"],
        ["SWK", "Dirk Smit", None, None, None],  # SWK's row has problems, but it exists
    ]
    issues = _issues(db, _workbook(tmp_path, organisations, professionals))
    located = [(i.sheet, i.row, i.column) for i in issues]
    assert located == [
        ("Organisaties", 3, "Code"),
        ("Organisaties", 4, "Regie?"),
        ("Organisaties", 4, "Prioriteit"),
        ("Organisaties", 4, "Naam"),
        ("Organisaties", 4, "Sector"),
        ("Organisaties", 4, "Telefoon"),
        ("Organisaties", 4, "E-mail"),
        ("Organisaties", 5, "Code"),
        ("Professionals", 3, "Organisatie"),
        ("Professionals", 4, "Organisatie"),
        ("Professionals", 5, "Naam"),
        ("Professionals", 5, "Telefoon"),
        ("Professionals", 5, "E-mail"),
        ("Professionals", 6, "Naam"),
    ]
    messages = {(i.row, i.column): i.message for i in issues if i.sheet == "Organisaties"}
    assert messages[(3, "Code")].startswith("the code must be 2–20 letters")
    assert messages[(4, "Regie?")] == "not yes or no: 'misschien'; use ja or nee (yes or no)"
    assert messages[(4, "Prioriteit")] == "the priority must be a whole number from 0 to 9999"
    assert messages[(4, "Sector")].startswith("unknown sector 'brandweer'")
    assert messages[(5, "Code")] == "the code 'JTM' is also in row 2"
    messages = {(i.row, i.column): i.message for i in issues if i.sheet == "Professionals"}
    assert messages[(3, "Organisatie")] == (
        "there is no organisation with code 'ONBEKEND' in this workbook or in the directory"
    )
    assert messages[(4, "Organisatie")] == "the organisation's code is required"
    assert messages[(6, "Naam")] == "this is the same professional as in row 2"
    # No personal details in messages: only what is wrong.
    assert not any("visser" in i.message.lower() or "abc" in i.message for i in issues)


def test_missing_columns(db, tmp_path):
    organisations = [["Code", "Naam", "Telefoon"], ["JTM", "Jeugdteam Maasoever", None]]
    professionals = [["Naam", "E-mail"], ["Anna Visser", "a.visser@maasoever.example"]]
    issues = _issues(db, _workbook(tmp_path, organisations, professionals))
    assert [(i.sheet, i.row, i.message) for i in issues] == [
        ("Organisaties", 1, "the column 'sector' is missing"),
        ("Professionals", 1, "the column 'organisatie' (or 'organisation') is missing"),
    ]


def test_no_header_row(db, tmp_path):
    organisations = [["Adresboek"], ["JTM", "Jeugdteam Maasoever", "jeugdhulp"]]
    (issue,) = _issues(db, _workbook(tmp_path, organisations, professionals=None))
    assert (issue.sheet, issue.row) == ("Organisaties", None)
    assert issue.message.startswith("no header row in the first 20 rows")


def test_no_directory_sheets(db, tmp_path):
    path = write_workbook(tmp_path / "iets.xlsx", {"Blad1": [["Code", "Naam"]]})
    (issue,) = _issues(db, path)
    assert issue.message.startswith("the workbook has no sheet 'Organisaties'")


def test_two_sheets_with_the_same_list(db, tmp_path):
    path = write_workbook(
        tmp_path / "dubbel.xlsx", {"Organisaties": ORGANISATIONS, "Organisations": ORGANISATIONS}
    )
    (issue,) = _issues(db, path)
    assert issue.message == "two sheets hold the same list: 'Organisaties' and 'Organisations'"


def test_a_problem_in_one_row_stops_every_other_row(db, tmp_path):
    professionals = [*PROFESSIONALS, ["JTM", "Eva Jansen", None, None, "geen adres"]]
    issues = _issues(db, _workbook(tmp_path, professionals=professionals))
    assert [(i.row, i.column) for i in issues] == [(5, "E-mail")]
    assert directory.list_organisations(db.admin, include_inactive=True) == []


def test_a_failed_reimport_leaves_the_first_import_intact(db, tmp_path):
    import_directory(db.admin, _workbook(tmp_path))
    changed = [ORGANISATIONS[0], ["JTM", "Nieuwe naam", "jeugdhulp"], ["SWK", "", "brandweer"]]
    _issues(db, write_workbook(tmp_path / "fout.xlsx", {"Organisaties": changed}))
    assert directory.organisation_by_code(db.admin, "JTM").name == "Jeugdteam Maasoever"


def test_unsafe_workbook_is_refused_before_anything_happens(db, tmp_path):
    path = tmp_path / "adresboek.xlsx"
    path.write_text("Code;Naam;Sector\nJTM;Jeugdteam Maasoever;jeugdhulp\n", encoding="utf-8")
    before = _state(db)
    with pytest.raises(WorkbookIsCsv):
        import_directory(db.admin, path)
    assert _state(db) == before


# --- permissions -------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.OPERATOR, Role.ANALYST, Role.AUDITOR])
def test_only_the_admin_imports(db, tmp_path, role):
    path = _workbook(tmp_path)
    before = _state(db)
    with pytest.raises(PermissionDenied):
        import_directory(db[role], path)
    assert _state(db) == before
