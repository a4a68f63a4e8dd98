"""Crash recovery: a recovery copy survives a killed process and is offered at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from schedule_engine.model import Room
from scheduler_gui.autosave import Autosaver, owner_lock_path
from scheduler_gui.document import ProjectDocument
from scheduler_gui.editors.commands import EditProblemCommand
from scheduler_gui.main_window import MainWindow
from scheduler_gui.recovery import abandoned_recoveries, offer_recovery
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
    autosaver.write_now()
    print("written", flush=True)
    time.sleep(60)  # killed here
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
        assert line.strip() == "written", child.stderr.read()
        assert abandoned_recoveries() == []  # its window is still running: not offered
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    questions = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: questions.append(text) or QMessageBox.StandardButton.Yes)
    window = MainWindow()
    qtbot.addWidget(window)
    assert offer_recovery(window, window.document)
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


def test_idle_timer_writes_a_copy_in_the_background(qtbot, isolated_settings) -> None:
    document = ProjectDocument(small_project())
    autosaver = Autosaver(document)
    autosaver.idle_timer.setInterval(10)
    with qtbot.waitSignal(autosaver.recovery_written, timeout=5000) as written:
        add_room(document)
    assert written.args[0].is_file()
    autosaver.discard()


def test_a_copy_of_a_running_window_is_not_offered(qtbot, isolated_settings) -> None:
    document = ProjectDocument(small_project())
    autosaver = Autosaver(document)
    add_room(document)
    autosaver.write_now()  # owned by this (live) process
    assert abandoned_recoveries() == []
    autosaver.discard()


def test_answering_no_deletes_the_copy(main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from schedule_engine.project_store import write_recovery

    from scheduler_gui.autosave import recovery_dir

    left_behind = small_project()  # as if a crashed window had written it
    left_behind = replace(left_behind, problem=replace(left_behind.problem, name="Crashed"))
    path = write_recovery(left_behind, recovery_dir(), None, untitled_id="crashed")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not offer_recovery(main_window, main_window.document)
    assert not path.exists()
    assert main_window.document.problem.name == "Small school"


def test_ignore_keeps_the_copy_for_the_next_start(main_window: MainWindow,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from schedule_engine.project_store import write_recovery

    from scheduler_gui.autosave import recovery_dir

    path = write_recovery(small_project(), recovery_dir(), None, untitled_id="crashed")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Ignore)
    assert not offer_recovery(main_window, main_window.document)
    assert path.exists()
    assert [info.path for info in abandoned_recoveries()] == [path]


def test_closing_normally_removes_the_copy(main_window: MainWindow) -> None:
    add_room(main_window.document)
    path = main_window.autosaver.write_now()
    main_window.close()  # questions answer Discard
    assert not path.exists()
