"""The demo database behind ``sisa-desk --demo``: one account per role, synthetic data only."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sisa_desk.domain.permissions import Role
from sisa_desk.store.keyslots import KdfParams

from . import accounts, demo_data

# Demo accounts use the floor of RFC 9106's second profile: still a real slot, and the demo
# starts in a second instead of four.
DEMO_KDF = KdfParams(memory_kib=64 * 1024, time_cost=3, parallelism=4)


@dataclass(frozen=True)
class DemoAccount:
    name: str
    role: Role
    password: str


DEMO_ACCOUNTS = (
    DemoAccount("beheer", Role.ADMIN, "demo-beheerder-sisa-2026"),
    DemoAccount("medewerker", Role.OPERATOR, "demo-medewerker-sisa-2026"),
    DemoAccount("analist", Role.ANALYST, "demo-analist-sisa-2026"),
    DemoAccount("auditor", Role.AUDITOR, "demo-auditor-sisa-2026"),
)


@dataclass(frozen=True)
class DemoDatabase:
    path: Path
    recovery_secret: str
    accounts: tuple[DemoAccount, ...]


def create_demo_database(path: Path, *, young_persons: int = 400) -> DemoDatabase:
    admin, *others = DEMO_ACCOUNTS
    init = accounts.initialise(Path(path), admin.name, admin.password, kdf=DEMO_KDF)
    workspace = init.workspace
    try:
        for account in others:
            accounts.add_user(workspace, account.name, account.role, account.password, kdf=DEMO_KDF)
        _fill(workspace, young_persons)
    finally:
        workspace.database.close()
    return DemoDatabase(Path(path), init.recovery_secret, DEMO_ACCOUNTS)


def _fill(workspace: accounts.Workspace, young_persons: int) -> None:
    """Synthetic organisations, professionals, young persons, signals and the matches that
    follow from them."""
    demo_data.fill_demo_data(workspace, young_persons=young_persons)
