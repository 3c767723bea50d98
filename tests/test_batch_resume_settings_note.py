"""A rerun with other settings (``--format``, ``--no-text``, ``--no-keywords``, another
version) parses every unchanged file again, as it must, but said nothing of why: a user
who only added ``--no-text`` saw ``25 to parse, 0 unchanged`` and no reason. Now a note
names what changed. Letters here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import flat, run, write_letters
from replyparse.batch.plan import settings_change

CHANGES = [
    pytest.param(
        "replyparse 1.0; format=json; text=yes",
        "replyparse 1.0; format=json; text=no",
        "text=yes, now text=no",
        id="text",
    ),
    pytest.param(
        "replyparse 0.9; format=json; text=yes",
        "replyparse 1.0; format=json; text=yes",
        "replyparse 0.9, now replyparse 1.0",
        id="version",
    ),
    pytest.param(
        "replyparse 1.0; format=json; text=yes; keywords=no",
        "replyparse 1.0; format=json; text=yes",
        "keywords=no, now keywords=yes",
        id="keywords-left-unsaid",
    ),
]


@pytest.mark.parametrize(("old", "new", "said"), CHANGES)
def test_settings_change_names_only_what_differs(old: str, new: str, said: str) -> None:
    assert settings_change(old, new) == said


def test_a_rerun_with_other_settings_says_why_it_parses_again(tmp_path: Path) -> None:
    write_letters(tmp_path / "IN", ["a.txt", "b.txt"])
    args = ("extract", str(tmp_path / "IN"), "-o", str(tmp_path / "OUT"), "-j", "1")
    assert run(*args)[0] == 0
    code, _, stderr = run(*args, "--no-text")
    assert code == 0
    assert (
        "note: 2 unchanged files had their output made with other settings "
        "(text=yes, now text=no): parsed again"
    ) in flat(stderr)
    # must not match: the same settings again, nothing to say
    code, _, stderr = run(*args, "--no-text")
    assert code == 0
    assert "other settings" not in stderr
