"""The Dutch translation is complete, current with the sources, and loaded by default."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    path = ROOT / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_has_a_dutch_translation():
    tool = _tool()
    assert tool.untranslated(tool.ts_file("nl")) == []


def test_catalogue_is_current_with_the_sources_and_compiled(tmp_path):
    tool = _tool()
    ts = tmp_path / "sisa_desk_nl.ts"
    shutil.copy(tool.ts_file("nl"), ts)
    tool.run_lupdate(ts, "nl")
    assert ts.read_text(encoding="utf-8") == tool.ts_file("nl").read_text(encoding="utf-8"), (
        "run: uv run python tools/update_translations.py"
    )
    qm = tmp_path / "sisa_desk_nl.qm"
    tool.run_lrelease(ts, qm)
    assert qm.read_bytes() == tool.qm_file("nl").read_bytes()


def test_dutch_is_loaded_for_our_strings_and_qt_own():
    assert QCoreApplication.translate("Screens", "Users") == "Gebruikers"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
