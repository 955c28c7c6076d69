"""Write a new numbered Alembic revision by comparing the models with a database at head.

uv run python tools/new_migration.py "add something"
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from sisa_desk.store.engine import open_engine
from sisa_desk.store.migrate import alembic_config


def main() -> None:
    message = " ".join(sys.argv[1:]) or "change"
    config = alembic_config()
    scripts = ScriptDirectory.from_config(config)
    number = len(list(scripts.walk_revisions())) + 1
    with tempfile.TemporaryDirectory() as folder:
        engine = open_engine(Path(folder) / "head.db", os.urandom(32), create=True)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            command.revision(config, message, autogenerate=True, rev_id=f"{number:04d}")
        engine.dispose()


if __name__ == "__main__":
    main()
