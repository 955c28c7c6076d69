"""The Dutch message of every reason a row of a partner's file is rejected, in one table.

The messages go back to the partner in the error report. They never repeat a value from the
row (a BSN or a name may end up in a log line); the row itself shows what is wrong. What
only the register knows (that a young person is known to SISA, so signalled by someone
else, or has died) the SISA team reads in the preview and on the command line; the partner's
report says only that the team should be called (PARTNER_MESSAGES).
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # a cell
    "missing": "{label} ontbreekt",
    "not_a_date": "{label} is geen datum; schrijf de datum als dd-mm-jjjj",
    "impossible_date": "{label} bestaat niet (controleer dag en maand)",
    "year_only": "{label} is alleen een jaartal; schrijf de hele datum als dd-mm-jjjj",
    "formula_without_value": (
        "{label}: de formule heeft geen berekende waarde; open het bestand in Excel, laat het "
        "herberekenen en sla het op"
    ),
    "excel_error": "{label} bevat een Excel-foutwaarde",
    "too_long": "{label} is langer dan {max_length} tekens",
    "not_text": "{label} is geen tekst",
    # BSN (domain.bsn.BsnProblem)
    "bsn_not_digits": "het BSN mag alleen cijfers bevatten",
    "bsn_wrong_length": (
        "een BSN heeft 9 cijfers (8 als de voorloopnul is weggevallen); hier staan er {length}"
    ),
    "bsn_all_zero": "het BSN kan niet uit alleen nullen bestaan",
    "bsn_eleven_test": "het BSN voldoet niet aan de elfproef (waarschijnlijk een tikfout)",
    "bsn_not_a_number": "het BSN is geen geheel getal",
    # identity
    "unknown_gender": "geslacht onbekend; gebruik M, V of X",
    "bad_postcode": "de postcode is geen Nederlandse postcode (zoals 3011 AB)",
    "missing_surname": "de achternaam ontbreekt",
    "bsn_other_birth_date": "dit BSN is bij SISA bekend met een andere geboortedatum",
    "invalid_bsn": "het BSN is ongeldig",
    # the signal (domain.signals.SignalRejection)
    "future_date": "de signaaldatum ligt in de toekomst",
    "not_born": "de signaaldatum ligt vóór de geboortedatum",
    "deceased": "de jongere is overleden",
    "too_old": "de jongere is op de signaaldatum {max_age} jaar of ouder",
    "already_ended": (
        "het signaal zou al afgelopen zijn (na {term} maanden of op de {max_age}e verjaardag)"
    ),
    # the professional
    "bad_phone": "het telefoonnummer is ongeldig",
    "bad_email": "het e-mailadres is ongeldig",
    "contact_without_name": "de naam van de hulpverlener ontbreekt (wel telefoon of e-mail)",
    "invalid_professional": "de gegevens van de hulpverlener zijn ongeldig",
    # the file
    "duplicate": "dubbel: zelfde jongere als rij {row}",
    "not_a_signal": (
        "deze rij heeft maar één ingevulde signaalkolom en is geen signaal (bijvoorbeeld een "
        "totaal- of toelichtingsregel); verwijder de regel of vul het signaal aan"
    ),
}


# For the partner, in place of a reason that tells what the register holds; the same text for
# each, so that the report does not even tell which.
_CALL_THE_TEAM = "dit signaal kan niet worden geregistreerd; neem contact op met het SISA-team"
PARTNER_MESSAGES: dict[str, str] = {
    "bsn_other_birth_date": _CALL_THE_TEAM,
    "deceased": _CALL_THE_TEAM,
}


# How a message names a field ("{label} ontbreekt").
NOUNS: dict[str, str] = {
    "bsn": "het BSN",
    "surname": "de achternaam",
    "prefix": "het tussenvoegsel",
    "given_names": "de voornamen",
    "date_of_birth": "de geboortedatum",
    "gender": "het geslacht",
    "street": "de straat",
    "house_number": "het huisnummer",
    "addition": "de toevoeging",
    "postcode": "de postcode",
    "city": "de woonplaats",
    "signal_date": "de signaaldatum",
    "professional": "de naam van de hulpverlener",
    "phone": "het telefoonnummer",
    "email": "het e-mailadres",
}


def partner_message(code: str) -> str | None:
    """The partner's text for a reason the partner may not read; None for the others."""
    text = PARTNER_MESSAGES.get(code)
    return None if text is None else text[0].upper() + text[1:]


def message(code: str, **params: object) -> str:
    template = MESSAGES.get(code)
    if template is None:
        return f"afgewezen ({code})"
    text = template.format(**params)
    return text[0].upper() + text[1:]
