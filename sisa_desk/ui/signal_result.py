"""What a registration did, in the words the operator reads on the signal entry screen."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel

from sisa_desk.domain.matching import MatchChangeKind
from sisa_desk.domain.permissions import Permission
from sisa_desk.domain.signals import RegistrationKind
from sisa_desk.services import matching, signals
from sisa_desk.services.context import Workspace
from sisa_desk.services.signals import RegistrationResult, SignalInput

from .field_messages import keep_to_text


@dataclass(frozen=True)
class Registration:
    """A registration with what the screen needs to tell about it."""

    result: RegistrationResult
    organisation_code: str
    # The codes of the organisations in the match afterwards; empty without a match.
    match_organisations: tuple[str, ...] = ()
    shielded: bool = False


def register(workspace: Workspace, signal_input: SignalInput) -> Registration:
    """The background work: register, then read who is in the match (if any)."""
    result = signals.register_signal(workspace, signal_input)
    organisations: tuple[str, ...] = ()
    if result.match_id is not None and workspace.actor.can(Permission.WORK_MATCHES):
        organisations = tuple(matching.get_match(workspace, result.match_id).organisations)
    return Registration(
        result, signal_input.organisation_code, organisations, signal_input.shielded
    )


class ResultPanel:
    """The panel beside the form: green after a registration, red after a refusal."""

    def __init__(self, panel: QFrame, title: QLabel, body: QLabel) -> None:
        self._panel, self._title, self._body = panel, title, body
        for label in (title, body):
            keep_to_text(label)
        panel.hide()

    def show(self, success: bool, title: str, text: str) -> None:
        panel = self._panel
        panel.setProperty("outcome", "success" if success else "failure")
        panel.style().unpolish(panel)
        panel.style().polish(panel)
        self._title.setText(title)
        self._body.setText(text)
        self._body.setVisible(bool(text))
        panel.show()

    def hide_failure(self) -> None:
        if self._panel.property("outcome") == "failure":
            self._panel.hide()

    @property
    def text(self) -> str:
        if self._panel.isHidden():
            return ""
        return f"{self._title.text()}\n{self._body.text()}".strip()


def result_title(registration: Registration) -> str:
    if registration.result.kind is RegistrationKind.REFRESH:
        return QCoreApplication.translate(
            "SignalResult", "Existing signal of {organisation} refreshed (no match)"
        ).format(organisation=registration.organisation_code)
    return QCoreApplication.translate("SignalResult", "New signal registered")


def result_lines(registration: Registration) -> list[str]:
    result, code = registration.result, registration.organisation_code
    others = [org for org in registration.match_organisations if org != code]
    lines = []
    if result.match_change is MatchChangeKind.OPEN:
        lines.append(
            QCoreApplication.translate("SignalResult", "Match arisen with {organisations}").format(
                organisations=", ".join(others) or "?"
            )
        )
    elif result.match_change is MatchChangeKind.JOIN:
        lines.append(
            QCoreApplication.translate(
                "SignalResult", "{organisation} added to the running match"
            ).format(organisation=code)
        )
        if registration.match_organisations:
            lines.append(
                QCoreApplication.translate(
                    "SignalResult", "Organisations in the match: {organisations}"
                ).format(organisations=", ".join(registration.match_organisations))
            )
    elif result.kind is RegistrationKind.NEW:
        lines.append(
            QCoreApplication.translate(
                "SignalResult", "No match: no other organisation holds a running signal."
            )
        )
    if result.match_change in (MatchChangeKind.OPEN, MatchChangeKind.JOIN):
        lines.append(
            QCoreApplication.translate(
                "SignalResult", "The match is in the work queue: inform the professionals."
            )
        )
    if result.earlier_involvement:
        earlier = ", ".join(result.earlier_involvement)
        lines.append(
            QCoreApplication.translate(
                "SignalResult", "Earlier involvement: {organisations}"
            ).format(organisations=earlier)
        )
    if registration.shielded:
        lines.append(
            QCoreApplication.translate(
                "SignalResult", "Shielded: the address never goes into a letter or an export."
            )
        )
    return lines


def rejected_title() -> str:
    return QCoreApplication.translate("SignalResult", "Not registered")


def rejected_text() -> str:
    return QCoreApplication.translate(
        "SignalResult", "Correct the field marked in red and try again."
    )
