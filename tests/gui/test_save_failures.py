"""Saving from the window where it cannot be done: the dialog says why in plain words,
and the open project, its file and its modified state stay as they were."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from schedule_engine import atomic_files
from schedule_engine.project_store import load_project
from scheduler_gui import error_dialog
from shell_fixtures import isolated_settings, main_window, shown_errors, small_project  # noqa: F401
from test_file_actions import edit


def _refuse_writes_in(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make ``folder`` read-only for this process, also when the tests run as root
    (root may write anywhere, so the operating system's answer is stood in for)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return
    real_open = open

    def refusing_open(path, *args, **kwargs):
        if Path(path).parent == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    real_access = os.access
    monkeypatch.setattr(atomic_files, "open", refusing_open, raising=False)
    monkeypatch.setattr(os, "access", lambda p, mode, **k: False if Path(p) == folder else real_access(p, mode, **k))


def test_saving_into_a_read_only_folder_is_explained_and_keeps_the_project(
        main_window, tmp_path, shown_errors, monkeypatch):  # noqa: F811
    folder = tmp_path / "shared"
    folder.mkdir()
    target = folder / "college.sched"
    assert main_window.file_actions.save_to(target)
    saved_bytes = target.read_bytes()
    edit(main_window)
    project = main_window.document.project
    _refuse_writes_in(monkeypatch, folder)
    try:
        assert not main_window.file_actions.save()
    finally:
        folder.chmod(0o755)
    (title, error), = shown_errors.calls
    assert title == "Could not save college.sched"
    assert error_dialog.summary_of(error) == (f"Cannot save college.sched: the folder {folder} is read-only "
                                              "(no permission to write there).")
    assert main_window.document.project is project
    assert main_window.document.modified and main_window.document.path == target
    assert target.read_bytes() == saved_bytes and sorted(folder.iterdir()) == [target]
    assert load_project(target) != project


def test_saving_to_a_missing_folder_is_explained_and_keeps_the_project(
        main_window, tmp_path, shown_errors):  # noqa: F811
    edit(main_window)
    project = main_window.document.project
    target = tmp_path / "gone" / "college.sched"
    assert not main_window.file_actions.save_to(target)
    (title, error), = shown_errors.calls
    assert title == "Could not save college.sched"
    assert error_dialog.summary_of(error) == f"Cannot save college.sched: the folder {target.parent} does not exist."
    assert "Traceback" not in error_dialog.ErrorDialog(title, error)._details_text()
    assert main_window.document.project is project
    assert main_window.document.modified and main_window.document.path is None
    assert not target.parent.exists()
