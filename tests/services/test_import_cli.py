"""`sisa-desk import DB FILE --org CODE [--dry-run] [--errors OUT.xlsx] [--json]`."""

from __future__ import annotations

import json

import openpyxl
import pytest
from sqlalchemy import func, select

from sisa_desk import cli
from sisa_desk.services import accounts
from sisa_desk.store.models import Signal
from tests.conftest import FAST_KDF
from tests.services.import_workbooks import row, write_workbook
from tests.services.signal_helpers import add_organisations, new_bsn

ADMIN_PW = "beheer-wachtwoord-lang-1"
OPERATOR_PW = "medewerker-wachtwoord-2"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    monkeypatch.setattr("sisa_desk.store.vault.calibrated_kdf", lambda: FAST_KDF)
    monkeypatch.delenv("SISA_PASSWORD", raising=False)


def _run(monkeypatch, capsys, *argv, password=OPERATOR_PW, user="piet"):
    monkeypatch.setenv("SISA_PASSWORD", password)
    try:
        code = cli.run([*argv, "--user", user])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "regio.db"
    admin = accounts.initialise(path, "beheer", ADMIN_PW, kdf=FAST_KDF).workspace
    accounts.add_user(admin, "piet", "operator", OPERATOR_PW, kdf=FAST_KDF)
    accounts.add_user(admin, "ans", "analyst", "analist-wachtwoord-lang-3", kdf=FAST_KDF)
    add_organisations(admin)
    admin.database.close()
    return path


def _signals(path) -> int:
    workspace = accounts.log_in(path, "beheer", ADMIN_PW)
    try:
        with workspace.database.unit_of_work() as session:
            return session.scalar(select(func.count()).select_from(Signal))
    finally:
        workspace.database.close()


@pytest.fixture
def partner_file(tmp_path):
    rows = [row(new_bsn(1)), row(int(new_bsn(2))), row("123456789"), row(new_bsn(1))]
    headers = ["BSN", "Achternaam", "Tussenvoegsel", "Voornamen", "Geboortedatum", "Geslacht",
               "Straat", "Huisnummer", "Postcode", "Woonplaats", "Signaaldatum",
               "Hulpverlener", "Telefoon", "E-mail", "Opmerking"]  # fmt: skip
    rows = [[*r, "iets over de hulp"] for r in rows]
    return write_workbook(
        tmp_path / "partner.xlsx", rows, headers=headers, title_rows=[["Signalen"], []]
    )


def test_json_reports_the_outcome_and_exits_0_with_rejected_rows(
    database, partner_file, monkeypatch, capsys
):
    code, out, err = _run(
        monkeypatch, capsys, "import", str(database), str(partner_file), "--org", "jt-maas",
        "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert set(report) == {
        "rows", "imported", "refreshed", "rejected", "new_matches", "ignored_columns", "errors",
    }  # fmt: skip
    assert (report["rows"], report["imported"], report["refreshed"], report["rejected"]) == (
        4, 2, 0, 2,
    )  # fmt: skip
    assert report["new_matches"] == 0 and report["ignored_columns"] == ["Opmerking"]
    assert report["errors"] == [
        {"row": 6, "column": "BSN", "message": report["errors"][0]["message"]},
        {"row": 7, "column": "BSN", "message": "Dubbel: zelfde jongere als rij 4"},
    ]
    assert "elfproef" in report["errors"][0]["message"]
    assert _signals(database) == 2


def test_text_output_and_the_error_report(database, partner_file, tmp_path, monkeypatch, capsys):
    target = tmp_path / "fouten.xlsx"
    code, out, _ = _run(
        monkeypatch, capsys, "import", str(database), str(partner_file), "--org", "JT-MAAS",
        "--errors", str(target),
    )  # fmt: skip
    assert code == 0
    assert "Rows: 4. Imported: 2, refreshed: 0, rejected: 2. New matches: 0." in out
    assert "Ignored columns (not stored): Opmerking" in out
    assert "Dubbel: zelfde jongere als rij 4" in out
    sheet = openpyxl.load_workbook(target).active
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == [6, 7]
    assert "Opmerking" not in [c.value for c in sheet[1]]


def test_dry_run_reports_the_same_and_writes_nothing(database, partner_file, monkeypatch, capsys):
    argv = ["import", str(database), str(partner_file), "--org", "JT-MAAS", "--json"]
    code, dry, _ = _run(monkeypatch, capsys, *argv, "--dry-run")
    assert code == 0 and _signals(database) == 0
    code, real, _ = _run(monkeypatch, capsys, *argv)
    assert code == 0 and json.loads(dry) == json.loads(real) and _signals(database) == 2


def test_a_file_that_cannot_be_used_exits_1_with_one_line(database, tmp_path, monkeypatch, capsys):
    path = tmp_path / "partner.xlsx"
    path.write_text("BSN;Achternaam\n123;x\n", encoding="utf-8")
    code, out, err = _run(
        monkeypatch, capsys, "import", str(database), str(path), "--org", "JT-MAAS", "--json"
    )
    assert code == 1 and out == ""
    assert err.startswith("error: partner.xlsx is a CSV text file") and err.count("\n") == 1
    assert _signals(database) == 0


def test_the_same_file_twice_exits_1_and_changes_nothing(
    database, partner_file, monkeypatch, capsys
):
    argv = ["import", str(database), str(partner_file), "--org", "JT-MAAS"]
    assert _run(monkeypatch, capsys, *argv)[0] == 0
    code, _, err = _run(monkeypatch, capsys, *argv)
    assert code == 1 and "already imported" in err and _signals(database) == 2


def test_an_unknown_organisation_and_a_forbidden_role(database, partner_file, monkeypatch, capsys):
    code, _, err = _run(
        monkeypatch, capsys, "import", str(database), str(partner_file), "--org", "NIEMAND"
    )
    assert code == 1 and "no active organisation" in err
    code, _, err = _run(
        monkeypatch, capsys, "import", str(database), str(partner_file), "--org", "JT-MAAS",
        password="analist-wachtwoord-lang-3", user="ans",
    )  # fmt: skip
    assert code == 1 and "may not do this" in err and _signals(database) == 0


def test_org_is_required(database, partner_file, monkeypatch, capsys):
    assert _run(monkeypatch, capsys, "import", str(database), str(partner_file))[0] == 2
