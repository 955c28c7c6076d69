"""The keyring file beside the database: the database key sealed to every user and to the
recovery key. Users, roles and lockout state live inside the encrypted database; this file
holds only public keys, wrapped private keys and sealed database keys (DESIGN.md §4).

Losing the keyring loses the data: backups include it.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KeyringDamagedError, KeyringMissingError
from .keyslots import KdfParams, SealedKey, WrappedKey, b64, unb64

FORMAT = "sisa-desk keyring"
VERSION = 1
RECOVERY = "recovery"


def keyring_path(database: Path) -> Path:
    database = Path(database)
    return database.with_name(database.name + ".keyring")


@dataclass
class UserSlot:
    name: str
    public_key: bytes
    kdf: KdfParams
    wrapped_private_key: WrappedKey

    def associated_data(self, database_id: str) -> bytes:
        # Binds the wrapped key to its slot: moving it to another name, database or weaker
        # parameters makes decryption fail instead of silently working.
        return json.dumps(
            {
                "database_id": database_id,
                "name": self.name,
                "public_key": b64(self.public_key),
                "kdf": self.kdf.to_json(),
            },
            sort_keys=True,
        ).encode()


@dataclass
class Keyring:
    database_id: str
    # The database file's salt (its first 16 bytes): names the one file this keyring opens.
    database_salt: bytes
    users: dict[str, UserSlot] = field(default_factory=dict)
    recovery_public_key: bytes = b""
    # The database key sealed to each public key (users by name, and RECOVERY).
    sealed: dict[str, SealedKey] = field(default_factory=dict)
    # During a key rotation: the next key, sealed the same way, and its salt. Present only
    # between "new keyring written" and "database rekeyed"; an interrupted rotation finishes
    # on the next open.
    next_salt: bytes | None = None
    next_sealed: dict[str, SealedKey] = field(default_factory=dict)
    # Failed log-ins cannot be written into the database (no key without the password), so
    # they wait here and are moved into the audit log at the next successful log-in.
    failed_logins: list[dict[str, str]] = field(default_factory=list)
    # WAL on a local disk; DELETE when the database lives in a shared (network) folder. Kept
    # here because it must be known before the database can be opened.
    journal_mode: str = "wal"

    def seal_associated_data(self) -> bytes:
        return f"{FORMAT}/{self.database_id}".encode()

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "database_id": self.database_id,
            "database_salt": self.database_salt.hex(),
            "recovery_public_key": b64(self.recovery_public_key),
            "users": {
                name: {
                    "public_key": b64(slot.public_key),
                    "kdf": {"algorithm": "argon2id", **slot.kdf.to_json()},
                    "wrapped_private_key": slot.wrapped_private_key.to_json(),
                }
                for name, slot in sorted(self.users.items())
            },
            "sealed": {name: s.to_json() for name, s in sorted(self.sealed.items())},
            "next_salt": self.next_salt.hex() if self.next_salt else None,
            "next_sealed": {name: s.to_json() for name, s in sorted(self.next_sealed.items())},
            "failed_logins": self.failed_logins,
            "journal_mode": self.journal_mode,
        }

    @classmethod
    def from_json(cls, data: dict) -> Keyring:
        if (
            not isinstance(data, dict)
            or data.get("format") != FORMAT
            or data.get("version") != VERSION
        ):
            raise KeyringDamagedError("the keyring file is not a sisa-desk keyring")
        users = {}
        for name, raw in data["users"].items():
            kdf = dict(raw["kdf"])
            if kdf.pop("algorithm") != "argon2id":
                raise KeyringDamagedError("the keyring names an unknown key derivation")
            users[name] = UserSlot(
                name=name,
                public_key=unb64(raw["public_key"]),
                kdf=KdfParams.from_json(kdf),
                wrapped_private_key=WrappedKey.from_json(raw["wrapped_private_key"]),
            )
        return cls(
            database_id=data["database_id"],
            database_salt=bytes.fromhex(data["database_salt"]),
            users=users,
            recovery_public_key=unb64(data["recovery_public_key"]),
            sealed={n: SealedKey.from_json(s) for n, s in data["sealed"].items()},
            next_salt=bytes.fromhex(data["next_salt"]) if data.get("next_salt") else None,
            next_sealed={n: SealedKey.from_json(s) for n, s in data["next_sealed"].items()},
            failed_logins=list(data.get("failed_logins", [])),
            journal_mode="delete" if data.get("journal_mode") == "delete" else "wal",
        )


def load_keyring(path: Path) -> Keyring:
    if not path.exists():
        raise KeyringMissingError(
            f"the keyring {path.name} is missing beside the database; "
            "restore it from the backup (without it the database cannot be opened)"
        )
    try:
        return Keyring.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        if isinstance(exc, KeyringDamagedError):
            raise
        raise KeyringDamagedError(f"the keyring {path.name} is damaged") from None


def save_keyring(path: Path, keyring: Keyring) -> None:
    """Write atomically: a temp file in the same folder, fsync, replace, fsync the folder."""
    text = json.dumps(keyring.to_json(), indent=2, sort_keys=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # POSIX: make the rename itself durable
        dir_fd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
