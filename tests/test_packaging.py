"""Packaging: build metadata, installer scripts, the frozen-app set-up and
(slow, in CI or with RUN_SLOW=1) a real PyInstaller build whose --selftest passes."""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
BUILD_SPECS = REPO_ROOT / "build_specs"
sys.path.insert(0, str(BUILD_SPECS))
sys.path.insert(0, str(BUILD_SPECS / "aot_runtime"))

from app_meta import bundle_path, executable_path, read_app_meta  # noqa: E402
import schedule_kernels_runtime as kernels_runtime  # noqa: E402
from aot_kernels import symbol  # noqa: E402
from build import folder_size  # noqa: E402
from macos.info_plist import info_plist  # noqa: E402

from scheduler_gui.frozen import numba_cache_dir, prepare_frozen_environment  # noqa: E402

MAX_BUNDLE_MB = 250
"""The Linux bundle is about 435 MB (llvmlite alone is 180 MB): a guard against bloat."""


@pytest.fixture(scope="module")
def meta():
    return read_app_meta()


def test_name_version_and_bundle_id_come_from_the_project_files(meta):
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    info = json.loads((REPO_ROOT / "resources" / "app.json").read_text("utf-8"))
    assert meta.version == project["version"]
    assert meta.bundle_id == info["bundle_id"]
    assert meta.display_name == info["name"]
    assert meta.project_extension == "sched"


def test_bundle_and_executable_paths_per_platform(meta, tmp_path):
    assert executable_path(meta, "win32", tmp_path) == tmp_path / "ScheduleEngine" / "ScheduleEngine.exe"
    assert executable_path(meta, "linux", tmp_path) == tmp_path / "ScheduleEngine" / "ScheduleEngine"
    app = bundle_path(meta, "darwin", tmp_path)
    assert app == tmp_path / f"{meta.display_name}.app"
    assert executable_path(meta, "darwin", tmp_path) == app / "Contents" / "MacOS" / "ScheduleEngine"


def test_info_plist_registers_the_project_document_type(meta):
    plist = info_plist(meta.display_name, meta.version, meta.bundle_id, meta.project_extension)
    exported = plist["UTExportedTypeDeclarations"][0]
    document = plist["CFBundleDocumentTypes"][0]
    assert plist["CFBundleIdentifier"] == meta.bundle_id
    assert plist["CFBundleShortVersionString"] == meta.version
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["sched"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"


def test_inno_setup_script_is_per_user_with_a_stable_id_and_the_sched_association():
    script = (BUILD_SPECS / "windows" / "installer.iss").read_text("utf-8")
    settings = dict(line.split("=", 1) for line in script.splitlines()
                    if "=" in line and not line.lstrip().startswith((";", "#", "Root:", "Name:",
                                                                     "Source:", "Type:", "Filename:")))
    assert settings["AppId"] == "{{58DFE076-3D99-47BD-A7E5-6AFAC6778BD8}"
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["ChangesAssociations"] == "yes"
    assert 'Subkey: "Software\\Classes\\.sched"' in script
    assert '""%1""' in script  # the project path reaches the application


def test_desktop_entry_opens_projects_of_the_registered_mime_type():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(BUILD_SPECS / "linux" / "schedule-engine.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    mime_xml = (BUILD_SPECS / "linux" / "schedule-engine-mime.xml").read_text("utf-8")
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].endswith("%f")
    mime_type = desktop["MimeType"].rstrip(";")
    assert f'type="{mime_type}"' in mime_xml and 'pattern="*.sched"' in mime_xml


def test_release_workflow_builds_on_every_platform_from_a_version_tag():
    workflow = (REPO_ROOT / ".github" / "workflows" / "release.yml").read_text("utf-8")
    assert 'tags: ["v*"]' in workflow
    assert "os: [windows-latest, macos-latest, ubuntu-latest]" in workflow
    assert "build_specs/build.py --selftest" in workflow
    assert "installer.iss" in workflow and "make_dmg.sh" in workflow


def test_frozen_setup_puts_the_numba_cache_in_the_user_cache(tmp_path, monkeypatch):
    environ = {"HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    monkeypatch.setattr(sys, "platform", "linux")
    prepare_frozen_environment(environ, force=True)
    assert environ["NUMBA_CACHE_DIR"] == str(tmp_path / "cache" / "schedule-engine" / "numba")
    assert Path(environ["NUMBA_CACHE_DIR"]).is_dir()


def test_frozen_setup_keeps_a_cache_folder_the_user_chose(tmp_path):
    environ = {"HOME": str(tmp_path), "NUMBA_CACHE_DIR": str(tmp_path / "mine")}
    prepare_frozen_environment(environ, force=True)
    assert environ["NUMBA_CACHE_DIR"] == str(tmp_path / "mine")


def test_frozen_setup_does_nothing_outside_a_bundle(tmp_path):
    environ = {"HOME": str(tmp_path)}
    prepare_frozen_environment(environ)
    assert "NUMBA_CACHE_DIR" not in environ


def test_numba_cache_folder_per_platform(tmp_path):
    home = {"HOME": str(tmp_path), "LOCALAPPDATA": str(tmp_path / "Local")}
    assert numba_cache_dir(home, "win32") == tmp_path / "Local" / "Schedule Engine" / "Cache" / "numba"
    assert numba_cache_dir(home, "darwin") == tmp_path / "Library" / "Caches" / "Schedule Engine" / "numba"
    assert numba_cache_dir(home, "linux") == tmp_path / ".cache" / "schedule-engine" / "numba"


def _run_slow() -> bool:
    return bool(os.environ.get("CI") or os.environ.get("RUN_SLOW"))


@pytest.mark.slow
@pytest.mark.timeout(1500)  # a build and a first solve take 3 to 5 minutes on 2 busy cores
@pytest.mark.skipif(not _run_slow(), reason="builds the frozen application: set RUN_SLOW=1 (CI runs it)")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build is the one tested here")
def test_frozen_build_passes_its_selftest(meta, tmp_path):
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is not installed: uv sync --extra build")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(BUILD_SPECS / "build.py"), "--selftest",
                             "--selftest-language", "ar"],
                            cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, timeout=1400)
    tail = result.stdout[-4000:]
    assert result.returncode == 0, tail
    report = (REPO_ROOT / "build" / "selftest-report.txt").read_text("utf-8")
    assert "(frozen, linux" in report
    assert [line.split()[0] for line in report.splitlines()[1:-1]] == ["ok"] * 4, report
    assert report.splitlines()[-1].startswith("PASSED")
    in_arabic = (REPO_ROOT / "build" / "selftest-report-ar.txt").read_text("utf-8")  # right to left, once
    assert "language ar" in in_arabic.splitlines()[0] and in_arabic.splitlines()[-1].startswith("PASSED"), in_arabic

    internal = bundle_path(meta) / "_internal"
    size_mb = folder_size(bundle_path(meta)) / 1e6  # symbolic links to duplicate libraries not counted
    assert size_mb < MAX_BUNDLE_MB, f"bundle grew to {size_mb:.0f} MB"
    assert list(internal.glob("moocore-*.dist-info")), "moocore's metadata is missing"
    assert list(internal.glob("_schedule_kernels.*")), "the compiled kernels are missing"
    assert not (internal / "llvmlite").exists() and not (internal / "numba").exists()
    assert (internal / "resources" / "demo" / "demo_institution.json").is_file()
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()  # the PDF pages' font
    assert sorted(p.name for p in (internal / "schedule_engine" / "i18n" / "catalogues").glob("*.json")) == \
        ["ar.json", "en.json", "es.json", "fr.json", "pt_BR.json"]  # the engine's words
    qt = internal / "PySide6"
    assert not list(qt.rglob("*WebEngine*")) and not list(qt.rglob("libQt6Qml*"))
    shipped = sorted(qm.name for qm in (internal / "resources" / "translations").glob("scheduler_*.qm"))
    source = sorted(qm.name for qm in (REPO_ROOT / "resources" / "translations").glob("scheduler_*.qm"))
    assert shipped == source and {"scheduler_fr.qm", "scheduler_pt_BR.qm", "scheduler_ar.qm"} <= set(shipped)
    qt_words = sorted(qm.name for qm in (qt / "Qt" / "translations").glob("*.qm"))
    languages = {name.removeprefix("scheduler_").removesuffix(".qm") for name in shipped}
    assert {"qtbase_ar.qm", "qtbase_es.qm", "qtbase_fr.qm"} <= set(qt_words)
    assert all(q.removeprefix("qtbase_").removesuffix(".qm") in languages for q in qt_words)  # only shipped ones

    tarball = REPO_ROOT / "build" / "installers" / f"schedule-engine-{meta.version}-linux-x86_64.tar.gz"
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    top = f"schedule-engine-{meta.version}-linux-x86_64"
    for member in ("ScheduleEngine/ScheduleEngine", "schedule-engine.desktop",
                   "schedule-engine.png", "install.sh"):
        assert f"{top}/{member}" in names


# -- the compiled kernels' stand-in for numba (build_specs/aot_runtime) -------------------
def _kernel(a, b):
    """The Python original of a kernel."""
    return ("python", a, b)


def _compiled_module(monkeypatch, exports: dict) -> None:
    """A stand-in for _schedule_kernels: {symbol: (function, argument types)}."""
    module = type(sys)(kernels_runtime.COMPILED_MODULE)
    for name, (func, _types) in exports.items():
        setattr(module, name, func)
    module._argument_types = {name: types for name, (_func, types) in exports.items()}
    monkeypatch.setitem(sys.modules, kernels_runtime.COMPILED_MODULE, module)


def _tagged(tag):
    return lambda a, b: (tag, a, b)


def test_njit_calls_the_variant_whose_argument_types_fit(monkeypatch):
    import numpy as np

    assert symbol(__name__, "_kernel", 0) == f"{__name__.replace('.', '_')}___kernel__0"
    _compiled_module(monkeypatch, {
        symbol(__name__, "_kernel", 0): (_tagged("C"), [["int64", 1, "C"], "int"]),
        symbol(__name__, "_kernel", 1): (_tagged("A"), [["int64", 1, "A"], "float"]),
    })
    kernel = kernels_runtime.njit(cache=True, _nrt=False)(_kernel)
    assert kernel.py_func is _kernel and kernel.__name__ == "_kernel"
    rows = np.arange(6, dtype=np.int64).reshape(3, 2)
    column = rows[:, 0]  # a strided view: only the "A" layout takes it
    assert kernel(rows[0], 1)[0] == "C"
    assert kernel(column, 1.5)[0] == "A"
    assert kernel(rows[1], 2)[0] == "C"
    assert kernel(column, 2)[0] == "A"  # an int is also a float
    assert kernel(rows[2], 2.5)[0] == "A"
    assert kernel(rows[0].astype(np.float64), 1)[0] == "python"  # no variant: the Python function
    assert kernel(rows[0], True)[0] == "python"  # a flag is neither int64 nor float64


def test_argument_type_checks():
    import numpy as np

    fits = kernels_runtime._fits
    assert fits(3, "int") and fits(np.int64(3), "int") and not fits(True, "int") and not fits(3.0, "int")
    assert fits(2.5, "float") and fits(2, "float") and not fits(True, "float")
    assert fits(True, "bool") and fits(np.bool_(False), "bool") and not fits(1, "bool")
    grid = np.zeros((3, 4), np.int64)
    assert fits(grid, ["int64", 2, "C"]) and not fits(grid.T, ["int64", 2, "C"])
    assert fits(grid.T, ["int64", 2, "A"]) and not fits(grid, ["int64", 1, "A"])
    assert not fits(grid.astype(np.int32), ["int64", 2, "A"]) and not fits([1, 2], ["int64", 1, "A"])


def test_kernel_without_compiled_variants_stays_python(monkeypatch):
    _compiled_module(monkeypatch, {})
    assert kernels_runtime.njit(_kernel) is _kernel
    assert kernels_runtime.njit()(_kernel) is _kernel


def test_install_stands_in_for_numba_only_when_the_kernels_are_bundled(monkeypatch):
    real = sys.modules.pop("numba", None)
    try:
        monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
        assert kernels_runtime.install() is False and "numba" not in sys.modules
        monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object())
        assert kernels_runtime.install() is True
        assert sys.modules["numba"] is kernels_runtime
        assert kernels_runtime.install() is False  # once is enough
    finally:
        sys.modules.pop("numba", None)
        if real is not None:
            sys.modules["numba"] = real
