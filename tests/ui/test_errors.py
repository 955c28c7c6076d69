"""Errors surface in one place: the excepthook logs and shows one dialog without personal data;
known errors get their Dutch text."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sisa_desk.services.errors import PermissionDenied
from sisa_desk.store import errors as store
from sisa_desk.ui import errors, messages
from sisa_desk.ui.error_texts import describe_error


def _raise(message: str) -> tuple:
    try:
        raise RuntimeError(message)  # the message is a value: the log shows this line only
    except RuntimeError:
        return sys.exc_info()


def test_excepthook_logs_the_traceback_and_shows_one_generic_dialog(caplog, message_boxes):
    with caplog.at_level(logging.ERROR, logger="sisa_desk.ui.errors"):
        errors.handle_exception(*_raise("naam Jansen, BSN 123456789"))
    (text,) = message_boxes.of_kind("error")
    assert text.startswith("Er ging iets mis dat sisa-desk niet verwachtte.")
    assert "De details staan in het logbestand" in text
    assert str(errors.log_file_path()) in text
    for shown in (text, caplog.text):
        assert "Jansen" not in shown and "123456789" not in shown
    assert "builtins.RuntimeError" in caplog.text
    assert "_raise" in caplog.text  # the stack is there


def test_an_error_while_the_dialog_shows_does_not_stack_dialogs(monkeypatch, message_boxes):
    def error_dialog_that_fails_again(_parent, text, **_options):
        message_boxes.shown.append(("error", text))
        errors.handle_exception(*_raise("again"))

    monkeypatch.setattr(messages, "error", error_dialog_that_fails_again)
    errors.handle_exception(*_raise("first"))
    assert len(message_boxes.of_kind("error")) == 1
    errors.handle_exception(*_raise("later"))
    assert len(message_boxes.of_kind("error")) == 2


def test_the_log_keeps_the_causes_without_their_messages(caplog):
    # Values built at run time, as in real code: the log shows source lines, not values.
    bsn, name = "1234" + "56782", "Jan" + "sen"
    try:
        try:
            raise ValueError(f"BSN {bsn}")
        except ValueError as inner:
            raise LookupError(f"naam {name}") from inner
    except LookupError as outer:
        with caplog.at_level(logging.ERROR, logger="sisa_desk.ui.errors"):
            errors.report_unexpected(outer)
    assert "builtins.ValueError" in caplog.text and "builtins.LookupError" in caplog.text
    assert "123456789" not in caplog.text and "Jansen" not in caplog.text


def test_install_excepthook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    errors.install_excepthook()
    assert sys.excepthook is errors.handle_exception


def test_show_error_gives_known_errors_their_dutch_text(message_boxes):
    errors.show_error(None, PermissionDenied("the role analyst may not do this"))
    assert message_boxes.of_kind("warning") == ["Uw rol staat dit niet toe."]
    errors.show_error(None, KeyError("bug"))
    assert len(message_boxes.of_kind("error")) == 1


def _store_error_classes() -> list[type[store.StoreError]]:
    return [
        value
        for value in vars(store).values()
        if isinstance(value, type) and issubclass(value, store.StoreError)
    ]


@pytest.mark.parametrize("error_class", _store_error_classes(), ids=lambda c: c.__name__)
def test_every_store_error_has_its_own_dutch_text(error_class):
    text = describe_error(error_class("english detail"))
    assert "english detail" not in text
    if error_class is not store.StoreError:
        assert text != describe_error(store.StoreError("x")), error_class.__name__


def test_overrides_win_and_unknown_errors_get_a_fallback():
    error = store.WrongPasswordError("x")
    assert describe_error(error, {store.WrongPasswordError: "Eigen tekst."}) == "Eigen tekst."
    assert describe_error(ValueError("x")) == "Dit kon niet worden uitgevoerd."


def test_message_boxes_show_their_text_as_plain_text(qtbot, monkeypatch):
    # Texts name files, sheets and headers from outside: "<u>x" must not become markup.
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    messages._show(None, QMessageBox.Icon.Warning, "Het blad '<u>Vet' bevat …", None, "<b>x</b>")
    (box,) = shown
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "Het blad '<u>Vet' bevat …"
