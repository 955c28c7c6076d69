"""An open encrypted database: its engine, its keyring and the unit-of-work factory."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from . import vault
from .engine import JournalMode, check_file_looks_encrypted, open_engine, read_salt, rekey
from .keyring import Keyring, keyring_path, load_keyring, save_keyring
from .migrate import upgrade_to_head

logger = logging.getLogger(__name__)


@dataclass
class Database:
    path: Path
    keyring: Keyring
    engine: Engine
    # Held while the database is open: an admin seals it to a new user's public key.
    key: bytes = field(repr=False)
    journal_mode: JournalMode = "wal"
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    # Small values the services keep between units of work (e.g. the settings, briefly).
    memo: dict[str, object] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def keyring_path(self) -> Path:
        return keyring_path(self.path)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back when it raises."""
        with self._sessions() as session, session.begin():
            yield session

    def save_keyring(self) -> None:
        save_keyring(self.keyring_path, self.keyring)

    def rotate_key(self, keep: list[str]) -> None:
        """A new database key, sealed to the users in ``keep`` and to the recovery key.

        Two phases, so that a crash at any point leaves a keyring that opens the file: the
        keyring gains the next key first, then the file is rekeyed, then the next key becomes
        the key.
        """
        new_key, new_salt = vault.prepare_rotation(self.keyring, keep)
        self.save_keyring()
        try:
            rekey(self.engine, new_key, new_salt)
        except BaseException:
            if read_salt(self.path) != new_salt:
                self.keyring.next_salt, self.keyring.next_sealed = None, {}
                self.save_keyring()
            raise
        vault.finish_rotation(self.keyring)
        self.save_keyring()
        self.key = new_key
        self.engine = open_engine(self.path, new_key, journal_mode=self.journal_mode)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()


def create_database(path: Path, *, journal_mode: JournalMode = "wal") -> tuple[Database, str]:
    """A new encrypted database at head with an empty keyring; returns it and the recovery
    secret, to be shown once."""
    path = Path(path)
    fresh = vault.new_keyring()
    fresh.keyring.journal_mode = journal_mode
    engine = open_engine(
        path,
        fresh.database_key,
        create=True,
        salt=fresh.keyring.database_salt,
        journal_mode=journal_mode,
    )
    try:
        upgrade_to_head(engine)
        save_keyring(keyring_path(path), fresh.keyring)
    except BaseException:
        engine.dispose()
        path.unlink(missing_ok=True)
        raise
    return Database(path, fresh.keyring, engine, fresh.database_key, journal_mode), (
        fresh.recovery_secret
    )


def read_keyring_for(path: Path) -> Keyring:
    """The keyring beside ``path``, after checking the file itself can be one of ours."""
    path = Path(path)
    check_file_looks_encrypted(path)
    return load_keyring(keyring_path(path))


def open_with_private_key(path: Path, keyring: Keyring, holder: str, private: bytes) -> Database:
    """Open ``path`` with the database key sealed to ``holder`` (a user name or recovery)."""
    path = Path(path)
    key = vault.database_key_for(keyring, holder, private, read_salt(path))
    journal_mode: JournalMode = keyring.journal_mode
    engine = open_engine(path, key, journal_mode=journal_mode)
    if keyring.next_salt is not None and read_salt(path) == keyring.next_salt:
        # A rotation was interrupted after the rekey: finish it now.
        vault.finish_rotation(keyring)
        save_keyring(keyring_path(path), keyring)
    elif keyring.next_salt is not None:
        # Interrupted before the rekey: the old key still opens it; drop the unused next key.
        keyring.next_salt, keyring.next_sealed = None, {}
        save_keyring(keyring_path(path), keyring)
    try:
        upgrade_to_head(engine, path)
    except BaseException:
        engine.dispose()
        raise
    return Database(path, keyring, engine, key, journal_mode)
