"""Build the desktop application for this platform.

    python build_specs/build.py [--selftest] [--startup-runs N] [--no-package] [--jit-kernels]

0. the solver's kernels compiled ahead of time into ``build/aot``
   (``build_specs/aot_kernels.py``; ``--jit-kernels`` ships numba instead);
1. PyInstaller with ``build_specs/schedule_engine.spec`` (onedir, windowed) into
   ``build/dist`` (work files in ``build/work``);
2. on Linux, the tarball with the ``.desktop`` file (``build_specs/linux/make_tarball.sh``)
   into ``build/installers``; the Windows installer and the macOS disk image are made
   by ``build_specs/windows/installer.iss`` and ``build_specs/macos/make_dmg.sh``;
3. prints the bundle's size, and with ``--selftest`` runs the built application's
   ``--selftest`` (offscreen) and its start-up time.

Exit code 0 when every step worked.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from app_meta import (  # noqa: E402
    BUILD_DIR,
    DIST_DIR,
    REPO_ROOT,
    WORK_DIR,
    AppMeta,
    bundle_path,
    executable_path,
    read_app_meta,
)

SPEC = REPO_ROOT / "build_specs" / "schedule_engine.spec"
AOT_DIR = BUILD_DIR / "aot"
SELFTEST_TIMEOUT_S = 900


def folder_size(path: Path) -> int:
    """Bytes of the files under ``path`` (symbolic links not followed)."""
    total = 0
    for folder, _dirs, files in os.walk(path):
        for name in files:
            file = Path(folder) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def build_aot_kernels(enabled: bool) -> float:
    """Compile the kernels into ``build/aot`` (the spec bundles what it finds there)."""
    started = time.monotonic()
    for old in AOT_DIR.glob("_schedule_kernels*"):
        old.unlink()
    if enabled:
        command = [sys.executable, str(REPO_ROOT / "build_specs" / "aot_kernels.py"), str(AOT_DIR)]
        print("$", " ".join(command), flush=True)
        subprocess.run(command, check=True, cwd=REPO_ROOT)
    return time.monotonic() - started


def run_pyinstaller() -> float:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--distpath", str(DIST_DIR), "--workpath", str(WORK_DIR), str(SPEC)]
    print("$", " ".join(command), flush=True)
    started = time.monotonic()
    subprocess.run(command, check=True, cwd=REPO_ROOT)
    return time.monotonic() - started


def strip_python_library(bundle: Path) -> int:
    """Debugging symbols out of the bundled libpython on Linux (22 MB -> 6 MB);
    bytes saved.  (Not every library: numpy's bundled ones break when stripped.)"""
    saved = 0
    for library in bundle.rglob("libpython3*.so*"):
        if library.is_symlink() or not library.is_file():
            continue
        before = library.stat().st_size
        subprocess.run(["strip", "--strip-unneeded", str(library)], check=True)
        saved += before - library.stat().st_size
    return saved


def make_linux_tarball(meta: AppMeta) -> Path:
    script = REPO_ROOT / "build_specs" / "linux" / "make_tarball.sh"
    output = subprocess.run(["bash", str(script), meta.version], check=True, cwd=REPO_ROOT,
                            stdout=subprocess.PIPE, text=True).stdout
    return Path(output.strip().splitlines()[-1])


def frozen_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run_selftest(executable: Path, seconds: float, language: str = "") -> int:
    """The built app's self-test, in the system's language or in ``language``;
    the report goes to build/selftest-report[-LANGUAGE].txt."""
    report = BUILD_DIR / (f"selftest-report-{language}.txt" if language else "selftest-report.txt")
    command = [str(executable), "--selftest", "--seconds", str(seconds), "--report", str(report)]
    if language:
        command += ["--language", language]
    print("$", " ".join(command), flush=True)
    started = time.monotonic()
    report.unlink(missing_ok=True)
    result = subprocess.run(command, env=frozen_env(), timeout=SELFTEST_TIMEOUT_S,
                            stdout=subprocess.PIPE, text=True)
    # a windowed build on Windows has no standard output: its report is in the file
    print(report.read_text("utf-8") if report.is_file() else result.stdout)
    print(f"self-test took {time.monotonic() - started:.1f} s, exit code {result.returncode}")
    return result.returncode


def measure_startup(executable: Path, runs: int) -> list[float] | None:
    """Wall-clock seconds from launch until the window is shown and the app has
    quit, per run; None when a run failed."""
    times = []
    for _ in range(runs):
        started = time.monotonic()
        result = subprocess.run([str(executable), "--selftest", "--startup-only"],
                                env=frozen_env(), timeout=300, stdout=subprocess.PIPE, text=True)
        times.append(time.monotonic() - started)
        print(result.stdout.strip().splitlines()[-2] if result.stdout.strip() else "(no report)")
        if result.returncode != 0:
            return None
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-build", action="store_true", help="use the bundle already built")
    parser.add_argument("--no-package", action="store_true", help="do not make the Linux tarball")
    parser.add_argument("--jit-kernels", action="store_true",
                        help="ship numba (kernels compiled on the first solve) instead of compiled kernels")
    parser.add_argument("--selftest", action="store_true", help="run the built app's --selftest")
    parser.add_argument("--seconds", type=float, default=10.0, help="solve time of the self-test")
    parser.add_argument("--selftest-language", action="append", default=[], metavar="CODE",
                        help="with --selftest, run it once more in this shipped language (repeatable)")
    parser.add_argument("--startup-runs", type=int, default=0,
                        help="launch the built app N times and report its start-up time")
    args = parser.parse_args(argv)

    meta = read_app_meta()
    if not args.skip_build:
        elapsed = build_aot_kernels(not args.jit_kernels)
        if not args.jit_kernels:
            print(f"kernels compiled ahead of time in {elapsed:.0f} s")
        elapsed = run_pyinstaller()
        print(f"PyInstaller finished in {elapsed:.0f} s")
    bundle = bundle_path(meta)
    executable = executable_path(meta)
    if not executable.is_file():
        print(f"no built application at {executable}", file=sys.stderr)
        return 1
    if sys.platform.startswith("linux") and not args.skip_build and shutil.which("strip"):
        print(f"libpython stripped: {megabytes(strip_python_library(bundle))} less")
    print(f"bundle: {bundle} ({megabytes(folder_size(bundle))})")
    if sys.platform.startswith("linux") and not args.no_package:
        tarball = make_linux_tarball(meta)
        print(f"tarball: {tarball} ({megabytes(tarball.stat().st_size)})")
    status = 0
    if args.selftest:  # first: a first start compiles the solver's kernels into the cache
        status = run_selftest(executable, args.seconds)
        for language in args.selftest_language:
            status = status or run_selftest(executable, min(args.seconds, 3.0), language)
    if args.startup_runs:
        times = measure_startup(executable, args.startup_runs)
        if times is None:
            print("the application did not start", file=sys.stderr)
            return 1
        print("start-up (launch, window shown, quit): " + ", ".join(f"{t:.2f} s" for t in times))
    return status


if __name__ == "__main__":
    sys.exit(main())
