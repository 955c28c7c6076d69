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


NEXT_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "{next}"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("extra_test_column", sa.String(10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("extra_test_column")
"""


def test_upgrade_backs_up_first_and_the_backup_opens_with_its_keyring(db, tmp_path, monkeypatch):
    """A database at the released schema is upgraded by a newer revision (here a test-only
    one after the head, in a copy of the migrations); a copy is made first and stays usable."""
    import shutil

    from sisa_desk.domain.permissions import Role
    from sisa_desk.store import migrate
    from sisa_desk.store.keyring import keyring_path
    from tests.conftest import NAMES, PASSWORDS

    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts)
    following = f"{int(head_revision()) + 1:04d}"
    (scripts / "versions" / f"{following}_test_only.py").write_text(
        NEXT_REVISION.replace("{head}", head_revision()).replace("{next}", following)
    )
    for workspace in db.workspaces.values():
        workspace.database.close()
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)

    from sisa_desk.services import accounts

    workspace = accounts.log_in(db.path, NAMES[Role.OPERATOR], PASSWORDS[Role.OPERATOR])
    assert current_revision(workspace.database.engine) == following
    workspace.database.close()
    [backup] = [
        p
        for p in db.path.parent.iterdir()
        if p.name.startswith("sisa.db.before-upgrade-") and not p.name.endswith(".keyring")
    ]
    assert keyring_path(backup).exists()
    monkeypatch.setattr(
        migrate, "MIGRATIONS", migrate.Path(migrate.__file__).with_name("migrations")
    )
    # The backup is the old schema, opened by the old code.
    old = accounts.log_in(backup, NAMES[Role.OPERATOR], PASSWORDS[Role.OPERATOR])
    assert current_revision(old.database.engine) == head_revision()
    old.database.close()
