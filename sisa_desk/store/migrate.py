"""Numbered Alembic migrations: a backup before an upgrade, refusal of a newer database."""

from __future__ import annotations

import logging
import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from .errors import DatabaseTooNewError
from .keyring import keyring_path

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine, database: Path | None = None) -> Path | None:
    """Bring the schema to the code's head. Returns the backup made first, if any."""
    config = alembic_config()
    scripts = ScriptDirectory.from_config(config)
    current = current_revision(engine)
    head = scripts.get_current_head()
    if current == head:
        return None
    known = {rev.revision for rev in scripts.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNewError(
            "this database was written by a newer version of sisa-desk; update the application"
        )
    backup = None
    if current is not None and database is not None:
        backup = _backup_before_upgrade(engine, database, current)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    logger.info("database schema upgraded from %s to %s", current, head)
    return backup


def _backup_before_upgrade(engine: Engine, database: Path, revision: str) -> Path:
    # The copy stays encrypted under the same key and salt, so the keyring copied beside it
    # opens it: restoring is putting both files back.
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.name}.before-upgrade-{revision}-{stamp}")
    shutil.copy2(database, target)
    shutil.copy2(keyring_path(database), keyring_path(target))
    logger.info("backup before upgrade written")
    return target
