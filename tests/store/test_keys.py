"""Key slots and the keyring file."""

from __future__ import annotations

import json
import os

import pytest

from sisa_desk.store import vault
from sisa_desk.store.errors import (
    KeyringDamagedError,
    KeyringMismatchError,
    KeyringMissingError,
    UnknownUserError,
    WrongPasswordError,
)
from sisa_desk.store.keyring import RECOVERY, keyring_path, load_keyring, save_keyring
from sisa_desk.store.keyslots import (
    MINIMUM_KDF,
    KdfParams,
    calibrated_kdf,
    new_key_pair,
    seal,
    unseal,
)
from tests.conftest import FAST_KDF


def test_calibrated_parameters_never_go_below_rfc9106_second_profile():
    params = calibrated_kdf()
    assert params.is_at_least(MINIMUM_KDF)
    assert params.memory_kib >= 64 * 1024 and params.parallelism == 4


def test_choose_kdf_defaults_to_calibrated():
    assert vault.choose_kdf(None) == calibrated_kdf()
    assert vault.choose_kdf(FAST_KDF) == FAST_KDF


def test_seal_and_unseal_round_trip():
    private, public = new_key_pair()
    secret = os.urandom(32)
    sealed = seal(secret, public, b"ad")
    assert unseal(sealed, private, b"ad") == secret
    other_private, _ = new_key_pair()
    with pytest.raises(Exception):  # noqa: B017 - InvalidTag from cryptography
        unseal(sealed, other_private, b"ad")


def _keyring_with(name: str, password: str):
    fresh = vault.new_keyring()
    vault.add_user_slot(fresh.keyring, name, password, fresh.database_key, FAST_KDF)
    return fresh


def test_user_slot_opens_with_the_right_password_only():
    fresh = _keyring_with("anna", "een-lang-wachtwoord")
    private = vault.unlock_private_key(fresh.keyring, "anna", "een-lang-wachtwoord")
    key = vault.database_key_for(fresh.keyring, "anna", private, fresh.keyring.database_salt)
    assert key == fresh.database_key
    with pytest.raises(WrongPasswordError):
        vault.unlock_private_key(fresh.keyring, "anna", "een-ander-wachtwoord")
    with pytest.raises(UnknownUserError):
        vault.unlock_private_key(fresh.keyring, "bert", "een-lang-wachtwoord")


def test_slot_bound_to_its_parameters_and_name():
    fresh = _keyring_with("anna", "een-lang-wachtwoord")
    slot = fresh.keyring.users["anna"]
    # Weakening the stored parameters (an attacker editing the file) breaks the slot.
    slot.kdf = KdfParams(FAST_KDF.memory_kib, FAST_KDF.time_cost, 2)
    with pytest.raises(WrongPasswordError):
        vault.unlock_private_key(fresh.keyring, "anna", "een-lang-wachtwoord")


def test_password_change_rewraps_the_same_key_pair():
    fresh = _keyring_with("anna", "een-lang-wachtwoord")
    public = fresh.keyring.users["anna"].public_key
    vault.change_password(
        fresh.keyring, "anna", "een-lang-wachtwoord", "nieuw-lang-geheim", FAST_KDF
    )
    assert fresh.keyring.users["anna"].public_key == public
    private = vault.unlock_private_key(fresh.keyring, "anna", "nieuw-lang-geheim")
    key = vault.database_key_for(fresh.keyring, "anna", private, fresh.keyring.database_salt)
    assert key == fresh.database_key


def test_recovery_secret_opens_and_a_wrong_one_does_not():
    fresh = vault.new_keyring()
    private = vault.recovery_private_key(fresh.keyring, fresh.recovery_secret.lower())
    key = vault.database_key_for(fresh.keyring, RECOVERY, private, fresh.keyring.database_salt)
    assert key == fresh.database_key
    other = vault.new_keyring()
    with pytest.raises(WrongPasswordError):
        vault.recovery_private_key(fresh.keyring, other.recovery_secret)
    with pytest.raises(WrongPasswordError):
        vault.recovery_private_key(fresh.keyring, "not-a-key")


def test_keyring_of_another_file_is_refused():
    fresh = _keyring_with("anna", "een-lang-wachtwoord")
    private = vault.unlock_private_key(fresh.keyring, "anna", "een-lang-wachtwoord")
    with pytest.raises(KeyringMismatchError):
        vault.database_key_for(fresh.keyring, "anna", private, os.urandom(16))


def test_keyring_file_round_trip_is_atomic(tmp_path):
    fresh = _keyring_with("anna", "een-lang-wachtwoord")
    path = keyring_path(tmp_path / "x.db")
    save_keyring(path, fresh.keyring)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.db.keyring"]
    loaded = load_keyring(path)
    assert loaded.to_json() == fresh.keyring.to_json()
    text = path.read_text()
    assert fresh.database_key.hex() not in text and "een-lang-wachtwoord" not in text


def test_missing_keyring_has_its_own_message(tmp_path):
    with pytest.raises(KeyringMissingError, match="missing"):
        load_keyring(tmp_path / "x.db.keyring")


@pytest.mark.parametrize("content", ["{not json", "[]", json.dumps({"format": "other"})])
def test_damaged_keyring_has_its_own_message(tmp_path, content):
    path = tmp_path / "x.db.keyring"
    path.write_text(content)
    with pytest.raises(KeyringDamagedError):
        load_keyring(path)
