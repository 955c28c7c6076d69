"""Exports to Excel: read back with openpyxl, formulas never, dates as dates, shielded
addresses absent, audited without personal data, nothing left behind on a cancel, and no
plaintext anywhere but the folder chosen."""

from __future__ import annotations

import tempfile
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from sisa_desk.domain.permissions import Permission, Role, has_permission
from sisa_desk.services import demo_data, exports, match_list
from sisa_desk.services.errors import PermissionDenied
from sisa_desk.services.match_list import MatchColumn, MatchFilter, MatchSort, StatusFilter
from sisa_desk.store.models import AuditEvent, Match, YoungPerson

TODAY = date(2026, 11, 26)
RISKY = ['=HYPERLINK("http://x","klik")', "+31 6 1234", "-2+3", "@SUM(A1:A9)", "\tTab", "\rCR"]


@pytest.fixture
def filled(db):
    demo_data.fill_demo_data(db.admin, young_persons=300, today=TODAY)
    return db


def _read(path):
    sheet = load_workbook(path).active
    return sheet, [list(row) for row in sheet.iter_rows()]


def _events(db, action: str) -> list[AuditEvent]:
    with db.admin.database.unit_of_work() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_export_rows_writes_literal_text_dates_and_numbers(db, tmp_path):
    target = tmp_path / "lijst.xlsx"
    rows = [
        [*RISKY, date(2026, 3, 4), datetime(2026, 3, 4, 9, 30), 12, True, None, ["A", "B"]],
    ]
    headers = [f"K{i}" for i in range(len(rows[0]))]
    assert exports.export_rows(db.operator, target, "Test", headers, rows, kind="test") == 1
    sheet, cells = _read(target)
    assert [c.value for c in cells[0]] == headers
    assert all(c.font.b for c in cells[0])
    row = cells[1]
    for cell, text in zip(row, RISKY, strict=False):
        assert cell.data_type == "s" and cell.value == text and cell.quotePrefix
    assert not any(c.data_type == "f" for r in cells for c in r)
    day, moment = row[len(RISKY)], row[len(RISKY) + 1]
    assert day.value.date() == date(2026, 3, 4) and day.number_format == "DD-MM-YYYY"
    assert moment.value == datetime(2026, 3, 4, 9, 30)
    assert moment.number_format == "DD-MM-YYYY HH:MM"
    assert [c.value for c in row[len(RISKY) + 2 :]] == [12, "ja", None, "A, B"]
    assert sheet.freeze_panes == "A2" and sheet.title == "Test"


def test_export_matches_is_the_filtered_sorted_list_with_every_row(filled, tmp_path):
    flt = MatchFilter(status=StatusFilter.ALL)
    sort = MatchSort(MatchColumn.NAME)
    target = tmp_path / "matches.xlsx"
    count = exports.export_matches(filled.operator, flt, sort, target, today=TODAY)
    assert count == match_list.count_matches(filled.operator, flt, today=TODAY) > 100
    _sheet, cells = _read(target)
    assert [c.value for c in cells[0]] == exports.MATCH_HEADERS
    pages = match_list.match_page(filled.operator, flt, sort, 0, 1000, today=TODAY)
    assert [r[0].value for r in cells[1:]] == [row.id for row in pages]
    first = next(row for row in pages if row.bsn)
    line = next(r for r in cells[1:] if r[0].value == first.id)
    assert line[1].value == first.bsn and line[1].data_type == "s"  # a BSN stays text
    assert line[3].value.date() == first.date_of_birth and line[3].number_format == "DD-MM-YYYY"
    assert line[6].value == ", ".join(first.organisations)


def test_formula_like_values_are_exported_as_text(filled, tmp_path):
    with filled.admin.database.unit_of_work() as session:
        ids = list(
            session.scalars(
                select(YoungPerson.id).join(Match).where(YoungPerson.shielded.is_(False))
            )
        )[: len(RISKY)]
        for person_id, text in zip(ids, RISKY, strict=True):
            session.execute(
                update(YoungPerson).where(YoungPerson.id == person_id).values(city=text)
            )
    target = tmp_path / "m.xlsx"
    exports.export_matches(filled.operator, MatchFilter(status=StatusFilter.ALL), MatchSort(),
                           target, today=TODAY)  # fmt: skip
    _sheet, cells = _read(target)
    cities = [row[4] for row in cells[1:] if row[4].value in RISKY]
    assert sorted(c.value for c in cities) == sorted(RISKY)
    assert all(c.data_type == "s" and c.quotePrefix for c in cities)
    assert not any(c.data_type == "f" for r in cells for c in r)


def test_a_shielded_address_is_never_exported(filled, tmp_path):
    with filled.admin.database.unit_of_work() as session:
        shielded = {
            match_id: city
            for match_id, city in session.execute(
                select(Match.id, YoungPerson.city).join(YoungPerson).where(YoungPerson.shielded)
            )
        }
    assert shielded
    target = tmp_path / "m.xlsx"
    exports.export_matches(filled.operator, MatchFilter(status=StatusFilter.ALL), MatchSort(),
                           target, today=TODAY)  # fmt: skip
    _sheet, cells = _read(target)
    for row in cells[1:]:
        if row[0].value in shielded:
            assert row[4].value is None and row[5].value == "ja"
    assert {r[0].value for r in cells[1:]} >= set(shielded)


def test_an_export_is_audited_with_its_kind_and_count_only(filled, tmp_path):
    target = tmp_path / "Jansen en Öztürk.xlsx"  # a file name may hold a name: not logged
    count = exports.export_matches(filled.operator, MatchFilter(search="ö"), MatchSort(),
                                   target, today=TODAY)  # fmt: skip
    [event] = _events(filled, "export")
    assert event.details == {"kind": "matches", "rows": count}
    assert event.user_name == "medewerker" and event.young_person_id is None
    assert "Jansen" not in str(event.details) and "ö" not in str(event.details)


def test_a_cancel_leaves_no_file_and_no_event(filled, tmp_path):
    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        raise Stop

    folder = tmp_path / "out"
    folder.mkdir()
    rows = ([i, f"naam {i}"] for i in range(5000))
    with pytest.raises(Stop):
        exports.export_rows(filled.operator, folder / "x.xlsx", "X", ["Nr", "Naam"], rows,
                            kind="test", progress=progress)  # fmt: skip
    assert list(folder.iterdir()) == []
    assert _events(filled, "export") == []


def test_no_plaintext_reaches_the_system_temp_folder(db, tmp_path, monkeypatch):
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    seen: list[list[str]] = []

    def progress(done: int, total: int) -> None:
        seen.append(sorted(p.name for p in system_temp.iterdir()))

    rows = ([i, f"Geheime naam {i}"] for i in range(2500))
    exports.export_rows(db.operator, chosen / "x.xlsx", "X", ["Nr", "Naam"], rows, kind="test",
                        progress=progress)  # fmt: skip
    assert seen and all(names == [] for names in seen)
    assert [p.name for p in chosen.iterdir()] == ["x.xlsx"]


def test_sheet_titles_are_made_valid():
    assert exports.sheet_title("Matches [open]: 2026/11") == "Matches  open   2026 11"
    assert len(exports.sheet_title("x" * 40)) == 31


@pytest.mark.parametrize("role", list(Role))
def test_only_roles_that_work_matches_export_them(db, role, tmp_path):
    target = tmp_path / "m.xlsx"
    if has_permission(role, Permission.WORK_MATCHES):
        assert exports.export_matches(db[role], MatchFilter(), MatchSort(), target) == 0
        assert target.exists()
    else:
        with pytest.raises(PermissionDenied):
            exports.export_matches(db[role], MatchFilter(), MatchSort(), target)
        assert not target.exists() and _events(db, "export") == []


def test_every_export_works_on_a_shared_folder_database_and_is_audited(tmp_path):
    # A database in a shared folder has no WAL: a read still open while the export's audit
    # event is written would wait out the busy timeout and fail (it did, after 10 s).
    from sisa_desk.services import accounts, person_exports
    from sisa_desk.services.person_list import PersonFilter, SignalFilter
    from tests.conftest import FAST_KDF

    made = accounts.initialise(
        tmp_path / "gedeeld.db", "beheer", "beheer-wachtwoord-lang-1", kdf=FAST_KDF,
        journal_mode="delete",
    )  # fmt: skip
    workspace = made.workspace
    try:
        demo_data.fill_demo_data(workspace, young_persons=40, today=TODAY)
        out = tmp_path / "uit"
        out.mkdir()
        counts = [
            exports.export_matches(workspace, MatchFilter(), MatchSort(), out / "m.xlsx",
                                   today=TODAY),
            person_exports.export_young_persons(workspace, PersonFilter(), out / "j.xlsx"),
            person_exports.export_signals(workspace, SignalFilter(), out / "s.xlsx"),
        ]  # fmt: skip
        with workspace.database.unit_of_work() as session:
            events = session.scalars(select(AuditEvent).where(AuditEvent.action == "export"))
            logged = [(e.details["kind"], e.details["rows"]) for e in events]
    finally:
        workspace.database.close()
    assert logged == list(zip(["matches", "young_persons", "signals"], counts, strict=True))
    assert all(counts) and sorted(p.name for p in out.iterdir()) == ["j.xlsx", "m.xlsx", "s.xlsx"]


def test_an_export_whose_audit_event_cannot_be_committed_leaves_no_file(
    filled, tmp_path, monkeypatch
):
    from sqlalchemy.orm import SessionTransaction

    real_replace = exports.os.replace

    def placed_then_commit_fails(source, target):
        real_replace(source, target)  # the file is in place; now the event's commit fails

        def refused(self, *args, **kwargs):
            raise RuntimeError("the database refused the commit")

        monkeypatch.setattr(SessionTransaction, "commit", refused)

    monkeypatch.setattr(exports.os, "replace", placed_then_commit_fails)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(RuntimeError, match="refused the commit"):
        exports.export_matches(filled.operator, MatchFilter(), MatchSort(), folder / "m.xlsx",
                               today=TODAY)  # fmt: skip
    monkeypatch.undo()
    assert list(folder.iterdir()) == [] and _events(filled, "export") == []
