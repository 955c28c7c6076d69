"""The import as a unit of work: all or nothing, once per file, cancellable, a dry run that
writes nothing, untrusted files refused with their own message, and only for operators."""

from __future__ import annotations

import random
import zipfile
from datetime import date

import openpyxl
import pytest
from sqlalchemy import inspect, select, text

from sisa_desk.domain.bsn import generate_bsn
from sisa_desk.domain.permissions import Role
from sisa_desk.services import (
    bulk_writes,
    directory,
    import_quick_reader,
    import_reader,
    imports,
    workbooks,
)
from sisa_desk.services.errors import NotFound, PermissionDenied
from sisa_desk.services.import_columns import (
    MissingColumns,
    NoSignalSheet,
    SeveralSignalSheets,
)
from sisa_desk.services.imports import AlreadyImported, ImportCancelled, RowStatus
from sisa_desk.store.models import AuditEvent, Professional, Signal, YoungPerson
from tests.services.import_workbooks import (
    HEADERS,
    as_excel_writes_it,
    ole_file,
    row,
    write_workbook,
)
from tests.services.signal_helpers import TODAY, add_organisations, new_bsn
from tests.services.test_workbooks import SHARED_STRINGS_BOMB, add_shared_strings


@pytest.fixture
def orgs(db):
    return add_organisations(db.admin)


def _file(tmp_path, count: int = 6, name: str = "signalen.xlsx", **kwargs):
    rows = [row(new_bsn(100 + i)) for i in range(count)]
    return write_workbook(tmp_path / name, rows, title_rows=[["Signalen"]], **kwargs)


def _snapshot(db) -> dict[str, list]:
    engine = db.admin.database.engine
    with engine.connect() as conn:
        return {
            table: conn.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')).fetchall()
            for table in sorted(inspect(conn).get_table_names())
            if table != "audit_event"
        }


def _import(db, path, org="JT-MAAS", **kwargs):
    return imports.run_import(db.operator, path, org, today=TODAY, **kwargs)


def test_a_clean_file_is_imported_and_matched(db, orgs, tmp_path):
    path = _file(tmp_path)
    first = _import(db, path, "SMW-NOORD")
    assert (first.rows, first.imported, first.rejected, first.new_matches) == (6, 6, 0, 0)
    again = _import(db, _file(tmp_path, name="tweede.xlsx"), "JT-MAAS")
    assert again.imported == 6 and again.new_matches == 6 and len(again.match_ids) == 6


def test_the_same_file_again_changes_nothing_and_says_so(db, orgs, tmp_path):
    path = _file(tmp_path)
    result = _import(db, path)
    before = _snapshot(db)
    with pytest.raises(AlreadyImported, match=r"already imported .* on 26-11-2026|already"):
        _import(db, path)
    assert _snapshot(db) == before
    preview = imports.preview_import(db.operator, path, "JT-MAAS", today=TODAY)
    assert preview.already_imported_on is not None
    assert result.batch_id is not None


def test_the_same_file_renamed_is_the_same_file(db, orgs, tmp_path):
    path = _file(tmp_path)
    _import(db, path)
    renamed = path.rename(tmp_path / "andere-naam.xlsx")
    with pytest.raises(AlreadyImported):
        _import(db, renamed)


def test_a_dry_run_writes_nothing_and_counts_what_the_import_does(db, orgs, tmp_path):
    path = _file(tmp_path)
    _import(db, _file(tmp_path, count=3, name="eerder.xlsx"), "SMW-NOORD")
    before = _snapshot(db)
    dry = _import(db, path, dry_run=True)
    assert _snapshot(db) == before
    assert dry.dry_run and dry.batch_id is None and dry.match_ids == []
    real = _import(db, path)
    assert (dry.rows, dry.imported, dry.refreshed, dry.rejected, dry.new_matches) == (
        real.rows,
        real.imported,
        real.refreshed,
        real.rejected,
        real.new_matches,
    )
    assert real.new_matches == 3


def test_the_preview_writes_nothing_not_even_an_audit_event(db, orgs, tmp_path):
    path = _file(tmp_path)
    engine = db.admin.database.engine
    with engine.connect() as conn:
        events = conn.execute(text("SELECT count(*) FROM audit_event")).scalar()
    before = _snapshot(db)
    preview = imports.preview_import(db.operator, path, "JT-MAAS", today=TODAY)
    assert [r.status for r in preview.rows] == [RowStatus.NEW] * 6
    assert _snapshot(db) == before
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_event")).scalar() == events


@pytest.mark.parametrize("cancel_on_call", [1, 2, 4])
def test_cancelling_imports_nothing(db, orgs, tmp_path, cancel_on_call):
    path = _file(tmp_path, count=1500)
    before = _snapshot(db)
    calls = []

    def should_cancel() -> bool:
        calls.append(1)
        return len(calls) >= cancel_on_call

    with pytest.raises(ImportCancelled):
        _import(db, path, should_cancel=should_cancel)
    assert _snapshot(db) == before
    assert _import(db, path).imported == 1500  # and the file can still be imported


def test_a_crash_halfway_through_writing_imports_nothing(db, orgs, tmp_path, monkeypatch):
    path = _file(tmp_path, count=20)
    before = _snapshot(db)
    real_write = bulk_writes._write
    written = []

    def crash_after_persons(session, table, rows, step):
        if written:
            raise RuntimeError("the disk is full")
        written.append(table.name)
        real_write(session, table, rows, step)

    monkeypatch.setattr(bulk_writes, "_write", crash_after_persons)
    with pytest.raises(RuntimeError):
        _import(db, path)
    assert written and _snapshot(db) == before


def test_progress_is_reported_up_to_the_end(db, orgs, tmp_path):
    path = _file(tmp_path, count=2500)
    seen = []
    _import(db, path, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] > 0
    assert all(done <= total for done, total in seen)
    assert len(seen) > 3


# ------------------------------------------------------------------ untrusted files


def _too_large(path):
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/media/groot.bin", bytes(range(256)) * (21 * 4096))


def _zip_bomb(path):
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/nullen.bin", bytes(5 * 1024 * 1024))


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (_too_large, workbooks.WorkbookTooLarge, "larger than"),
        (_zip_bomb, workbooks.WorkbookZipBomb, "zip bomb"),
        (lambda p: add_shared_strings(p, SHARED_STRINGS_BOMB), workbooks.WorkbookUnsafeXml,
         "malicious"),
        (lambda p: p.write_text("bsn;achternaam\n1;x\n"), workbooks.WorkbookIsCsv, "CSV"),
        (lambda p: p.write_bytes(ole_file("Workbook")), workbooks.WorkbookIsXls, r"\.xls"),
        (lambda p: p.write_bytes(ole_file("EncryptionInfo", "EncryptedPackage")),
         workbooks.WorkbookEncrypted, "password"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2000)), workbooks.NotAWorkbook,
         "not an Excel workbook"),
    ],
    ids=["too-large", "zip-bomb", "billion-laughs", "csv-renamed", "xls", "password", "png"],
)  # fmt: skip
def test_untrusted_files_are_refused_with_their_own_message(
    db, orgs, tmp_path, make, error, message
):
    path = _file(tmp_path)
    make(path)
    before = _snapshot(db)
    with pytest.raises(error, match=message):
        _import(db, path)
    with pytest.raises(error):
        imports.preview_import(db.operator, path, "JT-MAAS", today=TODAY)
    assert _snapshot(db) == before


def test_a_csv_by_its_name_is_refused(db, orgs, tmp_path):
    path = tmp_path / "signalen.csv"
    path.write_text("BSN,Achternaam\n", encoding="utf-8")
    with pytest.raises(workbooks.WorkbookIsCsv, match=r"signalen\.csv is a CSV file"):
        _import(db, path)


def test_a_workbook_without_a_signal_sheet(db, orgs, tmp_path):
    path = write_workbook(
        tmp_path / "lijst.xlsx", [["x", "y"]], headers=["Naam", "Adres"], hidden_before=[]
    )
    with pytest.raises(NoSignalSheet, match="hidden sheets are ignored"):
        _import(db, path)


def test_saving_the_error_report_is_an_audited_export(db, orgs, tmp_path, monkeypatch):
    path = write_workbook(tmp_path / "p.xlsx", [row(new_bsn(1)), row("123456789")])
    result = _import(db, path)

    def exports() -> list[AuditEvent]:
        with db.admin.database.unit_of_work() as session:
            query = select(AuditEvent).where(AuditEvent.action == "export")
            return list(session.scalars(query))

    assert imports.save_error_report(db.operator, result, tmp_path / "fouten.xlsx") == 1
    [event] = exports()
    assert event.user_name == db.operator.actor.name
    assert event.details == {"kind": "import_errors", "rows": 1}
    with pytest.raises(PermissionDenied):
        imports.save_error_report(db[Role.ANALYST], result, tmp_path / "ander.xlsx")

    def full_disk(report, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(imports, "write_error_report", full_disk)
    with pytest.raises(OSError):
        imports.save_error_report(db.operator, result, tmp_path / "vol.xlsx")
    assert len(exports()) == 1  # nothing logged for a report that was not written


def test_a_row_with_one_filled_cell_gets_one_message(db, orgs, tmp_path):
    # A total or a note under the table: as text, beside cells of spaces, as a formula
    # without a cached value (a tool that does not calculate), and beside an unknown column.
    empty = [None] * (len(HEADERS) - 1)
    footers = [
        ["Totaal: 2 signalen", *empty],
        ["Totaal: 2", "  ", *empty[1:]],
        ["=COUNTA(A2:A3)", *empty],
        [None, "zie toelichting", *empty[1:], "ook een opmerking"],
    ]
    path = write_workbook(
        tmp_path / "totaal.xlsx",
        [[*row(new_bsn(1)), None], *footers],
        headers=[*HEADERS, "Opmerking"],
    )
    preview = imports.preview_import(db.operator, path, "JT-MAAS", today=TODAY)
    valid, *totals = preview.rows
    assert valid.status is RowStatus.NEW
    assert [len(total.messages) for total in totals] == [1, 1, 1, 1]
    text, spaces, formula, beside = (total.messages[0] for total in totals)
    assert text.startswith("Deze rij heeft maar één ingevulde signaalkolom en is geen signaal")
    assert spaces == text and beside.startswith("Deze rij heeft maar één")
    assert "de formule heeft geen berekende waarde" in formula
    assert [(i.row, i.column) for i in preview.errors] == [
        (3, "BSN"), (4, "BSN"), (5, "BSN"), (6, "Achternaam"),
    ]  # fmt: skip
    # A row with several cells but no signal still gets every reason.
    two = write_workbook(tmp_path / "twee.xlsx", [["Totaal", "2", *empty[1:]]])
    [both] = imports.preview_import(db.operator, two, "JT-MAAS", today=TODAY).rows
    assert len(both.messages) > 2


def test_the_preview_and_the_report_show_cells_as_read_not_as_typed(db, orgs, tmp_path):
    eight = generate_bsn(random.Random(3), prefix="0")  # a number cell drops the zero
    rows = [
        row(int(eight), born=41000, gender="man", signal="3-10-26"),  # all read differently
        row(new_bsn(7), born=2015),  # a year alone: an error, shown as typed
        row(int(eight), gender="vrouw", born="31-02-2014"),  # the same BSN; a day that is not
    ]
    path = write_workbook(tmp_path / "gelezen.xlsx", rows)
    preview = imports.preview_import(db.operator, path, "JT-MAAS", today=TODAY)
    first, second, third = preview.rows
    assert first.status is RowStatus.NEW
    assert (first.values["bsn"], first.values["date_of_birth"]) == (eight, "01-04-2012")
    assert (first.values["gender"], first.values["signal_date"]) == ("M", "03-10-2026")
    assert second.values["date_of_birth"] == "2015"
    assert "De geboortedatum is alleen een jaartal" in second.messages[0]
    assert third.status is RowStatus.DUPLICATE and third.values["bsn"] == eight
    assert (third.values["gender"], third.values["date_of_birth"]) == ("V", "31-02-2014")
    report = tmp_path / "fouten.xlsx"
    imports.write_error_report(preview, report)
    sheet = openpyxl.load_workbook(report).active
    header = [c.value for c in sheet[1]]
    lines = [
        dict(zip(header, line, strict=True))
        for line in sheet.iter_rows(min_row=2, values_only=True)
    ]
    assert [(line["Rij"], line["BSN"]) for line in lines] == [(3, new_bsn(7)), (4, eight)]


@pytest.mark.parametrize("quick", [False, True], ids=["careful reader", "quick reader"])
def test_two_visible_sheets_with_signals_are_refused_and_nothing_changes(
    db, orgs, tmp_path, monkeypatch, quick
):
    # An example sheet in front of the real one: reading the first would import the example
    # as a real signal and drop the rest without a word.
    path = write_workbook(tmp_path / "twee.xlsx", [row(new_bsn(1))], sheet="Voorbeeld")
    book = openpyxl.load_workbook(path)
    real = book.create_sheet("Signalen")
    for line in [HEADERS, row(new_bsn(2)), row(new_bsn(3))]:
        real.append(list(line))
    book.save(path)
    if not quick:
        monkeypatch.setattr(import_reader, "quick_read_allowed", lambda _archive: False)
    before = _snapshot(db)
    with pytest.raises(
        SeveralSignalSheets, match=r"more than one sheet has signals \('Voorbeeld', 'Signalen'\)"
    ):
        _import(db, path)
    with pytest.raises(SeveralSignalSheets):
        imports.preview_import(db.operator, path, "JT-MAAS", today=TODAY)
    assert _snapshot(db) == before
    book = openpyxl.load_workbook(path)
    book["Voorbeeld"].sheet_state = "hidden"  # what the message asks
    book.save(path)
    assert _import(db, path).imported == 2


@pytest.mark.parametrize("quick", [False, True], ids=["careful reader", "quick reader"])
def test_other_sheets_that_are_no_second_batch_do_not_stop_the_import(
    db, orgs, tmp_path, monkeypatch, quick
):
    path = write_workbook(tmp_path / "meer.xlsx", [row(new_bsn(1)), row(new_bsn(2))])
    book = openpyxl.load_workbook(path)
    book.create_sheet("Contacten").append(["Telefoon", "Opmerking", "Telefoon"])  # twice
    book.create_sheet("November").append(list(HEADERS))  # an empty copy of the template
    book.save(path)
    if not quick:
        monkeypatch.setattr(import_reader, "quick_read_allowed", lambda _archive: False)
    result = _import(db, path)
    assert (result.sheet, result.imported) == ("Signalen", 2)


def test_a_repeated_header_is_reported_with_its_sheet_when_no_sheet_is_usable(db, orgs, tmp_path):
    path = write_workbook(
        tmp_path / "dubbel.xlsx", [[*row(new_bsn(1)), "x"]], headers=[*HEADERS, "Email"]
    )
    with pytest.raises(workbooks.AmbiguousHeader, match=r"the sheet 'Signalen': row 1 has two"):
        _import(db, path)


def test_a_large_other_sheet_is_not_read_into_python(db, orgs, tmp_path, monkeypatch):
    path = write_workbook(tmp_path / "groot.xlsx", [row(new_bsn(1))])
    book = openpyxl.load_workbook(path)
    postcodes = book.create_sheet("Postcodes")
    for number in range(3000):
        postcodes.append([f"{3000 + number} AB", "Rotterdam"])
    book.save(path)
    asked: list[tuple[str, int | None]] = []
    real = import_quick_reader.QuickWorkbook._converted

    def converted(self, title, rows):
        asked.append((title, rows))
        return real(self, title, rows)

    monkeypatch.setattr(import_quick_reader.QuickWorkbook, "_converted", converted)
    assert _import(db, path).imported == 1
    assert ("Postcodes", None) not in asked and ("Postcodes", 20) in asked
    assert ("Signalen", None) in asked


def test_a_header_without_a_required_column(db, orgs, tmp_path):
    headers = [h for h in HEADERS if h != "Geslacht"]
    path = write_workbook(tmp_path / "lijst.xlsx", [], headers=headers)
    with pytest.raises(MissingColumns, match="'Geslacht' is missing"):
        _import(db, path)


def test_an_unknown_organisation(db, orgs, tmp_path):
    with pytest.raises(NotFound, match="no active organisation"):
        _import(db, _file(tmp_path), "ONBEKEND")


@pytest.mark.parametrize("role", [Role.ANALYST, Role.AUDITOR])
def test_only_operators_and_admins_import(db, orgs, tmp_path, role):
    path = _file(tmp_path)
    before = _snapshot(db)
    with pytest.raises(PermissionDenied):
        imports.run_import(db[role], path, "JT-MAAS", today=TODAY)
    with pytest.raises(PermissionDenied):
        imports.preview_import(db[role], path, "JT-MAAS", today=TODAY)
    assert _snapshot(db) == before
    assert imports.run_import(db.admin, path, "JT-MAAS", today=TODAY).imported == 6


# ------------------------------------------------------------------ values and the directory


def test_an_excel_style_file_reads_the_same(db, orgs, tmp_path):
    plain = _file(tmp_path, name="a.xlsx")
    styled = as_excel_writes_it(_file(tmp_path, name="b.xlsx"))
    one = imports.preview_import(db.operator, plain, "JT-MAAS", today=TODAY)
    two = imports.preview_import(db.operator, styled, "JT-MAAS", today=TODAY)
    assert [(r.row, r.status, r.values) for r in one.rows] == [
        (r.row, r.status, r.values) for r in two.rows
    ]


def test_serial_numbers_and_two_digit_years(db, orgs, tmp_path):
    rows = [
        row(new_bsn(1), born=41046, signal="1-10-26"),  # 41046 = 17-05-2012 (1900 system)
        row(new_bsn(2), born="17-05-98", signal="01-10-2026"),  # 1998: too old, reported
        row(new_bsn(3), born="3-4-05", signal=20261001),  # jjjjmmdd is not a date format
        row(new_bsn(4), born=17052012, signal="1 okt 2026"),
    ]
    path = write_workbook(tmp_path / "datums.xlsx", rows)
    result = _import(db, path)
    assert result.imported == 2
    with db.admin.database.unit_of_work() as session:
        born = dict(session.execute(select(YoungPerson.bsn, YoungPerson.date_of_birth)).all())
        signalled = set(session.scalars(select(Signal.signal_date)))
    assert born[new_bsn(1)] == born[new_bsn(4)] == date(2012, 5, 17)
    assert signalled == {date(2026, 10, 1)}
    messages = {e.row: e.message for e in result.errors}
    assert "23 jaar of ouder" in messages[3] and "geen datum" in messages[4]


def test_the_professional_is_found_by_email_or_name_or_added(db, orgs, tmp_path):
    known = directory.save_professional(
        db.admin,
        directory.ProfessionalDraft(orgs["JT-MAAS"], "Fenna Testvelde", None, None, None),
    )
    rows = [
        row(new_bsn(1), professional=("fenna testvelde", None, "Fenna.Testvelde@JT-maas.example")),
        row(new_bsn(2), professional=("Fenna Testvelde", "06-55500001", None)),
        row(new_bsn(3), professional=("Gijs Nieuw", None, "gijs@jt-maas.example")),
        row(new_bsn(4), professional=(None, None, "gijs@jt-maas.example")),
    ]
    result = _import(db, write_workbook(tmp_path / "p.xlsx", rows))
    assert result.imported == 4
    with db.admin.database.unit_of_work() as session:
        people = list(session.scalars(select(Professional).order_by(Professional.id)))
        by_signal = [s.professional_id for s in session.scalars(select(Signal).order_by(Signal.id))]
    assert [(p.name, p.email, p.phone) for p in people] == [
        ("Fenna Testvelde", "fenna.testvelde@jt-maas.example", "06-55500001"),
        ("Gijs Nieuw", "gijs@jt-maas.example", None),
    ]
    assert by_signal == [known.id, known.id, people[1].id, people[1].id]


def test_two_columns_for_one_field_take_the_first_name_listed(db, orgs, tmp_path):
    headers = [*HEADERS, "Roepnaam"]
    path = write_workbook(tmp_path / "r.xlsx", [[*row(new_bsn(1)), "Daantje"]], headers=headers)
    result = _import(db, path)
    assert result.imported == 1 and result.ignored_columns == ["Roepnaam"]
    with db.admin.database.unit_of_work() as session:
        assert session.scalar(select(YoungPerson.given_names)) == "Daan"


def test_unnamed_columns_with_data_are_ignored_and_reported(db, orgs, tmp_path):
    path = write_workbook(tmp_path / "u.xlsx", [[*row(new_bsn(1)), None, "los"]])
    result = _import(db, path)
    assert result.imported == 1 and result.ignored_columns == ["(kolom P zonder kop)"]
