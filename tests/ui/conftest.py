"""Widget tests: one widget per test, on a real temporary encrypted database, in Dutch.

Every message box is replaced by a recorder (``message_boxes``), so that no test blocks on a
modal dialog; key slots are made with cheap key derivation; log-in skips the growing delay.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from sisa_desk.services import accounts
from sisa_desk.store import vault
from sisa_desk.ui import messages
from sisa_desk.ui.app import configure_application
from sisa_desk.ui.operations import wait_for_background_work
from sisa_desk.ui.settings import UiSettings
from tests.conftest import FAST_KDF

WAIT_MS = 5_000


@pytest.fixture(scope="session", autouse=True)
def dutch_application(qapp: QApplication) -> QApplication:
    configure_application(qapp, "nl")
    return qapp


@pytest.fixture(autouse=True)
def fast_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    # Services called by the widgets make slots with the calibrated (slow) parameters.
    monkeypatch.setattr(vault, "calibrated_kdf", lambda: FAST_KDF)


@pytest.fixture(autouse=True)
def _background_work_done() -> Iterator[None]:
    yield
    # Nothing may still run on a database that the fixtures close next.
    wait_for_background_work(WAIT_MS)


@dataclass
class MessageLog:
    """What the widgets showed through ``ui.messages``; ``answer`` is what confirm returns."""

    shown: list[tuple[str, str]] = field(default_factory=list)
    answer: bool = True

    def of_kind(self, kind: str) -> list[str]:
        return [text for shown_kind, text in self.shown if shown_kind == kind]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageLog:
    log = MessageLog()

    def recorder(kind: str):
        def show(_parent, text, **_options):
            log.shown.append((kind, text))

        return show

    def confirm(_parent, text, **_options):
        log.shown.append(("confirm", text))
        return log.answer

    for kind in ("info", "warning", "error"):
        monkeypatch.setattr(messages, kind, recorder(kind))
    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(
        messages, "about", lambda _parent, title, text: log.shown.append(("about", text))
    )
    return log


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def quick_log_in():
    """``accounts.log_in`` without the growing delay after a failed attempt."""
    return functools.partial(accounts.log_in, sleep=lambda _seconds: None)
