"""The engine factory on real SQLCipher files."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from sisa_desk.store.engine import (
    SQLITE_HEADER,
    integrity_errors,
    open_engine,
    read_salt,
    rekey,
)
from sisa_desk.store.errors import (
    DatabaseDamagedError,
    DatabaseExistsError,
    DatabaseNotFoundError,
    NotADatabaseError,
    PlaintextDatabaseError,
)

KEY = bytes(range(32))
SYNTHETIC_NAME = "Zwaantje Testpersoon-Ydema"


def _new_db(path: Path, key: bytes = KEY, **kwargs) -> None:
    engine = open_engine(path, key, create=True, **kwargs)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT)")
        for i in range(200):
            conn.execute(
                text("INSERT INTO person (name) VALUES (:n)"), {"n": f"{SYNTHETIC_NAME} {i}"}
            )
    engine.dispose()


def test_new_database_file_is_encrypted(tmp_path):
    path = tmp_path / "a.db"
    _new_db(path)
    raw = path.read_bytes()
    assert not raw.startswith(SQLITE_HEADER)
    assert SYNTHETIC_NAME.encode() not in raw
    assert b"person" not in raw  # not even the schema is readable


def test_creating_over_an_existing_file_is_refused(tmp_path):
    path = tmp_path / "a.db"
    path.write_bytes(b"x")
    with pytest.raises(DatabaseExistsError):
        open_engine(path, KEY, create=True)
    assert path.read_bytes() == b"x"


def test_missing_file_is_an_error_and_creates_nothing(tmp_path):
    path = tmp_path / "typo.db"
    with pytest.raises(DatabaseNotFoundError):
        open_engine(path, KEY)
    assert not path.exists()


def test_plaintext_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(PlaintextDatabaseError, match="unencrypted"):
        open_engine(path, KEY)


@pytest.mark.parametrize("content", [b"", b"naam;bsn\nJan;123\n", os.urandom(5000)])
def test_file_that_is_not_a_database_is_refused(tmp_path, content):
    path = tmp_path / "not.db"
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError):
        open_engine(path, KEY)


def test_wrong_key_or_damaged_first_page_is_reported_as_damaged(tmp_path):
    path = tmp_path / "a.db"
    _new_db(path)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_engine(path, bytes(32))
    assert KEY.hex() not in str(caught.value)
    assert bytes(32).hex() not in str(caught.value)


def test_damaged_first_page_is_reported(tmp_path):
    path = tmp_path / "a.db"
    _new_db(path)
    data = bytearray(path.read_bytes())
    data[100:140] = os.urandom(40)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamagedError, match="damaged"):
        open_engine(path, KEY)


def test_damaged_later_page_fails_the_integrity_check(tmp_path):
    path = tmp_path / "a.db"
    _new_db(path)
    data = bytearray(path.read_bytes())
    data[4096 * 2 + 200 : 4096 * 2 + 240] = os.urandom(40)
    path.write_bytes(bytes(data))
    engine = open_engine(path, KEY)
    assert integrity_errors(engine)
    engine.dispose()


def test_every_pooled_connection_is_keyed_with_pragmas(tmp_path):
    path = tmp_path / "a.db"
    _new_db(path)
    engine = open_engine(path, KEY)
    with engine.connect() as one, engine.connect() as two:
        for conn in (one, two):
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
            assert conn.exec_driver_sql("SELECT count(*) FROM person").scalar() == 200
    assert type(engine.pool).__name__ == "QueuePool"
    assert KEY.hex() not in str(engine.url) and "a.db" not in str(engine.url)
    engine.dispose()


def test_none_is_bound_as_null_in_every_statement_kind(tmp_path):
    # The engine registers an adapter for None (a faster path through sqlcipher3's adapter
    # protocol); the stored value must stay SQL NULL, never a text or a number.
    path = tmp_path / "a.db"
    _new_db(path)
    engine = open_engine(path, KEY)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE loose (a, b INTEGER, c TEXT)")
        conn.exec_driver_sql("INSERT INTO loose VALUES (?, ?, ?)", (None, None, None))
        conn.exec_driver_sql(
            "INSERT INTO loose VALUES (?, ?, ?)", [(None, 1, "x"), (2, None, None)]
        )
        conn.execute(text("UPDATE person SET name = :n WHERE id = 1"), {"n": None})
        kinds = conn.exec_driver_sql("SELECT typeof(a), typeof(b), typeof(c) FROM loose").all()
        assert kinds == [("null",) * 3, ("null", "integer", "text"), ("integer", "null", "null")]
        assert conn.exec_driver_sql("SELECT count(*) FROM loose WHERE a IS NULL").scalar() == 2
        assert (
            conn.exec_driver_sql("SELECT typeof(name) FROM person WHERE id = 1").scalar() == "null"
        )
    engine.dispose()


def test_failed_statement_does_not_leak_the_key(tmp_path):
    path = tmp_path / "a.db"
    _new_db(path)
    engine = open_engine(path, KEY)
    with pytest.raises(Exception) as caught, engine.connect() as conn:
        conn.exec_driver_sql("SELECT * FROM no_such_table")
    assert KEY.hex() not in str(caught.value)
    engine.dispose()


@pytest.mark.parametrize("mode", ["wal", "delete"])
def test_journal_mode_follows_the_setting(tmp_path, mode):
    path = tmp_path / "a.db"
    _new_db(path, journal_mode=mode)
    engine = open_engine(path, KEY, journal_mode=mode)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == mode
    engine.dispose()


def test_rekey_in_wal_mode_leaves_old_key_useless(tmp_path):
    path = tmp_path / "a.db"
    _new_db(path)
    engine = open_engine(path, KEY)
    new_key, new_salt = os.urandom(32), os.urandom(16)
    rekey(engine, new_key, new_salt)
    assert read_salt(path) == new_salt
    with pytest.raises(DatabaseDamagedError):
        open_engine(path, KEY)
    reopened = open_engine(path, new_key)
    with reopened.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("SELECT count(*) FROM person").scalar() == 200
    assert integrity_errors(reopened) == []
    reopened.dispose()
