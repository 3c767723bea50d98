"""Import cost: ``import replyparse`` and ``replyparse --help`` load nothing heavy.

Each case runs in a fresh interpreter and lists the modules it ended with; a module that
should have stayed unloaded fails the case. (Timings belong to ``scripts/bench.py``.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES

HEAVY = [
    "replyparse.parser",
    "replyparse.model",
    "replyparse.fields",
    "replyparse.layout",
    "replyparse.pipeline",
    "replyparse.readers",
    "pydantic",
    "jieba",
    "rjieba",
    "docx",
    "pdfplumber",
]

REPORT = "import json, sys; print(json.dumps(sorted(sys.modules)))"

HELP = """
import sys
from replyparse.cli import main
sys.argv = ["replyparse", *ARGS]
try:
    main()
except SystemExit as exc:
    assert exc.code in (0, None), exc.code
"""

# Typer builds a command's options with Pydantic's TypeAdapter (typer >= 0.2x), so a
# command's own help loads the pydantic library, though none of our models.
TYPER_LOADS = ["pydantic"]

# Each command's module is imported when that command runs (replyparse.cli.app.COMMANDS).
COMMAND_MODULES = {
    name: f"replyparse.cli.{name}" for name in ["extract", "validate", "rules", "render"]
}

# Help is plain Click help (the app's rich_markup_mode=None): rich and its Markdown
# parser cost more to import than the rest of --help together.
HELP_HEAVY = [*HEAVY, "rich", "typer.rich_utils", "markdown_it"]

CASES = [
    pytest.param("import replyparse", HEAVY, id="import"),
    pytest.param("import replyparse.cli", [*HEAVY, *COMMAND_MODULES.values()], id="import-cli"),
    pytest.param(
        HELP.replace("ARGS", "['--help']"), [*HELP_HEAVY, *COMMAND_MODULES.values()], id="help"
    ),
    *(
        pytest.param(
            HELP.replace("ARGS", f"[{command!r}, '--help']"),
            [
                *(m for m in HELP_HEAVY if m not in TYPER_LOADS),
                *(module for name, module in COMMAND_MODULES.items() if name != command),
            ],
            id=f"{command}-help",
        )
        for command in ["extract", "validate", "schema"]
    ),
]


def _modules_after(code: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\n{REPORT}"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    modules: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return modules


@pytest.mark.parametrize(("code", "unwanted"), CASES)
def test_nothing_heavy_is_loaded(code: str, unwanted: list[str]) -> None:
    modules = _modules_after(code)
    loaded = [m for m in modules for u in unwanted if m == u or m.startswith(u + ".")]
    assert loaded == []


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("parse_text", "replyparse.parser"),
        ("parse_file", "replyparse.pipeline"),
        ("Letter", "replyparse.model"),
        ("InputError", "replyparse.errors"),
        ("ReplyparseError", "replyparse.errors"),
    ],
)
def test_public_names_load_on_first_use(name: str, module: str) -> None:
    code = f"from replyparse import {name}\nassert {name}.__module__ == {module!r}"
    assert module in _modules_after(code)


def test_every_public_name_is_listed() -> None:
    import replyparse

    for name in replyparse.__all__:
        assert name in dir(replyparse)
        assert getattr(replyparse, name) is not None


def test_unknown_name_is_an_attribute_error() -> None:
    import replyparse

    with pytest.raises(AttributeError, match="no_such_name"):
        replyparse.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_a_parse_with_rjieba_never_imports_jieba() -> None:
    """jieba's files serve (the IDF table), its code is the fallback only: ``import jieba``
    alone costs about 0.1 s (its HMM tables and ``pkg_resources``)."""
    pytest.importorskip("rjieba", reason="without rjieba, jieba is the segmenter")
    sample = SAMPLES / "s01_zhengxie_weiyuan.txt"
    code = f"from replyparse import parse_file\nassert parse_file({str(sample)!r}).keywords"
    modules = _modules_after(code)
    assert "rjieba.rjieba" in modules
    assert [m for m in modules if m == "jieba" or m.startswith("jieba.")] == []


def test_lazy_names_are_typed_for_users(tmp_path: Path) -> None:
    """A user's type checker sees the real signatures (py.typed, TYPE_CHECKING imports):
    a wrong use is an error, where an untyped ``Any`` would let it pass."""
    pytest.importorskip("mypy", reason="mypy is a dev dependency")
    user = tmp_path / "user.py"
    user.write_text(
        "from replyparse import Letter, parse_file, parse_text\n"
        "letter: Letter = parse_file('a.txt')\n"
        "wrong: int = parse_text('')\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            str(user),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert (
        'user.py:3: error: Incompatible types in assignment (expression has type "Letter"'
        in done.stdout
    )
    assert "user.py:2" not in done.stdout


@pytest.mark.parametrize("out", [None, "records/"], ids=["stdout", "folder"])
def test_extract_to_json_loads_no_table_writers(tmp_path: Path, out: str | None) -> None:
    """A run to standard output or a folder of JSON files never opens the SQLite archive
    or the CSV tables: the command does without their modules (and sqlite3's, csv's)."""
    sample = SAMPLES / "s01_zhengxie_weiyuan.txt"
    args = ["extract", str(sample), "--quiet", *(["-o", str(tmp_path / out)] if out else [])]
    modules = _modules_after(HELP.replace("ARGS", repr(args)))
    assert [m for m in modules if m.startswith("replyparse.tables")] == []
    if out:
        assert (tmp_path / out / "s01_zhengxie_weiyuan.json").is_file()


def test_validate_loads_no_segmenter() -> None:
    """validate skips the keywords (no rule reads them): checking a letter, as a worker
    of ``replyparse validate`` does, loads no segmenter and no IDF table."""
    sample = SAMPLES / "s01_zhengxie_weiyuan.txt"
    code = (
        "from replyparse.batch.work import Task\n"
        "from replyparse.config import Policy\n"
        "from replyparse.limits import DEFAULT_LIMITS\n"
        "from replyparse.validate_run import ValidateWork\n"
        f"checked = ValidateWork(Policy(), DEFAULT_LIMITS, '-')(Task({str(sample)!r}))\n"
        "assert checked.read, checked\n"
        "from replyparse import nlp\n"
        "assert nlp.idf_table.cache_info().currsize == 0, 'the IDF table was loaded'\n"
    )
    modules = _modules_after(code)
    assert "replyparse.parser" in modules, "validate did not parse"
    assert [m for m in ["rjieba", "rjieba.rjieba", "jieba"] if m in modules] == []


def test_a_text_letter_loads_no_web_page_reader_and_no_logging() -> None:
    """Reading a plain-text letter sniffs for a web page without the HTML reader (its
    ``html.parser`` and ``html.entities``), and a parse that logs nothing never imports
    :mod:`logging`."""
    pytest.importorskip("rjieba", reason="jieba, the fallback, imports logging itself")
    sample = SAMPLES / "s01_zhengxie_weiyuan.txt"
    code = f"from replyparse import parse_file\nassert parse_file({str(sample)!r}).keywords"
    modules = _modules_after(code)
    assert "replyparse.parser" in modules
    unwanted = ["replyparse.readers.html", "html.parser", "html.entities", "logging"]
    assert [m for m in unwanted if m in modules] == []
