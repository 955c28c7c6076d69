"""One row of a partner's file, checked cell by cell and turned into a `SignalInput`.

Every problem of a row is reported at once, each with its field; the rules that need the
database (a known BSN, an active signal, the directory) are applied afterwards by
`bulk_registration`, exactly as for a signal entered by hand.

A file repeats the same few values in most columns (the signal date, the gender, the
professional, the city): each distinct cell value of a column is read once per file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial

from sisa_desk.domain.signals import RetentionSettings, SignalValidationError, validate_signal

from . import import_values as cell
from .directory import InvalidDraft, ProfessionalDraft, check_professional
from .import_columns import SPECS
from .import_messages import NOUNS, message
from .import_reader import SheetRow
from .persons import PersonIdentity
from .signals import ProfessionalContact, SignalInput

_PROFESSIONAL_FIELDS = {"name": "professional", "phone": "phone", "email": "email"}
_PROFESSIONAL_CODES = {"phone": "bad_phone", "email": "bad_email"}
REQUIRED_CELLS = ("surname", "date_of_birth", "gender", "signal_date")
# The cells the preview shows as read, not as typed (41000 is a birth date in 2012).
_READ_FOR_SHOW = frozenset({"bsn", "date_of_birth", "signal_date", "gender"})


@dataclass(slots=True)
class RowCheck:
    row: int
    values: tuple[object, ...]
    # (field, Dutch message), added with `add_problem`; nearly every row has none, and those
    # share the empty tuple instead of holding an empty list each until the import ends.
    problems: list[tuple[str, str]] | tuple[()] = ()
    signal: SignalInput | None = None
    # The young person, to find repeated rows: the BSN, or without one (surname, birth date).
    key: str | tuple[str, object] | None = None
    duplicate_of: int | None = None
    # A phone number or e-mail address without a name: the name comes from the directory.
    contact_email: str | None = None
    # Messages the partner's report says otherwise (import_messages.PARTNER_MESSAGES).
    for_partner: dict[str, str] | None = None

    def add_problem(self, field: str, text: str, *, first: bool = False) -> None:
        problems = self.problems
        if not isinstance(problems, list):
            problems = self.problems = []
        if first:
            problems.insert(0, (field, text))
        else:
            problems.append((field, text))


_UNREAD = object()


class _Failed:
    """A cached reading that failed: the code and parameters of its message."""

    __slots__ = ("code", "params")

    def __init__(self, problem: cell.CellProblem) -> None:
        self.code, self.params = problem.code, problem.params


class RowChecker:
    """Checks the rows of one file: its columns, the organisation, today and the rules."""

    def __init__(
        self,
        fields: list[str],
        organisation_code: str,
        today: date,
        epoch: datetime,
        retention: RetentionSettings,
    ) -> None:
        self.fields = fields
        self.organisation_code = organisation_code
        self.today = today
        self.retention = retention
        readers: dict[str, Callable[[object], object]] = {
            "bsn": cell.bsn,
            "date_of_birth": partial(cell.birth_date, today=today, epoch=epoch),
            "signal_date": partial(cell.signal_date, today=today, epoch=epoch),
            "gender": cell.gender,
            "postcode": cell.postcode,
            "phone": partial(cell.phone, max_length=SPECS["phone"].max_length),
            "addition": partial(cell.text, max_length=20),
        }
        # Each column's readings by cell value; nearly every BSN differs: not worth keeping.
        self.readers = [
            (
                position,
                name,
                readers.get(name) or partial(cell.text, max_length=SPECS[name].max_length),
                None if name == "bsn" else {},
            )
            for position, name in enumerate(fields)
        ]
        self.by_field = {name: (reader, cache) for _p, name, reader, cache in self.readers}
        self.house_number_limit = SPECS["house_number"].max_length or 0
        self.contacts: dict[tuple[str, str | None, str | None], object] = {}

    def check(self, sheet_row: SheetRow) -> RowCheck:
        check = RowCheck(sheet_row.row, sheet_row.values)
        got: dict[str, object] = {}
        flagged = sheet_row.no_cached_value
        values = sheet_row.values
        for position, name, reader, cache in self.readers:
            raw = values[position]
            if position in flagged:
                self._problem(check, name, "formula_without_value")
                continue
            if raw is None:
                continue
            if cache is None:
                value = _read(reader, raw)
            else:
                # 1, 1.0 and True are equal keys, not equal cells; a text equals no other cell.
                key = raw if raw.__class__ is str else (raw.__class__, raw)
                value = cache.get(key, _UNREAD)
                if value is _UNREAD:
                    value = cache[key] = _read(reader, raw)
            if value.__class__ is _Failed:
                self._problem(check, name, value.code, **value.params)  # type: ignore[attr-defined]
            elif value is not None:
                got[name] = value
        for name in REQUIRED_CELLS:
            if name not in got and not any(f == name for f, _m in check.problems):
                self._problem(check, name, "missing")
        if len(check.problems) > 2 and self._one_cell_only(check, flagged):
            return check
        return self._finish(check, got)

    def _one_cell_only(self, check: RowCheck, flagged: frozenset[int]) -> bool:
        """A row with one filled signal column is no signal but a total or a note under the
        table: one message instead of one per empty column."""
        values = check.values
        filled = [p for p, v in enumerate(values) if p in flagged or not cell.blank(v)]
        if len(values) < 2 or len(filled) != 1:
            return False
        (position,) = filled
        check.problems = ()
        code = "formula_without_value" if position in flagged else "not_a_signal"
        self._problem(check, self.fields[position], code)
        return True

    def shown(self, field: str, raw: object) -> str:
        """A cell as the import reads it where that differs from how it was typed: the BSN
        with its nine digits, a date as dd-mm-jjjj, the gender as M, V or X; any other cell,
        and one that cannot be read, as written."""
        if field not in _READ_FOR_SHOW or cell.blank(raw):
            return cell.display(raw)
        reader, cache = self.by_field[field]
        key = raw if raw.__class__ is str else (raw.__class__, raw)
        value = _UNREAD if cache is None else cache.get(key, _UNREAD)
        if value is _UNREAD:
            value = _read(reader, raw)
        if value is None or value.__class__ is _Failed:
            return cell.display(raw)
        return cell.display(value)

    def _finish(self, check: RowCheck, got: dict[str, object]) -> RowCheck:
        bsn, surname, born = got.get("bsn"), got.get("surname"), got.get("date_of_birth")
        number = got.get("house_number")
        house_number = cell.house_number(number, got.get("addition"))  # type: ignore[arg-type]
        limit = self.house_number_limit
        if house_number is not None and len(house_number) > limit:
            self._problem(check, "house_number", "too_long", max_length=limit)
        contact = self._contact(check, got)
        if bsn is not None:
            check.key = bsn  # type: ignore[assignment]
        elif surname is not None and born is not None:
            check.key = (str(surname).casefold(), born)
        if check.problems:
            signal_date = got.get("signal_date")
            if isinstance(born, date) and isinstance(signal_date, date):
                # The rules of a signal too, so that the partner sees every problem at once
                # (a valid row meets them in bulk_registration).
                self._dates(check, born, signal_date)
            return check
        get = got.get
        # PersonIdentity(surname, date_of_birth, gender, bsn, given_names, prefix, street,
        # house_number, postcode, city), by position: this runs for every row.
        person = PersonIdentity(
            surname, born, got["gender"], bsn, get("given_names"), get("prefix"),  # type: ignore[arg-type]
            get("street"), house_number, get("postcode"), get("city"),  # type: ignore[arg-type]
        )  # fmt: skip
        signal_date: date = got["signal_date"]  # type: ignore[assignment]
        check.signal = SignalInput(person, self.organisation_code, signal_date, contact)
        return check

    def _problem(self, check: RowCheck, name: str, code: str, **params: object) -> None:
        check.add_problem(name, message(code, label=NOUNS[name], **params))

    def _dates(self, check: RowCheck, born: date, signal_date: date) -> None:
        retention = self.retention
        try:
            validate_signal(born, signal_date, self.today, settings=retention)
        except SignalValidationError as exc:
            code = exc.code.value
            where = "date_of_birth" if code in ("too_old", "not_born") else "signal_date"
            self._problem(
                check, where, code, max_age=retention.max_age, term=retention.signal_term_months
            )

    def _contact(self, check: RowCheck, got: dict[str, object]) -> ProfessionalContact | None:
        name, phone, email = got.get("professional"), got.get("phone"), got.get("email")
        if name is None and phone is None and email is None:
            return None
        key = (name, phone, email)
        found = self.contacts.get(key)  # type: ignore[arg-type]
        if found is None:
            found = self.contacts[key] = _contact(name, phone, email)  # type: ignore[index, arg-type]
        if isinstance(found, list):
            for where, code, params in found:
                self._problem(check, where, code, **params)
            return None
        contact: ProfessionalContact = found  # type: ignore[assignment]
        if not contact.name:
            check.contact_email = contact.email
        return contact


def _read(reader: Callable[[object], object], raw: object) -> object:
    try:
        return reader(raw)
    except cell.CellProblem as exc:
        return _Failed(exc)


def _contact(
    name: str | None, phone: str | None, email: str | None
) -> ProfessionalContact | list[tuple[str, str, dict[str, object]]]:
    try:
        draft = check_professional(ProfessionalDraft(0, name or "-", None, phone, email))
    except InvalidDraft as exc:
        problems: list[tuple[str, str, dict[str, object]]] = []
        for problem in exc.problems:
            where = _PROFESSIONAL_FIELDS.get(problem.field, "professional")
            if problem.field == "name":
                problems.append(
                    (where, "too_long", {"max_length": SPECS["professional"].max_length})
                )
            else:
                problems.append(
                    (where, _PROFESSIONAL_CODES.get(problem.field, "invalid_professional"), {})
                )
        return problems
    if name is None and draft.email is None:
        return [("professional", "contact_without_name", {})]
    return ProfessionalContact(draft.name if name else "", draft.email, draft.phone)


def resolve_contacts(checks: list[RowCheck], known: dict[str, str]) -> None:
    """Rows with an e-mail address but no name take the name the directory (or an earlier row
    of the file) has for that address; otherwise the row is rejected. ``known`` maps the
    organisation's e-mail addresses to names and grows with the rows."""
    for check in checks:
        signal = check.signal
        if signal is None or signal.professional is None:
            continue
        contact = signal.professional
        if check.contact_email is None:
            if contact.email:
                known.setdefault(contact.email, contact.name)
            continue
        name = known.get(check.contact_email)
        if name is None:
            check.add_problem(
                "professional", message("contact_without_name", label=NOUNS["professional"])
            )
            check.signal = None
            continue
        check.signal = SignalInput(
            signal.person,
            signal.organisation_code,
            signal.signal_date,
            ProfessionalContact(name, contact.email, contact.phone),
        )


def mark_duplicates(checks: list[RowCheck]) -> None:
    """A row repeating the young person of an earlier row: same BSN, or without a BSN the
    same surname and date of birth."""
    first: dict[str | tuple[str, object], int] = {}
    for check in checks:
        if check.key is None:
            continue
        earlier = first.setdefault(check.key, check.row)
        if earlier != check.row:
            check.duplicate_of = earlier
            where = "bsn" if check.key.__class__ is str else "surname"
            check.add_problem(where, message("duplicate", row=earlier), first=True)
            check.signal = None
