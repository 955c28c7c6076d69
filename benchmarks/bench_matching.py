"""Registering one signal including matching, at 1 000 000 signals (DESIGN.md §5).

    uv run python benchmarks/bench_matching.py [--young 400000] [--registrations 1000]

Budget: < 2 ms median per registration (its own transaction, audit event and matching) on
DESIGN.md's reference machine, where an indexed lookup takes about 10 µs; judged as < 200× the
raw indexed lookup of a young person by BSN measured in the same run and database.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date

from common import cached_demo_database, log_in, verdict, working_copy
from sqlalchemy import select, text

from sisa_desk.domain.bsn import generate_bsn
from sisa_desk.domain.persons import Gender
from sisa_desk.services import signals
from sisa_desk.services.persons import PersonIdentity
from sisa_desk.services.signals import ProfessionalContact, SignalInput
from sisa_desk.store.models import Organisation, Professional, Signal, YoungPerson

BUDGET_MS = 2.0
DESIGN_LOOKUP_US = 10
BUDGET_RATIO = int(BUDGET_MS * 1000 / DESIGN_LOOKUP_US)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--young", type=int, default=485_000)  # ≈ 1 000 000 signals
    parser.add_argument("--registrations", type=int, default=1000)
    args = parser.parse_args()

    path = working_copy(cached_demo_database(args.young))
    workspace = log_in(path)
    rng = random.Random(7)
    today = date.today()
    with workspace.database.unit_of_work() as session:
        total_signals = session.scalar(select(text("count(*)")).select_from(Signal))
        orgs = list(session.execute(select(Organisation.code, Organisation.id)).tuples())
        professionals = {
            org_id: (name, email)
            for org_id, name, email in session.execute(
                select(Professional.organisation_id, Professional.name, Professional.email)
            )
        }
        known = list(
            session.execute(
                select(YoungPerson.bsn, YoungPerson.date_of_birth, YoungPerson.surname)
                .where(YoungPerson.bsn.is_not(None))
                .limit(20_000)
            ).tuples()
        )
    print(f"database: {path.stat().st_size / 1e6:.0f} MB, {total_signals} signals")

    # Baseline: the raw indexed lookup of a young person by BSN, on the same engine.
    lookups = [bsn for bsn, *_ in rng.sample(known, 2000)]
    with workspace.database.engine.connect() as conn:
        stmt = text("SELECT id FROM young_person WHERE bsn = :bsn")
        times = []
        for bsn in lookups:
            started = time.perf_counter()
            conn.execute(stmt, {"bsn": bsn}).scalar()
            times.append(time.perf_counter() - started)
    lookup = statistics.median(times)

    # Half new young persons, half known ones (which refresh, open or join a match).
    inputs = []
    for i in range(args.registrations):
        code, org_id = rng.choice(orgs)
        name, email = professionals[org_id]
        if i % 2:
            bsn, born, surname = rng.choice(known)
        else:
            bsn, born, surname = generate_bsn(rng, prefix="8"), date(2014, 1, 1 + i % 28), "Bench"
        person = PersonIdentity(surname=surname, date_of_birth=born, gender=Gender.FEMALE, bsn=bsn)
        inputs.append(SignalInput(person, code, today, ProfessionalContact(name, email)))
    times = []
    outcomes: dict[str, int] = {}
    for signal_input in inputs:
        started = time.perf_counter()
        try:
            result = signals.register_signal(workspace, signal_input, today=today)
            key = f"{result.kind.value}/{result.match_change.value}"
        except signals.SignalRejected as exc:
            key = f"rejected/{exc.code}"
        times.append(time.perf_counter() - started)
        outcomes[key] = outcomes.get(key, 0) + 1
    workspace.database.close()
    register = statistics.median(times)
    print(f"outcomes: {dict(sorted(outcomes.items()))}")
    print(f"baseline  indexed lookup by BSN: {lookup * 1e6:8.1f} µs median")
    print(
        f"measured  register one signal:   {register * 1e3:8.3f} ms median "
        f"(p90 {sorted(times)[int(len(times) * 0.9)] * 1e3:.3f} ms), "
        f"{register / lookup:.0f}× the lookup"
    )
    # DESIGN.md §5 sets < 2 ms on a machine where this indexed lookup takes about 10 µs, and
    # asks for figures against a baseline of the same run: this machine's speed varies (the
    # same code measured 1.7 ms beside a 31 µs lookup and 2.3 ms beside a 43 µs one). So the
    # verdict is on the ratio, 2 ms / 10 µs = 200× the lookup; the absolute time is printed.
    ratio = register / lookup
    verdict(
        "matching",
        f"{ratio:.0f}× an indexed lookup ({register * 1e3:.2f} ms median beside "
        f"{lookup * 1e6:.0f} µs, at {total_signals} signals)",
        f"< {BUDGET_RATIO}× (< {BUDGET_MS:g} ms where the lookup takes {DESIGN_LOOKUP_US} µs)",
        ratio < BUDGET_RATIO,
    )


if __name__ == "__main__":
    main()
