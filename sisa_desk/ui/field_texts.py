"""Dutch texts for the problems that services and domain rules report per field, in one place.

The services report a problem with an English message for logs and the command line and the
field it belongs to (``FieldProblem.field``, ``SignalRejected.field``/``code``); the forms show
the text mapped here next to that field. The mapping goes by field (and, for a few, by the
kind of problem the message names), so a reworded English message still gets a Dutch text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sisa_desk.domain.bsn import BsnProblem
from sisa_desk.domain.signals import DEFAULT_RETENTION, RetentionSettings, SignalRejection
from sisa_desk.services.directory import (
    MAX_CRITERIA,
    MAX_NAME,
    MAX_PRIORITY,
    FieldProblem,
)

CONTEXT = "FieldTexts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# ------------------------------------------------------------------ directory drafts

INVALID_VALUE = QT_TRANSLATE_NOOP("FieldTexts", "This value is not valid.")
REQUIRED = QT_TRANSLATE_NOOP("FieldTexts", "Required.")
_TOO_LONG = QT_TRANSLATE_NOOP("FieldTexts", "At most {limit} characters.")
_DRAFT_TEXTS = {
    "code": QT_TRANSLATE_NOOP(
        "FieldTexts", "A code has 2 to 20 characters: letters, digits, '-' or '_'."
    ),
    "name": QT_TRANSLATE_NOOP("FieldTexts", "Fill in the name."),
    "sector": QT_TRANSLATE_NOOP("FieldTexts", "Choose a sector."),
    "phone": QT_TRANSLATE_NOOP(
        "FieldTexts",
        "A phone number has at least 5 digits; besides digits only spaces and + - ( ) . / "
        "are allowed.",
    ),
    "email": QT_TRANSLATE_NOOP("FieldTexts", "This is not a valid e-mail address."),
    "criteria": _TOO_LONG,
    "function": _TOO_LONG,
    "coordinator_priority": QT_TRANSLATE_NOOP(
        "FieldTexts", "The priority is a whole number from 0 to {limit}."
    ),
}
_LIMITS = {
    "name": MAX_NAME,
    "function": MAX_NAME,
    "criteria": MAX_CRITERIA,
    "coordinator_priority": MAX_PRIORITY,
}

CODE_TAKEN = QT_TRANSLATE_NOOP("FieldTexts", "An organisation with this code already exists.")
EMAIL_TAKEN = QT_TRANSLATE_NOOP(
    "FieldTexts", "Another professional of this organisation already has this e-mail address."
)


def draft_problem_text(problem: FieldProblem) -> str:
    """The Dutch text for one problem of an organisation or professional draft."""
    field, message = problem.field, problem.message
    limit = _LIMITS.get(field, 0)
    if "longer than" in message:
        return _tr(_TOO_LONG).format(limit=limit)
    return _tr(_DRAFT_TEXTS.get(field, INVALID_VALUE)).format(limit=limit)


# ------------------------------------------------------------------ BSN

_BSN_TEXTS = {
    BsnProblem.EMPTY: QT_TRANSLATE_NOOP("FieldTexts", "Fill in the BSN, or tick 'No BSN'."),
    BsnProblem.NOT_DIGITS: QT_TRANSLATE_NOOP("FieldTexts", "A BSN has digits only."),
    BsnProblem.WRONG_LENGTH: QT_TRANSLATE_NOOP(
        "FieldTexts", "A BSN has 9 digits (8 when a spreadsheet dropped the leading zero)."
    ),
    BsnProblem.ALL_ZERO: QT_TRANSLATE_NOOP("FieldTexts", "A BSN cannot be all zeros."),
    BsnProblem.ELEVEN_TEST: QT_TRANSLATE_NOOP(
        "FieldTexts", "This BSN fails the 11-test: a digit is probably mistyped."
    ),
}
_BSN_EIGHT_DIGITS = QT_TRANSLATE_NOOP("FieldTexts", "8 digits: read with a leading zero, as {bsn}.")
_NO_BSN = QT_TRANSLATE_NOOP(
    "FieldTexts",
    "Without a BSN the young person is never matched automatically; a possible duplicate "
    "goes to the review list.",
)


def bsn_problem_text(problem: BsnProblem) -> str:
    return _tr(_BSN_TEXTS[problem])


def bsn_eight_digits_note(bsn: str) -> str:
    return _tr(_BSN_EIGHT_DIGITS).format(bsn=bsn)


def no_bsn_note() -> str:
    return _tr(_NO_BSN)


# ------------------------------------------------------------------ signal rules

_SIGNAL_RULES = {
    SignalRejection.FUTURE_DATE: QT_TRANSLATE_NOOP(
        "FieldTexts", "The signal date lies in the future."
    ),
    SignalRejection.NOT_BORN: QT_TRANSLATE_NOOP(
        "FieldTexts", "The signal date lies before the date of birth."
    ),
    SignalRejection.DECEASED: QT_TRANSLATE_NOOP(
        "FieldTexts", "The young person has died: no new signals."
    ),
    SignalRejection.TOO_OLD: QT_TRANSLATE_NOOP(
        "FieldTexts", "The young person is {max_age} or older on the signal date."
    ),
    SignalRejection.ALREADY_ENDED: QT_TRANSLATE_NOOP(
        "FieldTexts",
        "This signal would already have ended: it counts {months} months, and until the "
        "young person turns {max_age}.",
    ),
}


def signal_rule_text(
    rejection: SignalRejection | str, retention: RetentionSettings = DEFAULT_RETENTION
) -> str:
    return _tr(_SIGNAL_RULES[SignalRejection(rejection)]).format(
        max_age=retention.max_age, months=retention.signal_term_months
    )


BIRTH_IN_FUTURE = QT_TRANSLATE_NOOP("FieldTexts", "The date of birth lies in the future.")
POSTCODE = QT_TRANSLATE_NOOP("FieldTexts", "A postcode has 4 digits and 2 letters: 3011 AB.")
UNKNOWN_ORGANISATION = QT_TRANSLATE_NOOP(
    "FieldTexts", "Unknown or deactivated organisation: choose one from the list."
)
SURNAME = QT_TRANSLATE_NOOP("FieldTexts", "Fill in the surname.")
GENDER = QT_TRANSLATE_NOOP("FieldTexts", "Choose the gender.")
ORGANISATION_REQUIRED = QT_TRANSLATE_NOOP("FieldTexts", "Choose the organisation that signals.")
PROFESSIONAL_NAME = QT_TRANSLATE_NOOP("FieldTexts", "Fill in the name of the professional as well.")
_REJECTED_FIELDS = {
    "surname": SURNAME,
    "bsn": QT_TRANSLATE_NOOP("FieldTexts", "This is not a valid BSN."),
    "date_of_birth": QT_TRANSLATE_NOOP(
        "FieldTexts",
        "This BSN is known with another date of birth. Check the BSN and the date of birth.",
    ),
    "organisation": UNKNOWN_ORGANISATION,
    "professional": QT_TRANSLATE_NOOP(
        "FieldTexts", "The phone number or e-mail address of the professional is not valid."
    ),
}


def text(source: str) -> str:
    """One of the texts above (declared with QT_TRANSLATE_NOOP), translated."""
    return _tr(source)


def rejection_text(field: str, code: str, retention: RetentionSettings = DEFAULT_RETENTION) -> str:
    """The Dutch text for a ``SignalRejected`` of the signals service."""
    if field in ("signal_date", "date_of_birth") and code in {r.value for r in SignalRejection}:
        return signal_rule_text(code, retention)
    return _tr(_REJECTED_FIELDS.get(field, INVALID_VALUE))
