"""With the output folder inside an input, the walk reads the folder's manifest (the
records it names are the run's own, not listed as skipped), and the run resumes from
what it read: the manifest is read once, not a second time to resume. Read before the
output's lock is taken, it is read again when another run changed it in between."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import run, write_letters
from replyparse.manifest import MANIFEST_NAME, Entry, Manifest
from summary import summary_count


def count_lines_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A counter of the manifest lines read (each load reads every line)."""
    seen = [0]
    from_line = Entry.from_line

    def counted(line: str) -> Entry | None:
        seen[0] += 1
        return from_line(line)

    monkeypatch.setattr(Entry, "from_line", staticmethod(counted))
    return seen


@pytest.mark.parametrize("inside", [True, False], ids=["inside", "outside"])
def test_a_rerun_reads_the_manifest_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, inside: bool
) -> None:
    archive = tmp_path / "archive"
    write_letters(archive, ["a.txt", "b.txt", "2021/c.txt"])
    out = archive / "out" if inside else tmp_path / "out"
    assert run("extract", str(archive), "-o", str(out), "-j", "1")[0] == 0
    seen = count_lines_read(monkeypatch)
    code, _, stderr = run("extract", str(archive), "-o", str(out), "-j", "1")
    assert code == 0
    assert summary_count(stderr, "unchanged since the last run") == 3
    assert seen[0] == 3  # one line a letter, read once


def test_a_manifest_changed_since_it_was_read_is_read_again(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    out = tmp_path / "out"
    assert run("extract", str(tmp_path / "in"), "-o", str(out), "-j", "1")[0] == 0
    manifest = Manifest(out)
    manifest.load()
    assert len(manifest.entries) == 2
    path = out / MANIFEST_NAME
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text(lines[0], encoding="utf-8")  # another run rewrote it in between
    manifest.load()
    assert len(manifest.entries) == 1
    path.unlink()
    manifest.load()
    assert manifest.entries == {}


def test_an_unchanged_manifest_is_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    out = tmp_path / "out"
    assert run("extract", str(tmp_path / "in"), "-o", str(out), "-j", "1")[0] == 0
    seen = count_lines_read(monkeypatch)
    manifest = Manifest(out)
    manifest.load()
    manifest.load()
    assert seen[0] == 2
    assert len(manifest.entries) == 2
