"""The partner template resources/templates/signalen-import.xlsx."""

from __future__ import annotations

import random
import zipfile
from datetime import datetime

import openpyxl

from sisa_desk.domain.bsn import generate_bsn
from sisa_desk.services import imports
from sisa_desk.services.import_template import build_template, template_path
from tests.services.signal_helpers import TODAY, add_organisations

HEADERS = [
    "BSN", "Achternaam", "Tussenvoegsel", "Voornamen", "Geboortedatum", "Geslacht", "Straat",
    "Huisnummer", "Postcode", "Woonplaats", "Signaaldatum", "Hulpverlener", "Telefoon",
    "E-mail",
]  # fmt: skip


def test_the_shipped_template_is_what_the_tool_makes(tmp_path):
    """Run `uv run python tools/make_import_template.py` when this fails."""
    fresh = tmp_path / "sjabloon.xlsx"
    build_template(fresh)
    with zipfile.ZipFile(template_path()) as shipped, zipfile.ZipFile(fresh) as made:
        assert sorted(shipped.namelist()) == sorted(made.namelist())
        for name in made.namelist():
            if name != "docProps/core.xml":  # openpyxl stamps the time of saving there
                assert shipped.read(name) == made.read(name), name


def test_the_template_is_made_for_excel():
    book = openpyxl.load_workbook(template_path())
    sheet = book.worksheets[0]
    assert book.sheetnames == ["Signalen", "Instructies"] and book.active.title == "Signalen"
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet.freeze_panes == "A2"
    assert sheet["A2"].number_format == "@" and sheet["A1000"].number_format == "@"
    assert sheet["M2"].number_format == "@"  # phone numbers keep their leading zero
    assert sheet["E2"].number_format == sheet["K2"].number_format == "dd-mm-yyyy"
    assert sheet.column_dimensions["N"].width >= 25
    rules = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    assert rules["F2:F1001"].type == "list" and rules["F2:F1001"].formula1 == '"M,V,X"'
    assert rules["E2:E1001"].type == rules["K2:K1001"].type == "date"
    assert "TODAY()" in rules["K2:K1001"].formula2
    instructions = " ".join(str(c.value) for c in book["Instructies"]["A"] if c.value)
    for phrase in ("Eén bestand per organisatie", "Nooit de reden", "BSN als tekst",
                   "dd-mm-jjjj", "M (man), V (vrouw) of X"):  # fmt: skip
        assert phrase in instructions


def test_save_template_gives_a_copy(tmp_path):
    target = tmp_path / "voor-partner.xlsx"
    imports.save_template(target)
    assert target.read_bytes() == template_path().read_bytes()


def test_a_filled_in_template_imports(db, tmp_path):
    add_organisations(db.admin)
    empty = tmp_path / "leeg.xlsx"
    imports.save_template(empty)
    assert imports.run_import(db.operator, empty, "JT-MAAS", today=TODAY).rows == 0
    bsn = generate_bsn(random.Random(8), prefix="0")
    book = openpyxl.load_workbook(template_path())
    book["Signalen"].append(
        [bsn, "Testjongere", None, "Daan", datetime(2012, 5, 17), "V", "Havenstraat", "12",
         "3011 AB", "Rotterdam", datetime(2026, 10, 1), "Fenna Testvelde", "0105550101",
         "fenna.testvelde@jt-maas.example"]
    )  # fmt: skip
    filled = tmp_path / "ingevuld.xlsx"
    book.save(filled)
    result = imports.run_import(db.operator, filled, "JT-MAAS", today=TODAY)
    assert (result.rows, result.imported, result.ignored_columns) == (1, 1, [])
