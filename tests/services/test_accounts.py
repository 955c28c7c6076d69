"""Accounts and keys through the services, on real encrypted files."""

from __future__ import annotations

import shutil
import unicodedata

import pytest
from sqlalchemy import select

from sisa_desk.domain.passwords import WeakPasswordError
from sisa_desk.domain.permissions import Role
from sisa_desk.services import accounts, audit
from sisa_desk.services.errors import Conflict, InvalidInput, NotFound
from sisa_desk.store import vault
from sisa_desk.store.database import read_keyring_for
from sisa_desk.store.engine import read_salt, rekey
from sisa_desk.store.errors import (
    DatabaseBusyError,
    KeyringMismatchError,
    KeyringMissingError,
    UnknownUserError,
    WrongPasswordError,
)
from sisa_desk.store.keyring import keyring_path, save_keyring
from sisa_desk.store.models import AuditEvent, User
from tests.conftest import FAST_KDF, NAMES, PASSWORDS


def _actions(workspace) -> list[str]:
    with workspace.database.unit_of_work() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_each_role_logs_in_with_its_role(db):
    for role in Role:
        workspace = db.log_in(role)
        assert workspace.actor.role is role and workspace.actor.name == NAMES[role]
        workspace.database.close()


def test_login_is_audited_and_sets_last_login(db):
    workspace = db.log_in(Role.OPERATOR)
    workspace.database.close()
    assert _actions(db.admin)[-1] == "login"
    users = {u.name: u for u in accounts.list_users(db.admin)}
    assert users[NAMES[Role.OPERATOR]].last_login is not None


def test_wrong_password_is_counted_delayed_and_audited(db):
    slept: list[float] = []
    for _ in range(3):
        with pytest.raises(WrongPasswordError, match="wrong user name or password"):
            accounts.log_in(db.path, NAMES[Role.OPERATOR], "fout-wachtwoord-x", sleep=slept.append)
    assert slept == [1.0, 2.0, 4.0]
    with pytest.raises(UnknownUserError):
        accounts.log_in(db.path, "niemand", "fout-wachtwoord-x", sleep=slept.append)
    db.log_in(Role.OPERATOR).database.close()
    actions = _actions(db.admin)
    assert actions[-5:] == ["login_failed"] * 4 + ["login"]
    with db.admin.database.unit_of_work() as session:
        failed = list(
            session.scalars(select(AuditEvent).where(AuditEvent.action == "login_failed"))
        )
    assert {e.user_name for e in failed} == {NAMES[Role.OPERATOR], "niemand"}
    assert read_keyring_for(db.path).failed_logins == []


def test_password_policy_rejects_and_changes_nothing(db):
    before_keyring = keyring_path(db.path).read_bytes()
    for weak in ("kort", "password1234", "welkom2026!!"):
        with pytest.raises(WeakPasswordError):
            accounts.add_user(db.admin, "nieuwe", Role.OPERATOR, weak, kdf=FAST_KDF)
    assert [u.name for u in accounts.list_users(db.admin)].count("nieuwe") == 0
    assert keyring_path(db.path).read_bytes() == before_keyring


def test_passwords_are_nfc_normalised(db):
    composed = "café-au-lait-geheim"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    accounts.add_user(db.admin, "cafe", Role.OPERATOR, decomposed, kdf=FAST_KDF)
    accounts.log_in(db.path, "cafe", composed).database.close()


def test_duplicate_and_bad_user_names_are_refused(db):
    with pytest.raises(Conflict):
        accounts.add_user(
            db.admin, NAMES[Role.OPERATOR], Role.OPERATOR, "x-lang-geheim-9", kdf=FAST_KDF
        )
    for bad in ("", "a", "met spatie", "recovery", "-begint-met-streep"):
        with pytest.raises(InvalidInput):
            accounts.add_user(db.admin, bad, Role.OPERATOR, "x-lang-geheim-9", kdf=FAST_KDF)


def test_deactivated_user_cannot_log_in(db):
    accounts.deactivate_user(db.admin, NAMES[Role.ANALYST])
    with pytest.raises(UnknownUserError):
        db.log_in(Role.ANALYST)
    assert NAMES[Role.ANALYST] not in read_keyring_for(db.path).users
    with pytest.raises(InvalidInput):
        accounts.deactivate_user(db.admin, NAMES[Role.ADMIN])
    with pytest.raises(NotFound):
        accounts.deactivate_user(db.admin, "niemand")


def _close_others(db) -> None:
    for role in (Role.OPERATOR, Role.ANALYST, Role.AUDITOR):
        db[role].database.close()


def test_rotation_refused_while_the_database_is_open_elsewhere(db):
    salt = read_salt(db.path)
    before = read_keyring_for(db.path).to_json()
    with db.operator.database.unit_of_work() as session:
        session.scalar(select(User.id))
        with pytest.raises(DatabaseBusyError, match="open elsewhere"):
            accounts.rotate_key(db.admin)
    assert read_salt(db.path) == salt
    assert read_keyring_for(db.path).to_json() == before


def test_deactivated_user_with_old_keyring_copy_is_locked_out_after_rotation(db, tmp_path):
    _close_others(db)
    old_keyring = keyring_path(db.path).read_bytes()
    accounts.deactivate_user(db.admin, NAMES[Role.OPERATOR])
    assert accounts.rotate_key(db.admin) == 3
    new_keyring = keyring_path(db.path).read_bytes()
    # The deactivated user puts the old keyring back beside the database.
    keyring_path(db.path).write_bytes(old_keyring)
    with pytest.raises(KeyringMismatchError, match="old copy"):
        accounts.log_in(db.path, NAMES[Role.OPERATOR], PASSWORDS[Role.OPERATOR])
    # ...or beside a copy of the database file.
    copy = tmp_path / "stolen.db"
    shutil.copy(db.path, copy)
    keyring_path(copy).write_bytes(old_keyring)
    with pytest.raises(KeyringMismatchError):
        accounts.log_in(copy, NAMES[Role.OPERATOR], PASSWORDS[Role.OPERATOR])
    keyring_path(db.path).write_bytes(new_keyring)
    workspace = db.log_in(Role.AUDITOR)
    assert workspace.actor.role is Role.AUDITOR
    workspace.database.close()
    assert "key_rotated" in _actions(db.admin)


def test_rotation_keeps_data_and_changes_the_salt(db):
    _close_others(db)
    salt = read_salt(db.path)
    accounts.rotate_key(db.admin)
    assert read_salt(db.path) != salt
    assert len(accounts.list_users(db.admin)) == 4
    assert audit.verify_chain(db.admin).intact


def test_rotation_interrupted_before_rekey_still_opens_with_old_key(db):
    database = db.admin.database
    vault.prepare_rotation(database.keyring, list(database.keyring.users))
    database.save_keyring()  # crash here: file not yet rekeyed
    workspace = db.log_in(Role.OPERATOR)
    assert read_keyring_for(db.path).next_salt is None
    workspace.database.close()


def test_rotation_interrupted_after_rekey_finishes_on_next_open(db):
    database = db.admin.database
    new_key, new_salt = vault.prepare_rotation(database.keyring, list(database.keyring.users))
    database.save_keyring()
    _close_others(db)
    rekey(database.engine, new_key, new_salt)  # crash here: keyring not yet finished
    workspace = db.log_in(Role.OPERATOR)
    keyring = read_keyring_for(db.path)
    assert keyring.next_salt is None and keyring.database_salt == new_salt
    workspace.database.close()


def test_change_password(db):
    operator = db.operator
    accounts.change_password(
        operator, PASSWORDS[Role.OPERATOR], "nieuw-medewerker-geheim", kdf=FAST_KDF
    )
    with pytest.raises(WrongPasswordError):
        accounts.log_in(
            db.path, NAMES[Role.OPERATOR], PASSWORDS[Role.OPERATOR], sleep=lambda s: None
        )
    accounts.log_in(db.path, NAMES[Role.OPERATOR], "nieuw-medewerker-geheim").database.close()
    with pytest.raises(InvalidInput):
        accounts.change_password(operator, "nieuw-medewerker-geheim", "nieuw-medewerker-geheim")
    with pytest.raises(WrongPasswordError):
        accounts.change_password(
            operator, "niet-het-oude-wachtwoord", "weer-een-ander-geheim", kdf=FAST_KDF
        )


def test_recovery_key_gives_an_admin_a_new_password(db):
    workspace = accounts.recover(
        db.path, db.recovery_secret, NAMES[Role.ADMIN], "hersteld-beheer-geheim", kdf=FAST_KDF
    )
    assert workspace.actor.role is Role.ADMIN
    workspace.database.close()
    accounts.log_in(db.path, NAMES[Role.ADMIN], "hersteld-beheer-geheim").database.close()
    assert "login_recovery" in _actions(db.admin)
    with pytest.raises(WrongPasswordError):
        accounts.recover(db.path, "AAAA-" * 12 + "AAAA", NAMES[Role.ADMIN], "weer-een-ander-geheim")


def test_verify_password_for_unlock(db):
    accounts.verify_password(db.operator, PASSWORDS[Role.OPERATOR])
    slept: list[float] = []
    for _ in range(2):
        with pytest.raises(WrongPasswordError):
            accounts.verify_password(db.operator, "fout-wachtwoord-x", sleep=slept.append)
    assert slept == [1.0, 2.0]
    assert _actions(db.admin)[-3:] == ["unlock", "login_failed", "login_failed"]
    accounts.verify_password(db.operator, PASSWORDS[Role.OPERATOR])
    assert db.operator.failed_unlocks == 0


def test_missing_keyring_is_reported(db):
    keyring_path(db.path).unlink()
    with pytest.raises(KeyringMissingError):
        db.log_in(Role.OPERATOR)


def test_keyring_of_another_database_is_reported(db, make_db):
    other = make_db("other.db")
    shutil.copy(keyring_path(other.path), keyring_path(db.path))
    with pytest.raises(KeyringMismatchError, match="another database"):
        db.log_in(Role.OPERATOR)


def test_users_list_shows_roles_and_activity(db):
    users = {u.name: u for u in accounts.list_users(db.admin)}
    assert {n: u.role for n, u in users.items()} == {NAMES[r]: r for r in Role}
    assert all(u.active for u in users.values())


def test_database_never_holds_a_password_or_key(db):
    with db.admin.database.unit_of_work() as session:
        assert session.scalar(select(User).where(User.name == NAMES[Role.ADMIN])).failed_logins == 0
    raw = db.path.read_bytes() + keyring_path(db.path).read_bytes()
    for password in PASSWORDS.values():
        assert password.encode() not in raw
    assert db.admin.database.key not in raw and db.admin.database.key.hex().encode() not in raw
    keyring = read_keyring_for(db.path)
    save_keyring(keyring_path(db.path), keyring)
