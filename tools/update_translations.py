"""Refresh the Dutch translation: collect the UI strings, then compile the catalogue.

    uv run python tools/update_translations.py          # lupdate + lrelease
    uv run python tools/update_translations.py --check  # exit 1 when a string is untranslated

Strings are English in the code (``self.tr``, ``QCoreApplication.translate``,
``QT_TRANSLATE_NOOP``) and in forms/*.ui. ``pyside6-lupdate`` merges new strings into
resources/translations/sisa_desk_nl.ts, keeping the translations made so far and dropping
strings that no longer exist; translate the new ones (Qt Linguist: ``pyside6-linguist``, or
by hand), then run this again: ``pyside6-lrelease`` writes the .qm the application loads.
Commit both files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("nl",)


def ts_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"sisa_desk_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"sisa_desk_{language}.qm"


def _tool(name: str) -> str:
    folder = Path(sys.executable).parent
    for candidate in (name, f"{name}.exe"):
        if (folder / candidate).exists():
            return str(folder / candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run this with `uv run python {__file__}`")
    return found


def sources() -> list[Path]:
    """Every file with UI strings: our widgets (not the generated form modules) and forms."""
    ui = ROOT / "sisa_desk" / "ui"
    python = [p for p in sorted(ui.rglob("*.py")) if "forms" not in p.relative_to(ui).parts]
    return python + sorted((ROOT / "forms").glob("*.ui"))


def run_lupdate(ts: Path, language: str) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *(str(p.relative_to(ROOT)) for p in sources()),
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            language,
            "-silent",
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
    )


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True
    )


def untranslated(ts: Path) -> list[str]:
    """Source strings without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not "".join(translation.itertext()).strip()
            ):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report untranslated strings")
    args = parser.parse_args()
    status = 0
    for language in LANGUAGES:
        ts = ts_file(language)
        if not args.check:
            run_lupdate(ts, language)
            run_lrelease(ts, qm_file(language))
        missing = untranslated(ts)
        for entry in missing:
            print(f"untranslated ({language}): {entry}")
        if missing:
            status = 1
        print(f"{ts.relative_to(ROOT)}: {len(missing)} untranslated")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
