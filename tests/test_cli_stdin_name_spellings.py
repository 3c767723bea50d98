"""Standard input's name, one spelling for both commands, and how its failures are told.

- ``extract --stdin-name`` and ``validate --stdin-filename`` named one thing two ways:
  both commands now show ``--stdin-name``, and take ``--stdin-filename`` (the linters'
  spelling) as a hidden alias; a message about it spells it as it was typed;
- a failure of standard input was told as ``error: -: …``: now by the name
  ``--stdin-name`` gives it, or as ``standard input``, and ``errors.jsonl`` lists it
  under its record's name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import SAMPLES, flat, run, write_letters

COMMANDS = ["extract", "validate"]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_one_spelling(command: str) -> None:
    code, stdout, _ = run(command, "--help")
    assert code == 0
    assert "--stdin-name NAME" in stdout
    assert "--stdin-filename" not in stdout


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("option", ["--stdin-name", "--stdin-filename"])
def test_either_spelling_names_standard_input(command: str, option: str) -> None:
    given = SAMPLES[0].read_bytes() if command == "extract" else b""  # (validate: a finding)
    code, stdout, stderr = run(command, "-", option, "drafts/甲.txt", stdin=given)
    if command == "extract":
        assert code == 0, stderr
        assert json.loads(stdout)["source"]["path"] == "drafts/甲.txt"
    else:
        assert code == 1, stderr
        assert stdout.startswith("drafts/甲.txt: error: unreadable: empty: "), stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_two_names_for_standard_input_are_refused(command: str) -> None:
    code, stdout, stderr = run(
        command, "-", "--stdin-name", "a.txt", "--stdin-filename", "b.txt", stdin="x"
    )
    assert (code, stdout) == (2, "")
    assert flat(stderr).endswith(
        "Invalid value for '--stdin-name': --stdin-name a.txt and --stdin-filename b.txt both "
        "name standard input (they are one option): give one name"
    )


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("option", ["--stdin-name", "--stdin-filename"])
def test_a_message_spells_the_option_as_typed(tmp_path: Path, command: str, option: str) -> None:
    (letter,) = write_letters(tmp_path, ["a.txt"])
    code, _, stderr = run(command, option, "x.txt", str(letter))
    assert code == 2
    told = flat(stderr)
    assert f"Invalid value for '{option}': {option} x.txt names the letter" in told
    assert f"leave {option} out" in told
    other = ({"--stdin-name", "--stdin-filename"} - {option}).pop()
    assert other not in told


def test_a_failure_of_standard_input_is_told_by_its_name(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, stderr = run("extract", "-", "-o", f"{out}/", "--stdin-name", "2031/丙", stdin="")
    assert code == 1
    assert "error: 2031/丙: empty: nothing was piped or typed into it (stage: read)" in stderr
    assert "error: -:" not in stderr
    listed = json.loads((out / "errors.jsonl").read_text(encoding="utf-8"))
    assert listed["source"] == "2031/丙"
