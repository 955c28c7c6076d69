"""The one slow-work helper: results and errors come back on the GUI thread, to one place."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QWidget

from sisa_desk.services.errors import Conflict
from sisa_desk.ui.operations import Cancelled, is_busy, run_in_background
from tests.ui.conftest import WAIT_MS


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_result_arrives_on_the_gui_thread(qtbot, parent):
    seen = {}

    def work(_progress):
        seen["work_thread"] = threading.current_thread()
        return 42

    def success(result):
        seen["result"], seen["thread"] = result, threading.current_thread()

    run_in_background(parent, work, on_success=success)
    assert is_busy()
    qtbot.waitUntil(lambda: "result" in seen, timeout=WAIT_MS)
    assert seen["result"] == 42
    assert seen["thread"] is threading.main_thread()
    assert seen["work_thread"] is not threading.main_thread()


def test_known_error_goes_to_on_error_and_finished_runs_first(qtbot, parent):
    calls = []

    def work(_progress):
        raise Conflict("taken")

    run_in_background(
        parent,
        work,
        on_success=lambda _r: calls.append("success"),
        on_error=lambda exc: calls.append(type(exc).__name__),
        on_finished=lambda: calls.append("finished"),
    )
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=WAIT_MS)
    assert calls == ["finished", "Conflict"]


def test_known_error_without_handler_is_a_dutch_warning(qtbot, parent, message_boxes):
    run_in_background(parent, lambda _p: (_ for _ in ()).throw(Conflict("taken")))
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=WAIT_MS)
    assert message_boxes.of_kind("warning") == [
        "Dit botst met de huidige gegevens. Vernieuw het scherm en probeer het opnieuw."
    ]


def test_unexpected_error_is_logged_and_shown_as_the_generic_dialog(qtbot, parent, message_boxes):
    handled = []
    run_in_background(parent, lambda _p: 1 / 0, on_error=handled.append)
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=WAIT_MS)
    assert handled == []
    (text,) = message_boxes.of_kind("error")
    assert "logbestand" in text


def test_cancel_stops_the_work_quietly(qtbot, parent, message_boxes):
    started, calls = threading.Event(), []

    def work(progress):
        started.set()
        for step in range(1000):
            progress.check()
            progress.report(step, 1000)
            time.sleep(0.005)
        return "finished all"

    operation = run_in_background(
        parent,
        work,
        on_success=calls.append,
        on_finished=lambda: calls.append("finished"),
        progress_text="Bezig…",
        cancellable=True,
    )
    assert started.wait(2)
    operation.progress.cancel()
    qtbot.waitUntil(lambda: calls == ["finished"], timeout=WAIT_MS)
    assert message_boxes.shown == []
    assert not is_busy()


def test_cancelled_is_an_exception_the_work_may_raise_itself(qtbot, parent):
    calls = []

    def work(_progress):
        raise Cancelled

    run_in_background(parent, work, on_finished=lambda: calls.append("finished"))
    qtbot.waitUntil(lambda: calls == ["finished"], timeout=WAIT_MS)


def test_no_callbacks_after_the_parent_is_gone(qtbot):
    widget = QWidget()
    calls = []
    release = threading.Event()

    def work(_progress):
        release.wait(2)
        return 1

    run_in_background(widget, work, on_success=calls.append)
    widget.deleteLater()
    qtbot.wait(20)
    release.set()
    qtbot.waitUntil(lambda: not is_busy(), timeout=WAIT_MS)
    assert calls == []


def test_an_operation_is_let_go_only_after_its_own_callbacks(qtbot, parent):
    """Destroyed inside its own slot, an operation took its signals object with it first, and
    Qt then called into the freed object: a segfault now and then on a busy screen."""
    from sisa_desk.ui import operations

    seen = []
    holder = []
    holder.append(
        run_in_background(
            parent,
            lambda _p: 1,
            on_success=lambda _r: seen.append(holder[0] in operations._running),
        )
    )
    qtbot.waitUntil(lambda: not is_busy(), timeout=WAIT_MS)
    assert seen == [True]
    assert holder[0] not in operations._running


def test_many_operations_in_a_row_finish_without_a_crash(qtbot, parent):
    done = []
    for round_ in range(20):
        for i in range(50):
            run_in_background(parent, lambda _p, i=i, r=round_: i * r, on_success=done.append)
        qtbot.waitUntil(lambda: not is_busy(), timeout=WAIT_MS)
    assert len(done) == 1000
