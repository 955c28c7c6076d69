"""Shared by the benchmarks: cached synthetic databases and the closing verdict line."""

from __future__ import annotations

import atexit
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sisa_desk.services import accounts
from sisa_desk.services.context import Workspace
from sisa_desk.services.demo import DEMO_KDF
from sisa_desk.store.keyring import keyring_path

CACHE = Path(__file__).resolve().parent / ".cache"
USER, PASSWORD = "bench", "benchmark-wachtwoord-2026"


def cached_demo_database(young_persons: int) -> Path:
    """A database filled by the demo-data generator, built once and kept in .cache/."""
    from sisa_desk.services import demo_data

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{young_persons}.db"
    if path.exists() and keyring_path(path).exists():
        return path
    for stale in (path, keyring_path(path)):
        stale.unlink(missing_ok=True)
    print(
        f"building a demo database with {young_persons} young persons (cached after)…", flush=True
    )
    started = time.perf_counter()
    building = CACHE / f"building-{young_persons}.db"
    for stale in (building, keyring_path(building)):
        stale.unlink(missing_ok=True)
    workspace = accounts.initialise(building, USER, PASSWORD, kdf=DEMO_KDF).workspace
    try:
        summary = demo_data.fill_demo_data(workspace, young_persons=young_persons)
    finally:
        workspace.database.close()
    building.rename(path)
    keyring_path(building).rename(keyring_path(path))
    print(f"  built in {time.perf_counter() - started:.0f} s: {summary}", flush=True)
    return path


def working_copy(path: Path) -> Path:
    """A throw-away copy, so that a run never changes the cached database; removed when the
    benchmark ends (it is as large as the database)."""
    folder = Path(tempfile.mkdtemp(prefix="sisa-bench-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    target = folder / path.name
    shutil.copy(path, target)
    shutil.copy(keyring_path(path), keyring_path(target))
    return target


def log_in(path: Path) -> Workspace:
    return accounts.log_in(path, USER, PASSWORD)


def median_seconds(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def verdict(area: str, figure: str, budget: str, within: bool) -> None:
    print(f"{area}: {figure} against budget {budget}: {'within' if within else 'OVER'}")
    if not within:
        sys.exit(1)
