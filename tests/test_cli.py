"""The command line, in process (fast key derivation) and once end to end in a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from sisa_desk import cli
from sisa_desk.store.keyring import keyring_path
from tests.conftest import FAST_KDF

ADMIN_PW = "beheer-wachtwoord-lang-1"
OPERATOR_PW = "medewerker-wachtwoord-2"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    monkeypatch.setattr("sisa_desk.store.vault.calibrated_kdf", lambda: FAST_KDF)
    monkeypatch.delenv("SISA_PASSWORD", raising=False)
    monkeypatch.delenv("SISA_NEW_PASSWORD", raising=False)


def _run(monkeypatch, capsys, argv, password=None, new_password=None):
    if password is not None:
        monkeypatch.setenv("SISA_PASSWORD", password)
    if new_password is not None:
        monkeypatch.setenv("SISA_NEW_PASSWORD", new_password)
    try:
        code = cli.run(argv)
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    monkeypatch.delenv("SISA_PASSWORD", raising=False)
    monkeypatch.delenv("SISA_NEW_PASSWORD", raising=False)
    return code, out, err


@pytest.fixture
def initialised(tmp_path, monkeypatch, capsys):
    db = tmp_path / "cli.db"
    code, out, err = _run(
        monkeypatch, capsys, ["init", str(db), "--admin", "beheer"], new_password=ADMIN_PW
    )
    assert code == 0, err
    assert "RECOVERY KEY" in out
    return db


def test_init_users_add_and_list_json(initialised, monkeypatch, capsys):
    db = str(initialised)
    code, out, err = _run(
        monkeypatch,
        capsys,
        ["users", "add", db, "piet", "--role", "operator", "--user", "beheer"],
        password=ADMIN_PW,
        new_password=OPERATOR_PW,
    )
    assert (code, err) == (0, "")
    code, out, err = _run(
        monkeypatch, capsys, ["users", "list", db, "--json", "--user", "beheer"], password=ADMIN_PW
    )
    assert code == 0
    users = json.loads(out)
    assert [(u["name"], u["role"], u["active"]) for u in users] == [
        ("beheer", "admin", True),
        ("piet", "operator", True),
    ]
    assert set(users[0]) == {"name", "role", "active", "last_login"}
    assert users[0]["last_login"] is not None and users[1]["last_login"] is None


def test_wrong_password_exits_1_with_one_error_line(initialised, monkeypatch, capsys):
    monkeypatch.setattr("time.sleep", lambda s: None)
    code, out, err = _run(
        monkeypatch,
        capsys,
        ["users", "list", str(initialised), "--user", "beheer"],
        password="helemaal-fout-123",
    )
    assert code == 1 and out == ""
    assert err == "error: wrong user name or password\n"


def test_operator_cannot_add_users(initialised, monkeypatch, capsys):
    db = str(initialised)
    _run(
        monkeypatch,
        capsys,
        ["users", "add", db, "piet", "--role", "operator", "--user", "beheer"],
        password=ADMIN_PW,
        new_password=OPERATOR_PW,
    )
    before = keyring_path(initialised).read_bytes()
    code, _, err = _run(
        monkeypatch,
        capsys,
        ["users", "add", db, "klaas", "--role", "admin", "--user", "piet"],
        password=OPERATOR_PW,
        new_password="klaas-wachtwoord-lang",
    )
    assert code == 1 and err.startswith("error: the role operator may not do this")
    assert keyring_path(initialised).read_bytes() == before


def test_deactivate_rotate_and_passwd(initialised, monkeypatch, capsys):
    db = str(initialised)
    _run(
        monkeypatch,
        capsys,
        ["users", "add", db, "piet", "--role", "operator", "--user", "beheer"],
        password=ADMIN_PW,
        new_password=OPERATOR_PW,
    )
    code, out, _ = _run(
        monkeypatch,
        capsys,
        ["users", "deactivate", db, "piet", "--user", "beheer"],
        password=ADMIN_PW,
    )
    assert code == 0 and "rotate-key" in out
    code, out, _ = _run(
        monkeypatch, capsys, ["rotate-key", db, "--user", "beheer"], password=ADMIN_PW
    )
    assert code == 0 and "1 active user" in out
    code, _, _ = _run(
        monkeypatch,
        capsys,
        ["passwd", db, "--user", "beheer"],
        password=ADMIN_PW,
        new_password="een-nieuw-beheer-geheim",
    )
    assert code == 0
    code, _, _ = _run(
        monkeypatch,
        capsys,
        ["users", "list", db, "--user", "beheer"],
        password="een-nieuw-beheer-geheim",
    )
    assert code == 0


def test_weak_new_password_is_refused(initialised, monkeypatch, capsys):
    code, _, err = _run(
        monkeypatch,
        capsys,
        ["users", "add", str(initialised), "piet", "--role", "operator", "--user", "beheer"],
        password=ADMIN_PW,
        new_password="kort",
    )
    assert code == 1 and err == "error: a password needs at least 12 characters\n"


def test_usage_errors_exit_2(monkeypatch, capsys):
    assert _run(monkeypatch, capsys, ["users", "add"])[0] == 2
    assert _run(monkeypatch, capsys, ["init", "x.db"])[0] == 2
    assert _run(monkeypatch, capsys, ["users", "add", "x.db", "n", "--role", "koning"])[0] == 2


def test_no_password_and_no_terminal_is_a_clear_error(initialised, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", None)
    code, _, err = _run(monkeypatch, capsys, ["users", "list", str(initialised)])
    assert code == 1 and "SISA_PASSWORD" in err


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        (lambda p: None, "database not found"),
        (lambda p: p.write_text("naam;bsn\n"), "is not a sisa-desk database"),
        (
            lambda p: sqlite3.connect(p).execute("create table t(x)").connection.commit(),
            "unencrypted",
        ),
    ],
)
def test_bad_database_files_get_their_own_message(tmp_path, monkeypatch, capsys, prepare, message):
    path = tmp_path / "x.db"
    prepare(path)
    code, out, err = _run(monkeypatch, capsys, ["users", "list", str(path)], password=ADMIN_PW)
    assert code == 1 and out == "" and message in err and err.count("\n") == 1


def test_missing_keyring_gets_its_own_message(initialised, monkeypatch, capsys):
    keyring_path(initialised).unlink()
    code, _, err = _run(monkeypatch, capsys, ["users", "list", str(initialised)], password=ADMIN_PW)
    assert code == 1 and "keyring" in err and "missing" in err


def test_version(monkeypatch, capsys):
    code, out, _ = _run(monkeypatch, capsys, ["--version"])
    assert code == 0 and out.startswith("sisa-desk ")


def test_end_to_end_as_a_new_administrator(tmp_path):
    """The real console script and the real key derivation, as an administrator would."""
    env = {**os.environ, "SISA_DESK_HOME": str(tmp_path / "home"), "SISA_PASSWORD": ADMIN_PW}
    exe = [sys.executable, "-m", "sisa_desk"]
    db = tmp_path / "regio.db"

    def run(*args, **extra):
        return subprocess.run(
            [*exe, *args],
            env={**env, **extra},
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )

    assert run("init", str(db), "--admin", "beheerder").returncode == 0
    added = run(
        "users",
        "add",
        str(db),
        "medewerker1",
        "--role",
        "operator",
        "--user",
        "beheerder",
        SISA_NEW_PASSWORD=OPERATOR_PW,
    )
    assert added.returncode == 0, added.stderr
    raw = db.read_bytes()
    assert not raw.startswith(b"SQLite format 3\0")
    assert b"beheerder" not in raw and b"medewerker1" not in raw
    wrong = run("users", "list", str(db), "--user", "beheerder", SISA_PASSWORD="dit-is-het-niet-1")
    assert (
        wrong.returncode == 1
        and wrong.stderr.startswith("error: ")
        and "Traceback" not in wrong.stderr
    )
    denied = run(
        "users",
        "add",
        str(db),
        "x2",
        "--role",
        "admin",
        "--user",
        "medewerker1",
        SISA_PASSWORD=OPERATOR_PW,
        SISA_NEW_PASSWORD="nog-een-lang-wachtwoord",
    )
    assert denied.returncode == 1 and "may not" in denied.stderr


def _directory_workbook(path):
    from openpyxl import Workbook

    book = Workbook()
    orgs = book.active
    orgs.title = "Organisaties"
    orgs.append(["Code", "Naam", "Sector", "Telefoon", "E-mail", "Regie", "Criteria"])
    orgs.append(
        [
            "JT-MAAS",
            "Jeugdteam Maasoever",
            "Jeugdhulp",
            "010-5550101",
            "info@jt-maas.example",
            "ja",
            "Signaleert bij een lopend hulptraject.",
        ]
    )
    orgs.append(
        [
            "SMW-NOORD",
            "Schoolmaatschappelijk werk Noord",
            "onderwijs",
            "010-5550102",
            "smw@smw-noord.example",
            "nee",
            "Signaleert na overleg met de school.",
        ]
    )
    pros = book.create_sheet("Professionals")
    pros.append(["Organisatie", "Naam", "Functie", "Telefoon", "E-mail"])
    pros.append(
        [
            "JT-MAAS",
            "Fenna Testvelde",
            "jeugdconsulent",
            "06-55500001",
            "fenna.testvelde@jt-maas.example",
        ]
    )
    pros.append(
        [
            "SMW-NOORD",
            "Olaf Proefhuis",
            "schoolmaatschappelijk werker",
            "06-55500002",
            "olaf.proefhuis@smw-noord.example",
        ]
    )
    book.save(path)


def test_directory_import_signals_and_matches_json_end_to_end(
    initialised, tmp_path, monkeypatch, capsys
):
    """directory import on a real encrypted file, two organisations signal the same young
    person through the services, and `matches --json` shows the match with both codes."""
    from datetime import date

    from sisa_desk.services import accounts, signals
    from tests.services.signal_helpers import identity, new_bsn, signal

    db = str(initialised)
    workbook = tmp_path / "adresboek.xlsx"
    _directory_workbook(workbook)
    code, out, err = _run(
        monkeypatch,
        capsys,
        ["directory", "import", db, str(workbook), "--user", "beheer"],
        password=ADMIN_PW,
    )
    assert code == 0, err
    assert "2 added" in out

    workspace = accounts.log_in(initialised, "beheer", ADMIN_PW)
    bsn = new_bsn(4242)
    today = date.today()
    for org in ("SMW-NOORD", "JT-MAAS"):
        signals.register_signal(workspace, signal(identity(bsn), org, today), today=today)
    workspace.database.close()

    code, out, err = _run(
        monkeypatch,
        capsys,
        ["matches", db, "--json", "--open", "--user", "beheer"],
        password=ADMIN_PW,
    )
    assert code == 0, err
    [match] = json.loads(out)
    assert match["bsn"] == bsn and match["organisations"] == ["JT-MAAS", "SMW-NOORD"]
    assert match["status"] == "open" and match["opened"] == today.isoformat()
    assert match["coordinator"] is None and match["overdue"] is False
    assert {"id", "bsn", "organisations", "status", "opened", "coordinator", "overdue"} <= set(
        match
    )


def test_demo_data_then_matches_listing(initialised, monkeypatch, capsys):
    db = str(initialised)
    code, out, err = _run(
        monkeypatch,
        capsys,
        ["demo-data", db, "--young", "300", "--user", "beheer"],
        password=ADMIN_PW,
    )
    assert code == 0, err
    assert "young persons" in out
    code, out, _ = _run(
        monkeypatch, capsys, ["matches", db, "--json", "--user", "beheer"], password=ADMIN_PW
    )
    matches = json.loads(out)
    assert matches and all(m["organisations"] == sorted(m["organisations"]) for m in matches)
    assert {m["status"] for m in matches} <= {"open", "closed"}
    code, out, _ = _run(
        monkeypatch, capsys, ["matches", db, "--open", "--user", "beheer"], password=ADMIN_PW
    )
    header, *rows = out.splitlines()
    assert (
        code == 0
        and "organisations" in header
        and len(rows) == sum(m["status"] == "open" for m in matches)
    )
    code, _, err = _run(
        monkeypatch, capsys, ["demo-data", db, "--user", "beheer"], password=ADMIN_PW
    )
    assert code == 1 and err.startswith("error: ")


def test_audit_verify_command(initialised, monkeypatch, capsys):
    code, out, _ = _run(
        monkeypatch,
        capsys,
        ["audit", "verify", str(initialised), "--user", "beheer"],
        password=ADMIN_PW,
    )
    assert code == 0 and out.startswith("Audit log intact")


def test_purge_dry_run_and_real(initialised, monkeypatch, capsys):
    db = str(initialised)
    code, out, _ = _run(
        monkeypatch, capsys, ["purge", db, "--dry-run", "--user", "beheer"], password=ADMIN_PW
    )
    assert code == 0 and "dry run" in out
    code, out, _ = _run(monkeypatch, capsys, ["purge", db, "--user", "beheer"], password=ADMIN_PW)
    assert code == 0 and out.startswith("0 signals ended")
