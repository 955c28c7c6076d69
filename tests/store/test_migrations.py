"""Numbered migrations: the models match them; a newer database is refused."""

from __future__ import annotations

import os

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from sisa_desk.store.engine import open_engine
from sisa_desk.store.errors import DatabaseTooNewError
from sisa_desk.store.migrate import current_revision, head_revision, upgrade_to_head
from sisa_desk.store.models import Base


@pytest.fixture
def engine(tmp_path):
    engine = open_engine(tmp_path / "m.db", os.urandom(32), create=True)
    yield engine
    engine.dispose()


def test_fresh_database_is_brought_to_head(engine):
    assert upgrade_to_head(engine) is None
    assert current_revision(engine) == head_revision()


def test_models_and_migrations_agree(engine):
    upgrade_to_head(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_database_newer_than_the_code_is_refused(engine):
    upgrade_to_head(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        upgrade_to_head(engine)


def test_revisions_are_numbered():
    assert head_revision().isdigit()
