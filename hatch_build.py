"""The wheel's build hook: the parser compiled by mypyc, when ``REPLYPARSE_MYPYC=1`` asks.

    REPLYPARSE_MYPYC=1 python -m build --wheel     # make wheel: the compiled wheel
    python -m build --wheel                        # the pure-Python wheel, as without a hook

As mypy's ``MYPY_USE_MYPYC``: with the variable, the wheel (not the sdist, not an editable
install) carries an extension for each module ``scripts/compile.py`` compiles (its
``MODULES``, the one list), beside every module's ``.py``, and is tagged for this
interpreter and platform. The modules are compiled in a temporary copy of the package
(``compile.compile_copy``), never in ``src/``, where an extension left behind would run in
place of the edited ``.py`` beside it. A compile that fails fails the build: a wheel asked
to be compiled is never quietly the pure one.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from hatchling.builders.config import BuilderConfig
from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ASK = "REPLYPARSE_MYPYC"
"""The variable that asks for the compiled wheel (``1``; unset, empty or ``0``: pure)."""

BUILD_REQUIRES = ["mypy==2.4.1", "setuptools>=65"]
"""What the compile needs besides the project's own dependencies (mypy type-checks the
modules against them, pydantic's plugin included): the mypy the compiled build was last
checked with (``make test-compiled``), and setuptools, which mypyc builds through."""

_COMPILE_SCRIPT = "replyparse_compile_script"


def asked() -> bool:
    """Whether ``REPLYPARSE_MYPYC`` asks for the compiled wheel."""
    value = os.environ.get(ASK, "").strip()
    if value not in ("", "0", "1"):
        raise ValueError(f"{ASK}={value!r}: 1 compiles the wheel, 0 or unset builds it pure")
    return value == "1"


def compile_script(root: str | Path) -> ModuleType:
    """``scripts/compile.py`` of the project at ``root``, loaded once (it is no package)."""
    loaded = sys.modules.get(_COMPILE_SCRIPT)
    path = Path(root, "scripts", "compile.py").resolve()
    if loaded is not None and Path(loaded.__file__ or "") == path:
        return loaded
    spec = importlib.util.spec_from_file_location(_COMPILE_SCRIPT, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[_COMPILE_SCRIPT] = module
    spec.loader.exec_module(module)
    return module


class MypycBuildHook(BuildHookInterface[BuilderConfig]):
    PLUGIN_NAME = "custom"

    def _compiles(self, version: str = "standard") -> bool:
        return self.target_name == "wheel" and version != "editable" and asked()

    def dependencies(self) -> list[str]:
        if not self._compiles():
            return []
        return [*BUILD_REQUIRES, *self.metadata.core.dependencies]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if not self._compiles(version):
            return
        work = Path(tempfile.mkdtemp(prefix="replyparse-mypyc-"))
        # The build frontend's environment as it is: its PYTHONPATH is what shows this
        # interpreter the build's own mypy (pip's isolated build). A failed compile raises
        # here and keeps the folder, whose build.log the error names.
        extensions = compile_script(self.root).compile_copy(work / "copy", os.environ)
        if not extensions:
            raise RuntimeError(f"mypyc made no extension (its log: {work / 'copy/build.log'})")
        self._work = work
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        for extension in extensions:
            build_data["force_include"][str(extension)] = extension.relative_to(
                work / "copy" / "src"
            ).as_posix()

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
