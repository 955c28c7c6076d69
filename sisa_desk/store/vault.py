"""Operations on the keyring: create, unlock, add and remove users, change a password, and
the two-phase key rotation. Pure key handling; who may do what is decided in services."""

from __future__ import annotations

import base64
import os
import uuid
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag

from .engine import KEY_BYTES, SALT_BYTES
from .errors import KeyringDamagedError, KeyringMismatchError, UnknownUserError, WrongPasswordError
from .keyring import RECOVERY, Keyring, UserSlot
from .keyslots import (
    KdfParams,
    calibrated_kdf,
    new_key_pair,
    public_from_private,
    seal,
    unseal,
    unwrap_private_key,
    wrap_private_key,
)


def choose_kdf(kdf: KdfParams | None) -> KdfParams:
    """The calibrated parameters (never below RFC 9106's second profile), or the explicit
    cheaper ones that only tests pass, to keep the suite fast."""
    return kdf if kdf is not None else calibrated_kdf()


def format_recovery_secret(private_raw: bytes) -> str:
    text = base64.b32encode(private_raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_secret(secret: str) -> bytes:
    text = "".join(ch for ch in secret.upper() if ch.isalnum())
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError:
        raise WrongPasswordError("that is not a recovery key") from None
    if len(raw) != KEY_BYTES:
        raise WrongPasswordError("that is not a recovery key")
    return raw


@dataclass(frozen=True)
class NewKeyring:
    keyring: Keyring
    database_key: bytes
    recovery_secret: str


def new_keyring(salt: bytes | None = None) -> NewKeyring:
    """A keyring for a new database: a fresh key and salt, and a recovery key pair."""
    database_key = os.urandom(KEY_BYTES)
    salt = salt or os.urandom(SALT_BYTES)
    recovery_private, recovery_public = new_key_pair()
    keyring = Keyring(
        database_id=str(uuid.uuid4()),
        database_salt=salt,
        recovery_public_key=recovery_public,
    )
    keyring.sealed[RECOVERY] = seal(database_key, recovery_public, keyring.seal_associated_data())
    return NewKeyring(keyring, database_key, format_recovery_secret(recovery_private))


def add_user_slot(
    keyring: Keyring, name: str, password: str, database_key: bytes, kdf: KdfParams
) -> None:
    private, public = new_key_pair()
    _store_slot(keyring, name, private, public, password, kdf)
    keyring.sealed[name] = seal(database_key, public, keyring.seal_associated_data())


def _store_slot(
    keyring: Keyring, name: str, private: bytes, public: bytes, password: str, kdf: KdfParams
) -> None:
    slot = UserSlot(name=name, public_key=public, kdf=kdf, wrapped_private_key=None)  # type: ignore[arg-type]
    slot.wrapped_private_key = wrap_private_key(
        private, password, kdf, slot.associated_data(keyring.database_id)
    )
    keyring.users[name] = slot


def remove_user_slot(keyring: Keyring, name: str) -> None:
    keyring.users.pop(name, None)
    keyring.sealed.pop(name, None)
    keyring.next_sealed.pop(name, None)


def unlock_private_key(keyring: Keyring, name: str, password: str) -> bytes:
    slot = keyring.users.get(name)
    if slot is None:
        raise UnknownUserError("wrong user name or password")
    return unwrap_private_key(
        slot.wrapped_private_key, password, slot.kdf, slot.associated_data(keyring.database_id)
    )


def change_password(
    keyring: Keyring, name: str, old_password: str, new_password: str, kdf: KdfParams
) -> None:
    private = unlock_private_key(keyring, name, old_password)
    _store_slot(keyring, name, private, public_from_private(private), new_password, kdf)


def database_key_for(keyring: Keyring, holder: str, private: bytes, file_salt: bytes) -> bytes:
    """The key that opens the file with ``file_salt``, as sealed to ``holder``.

    After an interrupted rotation the file may already carry the next salt; then the next key
    is the one that opens it.
    """
    if file_salt == keyring.database_salt:
        sealed = keyring.sealed.get(holder)
    elif keyring.next_salt is not None and file_salt == keyring.next_salt:
        sealed = keyring.next_sealed.get(holder)
    else:
        raise KeyringMismatchError(
            "this keyring does not belong to this database file (a keyring of another database, "
            "or an old copy from before the database key was changed)"
        )
    if sealed is None:
        raise UnknownUserError("wrong user name or password")
    try:
        return unseal(sealed, private, keyring.seal_associated_data())
    except InvalidTag:
        raise KeyringDamagedError("the keyring's sealed database key is damaged") from None


def recovery_private_key(keyring: Keyring, secret: str) -> bytes:
    private = parse_recovery_secret(secret)
    if public_from_private(private) != keyring.recovery_public_key:
        raise WrongPasswordError("that recovery key does not belong to this database")
    return private


def prepare_rotation(keyring: Keyring, keep: list[str]) -> tuple[bytes, bytes]:
    """Phase 1: seal a new key (and salt) to the users in ``keep`` and to recovery.

    Users not in ``keep`` lose their slot now, so even this keyring no longer opens for them.
    """
    for name in list(keyring.users):
        if name not in keep:
            remove_user_slot(keyring, name)
    new_key = os.urandom(KEY_BYTES)
    new_salt = os.urandom(SALT_BYTES)
    aad = keyring.seal_associated_data()
    keyring.next_salt = new_salt
    keyring.next_sealed = {
        name: seal(new_key, keyring.users[name].public_key, aad) for name in keep
    }
    keyring.next_sealed[RECOVERY] = seal(new_key, keyring.recovery_public_key, aad)
    return new_key, new_salt


def finish_rotation(keyring: Keyring) -> None:
    """Phase 2, once the file carries the new salt: the next key becomes the key."""
    if keyring.next_salt is None:
        return
    keyring.database_salt = keyring.next_salt
    keyring.sealed = keyring.next_sealed
    keyring.next_salt = None
    keyring.next_sealed = {}
