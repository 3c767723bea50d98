"""The ``replyparse`` application as a whole: help, version, shell completion, import cost.

The commands themselves are tested in ``test_cli.py`` (extract), ``test_validate.py``
and ``test_rules.py``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib.metadata import version

import pytest
import shellingham
import typer

from helpers import ROOT, load_script, python_output
from helpers import run as invoke
from replyparse.cli import app
from replyparse.cli.app import COMMANDS as APP_COMMANDS

COMMANDS = [[], ["extract"], ["schema"], ["validate"], ["rules"], ["render"]]
"""Every command, as the words that name it (the root first)."""


def command_id(words: list[str]) -> str:
    return " ".join(words) or "replyparse"


def test_the_command_list_is_complete() -> None:
    group = typer.main.get_group(app)
    assert sorted(group.commands) == sorted(words[0] for words in COMMANDS if words)


@pytest.mark.parametrize("name", list(APP_COMMANDS))
def test_the_listed_summary_is_the_commands_own(name: str) -> None:
    """The root's list shows each command's summary without building the command: it is
    written out in the table, and must stay its help's first line."""
    command = typer.main.get_group(app).commands[name]
    assert command.name == name
    assert (command.help or "").split("\n\n")[0].strip() == APP_COMMANDS[name][1]


def test_the_root_help_lists_what_the_commands_would_list() -> None:
    """The list the root writes from the table is the one Click writes from the commands
    themselves, at a width that shortens some summaries."""
    group = typer.main.get_group(app)
    eager = typer.core.TyperGroup(name="replyparse", rich_markup_mode=None)
    for name in group.commands:
        eager.add_command(group.commands[name], name)
    lists = []
    for root in (group, eager):
        ctx = typer.Context(root, terminal_width=50, max_content_width=50)
        formatter = ctx.make_formatter()
        root.format_commands(ctx, formatter)
        lists.append(formatter.getvalue())
    assert "..." in lists[0]
    assert lists[0] == lists[1]


def test_an_unknown_command_is_suggested_a_listed_one() -> None:
    code, _, stderr = invoke("extrct")
    assert code == 2
    assert "No such command 'extrct'. Did you mean 'extract'?" in stderr


# --- help ----------------------------------------------------------------------------


@pytest.mark.parametrize("words", COMMANDS, ids=command_id)
def test_dash_h_is_help_everywhere(words: list[str]) -> None:
    long = invoke(*words, "--help")
    short = invoke(*words, "-h")
    assert long[0] == 0
    assert "Usage: replyparse" in long[1]
    assert short == long


@pytest.mark.parametrize("words", COMMANDS, ids=command_id)
def test_help_shows_every_help_text_whole(words: list[str]) -> None:
    """No text is taken for markup: each option's help appears as written, brackets and
    all (``[default: CPU count]`` was once printed as ``Worker processes .``)."""
    command = typer.main.get_command(app)
    for word in words:
        command = command.commands[word]  # type: ignore[attr-defined]
    _, stdout, _ = invoke(*words, "--help")
    shown = " ".join(stdout.split())
    helps = [p.help for p in command.params if getattr(p, "help", None)]
    helps.append((command.help or "").split("\n\n")[0])
    for text in helps:
        assert " ".join(text.split()) in shown


def test_extract_help_keeps_the_bracketed_default() -> None:
    _, stdout, _ = invoke("extract", "--help")
    assert "Worker processes [default: CPU count], at most" in " ".join(stdout.split())


def test_help_imports_no_parser_model_or_jieba() -> None:
    """Help (and completion, which runs the same code) must stay fast: no parser, no
    record models, no jieba, for any command."""
    code = (
        "import sys\n"
        "from replyparse.cli import main\n"
        f"for words in {COMMANDS!r}:\n"
        "    sys.argv = ['replyparse', *words, '--help']\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit as exc:\n"
        "        assert exc.code == 0, (words, exc.code)\n"
        "heavy = ['replyparse.parser', 'replyparse.model', 'jieba']\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    assert python_output(code).splitlines()[-1] == "[]"


def test_the_package_still_exports_its_api_lazily() -> None:
    code = (
        "import sys, replyparse\n"
        "assert 'replyparse.parser' not in sys.modules\n"
        "from replyparse import parse_text, Letter\n"
        "print(type(parse_text('张某代表：')) is Letter)\n"
    )
    assert python_output(code) == "True\n"


def test_an_unknown_package_attribute_is_an_attribute_error() -> None:
    import replyparse

    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        replyparse.nope  # noqa: B018


# --- version -------------------------------------------------------------------------


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag: str) -> None:
    assert invoke(flag) == (0, f"replyparse {version('replyparse')}\n", "")


def test_version_comes_before_a_command() -> None:
    code, stdout, _ = invoke("--version", "extract", "nothing-here.txt")
    assert (code, stdout) == (0, f"replyparse {version('replyparse')}\n")


# --- shell completion ----------------------------------------------------------------


def test_help_offers_completion_install() -> None:
    _, stdout, _ = invoke("--help")
    assert "--install-completion" in stdout
    assert "--show-completion" in stdout


COMPLETIONS = [
    pytest.param("replyparse va", 1, ["validate"], id="command"),
    pytest.param("replyparse validate --for", 2, ["--format"], id="option"),
    pytest.param(
        "replyparse validate --format ", 3, ["text", "json", "github", "sarif"], id="choice"
    ),
    pytest.param(
        "replyparse rules section-o",
        2,
        ["section-order", "section-out-of-sequence"],
        id="rule-code",
    ),
    pytest.param("replyparse validate --ignore missing-t", 3, ["missing-title"], id="ignore-code"),
]


@pytest.mark.parametrize(("words", "cword", "expected"), COMPLETIONS)
def test_bash_completion(words: str, cword: int, expected: list[str]) -> None:
    env = {
        **os.environ,
        "_REPLYPARSE_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(cword),
    }
    done = subprocess.run(
        [sys.executable, "-c", "from replyparse.cli import main; main()"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(done.stdout.split()) == sorted(expected)


def test_show_completion_prints_a_bash_script(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--show-completion`` is a flag that prints the script of the shell it detects
    (typer asks shellingham, which walks the process's parents): the ``bash`` after it is
    not read. The shell is given here, so the case no longer depends on the processes the
    tests run under (it failed with ``Shell  not supported.`` where none was found)."""
    monkeypatch.setattr(shellingham, "detect_shell", lambda *a, **k: ("bash", "/bin/bash"))
    code, stdout, stderr = invoke("--show-completion")
    assert code == 0, (stdout, stderr)
    assert re.search(r"complete .*-F _replyparse_completion replyparse", stdout), (stdout, stderr)


# --- README: generated reference, the sample record -------------------------------------

README = ROOT / "README.md"


def test_readme_generated_parts_are_current() -> None:
    """As sqlite-utils does with cog: the README's CLI reference, rule table and validate
    example are what ``make readme`` writes today."""
    reference = load_script("cli_reference")
    current = README.read_text(encoding="utf-8")
    assert reference.render(current) == current, "README.md is stale: run `make readme`"


def test_readme_reference_holds_every_commands_help() -> None:
    current = README.read_text(encoding="utf-8")
    for words in COMMANDS:
        name = " ".join(["replyparse", *words])
        assert f"#### `{name}`\n\n```text\nUsage: {name} " in current


def test_the_generator_refuses_a_readme_without_markers() -> None:
    reference = load_script("cli_reference")
    with pytest.raises(RuntimeError, match="no <!-- cli-reference:start/end --> markers"):
        reference.render("# a README with no markers\n")


def trimmed_from(shown: object, real: object) -> bool:
    """Whether ``shown`` is ``real`` with keys and list items left out, nothing changed."""
    if isinstance(shown, dict):
        return isinstance(real, dict) and all(
            k in real and trimmed_from(v, real[k]) for k, v in shown.items()
        )
    if isinstance(shown, list):
        if not isinstance(real, list):
            return False
        rest = iter(real)
        return all(any(trimmed_from(item, r) for r in rest) for item in shown)
    return shown == real


TRIMS = [
    pytest.param({"a": 1}, {"a": 1, "b": 2}, True, id="key-left-out"),
    pytest.param({"a": 2}, {"a": 1}, False, id="value-changed"),
    pytest.param({"c": 1}, {"a": 1}, False, id="key-invented"),
    pytest.param([{"x": 1}, {"x": 3}], [{"x": 1}, {"x": 2}, {"x": 3}], True, id="items-left-out"),
    pytest.param([{"x": 3}, {"x": 1}], [{"x": 1}, {"x": 2}, {"x": 3}], False, id="items-reordered"),
]


@pytest.mark.parametrize(("shown", "real", "expected"), TRIMS)
def test_trimmed_from(shown: object, real: object, expected: bool) -> None:
    assert trimmed_from(shown, real) is expected


def test_readme_sample_record_is_a_trimmed_real_record() -> None:
    current = README.read_text(encoding="utf-8")
    match = re.search(r"<!-- sample-record: (\S+) -->\n```json\n(.*?)```", current, re.DOTALL)
    assert match, "README.md has no sample record"
    sample, block = match.groups()
    code, stdout, stderr = invoke("extract", "--no-text", str(ROOT / sample))
    assert code == 0, stdout + stderr
    shown, real = json.loads(block), json.loads(stdout)
    assert len(shown) >= 10
    assert trimmed_from(shown, real)
    assert f"replyparse extract --no-text {sample}\n" in current


# --- leaving the process (replyparse.cli.run) ---------------------------------------------

RUN = """
import atexit, sys, threading, time
import importlib
cli_app = importlib.import_module("replyparse.cli.app")  # the module, not its Typer app

class Kept:
    def __del__(self):
        print("teardown", flush=True)

kept = Kept()  # freed by a normal exit's teardown, never by an early one
atexit.register(lambda: print("exit handler", flush=True))
{setup}
sys.argv = ["replyparse", *{args!r}]
cli_app.run()
"""


def leave(args: list[str], setup: str = "") -> subprocess.CompletedProcess[str]:
    code = RUN.format(setup=setup, args=args)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


LEAVING = [
    # (args, setup, status, what standard output ends with)
    pytest.param(["--version"], "", 0, "exit handler", id="done-early"),
    pytest.param(["validate", "--no-such-option"], "", 2, "exit handler", id="usage-status-kept"),
    pytest.param(
        ["--version"],
        "cli_app.main = lambda: sys.exit('stopped: a message')",
        1,
        "teardown",
        id="message-status-normal-exit",
    ),
    pytest.param(
        ["--version"],
        "threading.Thread(target=lambda: (time.sleep(0.3), print('thread', flush=True))).start()",
        0,
        "teardown",
        id="running-thread-normal-exit",
    ),
]


@pytest.mark.parametrize(("args", "setup", "status", "last"), LEAVING)
def test_run_leaves_early_only_when_an_exit_would_end_the_same(
    args: list[str], setup: str, status: int, last: str
) -> None:
    """After the command, exit handlers run and the status is the command's; the
    teardown (here a ``__del__``) is skipped, unless the exit could then differ: a status
    that is a message (printed, status 1), a thread still running (waited for)."""
    done = leave(args, setup)
    assert done.returncode == status, done.stderr
    lines = done.stdout.splitlines()
    assert "exit handler" in done.stdout
    assert lines[-1] == last
    assert ("teardown" in lines) == (last == "teardown")
    if "thread" in setup:
        assert "thread" in lines
    if "message" in setup:
        assert "stopped: a message" in done.stderr


def test_python_m_and_the_script_run_the_program() -> None:
    """Both entries go through :func:`run`, which a test of ``main`` would not show, by
    way of :mod:`replyparse.entry`, which loads the command line itself."""
    main_module = (ROOT / "src" / "replyparse" / "__main__.py").read_text(encoding="utf-8")
    assert "from replyparse.entry import run" in main_module
    assert "run()" in main_module
    scripts = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'replyparse = "replyparse.entry:run"' in scripts


INTERRUPTED_WHILE_LOADING = """
import runpy, sys

class Interrupting:  # Ctrl-C as Typer loads: before any command handles the signal
    def find_spec(self, name, path=None, target=None):
        if name == "typer":
            raise KeyboardInterrupt
        return None

sys.meta_path.insert(0, Interrupting())
sys.argv = ["replyparse", "--version"]
runpy.run_module("replyparse", run_name="__main__")
"""


def test_a_ctrl_c_while_the_command_line_loads_exits_130_quietly() -> None:
    """Not the traceback of whichever module was loading, nor a death by the signal:
    the status of an interrupted run, and one line saying so, as a run stopped says it."""
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPTED_WHILE_LOADING],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stderr, done.stdout) == (
        130,
        "replyparse: interrupted (Ctrl-C) while starting: nothing was read or written\n",
        "",
    )
