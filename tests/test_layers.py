"""The layers of DESIGN.md §3, checked on the source."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "sisa_desk"


def _imports(folder: str) -> list[tuple[Path, str]]:
    found = []
    for path in (PACKAGE / folder).rglob("*.py"):
        if "forms" in path.parts and folder == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(path, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                module = node.module or ""
                found.append((path, "." * node.level + module))
    return found


def test_core_never_loads_qt():
    code = (
        "import sys, pkgutil, importlib, sisa_desk.services, sisa_desk.domain, sisa_desk.cli\n"
        "for m in pkgutil.iter_modules(sisa_desk.services.__path__):\n"
        "    importlib.import_module('sisa_desk.services.' + m.name)\n"
        "for m in pkgutil.iter_modules(sisa_desk.domain.__path__):\n"
        "    importlib.import_module('sisa_desk.domain.' + m.name)\n"
        "import sisa_desk.store.database, sisa_desk.store.migrate\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_domain_imports_nothing_of_ours_outside_domain():
    for path, module in _imports("domain"):
        assert not module.startswith(
            ("sisa_desk.store", "sisa_desk.services", "sisa_desk.ui", "..", "sqlalchemy", "PySide6")
        ), (path, module)


def test_store_never_imports_services_or_ui():
    for path, module in _imports("store"):
        assert not module.startswith(
            ("sisa_desk.services", "sisa_desk.ui", "..services", "..ui", "PySide6")
        ), (path, module)


def test_services_never_import_qt_or_ui():
    for path, module in _imports("services"):
        assert not module.startswith(("PySide6", "sisa_desk.ui", "..ui")), (path, module)


def test_ui_never_touches_sqlalchemy_or_the_store_session():
    for path, module in _imports("ui"):
        assert not module.startswith("sqlalchemy"), (path, module)
        assert module not in ("sisa_desk.store.models", "...store.models"), (path, module)
