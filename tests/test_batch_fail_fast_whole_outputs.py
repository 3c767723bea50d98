"""--fail-fast and the outputs written whole at the end of a run (``-o a.json``, ``-o
a.docx``, ``-o all.jsonl``): a run whose first failure is its last file stopped nothing,
and writes its output as a run without --fail-fast does (a one-letter record made of other
bytes is removed, not left to pass for this letter's); a run that stops before its end
writes nothing, and says that the file there is left as it was before the run, not this
run's records."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import run, write_letters
from summary import summary_count

FAIL_FAST = [pytest.param([], id="without"), pytest.param(["--fail-fast"], id="fail-fast")]


@pytest.mark.parametrize("flags", FAIL_FAST)
def test_one_letter_that_fails_removes_its_stale_record_with_or_without_fail_fast(
    tmp_path: Path, flags: list[str]
) -> None:
    (letter,) = write_letters(tmp_path / "in", ["a.txt"])
    out = tmp_path / "a.json"
    assert run("extract", str(letter), "-o", str(out), "-q")[0] == 0
    letter.write_bytes(b"")  # the letter as it is now: no record can be made of it
    code, _, stderr = run("extract", str(letter), "-o", str(out), *flags)
    assert code == 1
    assert not out.exists()
    assert f"replyparse: 1 file failed; {out} was removed" in stderr
    assert "stopped at the first failure" not in stderr


@pytest.mark.parametrize("flags", FAIL_FAST)
def test_a_jsonl_run_failing_at_its_last_file_is_written(tmp_path: Path, flags: list[str]) -> None:
    """The failure last in input order (one worker): nothing was left to stop."""
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    (tmp_path / "in" / "c.txt").write_bytes(b"")
    out = tmp_path / "all.jsonl"
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(out), "-j", "1", *flags)
    assert code == 1
    assert len(out.read_bytes().splitlines()) == 2
    assert summary_count(stderr, "failed") == 1
    assert "not done" not in stderr and f"output: {out}\n" in stderr


def test_a_stopped_jsonl_run_says_the_earlier_file_is_left_as_it_was(tmp_path: Path) -> None:
    """A file of an earlier run stays untouched (Ctrl-C and a full disk leave it alike), and
    the closing note says it is not this run's, not only that this run wrote nothing."""
    write_letters(tmp_path / "in", ["a.txt", "b.txt", "c.txt"])
    out = tmp_path / "all.jsonl"
    assert run("extract", str(tmp_path / "in"), "-o", str(out), "-q")[0] == 0
    earlier = out.read_bytes()
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(out), "-j", "1", "--fail-fast")
    assert code == 1
    assert "stopped at the first failure" in stderr
    assert out.read_bytes() == earlier
    assert (
        f"{out} was not written: what is there is left as it was before this run, not this "
        "run's records; it is written whole at the end of a run, so a rerun starts over"
    ) in stderr


def test_a_stopped_one_letter_run_says_the_earlier_record_is_left_as_it_was(
    tmp_path: Path,
) -> None:
    """A path that cannot be read stops a --fail-fast run before any parsing: the letter's
    record of an earlier run stays as it was, and the note says it is not this run's."""
    (letter,) = write_letters(tmp_path / "in", ["a.txt"])
    out = tmp_path / "a.json"
    assert run("extract", str(letter), "-o", str(out), "-q")[0] == 0
    listing = tmp_path / "list.txt"
    listing.write_text(f"{tmp_path / 'gone.txt'}\n{letter}\n", encoding="utf-8")
    code, _, stderr = run("extract", "--files-from", str(listing), "-o", str(out), "--fail-fast")
    assert code == 1
    assert out.exists()
    assert f"{out} was not written: what is there is left as it was before this run" in stderr
