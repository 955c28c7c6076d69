"""Shared fixtures: every test gets its own temporary encrypted database."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Before anything imports Qt: no screen in tests, and no user folders touched.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from sisa_desk.domain.permissions import Role
from sisa_desk.services import accounts
from sisa_desk.services.context import Workspace
from sisa_desk.store.keyslots import KdfParams

# Tests pass cheap key derivation explicitly; the application never goes below RFC 9106's
# second profile (see test_keys.py).
FAST_KDF = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
PASSWORDS = {
    Role.ADMIN: "beheer-wachtwoord-lang-1",
    Role.OPERATOR: "medewerker-wachtwoord-2",
    Role.ANALYST: "analist-wachtwoord-lang-3",
    Role.AUDITOR: "auditor-wachtwoord-lang-4",
}
NAMES = {
    Role.ADMIN: "beheer",
    Role.OPERATOR: "medewerker",
    Role.ANALYST: "analist",
    Role.AUDITOR: "auditor",
}


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SISA_DESK_HOME", str(tmp_path_factory.mktemp("home")))


@dataclass
class TestDatabase:
    path: Path
    recovery_secret: str
    workspaces: dict[Role, Workspace]

    def __getitem__(self, role: Role) -> Workspace:
        return self.workspaces[role]

    @property
    def admin(self) -> Workspace:
        return self.workspaces[Role.ADMIN]

    @property
    def operator(self) -> Workspace:
        return self.workspaces[Role.OPERATOR]

    def log_in(self, role: Role) -> Workspace:
        return accounts.log_in(self.path, NAMES[role], PASSWORDS[role], sleep=lambda _s: None)


@pytest.fixture
def make_db(tmp_path: Path) -> Iterator[Callable[..., TestDatabase]]:
    """Build an initialised encrypted database with one logged-in user per role."""
    opened: list[Workspace] = []

    def build(name: str = "sisa.db") -> TestDatabase:
        path = tmp_path / name
        init = accounts.initialise(path, NAMES[Role.ADMIN], PASSWORDS[Role.ADMIN], kdf=FAST_KDF)
        admin = init.workspace
        for role in (Role.OPERATOR, Role.ANALYST, Role.AUDITOR):
            accounts.add_user(admin, NAMES[role], role, PASSWORDS[role], kdf=FAST_KDF)
        workspaces = {Role.ADMIN: admin}
        for role in (Role.OPERATOR, Role.ANALYST, Role.AUDITOR):
            workspaces[role] = accounts.log_in(path, NAMES[role], PASSWORDS[role])
        opened.extend(workspaces.values())
        return TestDatabase(path, init.recovery_secret, workspaces)

    yield build
    for workspace in opened:
        workspace.database.close()


@pytest.fixture
def db(make_db: Callable[..., TestDatabase]) -> TestDatabase:
    return make_db()
