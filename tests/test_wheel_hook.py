"""The wheel's build hook (``hatch_build.py``): pure without ``REPLYPARSE_MYPYC=1``; with it,
the modules of ``scripts/compile.py`` compiled in a copy and put in the wheel, or a failed
build. mypyc itself is stood in for (a compile takes minutes: ``make wheel``); the wheels
are built by hatchling for real. ``test_compiled_wheel_end_to_end`` compiles, and runs
only when ``REPLYPARSE_TEST_WHEEL=1`` asks."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import sysconfig
import tempfile
import tomllib
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("hatchling", reason="the dev dependencies install hatchling")

from hatchling.builders.sdist import SdistBuilder
from hatchling.builders.wheel import WheelBuilder

ROOT = Path(__file__).resolve().parent.parent
EXT = sysconfig.get_config_var("EXT_SUFFIX")


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hatch_build = _load("hatch_build", ROOT / "hatch_build.py")
compile_script = hatch_build.compile_script(ROOT)


class FakeMypyc:
    """Stands in for ``python -m mypyc``: records the files it was given and leaves what
    mypyc leaves (an extension beside each, its shared library, a ``build`` folder), or
    fails as mypyc does."""

    def __init__(self, *, fails: bool = False) -> None:
        self.fails = fails
        self.calls: list[tuple[list[str], Path, dict[str, str]]] = []

    def __call__(self, command: list[str], *, cwd: Path, env: dict[str, str], **_: Any) -> Any:
        files = [arg for arg in command if arg.endswith(".py")]
        self.calls.append((files, Path(cwd), dict(env)))
        if self.fails:
            return subprocess.CompletedProcess(command, 1, "", "error: a compile error\n")
        for file in files:
            Path(cwd, file).with_suffix(EXT).write_bytes(b"\x7fELF")
        Path(cwd, "src", f"0123abcd__mypyc{EXT}").write_bytes(b"\x7fELF")
        Path(cwd, "build").mkdir()
        return subprocess.CompletedProcess(command, 0, "", "")


@pytest.fixture
def mypyc(monkeypatch: pytest.MonkeyPatch) -> FakeMypyc:
    fake = FakeMypyc()
    monkeypatch.setattr(compile_script.subprocess, "run", fake)
    return fake


def _wheel(tmp_path: Path) -> zipfile.ZipFile:
    (built,) = WheelBuilder(str(ROOT)).build(directory=str(tmp_path), versions=["standard"])
    return zipfile.ZipFile(built)


def _extensions(names: list[str]) -> list[str]:
    return sorted(name for name in names if name.endswith((".so", ".pyd")))


@pytest.mark.parametrize("value", [None, "", "0"])
def test_wheel_is_pure_unless_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mypyc: FakeMypyc, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv(hatch_build.ASK, raising=False)
    else:
        monkeypatch.setenv(hatch_build.ASK, value)
    wheel = _wheel(tmp_path)
    assert Path(wheel.filename).name.endswith("-py3-none-any.whl")
    assert _extensions(wheel.namelist()) == []
    assert "Root-Is-Purelib: true" in wheel.read("replyparse-0.1.0.dist-info/WHEEL").decode()
    assert mypyc.calls == []
    assert WheelBuilder(str(ROOT)).config.dependencies == []


def test_asked_wheel_holds_the_compile_scripts_modules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mypyc: FakeMypyc
) -> None:
    monkeypatch.setenv(hatch_build.ASK, "1")
    monkeypatch.setenv("PYTHONPATH", "/the/frontends/overlay")
    wheel = _wheel(tmp_path)
    (call,) = mypyc.calls
    # the build frontend's environment, which shows mypyc the build's own mypy
    assert call[2]["PYTHONPATH"] == "/the/frontends/overlay"
    assert call[0] == [f"src/replyparse/{name}.py" for name in compile_script.MODULES]
    names = wheel.namelist()
    expected = [f"replyparse/{name}{EXT}" for name in compile_script.MODULES]
    assert _extensions(names) == sorted([*expected, f"0123abcd__mypyc{EXT}"])
    # every module's source stays beside its extension
    assert {f"replyparse/{name}.py" for name in compile_script.MODULES} <= set(names)
    tag = Path(wheel.filename).name.split("-", 2)[2]
    assert not tag.startswith("py3-none-any"), tag
    assert "Root-Is-Purelib: false" in wheel.read("replyparse-0.1.0.dist-info/WHEEL").decode()
    # compiled in a copy, removed after the build: nothing in src/, nothing left behind
    work = call[1]
    assert not work.exists()
    assert not [p for p in (ROOT / "src").rglob("*") if p.suffix in (".so", ".pyd")]


def test_asked_build_requires_mypy_and_the_projects_dependencies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(hatch_build.ASK, "1")
    needs = WheelBuilder(str(ROOT)).config.dependencies
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert needs[: len(hatch_build.BUILD_REQUIRES)] == hatch_build.BUILD_REQUIRES
    assert set(project["dependencies"]) <= set(needs)
    assert SdistBuilder(str(ROOT)).config.dependencies == []


def test_a_failed_compile_fails_the_wheel_and_keeps_its_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compile_script.subprocess, "run", FakeMypyc(fails=True))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv(hatch_build.ASK, "1")
    with pytest.raises(compile_script.CompileError, match="a compile error") as failed:
        _wheel(tmp_path / "dist")
    (log,) = tmp_path.glob("replyparse-mypyc-*/copy/build.log")
    assert str(log) in str(failed.value)
    assert not list(tmp_path.glob("dist/*.whl"))


def test_a_compile_that_makes_no_extension_fails_the_wheel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compile_script, "MODULES", [])
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(
        compile_script.subprocess, "run", lambda cmd, *, cwd, **_: _only_build_folder(cmd, cwd)
    )
    monkeypatch.setenv(hatch_build.ASK, "1")
    with pytest.raises(RuntimeError, match="no extension"):
        _wheel(tmp_path / "dist")


def _only_build_folder(command: list[str], cwd: Path) -> Any:
    Path(cwd, "build").mkdir()
    return subprocess.CompletedProcess(command, 0, "", "")


def test_an_unknown_value_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(hatch_build.ASK, "yes")
    with pytest.raises(ValueError, match="REPLYPARSE_MYPYC='yes'"):
        _wheel(tmp_path)


def test_editable_install_and_sdist_are_never_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mypyc: FakeMypyc
) -> None:
    monkeypatch.setenv(hatch_build.ASK, "1")
    hooks = WheelBuilder(str(ROOT)).get_build_hooks(str(tmp_path))
    build_data: dict[str, Any] = {"force_include": {}}
    hooks["custom"].initialize("editable", build_data)  # as `pip install -e .` would
    assert build_data == {"force_include": {}}
    (sdist,) = SdistBuilder(str(ROOT)).build(directory=str(tmp_path))
    assert Path(sdist).name == "replyparse-0.1.0.tar.gz"
    assert mypyc.calls == []


def test_every_compiled_module_exists_once() -> None:
    modules = compile_script.MODULES
    assert len(set(modules)) == len(modules)
    missing = [m for m in modules if not (ROOT / "src/replyparse" / f"{m}.py").is_file()]
    assert missing == []


def test_the_wheel_hook_is_configured_for_the_wheel_alone() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    targets = config["tool"]["hatch"]["build"]["targets"]
    assert targets["wheel"]["hooks"]["custom"]["path"] == "hatch_build.py"
    assert "hooks" not in targets.get("sdist", {})
    assert "hooks" not in config["tool"]["hatch"]["build"]


# --- end to end -------------------------------------------------------------------


@pytest.mark.wheel
@pytest.mark.skipif(
    os.environ.get("REPLYPARSE_TEST_WHEEL") != "1",
    reason="compiles the wheel (4-9 minutes, a C compiler, the package index): "
    "REPLYPARSE_TEST_WHEEL=1 runs it",
)
def test_compiled_wheel_end_to_end(tmp_path: Path) -> None:
    """``make wheel``'s command, the wheel installed into a fresh venv, its extensions
    imported, and ``extract samples/`` giving the pure package's records byte for byte."""
    # no PYTHONPATH: one naming src/ would have the venv import the source, not the wheel
    bare = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp_path / "dist", ROOT],
        check=True,
        env={**bare, hatch_build.ASK: "1"},
    )
    (wheel,) = (tmp_path / "dist").glob("replyparse-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True, env=bare)
    subprocess.run([venv / "bin/python", "-m", "pip", "install", "-q", wheel], check=True, env=bare)
    where = subprocess.run(
        [venv / "bin/python", "-c", "import replyparse.parser as p; print(p.__file__)"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=bare,
    ).stdout.strip()
    assert where.startswith(str(venv)) and where.endswith(EXT), where
    compiled, pure = tmp_path / "compiled", tmp_path / "pure"
    subprocess.run(
        [venv / "bin/replyparse", "extract", ROOT / "samples", "-o", compiled, "--quiet"],
        check=True,
        env=bare,
    )
    subprocess.run(
        [sys.executable, "-m", "replyparse", "extract", ROOT / "samples", "-o", pure, "--quiet"],
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    records = sorted(p.relative_to(pure) for p in pure.rglob("*.json"))
    assert records
    assert sorted(p.relative_to(compiled) for p in compiled.rglob("*.json")) == records
    changed = [r for r in records if (pure / r).read_bytes() != (compiled / r).read_bytes()]
    assert changed == [], json.dumps([str(r) for r in changed])
