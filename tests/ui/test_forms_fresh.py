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


def test_every_label_of_the_forms_shows_plain_text():
    # Labels show names, addresses and organisations from partners' files: Qt would render
    # a name such as "<img src=…>" as markup in a label left to guess.
    from xml.etree import ElementTree

    guessing = []
    for form in sorted((ROOT / "forms").glob("*.ui")):
        for label in ElementTree.parse(form).iter("widget"):
            if label.get("class") != "QLabel":
                continue
            formats = [p.findtext("enum") for p in label.findall("property[@name='textFormat']")]
            if formats != ["Qt::TextFormat::PlainText"]:
                guessing.append(f"{form.name}:{label.get('name')}")
    assert guessing == []


def test_a_tooltip_from_data_shows_its_text_literally(qtbot):
    from PySide6.QtGui import QTextDocument

    from sisa_desk.ui.plain_text import tooltip

    shown = tooltip('<img src="file:///x"> & "Jansen"\nRotterdam')
    document = QTextDocument()
    document.setHtml(shown)
    assert document.toPlainText() == '<img src="file:///x"> & "Jansen"\nRotterdam'
    assert tooltip("") is None and tooltip(None) is None
