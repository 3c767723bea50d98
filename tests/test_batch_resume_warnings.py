"""A rerun into an output folder or a database counts, in its summary's warning rows,
the warnings of every letter the output holds for its files: those it finds unchanged
(as the manifest keeps them: a ``warnings`` list in a folder's manifest, the diagnostics
rows in a database), and each one it parses, each once. Before, the rows counted only the
letters parsed in that run, so a resumed run lost the warnings of those the earlier run
had done, and a rerun with nothing changed but one letter showed that letter's only.

The unchanged letters' warnings have rows of their own, ``warning CODE (records
unchanged)`` (cli76): counted in the plain rows, a resumed run's summary said its one new
letter had the whole archive's warnings, as if this run had found them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers import flat, run


def _letter(salutation: str, number: str) -> str:
    return (
        f"某县水务局\n{number}\n关于加固某河堤防建议的答复\n{salutation}\n"
        "  您提出的关于加固堤防的建议收悉，现答复如下。\n"
        "  一、今年汛前完成巡查。\n  二、明年安排加固资金。\n"
        "  感谢您对水务工作的关心和支持。\n某县水务局\n2021年6月5日\n"
    )


TIDY = _letter("张某代表：", "某水函〔2021〕3号")
COLON = _letter("李某代表:", "某水函〔2021〕4号")  # salutation-colon
BOTH = _letter("王某代表:", "某水函[2021]5号")  # salutation-colon, doc-number-format


def _rows(stderr: str) -> dict[str, int]:
    """The warning rows, each code's this run's and its unchanged records' added up."""
    counts: dict[str, int] = {}
    for m in re.finditer(r"warning ([a-z-]+)(?: \(records unchanged\))? (\d+)", flat(stderr)):
        counts[m[1]] = counts.get(m[1], 0) + int(m[2])
    return counts


def _this_runs(stderr: str) -> dict[str, int]:
    """The rows of the letters this run parsed, alone."""
    return {m[1]: int(m[2]) for m in re.finditer(r"warning ([a-z-]+) (\d+)", flat(stderr))}


def _unchanged(stderr: str) -> dict[str, int]:
    """The rows of the records found unchanged since the last run."""
    found = re.finditer(r"warning ([a-z-]+) \(records unchanged\) (\d+)", flat(stderr))
    return {m[1]: int(m[2]) for m in found}


@pytest.mark.parametrize("out", ["OUT/", "a.db"])
def test_a_rerun_counts_the_warnings_of_unchanged_letters_once(tmp_path: Path, out: str) -> None:
    shelf = tmp_path / "IN"
    shelf.mkdir()
    (shelf / "a.txt").write_text(COLON, encoding="utf-8")
    (shelf / "b.txt").write_text(TIDY, encoding="utf-8")
    args = ("extract", str(shelf), "-o", str(tmp_path / out), "-j", "1")
    code, _, stderr = run(*args)
    assert code == 0
    assert _rows(stderr) == {"salutation-colon": 1}
    # a new letter (as after an interrupted run): the earlier letter's warning is kept
    (shelf / "c.txt").write_text(BOTH, encoding="utf-8")
    code, _, stderr = run(*args)
    assert code == 0
    assert "1 to parse, 2 unchanged" in flat(stderr)
    assert _rows(stderr) == {"salutation-colon": 2, "doc-number-format": 1}
    # what this run found, apart from what the earlier run's records hold
    assert _this_runs(stderr) == {"salutation-colon": 1, "doc-number-format": 1}
    assert _unchanged(stderr) == {"salutation-colon": 1}
    # the warned letter changed and parsed again: counted once, not twice
    (shelf / "c.txt").write_text(BOTH + "\n", encoding="utf-8")
    code, _, stderr = run(*args)
    assert "1 to parse, 2 unchanged" in flat(stderr)
    assert _rows(stderr) == {"salutation-colon": 2, "doc-number-format": 1}
    assert _unchanged(stderr) == {"salutation-colon": 1}
    # mended: its warnings go with the mend
    (shelf / "c.txt").write_text(TIDY.replace("3号", "5号"), encoding="utf-8")
    code, _, stderr = run(*args)
    assert _rows(stderr) == {"salutation-colon": 1}
    assert (_this_runs(stderr), _unchanged(stderr)) == ({}, {"salutation-colon": 1})


def test_the_folder_manifest_keeps_each_letters_warnings(tmp_path: Path) -> None:
    shelf = tmp_path / "IN"
    shelf.mkdir()
    (shelf / "a.txt").write_text(BOTH, encoding="utf-8")
    (shelf / "b.txt").write_text(TIDY, encoding="utf-8")
    run("extract", str(shelf), "-o", str(tmp_path / "OUT"), "-j", "1")
    lines = (tmp_path / "OUT" / ".replyparse-manifest.jsonl").read_text("utf-8").splitlines()
    kept = {Path(e["source"]).name: sorted(e["warnings"]) for e in map(json.loads, lines)}
    assert kept == {"a.txt": ["doc-number-format", "salutation-colon"], "b.txt": []}


# must not match: what holds no warning, and a manifest written before they were kept


def test_tidy_letters_show_no_warning_rows_on_a_rerun(tmp_path: Path) -> None:
    shelf = tmp_path / "IN"
    shelf.mkdir()
    (shelf / "a.txt").write_text(TIDY, encoding="utf-8")
    args = ("extract", str(shelf), "-o", str(tmp_path / "OUT"), "-j", "1")
    run(*args)
    (shelf / "b.txt").write_text(TIDY.replace("3号", "6号"), encoding="utf-8")
    code, _, stderr = run(*args)
    assert code == 0
    assert _rows(stderr) == {}


def test_an_older_manifest_without_warnings_still_resumes(tmp_path: Path) -> None:
    shelf = tmp_path / "IN"
    shelf.mkdir()
    (shelf / "a.txt").write_text(COLON, encoding="utf-8")
    args = ("extract", str(shelf), "-o", str(tmp_path / "OUT"), "-j", "1")
    run(*args)
    manifest = tmp_path / "OUT" / ".replyparse-manifest.jsonl"
    old = [json.loads(line) for line in manifest.read_text("utf-8").splitlines()]
    for entry in old:
        entry.pop("warnings")
    manifest.write_text("".join(json.dumps(e) + "\n" for e in old), encoding="utf-8")
    (shelf / "b.txt").write_text(TIDY, encoding="utf-8")
    code, _, stderr = run(*args)
    assert code == 0
    assert "1 to parse, 1 unchanged" in flat(stderr)  # still known as done
    assert _rows(stderr) == {}  # its warnings were never recorded
