"""The one engine factory: URL, pool, per-connection pragmas and the key (DESIGN.md §4)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Literal
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from .errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseExistsError,
    DatabaseNotFoundError,
    NotADatabaseError,
    PlaintextDatabaseError,
)

logger = logging.getLogger(__name__)

JournalMode = Literal["wal", "delete"]

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
SALT_BYTES = 16
# SQLCipher 4 pages are 4096 bytes; every valid file is a whole number of them.
PAGE_SIZE = 4096


def _bound_as_null(value: None) -> None:
    return value


# sqlcipher3 binds a None that has no adapter through the slow end of its adapter protocol
# (attribute lookups by name: ~0.9 µs per NULL, against ~0.08 µs for a text value); a
# registered adapter is found first (~0.16 µs) and hands back the same None, bound as NULL.
# An import of 100 000 rows binds ~800 000 NULLs (DESIGN.md §5).
sqlcipher3.register_adapter(type(None), _bound_as_null)


def read_salt(path: Path) -> bytes:
    """The first 16 bytes of an SQLCipher file: the random salt, stored in the clear."""
    with path.open("rb") as fh:
        return fh.read(SALT_BYTES)


def check_file_looks_encrypted(path: Path) -> None:
    """Refuse what cannot be one of our databases before any key is tried."""
    if not path.exists():
        raise DatabaseNotFoundError(f"database not found: {path}")
    if not path.is_file():
        raise NotADatabaseError(f"not a database file: {path}")
    size = path.stat().st_size
    if read_salt(path) == SQLITE_HEADER:
        raise PlaintextDatabaseError(
            f"{path.name} is an unencrypted SQLite file; sisa-desk only opens encrypted databases"
        )
    if size == 0 or size % PAGE_SIZE:
        raise NotADatabaseError(f"{path.name} is not a sisa-desk database")


def _raw_key_pragma(verb: str, key: bytes, salt: bytes | None = None) -> str:
    # A raw key (x'...') skips SQLCipher's own KDF: 0.5 ms per connection instead of ~140 ms.
    # Our key is already 32 random bytes, so the KDF would add nothing.
    hex_key = key.hex() + (salt.hex() if salt else "")
    return f"PRAGMA {verb} = \"x'{hex_key}'\""


def _connect_raw(path: Path, key: bytes, *, create: bool, salt: bytes | None) -> object:
    # mode=rw: a mistyped path is an error, never a new empty database.
    mode = "rwc" if create else "rw"
    uri = f"file:{quote(str(path.resolve()))}?mode={mode}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    except sqlcipher3.OperationalError:
        raise DatabaseNotFoundError(f"database cannot be opened: {path}") from None
    try:
        # The key pragma goes through the raw DBAPI cursor, never through SQLAlchemy: a failed
        # SQLAlchemy statement puts its SQL text, and so the key, into the exception.
        conn.execute(_raw_key_pragma("key", key, salt))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        # 32 MiB of decrypted pages per connection: the indexes a registration walks stay hot
        # instead of being decrypted again on every statement.
        conn.execute("PRAGMA cache_size = -32768")
        # The first read validates the key: SQLCipher only decrypts on first access.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        raise DatabaseDamagedError(
            f"{path.name} cannot be read with its key: the file is damaged; restore a backup"
        ) from None
    return conn


def open_engine(
    path: Path,
    key: bytes,
    *,
    create: bool = False,
    salt: bytes | None = None,
    journal_mode: JournalMode = "wal",
    pool_size: int = 4,
) -> Engine:
    """An engine on the encrypted file at ``path``; every pooled connection is keyed.

    ``create`` makes a new file (refused when it exists), with ``salt`` as its salt so that the
    keyring can name the file it belongs to. WAL suits a local disk; a database in a shared
    (network) folder needs ``journal_mode="delete"`` because WAL's shared memory does not
    work over network file systems.
    """
    path = Path(path)
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    if create:
        if path.exists():
            raise DatabaseExistsError(f"a file already exists at {path}")
    else:
        check_file_looks_encrypted(path)

    first = _connect_raw(path, key, create=create, salt=salt)
    first.execute(f"PRAGMA journal_mode = {journal_mode.upper()}").fetchone()
    if journal_mode == "wal":
        first.execute("PRAGMA synchronous = NORMAL")
    handed_out = [first]

    def creator() -> object:
        if handed_out:
            return handed_out.pop()
        conn = _connect_raw(path, key, create=False, salt=None)
        if journal_mode == "wal":
            conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    # The URL names neither the file's key nor its path: the creator owns both.
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,
        creator=creator,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=4,
        pool_pre_ping=False,
    )
    _use_explicit_transactions(engine)
    return engine


def _use_explicit_transactions(engine: Engine) -> None:
    # pysqlite's own transaction handling defers BEGIN past SELECTs; the documented recipe is
    # isolation_level=None on the DBAPI connection (done in _connect_raw) and BEGIN here.
    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")


def rekey(engine: Engine, new_key: bytes, new_salt: bytes) -> None:
    """Give the database a new key and salt, WAL-safely (DESIGN.md §4).

    In WAL mode the old key stays valid for the main file until a checkpoint, so: checkpoint
    (TRUNCATE), switch to DELETE, rekey, switch back. The caller disposes the engine after.
    """
    raw = engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        # Someone else holding the file will not let go within seconds: fail fast instead.
        dbapi.execute("PRAGMA busy_timeout = 1000")
        (mode,) = dbapi.execute("PRAGMA journal_mode").fetchone()
        dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        (switched,) = dbapi.execute("PRAGMA journal_mode = DELETE").fetchone()
        if switched != "delete":
            raise DatabaseBusyError(
                "the database is open elsewhere; everyone must close sisa-desk before "
                "the database key can be changed"
            )
        dbapi.execute(_raw_key_pragma("rekey", new_key, new_salt))
        dbapi.execute(f"PRAGMA journal_mode = {mode}").fetchone()
    except sqlcipher3.OperationalError:
        raise DatabaseBusyError(
            "the database is open elsewhere; everyone must close sisa-desk before "
            "the database key can be changed"
        ) from None
    finally:
        raw.close()
    engine.dispose()


def integrity_errors(engine: Engine) -> list[str]:
    """SQLCipher's page-level HMAC check over the whole file; empty when all is well."""
    raw = engine.raw_connection()
    try:
        rows = raw.driver_connection.execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        raw.close()
    return [row[0] for row in rows]
