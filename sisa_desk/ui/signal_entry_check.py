"""The rules of the signal entry form, checked as the operator types.

``check_entry`` reads what the form holds (``EntryValues``) with the domain's own rules (BSN,
postcode, the signal dates) and the directory's contact rules, and gives per field a Dutch
problem or note, and the ``SignalInput`` to register when nothing is wrong. The service checks
everything again; this only makes the problems visible before the operator presses a key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sisa_desk.domain.bsn import BSN_LENGTH, InvalidBsnError, normalise_bsn
from sisa_desk.domain.dates import age_on
from sisa_desk.domain.persons import Gender, normalise_postcode
from sisa_desk.domain.signals import (
    DEFAULT_RETENTION,
    RetentionSettings,
    SignalRejection,
    SignalValidationError,
    validate_signal,
)
from sisa_desk.services import directory
from sisa_desk.services.directory import InvalidDraft, ProfessionalDraft
from sisa_desk.services.persons import PersonIdentity
from sisa_desk.services.signals import ProfessionalContact, SignalInput

from . import field_texts

# The fields that can carry a message, in the order of the form.
FIELDS = (
    "bsn",
    "surname",
    "date_of_birth",
    "gender",
    "postcode",
    "organisation",
    "professional",
    "phone",
    "email",
    "signal_date",
)

# Where a rule about the two dates shows: at the date that is most likely wrong.
_RULE_FIELD = {
    SignalRejection.FUTURE_DATE: "signal_date",
    SignalRejection.NOT_BORN: "signal_date",
    SignalRejection.TOO_OLD: "date_of_birth",
    SignalRejection.ALREADY_ENDED: "signal_date",
    SignalRejection.DECEASED: "date_of_birth",
}


@dataclass(frozen=True)
class EntryValues:
    bsn: str = ""
    no_bsn: bool = False
    given_names: str = ""
    prefix: str = ""
    surname: str = ""
    date_of_birth: date | None = None
    gender: Gender | None = None
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    city: str = ""
    # The code of a known, active organisation; None when nothing (or something unknown)
    # was chosen. ``organisation_text`` is what the field shows.
    organisation_code: str | None = None
    organisation_text: str = ""
    professional_name: str = ""
    phone: str = ""
    email: str = ""
    signal_date: date | None = None
    shielded: bool = False


@dataclass
class EntryCheck:
    problems: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    signal_input: SignalInput | None = None

    @property
    def valid(self) -> bool:
        return not self.problems and self.signal_input is not None


def _clean(text: str) -> str | None:
    return " ".join(text.split()) or None


def _check_bsn(values: EntryValues, result: EntryCheck) -> str | None:
    if values.no_bsn:
        result.notes["bsn"] = field_texts.no_bsn_note()
        return None
    try:
        bsn = normalise_bsn(values.bsn)
    except InvalidBsnError as exc:
        result.problems["bsn"] = field_texts.bsn_problem_text(exc.problem)
        return None
    if sum(ch.isdigit() for ch in values.bsn) == BSN_LENGTH - 1:
        result.notes["bsn"] = field_texts.bsn_eight_digits_note(bsn)
    return bsn


def _check_dates(
    values: EntryValues, today: date, retention: RetentionSettings, result: EntryCheck
) -> None:
    born, signalled = values.date_of_birth, values.signal_date
    if born is None:
        result.problems["date_of_birth"] = field_texts.text(field_texts.REQUIRED)
    elif born > today:
        result.problems["date_of_birth"] = field_texts.text(field_texts.BIRTH_IN_FUTURE)
    if signalled is None:
        result.problems["signal_date"] = field_texts.text(field_texts.REQUIRED)
        return
    # The domain names the first rule broken; the form shows each date's own problem.
    rules = []
    if signalled > today:
        rules.append(SignalRejection.FUTURE_DATE)
    if born is not None and born <= today:
        if signalled < born:
            rules.append(SignalRejection.NOT_BORN)
        elif age_on(born, signalled) >= retention.max_age:
            rules.append(SignalRejection.TOO_OLD)
        if not rules:
            try:
                validate_signal(born, signalled, today, settings=retention)
            except SignalValidationError as exc:
                rules.append(exc.code)
    for rule in rules:
        result.problems.setdefault(_RULE_FIELD[rule], field_texts.signal_rule_text(rule, retention))


def _check_professional(values: EntryValues, result: EntryCheck) -> ProfessionalContact | None:
    name, phone, email = (
        _clean(values.professional_name),
        _clean(values.phone),
        _clean(values.email),
    )
    if name is None and (phone or email):
        result.problems["professional"] = field_texts.text(field_texts.PROFESSIONAL_NAME)
    try:
        directory.check_professional(ProfessionalDraft(0, name or "-", None, phone, email))
    except InvalidDraft as invalid:
        for problem in invalid.problems:
            target = problem.field if problem.field in ("phone", "email") else "professional"
            result.problems.setdefault(target, field_texts.draft_problem_text(problem))
    if name is None:
        return None
    return ProfessionalContact(name=name, email=email, phone=phone)


def check_entry(
    values: EntryValues, today: date, retention: RetentionSettings = DEFAULT_RETENTION
) -> EntryCheck:
    result = EntryCheck()
    bsn = _check_bsn(values, result)
    surname = _clean(values.surname)
    if surname is None:
        result.problems["surname"] = field_texts.text(field_texts.SURNAME)
    _check_dates(values, today, retention, result)
    if values.gender is None:
        result.problems["gender"] = field_texts.text(field_texts.GENDER)
    postcode = None
    if values.postcode.strip():
        try:
            postcode = normalise_postcode(values.postcode)
        except ValueError:
            result.problems["postcode"] = field_texts.text(field_texts.POSTCODE)
    if values.organisation_code is None:
        empty = not values.organisation_text.strip()
        result.problems["organisation"] = field_texts.text(
            field_texts.ORGANISATION_REQUIRED if empty else field_texts.UNKNOWN_ORGANISATION
        )
    professional = _check_professional(values, result)
    if result.problems:
        return result
    assert surname is not None and values.date_of_birth is not None
    assert values.gender is not None and values.signal_date is not None
    assert values.organisation_code is not None
    person = PersonIdentity(
        surname=surname,
        date_of_birth=values.date_of_birth,
        gender=values.gender,
        bsn=bsn,
        given_names=_clean(values.given_names),
        prefix=_clean(values.prefix),
        street=_clean(values.street),
        house_number=_clean(values.house_number),
        postcode=postcode,
        city=_clean(values.city),
    )
    result.signal_input = SignalInput(
        person=person,
        organisation_code=values.organisation_code,
        signal_date=values.signal_date,
        professional=professional,
        shielded=values.shielded,
    )
    return result
