"""File systems that ignore case (macOS, Windows, a USB stick's exFAT) take ``A.txt`` and
``a.txt`` for one name, and macOS also takes ``é`` written as one character or as ``e``
and an accent for one.

Two things went wrong there. A letter named twice in two spellings (``a.txt A.txt``,
or ``archive ARCHIVE/a.txt``) is one file on such a system, but the walk compared the
paths as typed: it was read twice and written as two records (``a.json`` and
``a.txt.json``). And output names were compared case-folded but not in one Unicode
form, so two letters whose names differ only in how an accent is written got two
record names that are one file on a Mac: the second record replaced the first. Now a
file met again under another spelling is read once (told, as a file named twice is),
and output names are compared as such a file system compares them
(:func:`replyparse.paths.folded`). A case-blind file system is simulated on Linux by a
hard link under the other spelling (one file, two spellings, as the Mac shows it) and a
listing that, as the Mac's, holds one of them (``case_blind``); without it, the two
links are what Linux has: two entries, two letters.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

import replyparse.discover
from helpers import flat, run, write_letters
from replyparse.batch.plan import plan_outputs
from replyparse.discover import InputFile
from replyparse.manifest import Manifest
from replyparse.paths import folded

NFC = unicodedata.normalize("NFC", "café")
NFD = unicodedata.normalize("NFD", "café")


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def case_blind(here: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``here``, its folders listing each name in one spelling, as a case-blind file
    system lists them (:func:`replyparse.discover.listed_apart`)."""
    monkeypatch.setattr(replyparse.discover, "listed_apart", lambda one, two: False)
    return here


def test_a_file_named_in_two_spellings_is_read_once(case_blind: Path) -> None:
    write_letters(case_blind, ["in/a.txt"])
    os.link("in/a.txt", "in/A.txt")  # what a case-blind file system shows: one file
    code, _, stderr = run("extract", "in/a.txt", "in/A.txt", "-o", "out/", "--no-keywords")
    assert code == 0, stderr
    assert "note: in/A.txt: the same file as in/a.txt, named before it; read once" in flat(stderr)
    assert "clash" not in stderr
    assert [p.name for p in Path("out").rglob("*.json")] == ["a.json"]


@pytest.mark.parametrize("out", ["out/", "archive.db"])
def test_a_rerun_naming_a_letter_in_other_case_finds_it_done(case_blind: Path, out: str) -> None:
    """``extract Archive/`` one day and ``extract archive/`` the next, on a Mac: the
    second run keyed every letter anew, took each for new and each record for another
    source's, and wrote the archive again beside itself (``a.txt.json``)."""
    write_letters(case_blind, ["in/a.txt"])
    os.link("in/a.txt", "in/A.txt")
    code, _, stderr = run("extract", "in/A.txt", "-o", out, "--no-keywords")
    assert code == 0, stderr
    code, _, stderr = run("extract", "in/a.txt", "-o", out, "--no-keywords")
    assert code == 0, stderr
    assert "nothing to do: 1 file unchanged since the last run" in flat(stderr)
    if out == "out/":
        assert [p.name for p in Path("out").rglob("*.json")] == ["A.json"]


def test_a_rerun_naming_another_file_in_other_case_reads_it(here: Path) -> None:
    # must not match: two files whose names differ in case alone, on Linux, are two
    write_letters(here, ["in/a.txt", "in/b.txt"])
    os.rename("in/b.txt", "in/A.txt")
    assert run("extract", "in/A.txt", "-o", "out/", "--no-keywords")[0] == 0
    code, _, stderr = run("extract", "in/a.txt", "-o", "out/", "--no-keywords")
    assert code == 0, stderr
    assert sorted(p.name for p in Path("out").rglob("*.json")) == ["A.json", "a.txt.json"]


def test_two_entries_one_walk_meets_are_both_read(here: Path) -> None:
    # must not match: no case-blind file system lists both names in one folder; where
    # one does (two links of one file on Linux), each is an entry of its own, and read
    write_letters(here, ["in/a.txt"])
    os.link("in/a.txt", "in/A.txt")
    code, _, stderr = run("extract", "in", "-o", "out/", "--no-keywords")
    assert code == 0, stderr
    assert sorted(p.name for p in Path("out").rglob("*.json")) == ["A.json", "a.txt.json"]


LINKS_ON_LINUX = {
    "named": ["in/a.txt", "in/A.txt"],
    "folders named": ["in", "IN"],
}


@pytest.mark.parametrize("inputs", LINKS_ON_LINUX.values(), ids=LINKS_ON_LINUX.keys())
def test_two_links_in_two_spellings_on_linux_are_two_letters(here: Path, inputs: list[str]) -> None:
    # must not match: a file system that tells case apart lists both names, two entries
    # of one file, each a letter as any two links are (so they were before the fold)
    write_letters(here, ["in/a.txt"])
    os.mkdir("IN")
    os.link("in/a.txt", "in/A.txt" if inputs[0] == "in/a.txt" else "IN/a.txt")
    code, _, stderr = run("extract", *inputs, "-o", "out/", "--no-keywords")
    assert code == 0, stderr
    assert "same file" not in stderr
    assert len(list(Path("out").rglob("*.json"))) == 2


def test_a_rerun_naming_the_other_link_on_linux_reads_it(here: Path) -> None:
    # must not match: the link the manifest names is still listed beside it, its own entry
    write_letters(here, ["in/a.txt"])
    os.link("in/a.txt", "in/A.txt")
    assert run("extract", "in/A.txt", "-o", "out/", "--no-keywords")[0] == 0
    code, _, stderr = run("extract", "in/a.txt", "-o", "out/", "--no-keywords")
    assert code == 0, stderr
    assert sorted(p.name for p in Path("out").rglob("*.json")) == ["A.json", "a.txt.json"]


NAMES = {
    "case": ["A.txt", "a.txt"],
    "accent in two forms": [f"{NFC}.txt", f"{NFD}.txt"],
    "folders in other case": ["X/b.txt", "x/b.txt"],
    "case and form": [f"{NFC.upper()}.txt", f"{NFD}.txt"],
}


@pytest.mark.parametrize("names", NAMES.values(), ids=NAMES.keys())
def test_output_names_stay_apart_where_case_and_form_are_ignored(names: list[str]) -> None:
    outputs, renamed = plan_outputs([InputFile(n, n) for n in names])
    assert len({folded(name) for name in outputs}) == len(names), outputs
    assert [r.wanted for r in renamed] == [os.path.splitext(names[1])[0] + ".json"]


def test_names_that_differ_otherwise_keep_their_own() -> None:
    # must not match: other letters, other names
    names = ["a.txt", "b.txt", f"{NFC}.txt", "cafe.txt"]
    outputs, renamed = plan_outputs([InputFile(n, n) for n in names])
    assert outputs == ["a.json", "b.json", f"{NFC}.json", "cafe.json"]
    assert renamed == []


def test_a_record_in_the_other_form_is_no_stray(tmp_path: Path) -> None:
    """``--prune`` removes the records no source names, names compared as the planner
    compares them: the record of ``café`` a Mac wrote in its form is the one named."""
    (tmp_path / f"{NFD}.json").write_text("{}", encoding="utf-8")
    (tmp_path / "other.json").write_text("{}", encoding="utf-8")
    assert Manifest(tmp_path).strays({f"{NFC}.json"}, ".json") == ["other.json"]


FOLDS = {
    "ascii": ("ReadMe.TXT", "readme.txt"),
    "sharp s": ("Straße.txt", folded("STRASSE.txt")),
    "accent": (NFC.upper(), folded(NFD)),
}


@pytest.mark.parametrize(("name", "same"), FOLDS.values(), ids=FOLDS.keys())
def test_folded_names(name: str, same: str) -> None:
    assert folded(name) == folded(same)
