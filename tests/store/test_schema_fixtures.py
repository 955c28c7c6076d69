"""Every released schema has a fixture database (tools/make_schema_fixture.py); each one is
upgraded to the code's head and keeps its data."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from sisa_desk.services import accounts, audit, matching
from sisa_desk.store.keyring import keyring_path
from sisa_desk.store.migrate import current_revision, head_revision

FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures").glob("schema-*.db"))


def test_there_is_a_fixture_for_the_first_schema():
    assert any(p.name == "schema-0001.db" for p in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_database_upgrades_to_head_with_its_data(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    shutil.copy(keyring_path(fixture), keyring_path(path))
    workspace = accounts.log_in(path, "fixture-beheer", "fixture-wachtwoord-lang")
    try:
        assert current_revision(workspace.database.engine) == head_revision()
        [match] = matching.list_matches(workspace, today=date(2026, 11, 26))
        assert match.organisations == ["FX-JEUGD", "FX-SCHOOL"] and match.status == "open"
        assert audit.verify_chain(workspace).intact
    finally:
        workspace.database.close()
