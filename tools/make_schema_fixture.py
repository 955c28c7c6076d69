"""Write the fixture database of the current (released) schema into tests/fixtures/.

    uv run python tools/make_schema_fixture.py

Run it once per released schema revision and commit the two files; tests/store/
test_schema_fixtures.py upgrades every fixture to the code's head and checks the data.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from sisa_desk.domain.bsn import generate_bsn
from sisa_desk.domain.directory import Sector
from sisa_desk.domain.persons import Gender
from sisa_desk.services import accounts, directory, signals
from sisa_desk.services.persons import PersonIdentity
from sisa_desk.services.signals import ProfessionalContact, SignalInput
from sisa_desk.store.keyring import keyring_path
from sisa_desk.store.keyslots import KdfParams
from sisa_desk.store.migrate import head_revision

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
ADMIN, PASSWORD = "fixture-beheer", "fixture-wachtwoord-lang"
# Cheap on purpose: a test fixture, never a real database.
FIXTURE_KDF = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
SIGNAL_DATE = date(2026, 11, 2)


def main() -> None:
    path = FIXTURES / f"schema-{head_revision()}.db"
    for old in (path, keyring_path(path)):
        old.unlink(missing_ok=True)
    workspace = accounts.initialise(path, ADMIN, PASSWORD, kdf=FIXTURE_KDF).workspace
    for code, sector, may in (
        ("FX-JEUGD", Sector.YOUTH_CARE, True),
        ("FX-SCHOOL", Sector.EDUCATION, False),
    ):
        directory.save_organisation(
            workspace,
            directory.OrganisationDraft(code, f"Fixture {code}", sector, may_coordinate=may),
        )
    bsn = generate_bsn(random.Random(20261126))
    person = PersonIdentity("Fixtura", date(2011, 4, 5), Gender.FEMALE, bsn, "Femke")
    for code in ("FX-JEUGD", "FX-SCHOOL"):
        contact = ProfessionalContact("Pim Proef", f"pim.proef@{code.lower()}.example")
        signals.register_signal(
            workspace, SignalInput(person, code, SIGNAL_DATE, contact), today=SIGNAL_DATE
        )
    workspace.database.close()
    print(f"wrote {path.relative_to(FIXTURES.parent.parent)} and its keyring")


if __name__ == "__main__":
    main()
