"""One partner file as it really arrives, mixing every messy case of issue 4 points 2–4: a
hidden sheet in front, a merged title above the header, other header names, a comment
column, numbers for BSNs, text dates, the 1904 date system, formulas with and without a
cached value, duplicates and every reason to reject a row."""

from __future__ import annotations

import random
from datetime import date, datetime

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from sqlalchemy import inspect, select, text

from sisa_desk.domain.bsn import generate_bsn
from sisa_desk.domain.permissions import Role
from sisa_desk.services import audit, imports, signals
from sisa_desk.services.imports import RowStatus
from sisa_desk.store.models import AuditEvent, ImportBatch, Professional, Signal, YoungPerson
from tests.services.import_workbooks import give_cached_value
from tests.services.signal_helpers import TODAY, add_organisations, identity, new_bsn, signal

SECRET = "GEHEIM-zorginhoud-7731"
HEADERS = [
    "Burgerservicenummer", "Geslachtsnaam", "Voorvoegsel", "Roepnaam", "Geb. datum", "Sex",
    "Adres", "Huisnr", "Toevoeging", "Zip", "Plaats", "Datum signaal", "Contactpersoon",
    "Telefoonnummer", "E-mailadres", "Opmerking/reden",
]  # fmt: skip
FENNA = ("Fenna Testvelde", "010-5550101", "fenna.testvelde@jt-maas.example")
BORN = datetime(2012, 5, 17)
ON = datetime(2026, 10, 1)


def line(bsn, surname="Testjongere", born=BORN, gender="M", on=ON, contact=FENNA, **extra):
    name, phone, email = contact
    return [
        bsn, surname, extra.get("prefix"), extra.get("given", "Daan"), born, gender,
        extra.get("street", "Havenstraat"), extra.get("number", 12), extra.get("addition"),
        extra.get("postcode", "3011 AB"), extra.get("city", "Rotterdam"), on, name, phone,
        email, extra.get("remark"),
    ]  # fmt: skip


def _serial_1904(day: date) -> int:
    return (day - date(1904, 1, 1)).days


@pytest.fixture
def messy(db, tmp_path):
    """The database as the file meets it, the file, and the expected outcome per row."""
    add_organisations(db.admin)
    rng = random.Random(4)
    b = [generate_bsn(rng) for _ in range(8)]
    zero = generate_bsn(random.Random(5), prefix="0")
    known_refresh, known_other, known_dob, known_dead = (new_bsn(s) for s in (41, 42, 43, 44))
    for bsn, org in ((known_refresh, "JT-MAAS"), (known_other, "SMW-NOORD"),
                     (known_dob, "POL-ZUID"), (known_dead, "POL-ZUID")):  # fmt: skip
        signals.register_signal(db.operator, signal(identity(bsn), org), today=TODAY)
    dead = signals.register_signal(db.operator, signal(identity(known_dead), "SMW-NOORD"),
                                   today=TODAY)  # fmt: skip
    signals.record_death(db.operator, dead.young_person_id, date(2026, 11, 1), today=TODAY)
    hidden_bsn = new_bsn(45)
    dotted = f"{b[2][:3]}.{b[2][3:6]}.{b[2][6:]}"
    bad_11 = b[6][:-1] + str((int(b[6][-1]) + 1) % 10)
    rows = [  # (the row, expected status, expected message fragments); Excel row 5 onwards
        (line(int(b[0]), remark=SECRET, on="01-10-2026", gender="man"), "new", []),
        (line(int(zero), born="17-5-12", gender="vrouw", on="2026-10-02"), "new", []),
        (line(dotted, born="17/05/2012", gender="X", on="1.10.2026"), "new", []),
        (line(float(b[3]), born=_serial_1904(date(2012, 5, 17))), "new", []),
        ([None] * len(HEADERS), None, []),  # an empty row: skipped
        (line(f"  {b[4]} ", surname="  Jansen ", postcode="3011ab", addition="a"), "new", []),
        (line(b[5], surname='=UPPER("de vries")'), "new", []),  # cached: DE VRIES
        (line(b[7], on="=TODAY()"), "error", ["formule heeft geen berekende waarde"]),
        (line(b[0]), "duplicate", ["Dubbel: zelfde jongere als rij 5"]),
        (line(known_dob, born=datetime(2012, 5, 18)), "error",
         ["BSN is bij SISA bekend met een andere geboortedatum"]),
        (line(known_refresh), "refresh", []),
        (line(known_other), "new", []),
        (line(bad_11), "error", ["elfproef"]),
        (line(new_bsn(46), born=datetime(2003, 9, 1)), "error", ["23 jaar of ouder"]),
        (line(new_bsn(47), on=datetime(2026, 12, 1)), "error", ["in de toekomst"]),
        (line(new_bsn(48), on=datetime(2024, 10, 1)), "error", ["al afgelopen"]),
        (line(new_bsn(49), born=datetime(2026, 11, 1)), "error", ["vóór de geboortedatum"]),
        (line(new_bsn(50), surname=None), "error", ["achternaam ontbreekt"]),
        (line(new_bsn(51), born=None), "error", ["geboortedatum ontbreekt"]),
        (line(new_bsn(52), gender="Q"), "error", ["gebruik M, V of X"]),
        (line(new_bsn(53), on=None), "error", ["signaaldatum ontbreekt"]),
        (line(new_bsn(54), postcode="30111 AB"), "error", ["geen Nederlandse postcode"]),
        (line(None, surname="Nieuwkomer", born=datetime(2015, 2, 3)), "new", []),
        (line(None, surname="nieuwkomer", born=datetime(2015, 2, 3)), "duplicate",
         ["zelfde jongere als rij 27"]),
        (line(known_dead), "error", ["De jongere is overleden"]),
        (line(new_bsn(55), contact=("Bram Kok", None, "bram-at-jt-maas")), "error",
         ["e-mailadres is ongeldig"]),
        (line(new_bsn(56), born="#N/A"), "error", ["Excel-foutwaarde"]),
        (line(new_bsn(57), contact=(None, None, "FENNA.testvelde@jt-maas.example")), "new", []),
        (line(new_bsn(58), contact=(None, "010-5550199", None)), "error",
         ["naam van de hulpverlener ontbreekt"]),
        (line(new_bsn(59), gender=None, given="=HYPERLINK(\"http://x.example\")",
              street="@SUM(A1)", prefix="+31", city="-2+3"), "error", ["geslacht ontbreekt"]),
        (line(None, surname="Nieuwkomer", born=datetime(2016, 2, 3), remark=SECRET), "new", []),
    ]  # fmt: skip
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    hidden = book.active
    hidden.title = "Oud"
    hidden.append(HEADERS)
    hidden.append(line(hidden_bsn))
    hidden.sheet_state = "hidden"
    sheet = book.create_sheet("Signalen oktober")
    sheet.append([f"Signalen Jeugdteam Maasoever — {SECRET}"])
    sheet.merge_cells("A1:F1")
    sheet.append(["Aangeleverd door het jeugdteam"])
    sheet.append([])
    sheet.append(HEADERS)
    for values, _status, _messages in rows:
        sheet.append(values)
    injection_row = 4 + next(i for i, r in enumerate(rows, 1) if r[0][5] is None and r[1])
    sheet.cell(injection_row, 4).data_type = "s"  # text that starts with =, not a formula
    book.active = 1
    path = tmp_path / "signalen_oktober.xlsx"
    book.save(path)
    give_cached_value(path, "B11", "DE VRIES", kind="str")
    expected = {4 + i: (status, messages) for i, (_v, status, messages) in enumerate(rows, 1)}
    return db, path, expected, {"zero": zero, "b": b, "hidden": hidden_bsn, "other": known_other}


def test_every_row_gets_its_status_and_dutch_message(messy):
    db, path, expected, _bsns = messy
    preview = imports.preview_import(db.operator, path, "JT-MAAS", today=TODAY)
    assert preview.sheet == "Signalen oktober" and preview.ignored_columns == ["Opmerking/reden"]
    by_row = {r.row: r for r in preview.rows}
    assert sorted(by_row) == [n for n, (status, _m) in expected.items() if status]
    for number, (status, fragments) in expected.items():
        if status is None:
            continue
        found = by_row[number]
        assert found.status == RowStatus(status), (number, found)
        for fragment in fragments:
            assert any(fragment in m for m in found.messages), (number, found.messages)
    assert by_row[16].match_change == "open"
    # The columns are named as in the file.
    columns = {(i.row, i.column) for i in preview.errors}
    assert (12, "Datum signaal") in columns and (14, "Geb. datum") in columns


def test_import_registers_the_valid_rows_with_their_values(messy):
    db, path, expected, bsns = messy
    result = imports.run_import(db.operator, path, "JT-MAAS", today=TODAY)
    statuses = [s for s, _m in expected.values() if s]
    assert (result.rows, result.imported, result.refreshed, result.rejected) == (
        len(statuses),
        statuses.count("new"),
        statuses.count("refresh"),
        statuses.count("error") + statuses.count("duplicate"),
    )
    assert result.new_matches == 1 and len(result.match_ids) == 1
    assert result.ignored_columns == ["Opmerking/reden"]
    with db.admin.database.unit_of_work() as session:
        people = {p.bsn: p for p in session.scalars(select(YoungPerson))}
        assert bsns["zero"] in people  # the lost leading zero is back
        assert bsns["hidden"] not in people  # the hidden sheet was ignored
        assert people[bsns["b"][2]].gender.value == "X"
        assert people[bsns["b"][3]].date_of_birth == date(2012, 5, 17)  # a 1904 serial
        jansen = people[bsns["b"][4]]
        assert (jansen.surname, jansen.postcode, jansen.house_number) == (
            "Jansen",
            "3011 AB",
            "12a",
        )
        assert people[bsns["b"][5]].surname == "DE VRIES"
        assert people[None].surname == "Nieuwkomer"
        mail_only = session.scalar(
            select(Signal).join(YoungPerson).where(YoungPerson.bsn == new_bsn(57))
        )
        fenna = session.get(Professional, mail_only.professional_id)
        assert fenna.email == "fenna.testvelde@jt-maas.example"
        assert session.scalar(select(ImportBatch)).rejected == result.rejected


def test_the_comment_column_is_never_stored_anywhere(messy):
    db, path, _expected, _bsns = messy
    imports.run_import(db.operator, path, "JT-MAAS", today=TODAY)
    assert SECRET.encode() not in db.path.read_bytes()
    engine = db.admin.database.engine
    with engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for values in conn.execute(text(f'SELECT * FROM "{table}"')):
                assert not any(SECRET in str(v) for v in values), table


def test_the_import_is_audited_with_counts_and_events_per_signal(messy):
    db, path, _expected, _bsns = messy
    result = imports.run_import(db.operator, path, "JT-MAAS", today=TODAY)
    with db.admin.database.unit_of_work() as session:
        events = list(session.scalars(select(AuditEvent)))
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last.action == "import" and last.object_id == result.batch_id
    assert last.details["imported"] == result.imported
    assert last.details["rejected"] == result.rejected
    per_signal = [
        e
        for e in events
        if e.action in ("signal_registered", "signal_refreshed")
        and e.details.get("import_batch") == result.batch_id
    ]
    assert len(per_signal) == result.imported + result.refreshed
    assert audit.verify_chain(db[Role.AUDITOR]).intact


def test_error_report_holds_the_rejected_rows_safely(messy, tmp_path):
    db, path, expected, _bsns = messy
    result = imports.run_import(db.operator, path, "JT-MAAS", today=TODAY)
    target = tmp_path / "foutenrapport.xlsx"
    assert imports.write_error_report(result, target) == result.rejected
    sheet = openpyxl.load_workbook(target).active
    header = [c.value for c in sheet[1]]
    assert header[0] == "Rij" and header[-1] == "Foutmelding"
    assert "Opmerking/reden" not in header and "BSN" in header and "Geboortedatum" in header
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    rejected = [n for n, (s, _m) in expected.items() if s in ("error", "duplicate")]
    assert sorted(rows) == rejected
    assert "Dubbel: zelfde jongere als rij 5" in rows[13][-1].value
    for cells in sheet.iter_rows(values_only=True):
        assert not any(SECRET in str(v) for v in cells)
    injected = rows[max(rejected)]
    texts = {c.value: c for c in injected if isinstance(c.value, str)}
    for dangerous in ('=HYPERLINK("http://x.example")', "@SUM(A1)", "+31", "-2+3"):
        cell = texts[dangerous]
        assert cell.data_type == "s" and cell.quotePrefix, dangerous
    # The team reads why (above); the partner never reads what only the register knows.
    told = [str(line[-1]) for line in sheet.iter_rows(min_row=2, values_only=True)]
    assert not any("bij SISA bekend" in t or "overleden" in t for t in told)
    assert sum("neem contact op met het SISA-team" in t for t in told) == 2
    # Which file it answers, for a partner with two reports.
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Afgewezen rijen", "Over dit rapport"]
    about = dict(book["Over dit rapport"].iter_rows(values_only=True))
    assert about["Bestand"] == path.name and about["Organisatie"] == "JT-MAAS"
    assert about["Blad"] == "Signalen oktober" and about["Afgewezen rijen"] == str(len(rejected))
    assert about["Gemaakt op"].startswith(f"{date.today():%d-%m-%Y}")
