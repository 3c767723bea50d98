"""A Ctrl-C at the edges of a batch run into an output folder or a database.

As the output is made and locked (the folder may be there already): the first Ctrl-C
asks the run to stop, as it does later, and the run ends in its summary (what was done,
how to finish), not in a bare ``interrupted``. A second Ctrl-C while the files are
classified ends the same way. A second Ctrl-C during the run's last writes (the manifest
compacted, ``errors.jsonl``, ``skipped.jsonl``, the summary) waits for them: they are
finished, in step, and the run says so; the manifest is written atomically and put on
disk before it replaces the old one. Letters are invented (:func:`helpers.write_letters`).
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from helpers import run, write_letters
from replyparse.batch.folder import OutputLock
from replyparse.batch.ledger import Ledger
from replyparse.batch.pool import Stop, stop_signals
from replyparse.manifest import MANIFEST_NAME, Manifest
from replyparse.writers import TMP_PREFIX, atomic_write
from summary import summary_count

LETTERS = 6
WAITED = "note: Ctrl-C again while the run wrote its manifest and lists: they were finished first"
OUTPUTS = [pytest.param("out/", id="folder"), pytest.param("out.db", id="database")]


def _letters(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write_letters(folder, [f"letter-{i}.txt" for i in range(LETTERS)])
    (folder / "empty.txt").write_bytes(b"")  # fails: errors.jsonl lists it
    (folder / "notes.md").write_text("not a letter\n", encoding="utf-8")  # skipped
    return folder


def _ctrl_c(times: int = 1) -> None:
    for _ in range(times):
        os.kill(os.getpid(), signal.SIGINT)


def _no_temporary_files(folder: Path) -> None:
    assert not [p for p in folder.rglob("*") if p.name.startswith(TMP_PREFIX)]


def _whole_manifest(out: Path) -> dict[str, Any]:
    """The manifest's lines, every one whole JSON ending in a newline."""
    raw = (out / MANIFEST_NAME).read_text(encoding="utf-8")
    assert raw.endswith("\n")
    entries = [json.loads(line) for line in raw.splitlines()]
    return {entry["source"]: entry for entry in entries}


# --- as the output is locked -------------------------------------------------------------


@pytest.mark.parametrize("output", OUTPUTS)
def test_ctrl_c_as_the_output_is_locked_ends_in_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str
) -> None:
    letters = _letters(tmp_path)
    out = tmp_path / output
    if output.endswith("/"):
        out.mkdir()  # there already, from an earlier run
    acquire = OutputLock.acquire

    def acquired_then_ctrl_c(self: OutputLock) -> None:
        acquire(self)
        _ctrl_c()

    monkeypatch.setattr(OutputLock, "acquire", acquired_then_ctrl_c)
    code, _, stderr = run("extract", str(letters), "-o", str(out), "-j", "1")
    assert code == 130, stderr
    assert "note: stopping (Ctrl-C): no file is started" in stderr
    assert "replyparse extract: interrupted" in stderr
    assert summary_count(stderr, "not done (rerun to finish)") == LETTERS + 1
    assert "keeps what is done: rerun the same command to finish" in stderr
    assert "replyparse: interrupted (Ctrl-C)\n" not in stderr  # (the bare line of before)
    monkeypatch.undo()
    code, _, stderr = run("extract", str(letters), "-o", str(out), "-j", "1")
    assert code == 1, stderr  # (empty.txt fails)
    assert summary_count(stderr, "parsed") == LETTERS


def test_a_second_ctrl_c_while_the_files_are_classified_ends_in_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letters = _letters(tmp_path)
    out = tmp_path / "out"
    classify = Ledger.classify

    def classified_after_two(self: Ledger) -> Any:
        _ctrl_c(2)  # (the second raises where it lands: a long classification cut short)
        return classify(self)

    monkeypatch.setattr(Ledger, "classify", classified_after_two)
    code, _, stderr = run("extract", str(letters), "-o", f"{out}/", "-j", "1")
    assert code == 130, stderr
    assert "replyparse extract: interrupted" in stderr
    assert summary_count(stderr, "not done (rerun to finish)") == LETTERS + 1
    assert "rerun the same command to finish" in stderr
    _no_temporary_files(out)


# --- the last writes ---------------------------------------------------------------------


def _ctrl_c_in_the_last_compaction(monkeypatch: pytest.MonkeyPatch, times: int) -> None:
    """Ctrl-C ``times`` as the run's end compacts the manifest (the call that orders it
    by the inputs; the one as the run starts orders nothing)."""
    compact = Manifest.compact

    def compacted(self: Manifest, order: Iterable[str] = ()) -> None:
        order = list(order)
        if order:
            _ctrl_c(times)
        compact(self, order)

    monkeypatch.setattr(Manifest, "compact", compacted)


def test_ctrl_c_twice_during_the_last_writes_waits_for_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every file done when the two Ctrl-Cs come: the run ends as it would have."""
    letters = _letters(tmp_path)
    out = tmp_path / "out"
    _ctrl_c_in_the_last_compaction(monkeypatch, 2)
    code, _, stderr = run("extract", str(letters), "-o", f"{out}/", "-j", "1")
    assert code == 1, stderr  # (empty.txt failed; the rest is done)
    assert WAITED in stderr
    assert stderr.index(WAITED) < stderr.index("replyparse extract")
    assert summary_count(stderr, "parsed") == LETTERS
    entries = _whole_manifest(out)
    assert len(entries) == LETTERS + 1
    failed = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [Path(f["source"]).name for f in failed] == ["empty.txt"]
    skipped = [json.loads(line) for line in (out / "skipped.jsonl").read_text().splitlines()]
    assert [Path(s["path"]).name for s in skipped] == ["notes.md"]
    _no_temporary_files(out)


def test_a_second_ctrl_c_in_the_last_writes_of_a_stopped_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first Ctrl-C as the run starts, the second as it writes its manifest: the
    summary says how to finish, the manifest is whole, and the rerun finishes."""
    letters = _letters(tmp_path)
    out = tmp_path / "out"
    import replyparse.batch.run as batch_run

    make_tasks = batch_run.make_tasks

    def tasks_after_ctrl_c(*args: Any, **kwargs: Any) -> Any:
        _ctrl_c()
        return make_tasks(*args, **kwargs)

    monkeypatch.setattr(batch_run, "make_tasks", tasks_after_ctrl_c)
    _ctrl_c_in_the_last_compaction(monkeypatch, 1)
    code, _, stderr = run("extract", str(letters), "-o", f"{out}/", "-j", "1")
    assert code == 130, stderr
    assert WAITED in stderr
    assert summary_count(stderr, "not done (rerun to finish)") == LETTERS + 1
    assert "rerun the same command to finish" in stderr
    _no_temporary_files(out)
    monkeypatch.undo()
    code, _, stderr = run("extract", str(letters), "-o", f"{out}/", "-j", "1")
    assert code == 1, stderr
    assert summary_count(stderr, "parsed") == LETTERS
    assert len(_whole_manifest(out)) == LETTERS + 1


def test_a_shielded_block_takes_a_second_ctrl_c_without_raising() -> None:
    stop = Stop()
    with stop_signals(stop):
        _ctrl_c()  # the first asks the stop
        assert stop.requested and not stop.again
        with stop.shielded():
            _ctrl_c()  # the second waits for the block
        assert stop.again
        with pytest.raises(KeyboardInterrupt):
            _ctrl_c()  # outside it, the second abandons as before


# --- the manifest's write ----------------------------------------------------------------


def test_the_manifest_is_on_disk_before_it_replaces_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps: list[str] = []
    fsync, replace = os.fsync, os.replace

    def synced(fd: int) -> None:
        steps.append("fsync")
        fsync(fd)

    def replaced(src: Any, dst: Any) -> None:
        steps.append(f"replace {Path(dst).name}")
        replace(src, dst)

    monkeypatch.setattr(os, "fsync", synced)
    monkeypatch.setattr(os, "replace", replaced)
    manifest = Manifest(tmp_path)
    (tmp_path / MANIFEST_NAME).write_text("torn", encoding="utf-8")  # damaged: compacted
    manifest.load()
    manifest.compact()
    assert steps == ["fsync", f"replace {MANIFEST_NAME}"]


def test_an_atomic_write_cut_short_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / MANIFEST_NAME
    target.write_bytes(b'{"old": 1}\n')

    def cut(src: Any, dst: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", cut)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, b'{"new": 1}\n', durable=True)
    assert target.read_bytes() == b'{"old": 1}\n'
    _no_temporary_files(tmp_path)
