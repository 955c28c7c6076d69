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
        "file", "sheet", "organisation", "dry_run", "batch_id", "error_report",
        "error_report_problem", "possible_duplicates",
    }  # fmt: skip
    assert report["possible_duplicates"] == 0
    assert (report["file"], report["sheet"], report["organisation"]) == (
        "partner.xlsx", "Signalen", "JT-MAAS",
    )  # fmt: skip
    assert report["dry_run"] is False and isinstance(report["batch_id"], int)
    assert report["error_report"] is None and report["error_report_problem"] is None
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
    assert code == 0 and _signals(database) == 2
    dry, real = json.loads(dry), json.loads(real)
    assert (dry.pop("dry_run"), dry.pop("batch_id")) == (True, None)
    assert real.pop("dry_run") is False and isinstance(real.pop("batch_id"), int)
    assert dry == real


def test_a_dry_run_of_an_imported_file_is_refused_as_the_import_would_be(
    database, partner_file, monkeypatch, capsys
):
    argv = ["import", str(database), str(partner_file), "--org", "JT-MAAS"]
    assert _run(monkeypatch, capsys, *argv)[0] == 0
    code, out, err = _run(monkeypatch, capsys, *argv, "--dry-run", "--json")
    assert code == 1 and out == "" and "already imported" in err and err.count("\n") == 1
    assert _signals(database) == 2


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("partner.xlsx", "would overwrite the file being imported (partner.xlsx)"),
        ("fouten.csv", "give it a name ending in .xlsx (fouten.csv)"),
        ("geen-map/fouten.xlsx", "the folder for the error report does not exist"),
        ("map.xlsx", "the error report cannot replace a folder"),
    ],
    ids=["the partner's own file", "not .xlsx", "missing folder", "a folder"],
)
def test_an_error_report_that_cannot_be_written_is_refused_before_importing(
    database, partner_file, tmp_path, monkeypatch, capsys, name, expected
):
    before = partner_file.read_bytes()
    target = tmp_path / name
    if name == "map.xlsx":
        target.mkdir()
    code, out, err = _run(
        monkeypatch, capsys, "import", str(database), str(partner_file), "--org", "JT-MAAS",
        "--errors", str(target),
    )  # fmt: skip
    assert code == 1 and out == "" and expected in err and err.startswith("error: ")
    assert _signals(database) == 0 and partner_file.read_bytes() == before
    assert not (tmp_path / "fouten.csv").exists()


def test_a_report_failing_after_the_import_still_reports_the_import_and_exits_0(
    database, partner_file, tmp_path, monkeypatch, capsys
):
    def full_disk(result, target):
        raise OSError(28, "No space left on device", str(target))

    monkeypatch.setattr("sisa_desk.services.imports.write_error_report", full_disk)
    # (save_error_report writes through write_error_report, and logs nothing when it fails)
    code, out, err = _run(
        monkeypatch, capsys, "import", str(database), str(partner_file), "--org", "JT-MAAS",
        "--errors", str(tmp_path / "fouten.xlsx"),
    )  # fmt: skip
    assert code == 0 and _signals(database) == 2
    assert "Rows: 4. Imported: 2" in out and "Error report:" not in out
    assert err.startswith("warning: the file was saved as import 1, but the error report")
    assert "No space left on device" in err


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


def test_possible_duplicates_are_counted(database, tmp_path, monkeypatch, capsys):
    # Without a BSN a young person is new every time; one resembling a known one is queued.
    outputs = []
    for name, given in (("een.xlsx", "Daan"), ("twee.xlsx", "Sem")):  # two files, not one twice
        path = write_workbook(tmp_path / name, [row(None, surname="Nieuwkomer", given=given)])
        argv = ["import", str(database), str(path), "--org", "JT-MAAS"]
        code, out, _ = _run(monkeypatch, capsys, *argv)
        assert code == 0
        outputs.append(out)
    first, second = outputs
    assert "Possible duplicates" not in first
    assert "Possible duplicates for review: 1 (new young persons without a BSN" in second
    third = write_workbook(tmp_path / "drie.xlsx", [row(None, surname="nieuwkomer")])
    code, out, _ = _run(
        monkeypatch, capsys, "import", str(database), str(third), "--org", "SMW-NOORD",
        "--json", "--dry-run",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["possible_duplicates"] == 1
