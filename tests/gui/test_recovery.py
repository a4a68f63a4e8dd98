"""Crash recovery: a recovery copy survives a killed process and is offered at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from schedule_engine.model import Room
from scheduler_gui.autosave import Autosaver, owner_lock_path
from scheduler_gui.document import ProjectDocument
from scheduler_gui.editors.commands import EditProblemCommand
from scheduler_gui.main_window import MainWindow
from scheduler_gui.recovery import (
    DISCARD, OPEN_WITHOUT, RESTORE, RecoveryQuestion, abandoned_recoveries, offer_recovery, recovery_question,
)
from shell_fixtures import isolated_settings, main_window, small_project  # noqa: F401

CRASHING_EDITOR = textwrap.dedent("""
    import os, sys, time
    from dataclasses import replace
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from schedule_engine.model import Room
    from schedule_engine.project_store import Project
    from schedule_engine.io.engine_json import load_document
    from scheduler_gui.autosave import Autosaver
    from scheduler_gui.document import ProjectDocument
    from scheduler_gui.editors.commands import EditProblemCommand

    problem, _ = load_document(sys.argv[1])
    document = ProjectDocument(Project(problem))
    autosaver = Autosaver(document)
    before = document.problem
    after = replace(before, rooms=before.rooms + (Room("CRASH", "Edited before the crash", 7),))
    document.push(EditProblemCommand(document, before, after, "Add room"))
    print("edited", flush=True)
    app.exec()  # the journal writes the copy from the event loop; killed here
""")


def add_room(document: ProjectDocument, room_id: str = "R9") -> None:
    before = document.problem
    after = replace(before, rooms=before.rooms + (Room(room_id, "New room", 10),))
    document.push(EditProblemCommand(document, before, after, "Add room"))


def test_an_edit_survives_sigkill_and_is_restored(qtbot, isolated_settings, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from schedule_engine.io.engine_json import save_document

    start = tmp_path / "start.json"
    save_document(start, small_project().problem)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", CRASHING_EDITOR, str(start)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        assert line.strip() == "edited", child.stderr.read()
        time.sleep(0.5)  # the edit was made half a second ago
        assert abandoned_recoveries() == []  # its window is still running: not offered
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    questions = []

    def restore(parent, info):
        questions.append(recovery_question(info))
        return RESTORE
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow()
    qtbot.addWidget(window)
    assert offer_recovery(window, window.document, ask=restore)
    assert "closed unexpectedly" in questions[0]
    assert "unsaved project" in questions[0]
    assert window.document.problem.room("CRASH") is not None
    assert window.document.modified
    assert abandoned_recoveries() == []  # the restored copy is not offered twice


def test_a_recovery_copy_is_written_when_modified_and_discarded_on_save(
        qtbot, isolated_settings, tmp_path: Path) -> None:
    document = ProjectDocument(small_project())
    autosaver = Autosaver(document)
    add_room(document)
    path = autosaver.write_now()
    assert path.is_file() and owner_lock_path(path).is_file()
    document.mark_saved(tmp_path / "saved.sched")
    assert not path.exists() and not owner_lock_path(path).exists()


def test_each_edit_writes_the_copy_within_a_second(qtbot, isolated_settings) -> None:
    from schedule_engine.project_store import load_project

    document = ProjectDocument(small_project())
    autosaver = Autosaver(document)
    for room_id in ("R7", "R8", "R9"):
        started = time.monotonic()
        with qtbot.waitSignal(autosaver.recovery_written, timeout=1000) as written:
            add_room(document, room_id)
        assert time.monotonic() - started < 1.0
        assert load_project(written.args[0]).problem.room(room_id) is not None
    document.undo_stack.undo()  # an undo is an edit too
    qtbot.waitUntil(lambda: autosaver._written_project is document.project, timeout=1000)
    assert load_project(autosaver.recovery_path).problem.room("R9") is None
    autosaver.discard()


def test_the_recovery_question_names_its_buttons_by_what_they_do(qtbot, isolated_settings) -> None:
    from schedule_engine.project_store import find_recoveries, write_recovery

    from scheduler_gui.autosave import recovery_dir

    write_recovery(small_project(), recovery_dir(), None, untitled_id="crashed")
    box = RecoveryQuestion(None, find_recoveries(recovery_dir())[0])
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons.values()] == [
        "Restore", "Open without restoring", "Discard the recovery copy"]
    box.buttons[DISCARD].click()
    assert box.choice() == DISCARD


def test_a_copy_of_a_running_window_is_not_offered(qtbot, isolated_settings) -> None:
    document = ProjectDocument(small_project())
    autosaver = Autosaver(document)
    add_room(document)
    autosaver.write_now()  # owned by this (live) process
    assert abandoned_recoveries() == []
    autosaver.discard()


def test_discarding_deletes_the_copy(main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from schedule_engine.project_store import write_recovery

    from scheduler_gui.autosave import recovery_dir

    left_behind = small_project()  # as if a crashed window had written it
    left_behind = replace(left_behind, problem=replace(left_behind.problem, name="Crashed"))
    path = write_recovery(left_behind, recovery_dir(), None, untitled_id="crashed")
    assert not offer_recovery(main_window, main_window.document, ask=lambda *a: DISCARD)
    assert not path.exists()
    assert main_window.document.problem.name == "Small school"


def test_open_without_restoring_keeps_the_copy_for_the_next_start(main_window: MainWindow,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from schedule_engine.project_store import write_recovery

    from scheduler_gui.autosave import recovery_dir

    path = write_recovery(small_project(), recovery_dir(), None, untitled_id="crashed")
    assert not offer_recovery(main_window, main_window.document, ask=lambda *a: OPEN_WITHOUT)
    assert path.exists()
    assert [info.path for info in abandoned_recoveries()] == [path]


def test_closing_normally_removes_the_copy(main_window: MainWindow) -> None:
    add_room(main_window.document)
    path = main_window.autosaver.write_now()
    main_window.close()  # questions answer Discard
    assert not path.exists()
