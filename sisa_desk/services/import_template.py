"""The partner template `resources/templates/signalen-import.xlsx`, made for Excel: Dutch
headers, the BSN (and other numbers with leading zeros) formatted as text, dates and gender
validated, the header row frozen, and a sheet of instructions.

`build_template` makes it (tools/make_import_template.py writes the shipped file with it);
`save_template` gives a person a copy ("Sjabloon opslaan…").
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from sisa_desk.paths import resource

TEMPLATE = ("templates", "signalen-import.xlsx")
SHEET = "Signalen"
# (header, width, number format); the headers are recognised by import_columns.
COLUMNS = (
    ("BSN", 13, "@"),
    ("Achternaam", 22, "@"),
    ("Tussenvoegsel", 14, "@"),
    ("Voornamen", 22, "@"),
    ("Geboortedatum", 15, "dd-mm-yyyy"),
    ("Geslacht", 10, "@"),
    ("Straat", 24, "@"),
    ("Huisnummer", 12, "@"),
    ("Postcode", 10, "@"),
    ("Woonplaats", 18, "@"),
    ("Signaaldatum", 15, "dd-mm-yyyy"),
    ("Hulpverlener", 24, "@"),
    ("Telefoon", 15, "@"),
    ("E-mail", 30, "@"),
)
FORMATTED_ROWS = 1000
_FIXED_TIME = datetime(2026, 1, 1)  # the same file every time it is made

INSTRUCTIONS = (
    "Signalen aanleveren bij SISA",
    "",
    "1. Eén bestand per organisatie. Vul het blad 'Signalen' in en laat de kopregel staan.",
    "2. Eén rij per jongere van 0 tot 23 jaar. Zet dezelfde jongere niet twee keer in één bestand.",
    "3. Nooit de reden of de inhoud van de hulp. SISA legt alleen vast DAT uw organisatie "
    "betrokken is, nooit WAAROM. Voeg geen kolommen toe zoals 'opmerking' of 'reden': zulke "
    "kolommen worden genegeerd en niet opgeslagen.",
    "4. BSN als tekst: 9 cijfers, met de voorloopnul (de kolom staat al op tekst). Heeft de "
    "jongere geen BSN (bijvoorbeeld een nieuwkomer)? Laat het leeg en vul achternaam, "
    "geboortedatum en geslacht in.",
    "5. Datums als dd-mm-jjjj, bijvoorbeeld 17-05-2012. De signaaldatum ligt niet in de toekomst.",
    "6. Geslacht: M (man), V (vrouw) of X (onbekend of anders).",
    "7. Hulpverlener: de naam van de professional die over dit signaal gebeld of gemaild kan "
    "worden, met telefoonnummer en e-mailadres.",
    "8. Verplicht zijn Achternaam, Geboortedatum, Geslacht en Signaaldatum, en het BSN als de "
    "jongere er een heeft.",
    "9. Rijen met een fout worden niet ingelezen. U krijgt ze terug in een foutenrapport, met "
    "per rij de reden. Verbeter ze en stuur alleen die rijen opnieuw.",
)


def build_template(target: Path) -> None:
    """Write the template to ``target``; the same content on every run."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for index, (header, width, number_format) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(1, index, header)
        cell.font, cell.fill = bold, fill
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = width
        sheet.column_dimensions[letter].number_format = number_format
        for row in range(2, FORMATTED_ROWS + 2):
            sheet.cell(row, index).number_format = number_format
    sheet.freeze_panes = "A2"
    _validations(sheet)
    _instructions(workbook.create_sheet("Instructies"))
    workbook.active = 0
    workbook.properties.creator = "sisa-desk"
    workbook.properties.created = workbook.properties.modified = _FIXED_TIME
    workbook.save(Path(target))


def _validations(sheet) -> None:  # noqa: ANN001
    last = FORMATTED_ROWS + 1
    for letter, earliest, what in (("E", "DATE(1990,1,1)", "geboortedatum"),
                                   ("K", "DATE(2000,1,1)", "signaaldatum")):  # fmt: skip
        dates = DataValidation(
            type="date",
            operator="between",
            formula1=earliest,
            formula2="TODAY()",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Geen geldige datum",
            error=f"Vul de {what} in als dd-mm-jjjj; niet in de toekomst.",
            promptTitle="Datum",
            prompt="dd-mm-jjjj",
            showInputMessage=True,
        )
        dates.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(dates)
    gender = DataValidation(
        type="list",
        formula1='"M,V,X"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Geslacht",
        error="Kies M (man), V (vrouw) of X (onbekend of anders).",
    )
    gender.add(f"F2:F{last}")
    sheet.add_data_validation(gender)


def _instructions(sheet) -> None:  # noqa: ANN001
    sheet.column_dimensions["A"].width = 110
    for number, line in enumerate(INSTRUCTIONS, start=1):
        cell = sheet.cell(number, 1, line or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet["A1"].font = Font(bold=True, size=14)


def template_path() -> Path:
    return resource(*TEMPLATE)


def save_template(target: Path) -> None:
    """Give a person the empty template (the GUI's "Sjabloon opslaan…")."""
    source = template_path()
    if source.is_file():
        shutil.copyfile(source, Path(target))
    else:  # a development checkout before tools/make_import_template.py ran
        build_template(Path(target))
