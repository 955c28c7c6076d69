"""The compiled form modules are committed; they must match forms/*.ui."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "sisa_desk" / "ui" / "forms"


def _build_ui():
    spec = importlib.util.spec_from_file_location("build_ui", ROOT / "tools" / "build_ui.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_form_modules_are_fresh(tmp_path):
    _build_ui().build(tmp_path)
    fresh = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.py")}
    committed = {p.name: p.read_text(encoding="utf-8") for p in GENERATED.glob("*.py")}
    assert sorted(committed) == sorted(fresh), "run: uv run python tools/build_ui.py"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert stale == [], f"stale {stale}: run uv run python tools/build_ui.py"


def test_every_form_has_a_module_marked_generated():
    for form in (ROOT / "forms").glob("*.ui"):
        module = GENERATED / f"ui_{form.stem}.py"
        first_line = module.read_text(encoding="utf-8").splitlines()[0]
        assert first_line == (
            f"# generated from forms/{form.stem}.ui by tools/build_ui.py — do not edit"
        )
