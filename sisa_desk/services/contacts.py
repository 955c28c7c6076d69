"""Contacting the professionals of a match: phone and e-mail links, and the log of attempts.

The back office knows *that* organisations help a young person, never *what* is going on
(DESIGN.md §1). So a contact note holds process facts only ("voicemail ingesproken"), at most
200 characters on one line, and an e-mail to a professional names the other professionals
and how to reach them — never the young person, the BSN, an address or anything about the
case. A phone call that reached the professional, or an e-mail sent, counts as telling them
of the match (services.matching.mark_informed), in the same transaction.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from sqlalchemy.orm import Session

from sisa_desk.domain.permissions import Permission
from sisa_desk.store.models import (
    ContactAttempt,
    ContactChannel,
    ContactOutcome,
    Match,
    Organisation,
    Professional,
)

from . import audit
from .audit import Action
from .contact_history import ContactInfo, contacts_in_session
from .context import Workspace, requires
from .errors import InvalidInput, NotFound
from .match_detail import MatchDetail, match_detail
from .matching import inform_in_session, open_match_for_work

__all__ = [
    "MAX_NOTE",
    "ContactChannel",
    "ContactInfo",
    "ContactOutcome",
    "ContactRejected",
    "MatchDetail",
    "contacts_of_match",
    "log_contact",
    "mailto_for",
    "match_detail",
    "tel_for",
]

MAX_NOTE = 200
OUTCOMES: dict[ContactChannel, frozenset[ContactOutcome]] = {
    ContactChannel.PHONE: frozenset(
        {
            ContactOutcome.REACHED,
            ContactOutcome.NO_ANSWER,
            ContactOutcome.VOICEMAIL,
            ContactOutcome.WRONG_NUMBER,
        }
    ),
    ContactChannel.EMAIL: frozenset({ContactOutcome.SENT}),
}
# The outcomes by which the professional has been told of the match.
INFORMING = frozenset({ContactOutcome.REACHED, ContactOutcome.SENT})

SUBJECT = "SISA-match: contact met andere betrokken hulpverleners"


class ContactRejected(InvalidInput):
    """A contact that cannot be logged; ``code`` says why (the screen shows it in Dutch)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def check_note(note: str | None) -> str | None:
    """The note as it is kept (None when empty), or ContactRejected."""
    if note is None or not note.strip():
        return None
    if any(ch in note for ch in "\r\n\t\v\f\x1c\x1d\x1e\x85\u2028\u2029"):
        raise ContactRejected("note_lines", "a contact note is one line")
    if any(not ch.isprintable() for ch in note):
        raise ContactRejected("note_characters", "a contact note holds printable characters")
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise ContactRejected("note_too_long", f"a contact note has at most {MAX_NOTE} characters")
    return note


def _professional_in_match(session: Session, match: Match, professional_id: int) -> Professional:
    professional = session.get(Professional, professional_id)
    if professional is None:
        raise NotFound(f"no professional {professional_id}")
    current = {m.organisation_id for m in match.members if m.left_on is None}
    if professional.organisation_id not in current:
        raise ContactRejected(
            "not_in_match", "the professional's organisation is not in this match"
        )
    return professional


@requires(Permission.LOG_CONTACTS)
def log_contact(
    workspace: Workspace,
    match_id: int,
    professional_id: int,
    channel: ContactChannel | str,
    outcome: ContactOutcome | str,
    note: str | None = None,
) -> ContactInfo:
    """Log one phone call or e-mail to a professional of an open match."""
    channel, outcome = ContactChannel(channel), ContactOutcome(outcome)
    if outcome not in OUTCOMES[channel]:
        raise ContactRejected(
            "outcome", f"{outcome.value} is not an outcome of a contact by {channel.value}"
        )
    note = check_note(note)
    with workspace.database.unit_of_work() as session:
        match = open_match_for_work(session, match_id)
        professional = _professional_in_match(session, match, professional_id)
        attempt = ContactAttempt(
            match_id=match.id,
            professional_id=professional.id,
            channel=channel,
            outcome=outcome,
            note=note,
            at=datetime.now(),
            by_id=workspace.actor.user_id,
        )
        session.add(attempt)
        session.flush()
        member = next(
            m
            for m in match.members
            if m.organisation_id == professional.organisation_id and m.left_on is None
        )
        informs = outcome in INFORMING and member.informed_at is None
        if informs:
            inform_in_session(session, workspace.actor, match, member.organisation_id, channel)
        audit.record(
            session,
            workspace.actor.name,
            Action.CONTACT_LOGGED,
            object_type="match",
            object_id=match.id,
            young_person_id=match.young_person_id,
            contact=attempt.id,
            professional=professional.id,
            channel=channel.value,
            outcome=outcome.value,
            informed=informs,
        )
        organisation = session.get(Organisation, professional.organisation_id)
        return ContactInfo(
            attempt.id,
            match.id,
            attempt.at,
            channel.value,
            outcome.value,
            note,
            professional.id,
            professional.name,
            organisation.code if organisation else None,
            workspace.actor.name,
            informs,
        )


@requires(Permission.WORK_MATCHES)
def contacts_of_match(workspace: Workspace, match_id: int) -> list[ContactInfo]:
    """The contact attempts of a match, newest first."""
    with workspace.database.unit_of_work() as session:
        if session.get(Match, match_id) is None:
            raise NotFound(f"no match {match_id}")
        return contacts_in_session(session, match_id)


def tel_for(phone: str) -> str:
    """A ``tel:`` link for the workstation's softphone: digits and a leading + only."""
    text = phone.strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        raise ContactRejected("no_phone", "there is no phone number to call")
    return f"tel:{'+' if text.startswith('+') else ''}{digits}"


def _line(
    name: str | None, organisation: Organisation, phone: str | None, email: str | None
) -> str:
    who = f"{name}, {organisation.name}" if name else organisation.name
    ways = [f"telefoon {phone}" if phone else "", f"e-mail {email}" if email else ""]
    reach = " en ".join(w for w in ways if w) or "contactgegevens onbekend"
    return f"- {who} ({organisation.code}): {reach}"


@requires(Permission.LOG_CONTACTS)
def mailto_for(workspace: Workspace, match_id: int, professional_id: int) -> str:
    """A ``mailto:`` link to the professional: who else is involved and how to reach them,
    with the request to get in touch and agree on the coordinator. Nothing about the young
    person: no name, BSN, address or anything about the case."""
    with workspace.database.unit_of_work() as session:
        match = open_match_for_work(session, match_id)
        recipient = _professional_in_match(session, match, professional_id)
        if not recipient.email:
            raise ContactRejected("no_email", "the professional has no e-mail address")
        own = session.get(Organisation, recipient.organisation_id)
        assert own is not None
        lines = []
        for member in sorted(match.members, key=lambda m: (m.joined_on, m.id)):
            if member.left_on is not None or member.organisation_id == own.id:
                continue
            organisation = session.get(Organisation, member.organisation_id)
            assert organisation is not None
            other = session.get(Professional, member.professional_id or -1)
            phone = (other.phone if other else None) or organisation.phone
            email = (other.email if other else None) or organisation.email
            lines.append(_line(other.name if other else None, organisation, phone, email))
        coordinator = session.get(Organisation, match.coordinator_id or -1)
        proposed = session.get(Organisation, match.proposed_coordinator_id or -1)
        body = _body(recipient.name, own, lines, match.id, coordinator, proposed)
    return (
        f"mailto:{quote(recipient.email, safe='@')}"
        f"?subject={quote(SUBJECT, safe='')}&body={quote(body, safe='')}"
    )


def _body(
    name: str,
    own: Organisation,
    lines: list[str],
    match_id: int,
    coordinator: Organisation | None,
    proposed: Organisation | None,
) -> str:
    if coordinator is not None:
        regie = f"De regie ligt bij {coordinator.name} ({coordinator.code})."
    elif proposed is not None:
        regie = (
            f"Volgens de afspraken in SISA ligt de regie voor de hand bij {proposed.name} "
            f"({proposed.code}); spreekt u onderling af of dat past."
        )
    else:
        regie = "Spreekt u onderling af wie de regie neemt."
    others = "de volgende hulpverlener" if len(lines) == 1 else "de volgende hulpverleners"
    paragraphs = [
        f"Beste {name},",
        "Via SISA (Stadsregionaal Instrument Sluitende Aanpak) is een match ontstaan: bij een "
        f"jeugdige die {own.name} heeft gesignaleerd, is ook {others} betrokken:",
        "\n".join(lines),
        "Wilt u contact met elkaar opnemen om de hulp op elkaar af te stemmen en af te spreken "
        f"wie de regie neemt? {regie}",
        "Om welke jeugdige het gaat, staat om privacyredenen niet in deze e-mail. Noemt u bij "
        f"vragen aan het SISA-team het kenmerk SISA-match {match_id}.",
        "Met vriendelijke groet,\n\nhet SISA-team",
    ]
    return "\r\n".join("\n\n".join(paragraphs).split("\n"))
