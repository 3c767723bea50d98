"""An output that stays true to the archive across runs, through the real command line:
one record per source whatever the runs' command lines, no record left for a letter that
now fails, standard input never replacing a letter unasked, letter ids that do not depend
on the workers. Output folders and databases alike (``kind``)."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from helpers import SAMPLES, flat, run, write_letters
from replyparse.batch.plan import plan_outputs
from replyparse.discover import InputFile
from replyparse.manifest import MANIFEST_NAME
from replyparse.model import Letter
from replyparse.tables.outputs import ArchiveWriter
from summary import summary_count

T = TypeVar("T")

KINDS = [pytest.param("folder", id="folder"), pytest.param("database", id="database")]


def _target(tmp_path: Path, kind: str) -> str:
    return f"{tmp_path / 'out'}/" if kind == "folder" else str(tmp_path / "archive.db")


def _records(target: str) -> dict[str, str]:
    """Every record an output holds, by its name there: the record's ``source.path``."""
    if target.endswith("/"):
        root = Path(target)
        return {
            p.relative_to(root).as_posix(): json.loads(p.read_text(encoding="utf-8"))["source"][
                "path"
            ]
            for p in sorted(root.rglob("*.json"))
        }
    with contextlib.closing(sqlite3.connect(target)) as db:
        return dict(db.execute('SELECT "name" || \'.json\', "path" FROM letters ORDER BY id'))


def _manifest(target: str) -> dict[str, tuple[str, str]]:
    """The manifest's entries: each source's output name and status."""
    if target.endswith("/"):
        lines = (Path(target) / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
        entries = [json.loads(line) for line in lines]
        return {e["source"]: (e["output"], e["status"]) for e in entries}
    with contextlib.closing(sqlite3.connect(target)) as db:
        rows = db.execute("SELECT source, output, status FROM files")
        return {source: (output, status) for source, output, status in rows}


def _one_record_per_source(target: str) -> None:
    """Every record is the one its source's entry names, and no source has two."""
    records = _records(target)
    named = {output for output, status in _manifest(target).values() if status == "ok"}
    assert set(records) == named
    assert len(set(records.values())) == len(records), records


def _letter(path: str) -> Letter:
    """A bare letter read from ``path``: enough for the tables."""
    return Letter.model_validate({"source": {"path": path, "format": "txt"}})


@contextlib.contextmanager
def _archive(path: Path) -> Iterator[ArchiveWriter]:
    writer = ArchiveWriter(path)
    try:
        yield writer
    finally:
        writer.close(True)


# --- one record per source ---------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_deleting_one_of_two_clashing_letters_leaves_one_record(tmp_path: Path, kind: str) -> None:
    """a.htm and a.txt clash (a.json, a.txt.json); with a.htm deleted, a.txt keeps the
    record it has, and --prune removes a.htm's: no second record of a.txt appears."""
    made = write_letters(tmp_path / "in", ["a.htm", "a.txt", "b.txt"])
    target = _target(tmp_path, kind)
    assert run("extract", str(tmp_path / "in"), "-o", target, "-q")[0] == 0
    assert set(_records(target)) == {"a.json", "a.txt.json", "b.json"}
    made[0].unlink()

    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", target, "--prune")
    assert code == 0, stderr
    assert summary_count(stderr, "pruned (source gone)") == 1
    assert set(_records(target)) == {"a.txt.json", "b.json"}
    _one_record_per_source(target)
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", target)
    assert stderr.startswith("replyparse: nothing to do: 2 files unchanged"), stderr


@pytest.mark.parametrize("kind", KINDS)
def test_a_letter_listed_from_elsewhere_updates_its_one_record(
    tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``extract in`` names in/001.txt's record 001.json; ``--files-from`` listing
    in/001.txt is the same source and updates that record, not a second in/001.json."""
    monkeypatch.chdir(tmp_path)
    made = write_letters(tmp_path / "in", ["001.txt", "002.txt"])
    (tmp_path / "list.txt").write_text("in/001.txt\n", encoding="utf-8")
    target = _target(tmp_path, kind)
    assert run("extract", "in", "-o", target, "-q")[0] == 0
    made[0].write_text(made[1].read_text(encoding="utf-8"), encoding="utf-8")  # changed

    code, _, stderr = run("extract", "--files-from", "list.txt", "-o", target)
    assert code == 0, stderr
    assert summary_count(stderr, "parsed") == 1
    assert _records(target) == {"001.json": "in/001.txt", "002.json": "in/002.txt"}
    _one_record_per_source(target)


@pytest.mark.parametrize("kind", KINDS)
def test_runs_over_two_folders_into_one_output_keep_both_letters(tmp_path: Path, kind: str) -> None:
    """2021/x.txt and 2022/x.txt, each run on its own into one output: the second takes
    another name instead of overwriting the first's record (and a rerun of either is
    unchanged, rather than each overwriting the other in turn)."""
    write_letters(tmp_path / "2021", ["x.txt"], seed=1)
    write_letters(tmp_path / "2022", ["x.txt"], seed=2)
    target = _target(tmp_path, kind)
    assert run("extract", str(tmp_path / "2021"), "-o", target, "-q")[0] == 0
    code, _, stderr = run("extract", str(tmp_path / "2022"), "-o", target)
    assert code == 0
    assert (
        f"output name clash: {tmp_path / '2022' / 'x.txt'} is written to x.txt.json (x.json "
        f"is taken by {tmp_path / '2021' / 'x.txt'}, written by an earlier run)"
    ) in stderr
    assert set(_records(target)) == {"x.json", "x.txt.json"}
    _one_record_per_source(target)
    for year in ("2021", "2022"):
        stderr = run("extract", str(tmp_path / year), "-o", target)[2]
        assert stderr.startswith("replyparse: nothing to do: 1 file unchanged"), stderr


@pytest.mark.parametrize("kind", KINDS)
def test_prune_removes_records_no_source_names(tmp_path: Path, kind: str) -> None:
    """A record the manifest does not know (a second record of a source, left by an
    older replyparse) is removed by --prune, and only by --prune."""
    write_letters(tmp_path / "in", ["a.txt"])
    target = _target(tmp_path, kind)
    assert run("extract", str(tmp_path / "in"), "-o", target, "-q")[0] == 0
    if kind == "folder":
        (tmp_path / "out" / "a.txt.json").write_bytes((tmp_path / "out" / "a.json").read_bytes())
        (tmp_path / "out" / "notes.txt").write_text("kept", encoding="utf-8")
    else:
        with _archive(tmp_path / "archive.db") as writer:
            letter = _letter("in/a.txt")
            writer.archive.write(letter, "a.txt")
    assert set(_records(target)) == {"a.json", "a.txt.json"}
    assert run("extract", str(tmp_path / "in"), "-o", target, "-q")[0] == 0
    assert set(_records(target)) == {"a.json", "a.txt.json"}  # not asked to prune

    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", target, "--prune")
    assert code == 0
    assert summary_count(stderr, "pruned (named by no source)") == 1
    assert set(_records(target)) == {"a.json"}
    if kind == "folder":
        assert (tmp_path / "out" / "notes.txt").exists()  # not a record


def test_prune_never_removes_a_letter_the_run_reads(tmp_path: Path) -> None:
    """Reports (.docx) of letters kept inside the output folder are inputs, not strays."""
    out = tmp_path / "out"
    write_letters(out / "letters", ["a.txt"])
    (out / "letters" / "b.docx").write_bytes(b"not really a report")
    code, _, stderr = run(
        "extract", str(out / "letters"), "-o", f"{out}/", "--format", "docx", "--prune", "-q"
    )
    assert code == 1, stderr  # b.docx is no Word file
    assert (out / "letters" / "b.docx").exists()
    assert (out / "a.docx").exists()


# --- a letter that now fails ---------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "damage", [pytest.param(b"", id="emptied"), pytest.param(b"\x00\x01\x02" * 50, id="binary")]
)
def test_a_letter_that_now_fails_loses_its_record(tmp_path: Path, kind: str, damage: bytes) -> None:
    made = write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    target = _target(tmp_path, kind)
    assert run("extract", str(tmp_path / "in"), "-o", target, "-q")[0] == 0
    made[0].write_bytes(damage)

    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", target)
    assert code == 1
    # a database holds no file a.json: its letter a is named, and where it was
    earlier = "output a.json" if kind == "folder" else f"letter a in {target}"
    assert f"{made[0]} now fails: its earlier {earlier} was removed" in stderr
    assert summary_count(stderr, "earlier outputs removed (now failing)") == 1
    assert set(_records(target)) == {"b.json"}
    assert _manifest(target)[str(made[0])] == ("a.json", "failed")
    errors = tmp_path / ("out/errors.jsonl" if kind == "folder" else "archive.errors.jsonl")
    assert json.loads(errors.read_text(encoding="utf-8"))["source"] == str(made[0])

    made[0].write_bytes(made[1].read_bytes())  # mended: the record comes back
    assert run("extract", str(tmp_path / "in"), "-o", target, "-q")[0] == 0
    assert set(_records(target)) == {"a.json", "b.json"}


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_outputs_written_whole_hold_no_record_of_a_failing_letter(tmp_path: Path, fmt: str) -> None:
    made = write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    target = str(tmp_path / ("all.jsonl" if fmt == "jsonl" else "tables"))
    args = ("extract", str(tmp_path / "in"), "-o", target, "--format", fmt, "-q")
    assert run(*args)[0] == 0
    made[0].write_bytes(b"")
    assert run(*args)[0] == 1
    if fmt == "jsonl":
        lines = Path(target).read_text(encoding="utf-8").splitlines()
        assert [json.loads(line)["source"]["path"] for line in lines] == [str(made[1])]
    else:
        with open(Path(target) / "letters.csv", encoding="utf-8-sig", newline="") as fh:
            names = [row["name"] for row in __import__("csv").DictReader(fh)]
        assert names == ["b"]


# --- a letter that fails now, unchanged since its record was made ------------------------


def _entry(target: str, source: Path) -> dict[str, Any]:
    """The manifest's entry of ``source``: the line's fields, or the ``files`` row's."""
    if target.endswith("/"):
        lines = (Path(target) / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
        return {e["source"]: e for e in map(json.loads, lines)}[str(source)]
    with contextlib.closing(sqlite3.connect(target)) as db:
        db.row_factory = sqlite3.Row
        return dict(db.execute("SELECT * FROM files WHERE source = ?", (str(source),)).fetchone())


def _held(target: str, name: str) -> Any:
    """What an output holds of the letter ``name``: its record's bytes, or its rows."""
    if target.endswith("/"):
        return (Path(target) / f"{name}.json").read_bytes()
    with contextlib.closing(sqlite3.connect(target)) as db:
        return list(db.execute("SELECT * FROM letters WHERE name = ?", (name,)))


@pytest.mark.parametrize("kind", KINDS)
def test_a_letter_failing_unchanged_keeps_its_record(tmp_path: Path, kind: str) -> None:
    """a.txt touched (the same bytes, a new time) fails under a lowered limit: the
    record made of those bytes stays, the failure is told and listed all the same, and
    the entry says the record was kept; a.txt's next good run writes it again."""
    made = write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    target = _target(tmp_path, kind)
    assert run("extract", str(tmp_path / "in"), "-o", target, "-q")[0] == 0
    before = _held(target, "a")
    st = made[0].stat()
    os.utime(made[0], ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))

    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", target, "--max-chars", "10")
    assert code == 1, stderr
    assert f"error: {made[0]}: " in stderr
    earlier = "record a.json" if kind == "folder" else f"letter a in {target}"
    kept = "record" if kind == "folder" else "letter"
    told = flat(stderr)
    assert (
        f"note: {made[0]} failed, but it is unchanged since its {earlier} was made: "
        f"the {kept} is kept"
    ) in told
    assert "now fails" not in told
    assert summary_count(stderr, "failed") == 1
    assert summary_count(stderr, "earlier outputs kept (failing, file unchanged)") == 1
    assert _held(target, "a") == before
    entry = _entry(target, made[0])
    assert (entry["status"], entry["output"]) == ("failed", "a.json")
    assert entry["sha256"] is not None
    if kind == "folder":
        assert entry["kept"] is True
    errors = tmp_path / ("out/errors.jsonl" if kind == "folder" else "archive.errors.jsonl")
    assert json.loads(errors.read_text(encoding="utf-8"))["source"] == str(made[0])

    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", target, "--skip-failed")
    assert code == 1, stderr  # its failure stands, and so does its record
    assert _held(target, "a") == before

    assert run("extract", str(tmp_path / "in"), "-o", target, "-q")[0] == 0
    entry = _entry(target, made[0])
    assert entry["status"] == "ok"
    assert "kept" not in entry
    _one_record_per_source(target)


@pytest.mark.parametrize("kind", KINDS)
def test_a_letter_failing_changed_loses_the_record_kept_before(tmp_path: Path, kind: str) -> None:
    """A record kept through one failure is removed when the letter changes and still
    fails: it no longer describes the file."""
    made = write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    target = _target(tmp_path, kind)
    assert run("extract", str(tmp_path / "in"), "-o", target, "-q")[0] == 0
    assert run("extract", str(tmp_path / "in"), "-o", target, "--force", "--max-chars", "10")[0]
    made[0].write_text(made[0].read_text(encoding="utf-8") + "\n补充说明。\n", encoding="utf-8")

    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", target, "--max-chars", "10")
    assert code == 1
    assert summary_count(stderr, "earlier outputs removed (now failing)") == 1
    assert set(_records(target)) == {"b.json"}


def test_standard_input_failing_unchanged_keeps_its_record(tmp_path: Path) -> None:
    letter = write_letters(tmp_path / "in", ["a.txt"])[0].read_bytes()
    given = ["extract", "-", "-o", f"{tmp_path}/out/", "--stdin-name", "2021/x"]
    assert run(*given, stdin=letter)[0] == 0
    record = (tmp_path / "out" / "2021" / "x.json").read_bytes()
    code, _, stderr = run(*given, "--max-chars", "10", stdin=letter)
    assert code == 1
    assert (
        "note: standard input (2021/x) failed, but it is unchanged since its record "
        "2021/x.json was made: the record is kept"
    ) in flat(stderr)
    assert (tmp_path / "out" / "2021" / "x.json").read_bytes() == record


def _csv_rows(folder: Path) -> dict[str, list[list[str]]]:
    import csv

    rows = {}
    for table in sorted(folder.glob("*.csv")):
        with open(table, encoding="utf-8-sig", newline="") as fh:
            rows[table.stem] = list(csv.reader(fh))
    return rows


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_outputs_written_whole_keep_the_record_of_an_unchanged_letter(
    tmp_path: Path, fmt: str
) -> None:
    """A JSON Lines file and the CSV tables are made whole by each run: a letter that
    fails unchanged is carried over from the output the last run made (its line, its
    rows, renumbered in input order); one that changed is left out."""
    made = write_letters(tmp_path / "in", ["a.txt", "b.txt", "c.txt"])
    target = tmp_path / ("all.jsonl" if fmt == "jsonl" else "tables")
    args = ("extract", str(tmp_path / "in"), "-o", str(target), "--format", fmt)
    assert run(*args, "-q")[0] == 0
    before = target.read_bytes() if fmt == "jsonl" else _csv_rows(target)

    code, _, stderr = run(*args, "--max-chars", "10")  # every letter fails, none changed
    assert code == 1
    assert summary_count(stderr, "earlier outputs kept (failing, file unchanged)") == 3
    assert (target.read_bytes() if fmt == "jsonl" else _csv_rows(target)) == before

    made[0].write_bytes(b"")  # changed, and failing: left out; b and c kept
    code, _, stderr = run(*args, "--max-chars", "10")
    assert code == 1
    assert summary_count(stderr, "earlier outputs kept (failing, file unchanged)") == 2
    if fmt == "jsonl":
        lines = target.read_bytes().splitlines(keepends=True)
        assert lines == before.splitlines(keepends=True)[1:]
    else:
        rows = _csv_rows(target)
        assert isinstance(before, dict)
        for table, old in before.items():
            kept = [[str(int(r[0]) - 1), *r[1:]] for r in old[1:] if r[0] != "1"]
            assert rows[table] == [old[0], *kept], table


# --- standard input into a database -----------------------------------------------------


def _stdin_letters(db: Path) -> list[tuple[str, str]]:
    with contextlib.closing(sqlite3.connect(db)) as c:
        return list(c.execute("SELECT name, issuer FROM letters ORDER BY id"))


def test_standard_input_never_replaces_a_letter_unasked(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    first, second = (s.read_bytes() for s in SAMPLES[:2])
    assert run("extract", "-", "-o", str(db), "-q", stdin=first)[0] == 0
    before = _stdin_letters(db)

    code, _, stderr = run("extract", "-", "-o", str(db), "-q", stdin=second)
    assert code == 2
    assert f"{db} already holds a letter named stdin" in " ".join(stderr.split())
    assert _stdin_letters(db) == before

    code, _, stderr = run("extract", "-", "-o", str(db), "--stdin-name", "s2", stdin=second)
    assert code == 0, stderr
    assert [name for name, _ in _stdin_letters(db)] == ["stdin", "s2"]

    code, _, stderr = run("extract", "-", "-o", str(db), "--stdin-name", "stdin", stdin=second)
    assert code == 0, stderr
    assert f"note: standard input replaces the letter stdin in {db}" in stderr
    assert _stdin_letters(db)[0] == ("stdin", _stdin_letters(db)[1][1])


def test_standard_input_that_fails_is_not_said_to_replace_the_letter(tmp_path: Path) -> None:
    """The note came as the database opened, before standard input was read: an empty
    pipe was said to replace the letter, then failed and withdrew it."""
    db = tmp_path / "archive.db"
    assert run("extract", "-", "-o", str(db), "-q", stdin=SAMPLES[0].read_bytes())[0] == 0
    code, _, stderr = run("extract", "-", "-o", str(db), "--stdin-name", "stdin", stdin=b"")
    assert code == 1
    assert "replaces the letter" not in stderr
    assert "error: stdin: empty: nothing was piped or typed into it (stage: read)" in stderr
    told = flat(stderr)
    assert f"standard input (stdin) now fails: its earlier letter stdin in {db} was removed" in told
    assert _stdin_letters(db) == []


def test_a_letter_from_standard_input_is_never_pruned(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    write_letters(tmp_path / "in", ["a.txt"])
    assert run("extract", "-", "-o", str(db), "-q", stdin=SAMPLES[0].read_bytes())[0] == 0
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(db), "--prune")
    assert code == 0, stderr
    assert [name for name, _ in _stdin_letters(db)] == ["stdin", "a"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ["{letter}", "--stdin-name", "x"],
            "--stdin-name x names the letter read from standard input, but no - is among the "
            "paths: to read standard input as x, add - (replyparse extract {letter} --stdin-name x "
            "-o {db} -)",
            id="without-standard-input",
        ),
        pytest.param(["-", "--stdin-name", " "], "--stdin-name needs a name", id="blank"),
    ],
)
def test_stdin_name_refusals(tmp_path: Path, args: list[str], message: str) -> None:
    (letter,) = write_letters(tmp_path / "in", ["a.txt"])
    args = [a.format(letter=letter) for a in args]
    code, _, stderr = run("extract", *args, "-o", str(tmp_path / "a.db"), stdin=b"")
    assert code == 2
    assert message.format(letter=letter, db=tmp_path / "a.db") in " ".join(stderr.split())


# --- letter ids ---------------------------------------------------------------------------


def test_archive_ids_follow_input_order_whoever_finishes_first(tmp_path: Path) -> None:
    """The writer numbers a run's new letters before any is written: written in reverse
    order, they still get their ids in input order; a rewritten letter keeps its id."""
    letters = [_letter(f"{n}.txt") for n in "abc"]
    with _archive(tmp_path / "a.db") as writer:
        names = ["a.json", "b.json", "c.json"]
        writer.plan(names)
        for index in (2, 1, 0):
            writer.destination(index, names[index])
            writer.add(index, letters[index].model_dump_json().encode())
    with _archive(tmp_path / "a.db") as writer:
        writer.plan(["d.json", "e.json", "b.json"])  # d and e new, b rewritten
        for index, name in ((2, "b.json"), (1, "e.json"), (0, "d.json")):
            writer.destination(index, name)
            writer.add(index, letters[0].model_dump_json().encode())
    assert [r[:2] for r in _ids(tmp_path / "a.db")] == [
        (1, "a"),
        (2, "b"),
        (3, "c"),
        (4, "d"),
        (5, "e"),
    ]


def test_two_identical_parallel_runs_give_the_same_ids(tmp_path: Path) -> None:
    names = [f"{n:03}.txt" for n in range(20)]
    write_letters(tmp_path / "in", names)
    for db in ("one.db", "two.db"):
        code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(tmp_path / db), "-j", "2")
        assert code == 0, stderr
    expected = [(i + 1, name.removesuffix(".txt")) for i, name in enumerate(names)]
    assert [r[:2] for r in _ids(tmp_path / "one.db")] == expected
    assert _ids(tmp_path / "two.db") == _ids(tmp_path / "one.db")


def _ids(db: Path) -> list[tuple[int, str, int]]:
    """Each letter's id and name, and how many rows of another table carry that id."""
    with contextlib.closing(sqlite3.connect(db)) as c:
        return list(
            c.execute(
                "SELECT id, name, (SELECT count(*) FROM sections WHERE letter_id = letters.id) "
                "FROM letters ORDER BY id"
            )
        )


# --- naming --------------------------------------------------------------------------------


NAMING = [  # file names, names a manifest keeps, names reserved: the names given
    pytest.param(["a.htm", "a.txt"], [None, None], [], ["a.json", "a.txt.json"], id="fresh"),
    pytest.param(
        ["a.htm", "a.txt"], [None, "a.json"], [], ["a.htm.json", "a.json"], id="a-known-name-stays"
    ),
    pytest.param(["a.txt"], ["a.docx"], [], ["a.json"], id="another-formats-name-is-not-kept"),
    pytest.param(
        ["a.txt"], [None], {"A.json": "/b/a.txt"}, ["a.txt.json"], id="reserved-case-folded"
    ),
    pytest.param(
        ["a.htm", "a.txt"], ["x.json", "x.json"], [], ["x.json", "a.json"], id="first-keeps-a-name"
    ),
]


@pytest.mark.parametrize(("rels", "kept", "reserved", "expected"), NAMING)
def test_output_names(
    rels: list[str], kept: list[str | None], reserved: dict[str, str], expected: list[str]
) -> None:
    files = [InputFile(rel, rel) for rel in rels]
    assert plan_outputs(files, ".json", kept, reserved)[0] == expected


def test_a_users_own_json_beside_the_letter_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``extract a.txt -o ./`` replaced the user's own ``a.json`` there (and ``b.json``,
    JSON that is no record though it holds the word): each record takes another name,
    with a note; a record replyparse wrote itself, its manifest lost, is replaced as before."""
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path, ["a.txt", "b.txt", "c.txt"])
    own = '{"mine": "a list of birds seen in the park"}\n'
    Path("a.json").write_text(own, encoding="utf-8")
    Path("b.json").write_text('["schema_version"]\n', encoding="utf-8")
    assert run("extract", "c.txt", "-o", "./", "-q")[0] == 0
    Path(MANIFEST_NAME).unlink()  # c.json is replyparse's, though nothing says so now

    code, _, stderr = run("extract", "a.txt", "b.txt", "c.txt", "-o", "./")
    assert code == 0, stderr
    assert Path("a.json").read_text(encoding="utf-8") == own
    assert Path("b.json").read_text(encoding="utf-8") == '["schema_version"]\n'
    for name, source in {"a.txt.json": "a.txt", "b.txt.json": "b.txt", "c.json": "c.txt"}.items():
        assert json.loads(Path(name).read_text(encoding="utf-8"))["source"]["path"] == source
    assert (
        "output name clash: a.txt is written to a.txt.json (a.json is there, a file "
        "replyparse did not write: left alone)"
    ) in flat(stderr)
    assert "c.txt is written" not in flat(stderr)
    again, _, stderr_again = run("extract", "a.txt", "b.txt", "c.txt", "-o", "./")
    assert again == 0, stderr_again  # resumed: the names kept, nothing to do
    assert summary_count(stderr_again, "unchanged since the last run") == 3


@pytest.mark.parametrize(
    ("out", "listed", "option"),
    [
        ("./", "errors.jsonl", "--errors"),
        ("./", "skipped.jsonl", "--skipped"),
        ("all.jsonl", "all.errors.jsonl", "--errors"),
    ],
)
def test_a_users_own_file_under_a_lists_name_is_never_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str, listed: str, option: str
) -> None:
    """A run with nothing to list removed the user's own ``errors.jsonl`` (or
    ``skipped.jsonl``) in the output folder, one with failures replaced it: refused
    before anything is read, the file named and the option that names another; a list
    replyparse wrote is replaced (and removed) as before."""
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path / "in", ["a.txt"])
    own = '{"mine": "a shopping list"}\n'
    Path(listed).write_text(own, encoding="utf-8")
    code, stdout, stderr = run("extract", "in", "-o", out)
    assert (code, stdout) == (2, "")
    assert (
        f"Invalid value for '-o' / '--out': {listed} is there, a file replyparse did not "
        f"write: not replaced; name another list with {option}"
    ) in flat(stderr)
    assert Path(listed).read_text(encoding="utf-8") == own
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["in", listed])

    Path(listed).unlink()
    Path("in/b.txt").write_bytes(b"")  # fails: listed in errors.jsonl
    Path("in/c.xyz").write_text("no letter\n", encoding="utf-8")  # listed in skipped.jsonl
    assert run("extract", "in", "-o", out, "-q")[0] == 1
    assert Path(listed).is_file()
    Path("in/b.txt").unlink()
    Path("in/c.xyz").unlink()
    code, _, stderr = run("extract", "in", "-o", out, "-q")
    assert code == 0, stderr
    assert not Path(listed).exists()  # replyparse's own list: removed, nothing to list


@pytest.mark.parametrize("fmt", ["json", "docx"])
def test_a_users_file_put_at_a_name_the_manifest_holds_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """The manifest's name for a letter's record was taken on trust: a user's own file put
    there since was replaced when the letter changed, and ``--prune`` deleted it once the
    record had moved (or its letter was gone). Now the file there must still be the one
    written (its size) or one replyparse writes (its head); a user's own file keeps its
    place, the record takes the next name with the clash note, and nothing removes it."""
    monkeypatch.chdir(tmp_path)
    letter, other = write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    suffix = ".docx" if fmt == "docx" else ".json"
    own = "鸟类观察记录：周三，喜鹊两只。\n"
    assert run("extract", "in", "-o", "out/", "--format", fmt, "-q")[0] == 0
    for name in ("a", "b"):
        Path(f"out/{name}{suffix}").write_text(own, encoding="utf-8")
    letter.write_text(letter.read_text(encoding="utf-8") + "另：补充一句。\n", encoding="utf-8")
    other.unlink()

    code, _, stderr = run("extract", "in", "-o", "out/", "--format", fmt, "--prune")
    assert code == 0, stderr
    assert Path(f"out/a{suffix}").read_text(encoding="utf-8") == own
    assert Path(f"out/b{suffix}").read_text(encoding="utf-8") == own  # its letter gone
    assert (
        f"a.txt is written to a.txt{suffix} (a{suffix} is there, a file replyparse did not write: left alone)"
        in flat(stderr)
    )
    assert Path(f"out/a.txt{suffix}").is_file()
    again, _, stderr_again = run("extract", "in", "-o", "out/", "--format", fmt, "--prune")
    assert again == 0, stderr_again  # the new name kept; the user's files stay
    assert summary_count(stderr_again, "unchanged since the last run") == 1
    assert Path(f"out/a{suffix}").read_text(encoding="utf-8") == own


def test_a_record_rewritten_without_its_head_is_the_users(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decided (cli58, docs/batch.md): a record is replyparse's by its head alone. One
    whose keys another tool sorted (``jq -S``) holds the record's shape but is the
    user's now: with no manifest to say otherwise, it is neither replaced nor pruned."""
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path, ["a.txt"])
    assert run("extract", "a.txt", "-o", "out/", "-q")[0] == 0
    record = json.loads(Path("out/a.json").read_text(encoding="utf-8"))
    sorted_keys = json.dumps(record, ensure_ascii=False, sort_keys=True)
    Path("out/a.json").write_text(sorted_keys, encoding="utf-8")
    Path("out", MANIFEST_NAME).unlink()
    code, _, stderr = run("extract", "a.txt", "-o", "out/", "--prune")
    assert code == 0, stderr
    assert Path("out/a.json").read_text(encoding="utf-8") == sorted_keys
    assert "a.txt is written to a.txt.json (a.json is there" in flat(stderr)


def test_a_record_sorted_at_its_written_size_is_still_the_users(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The manifest's size vouched for a record whatever its head: a record whose keys
    another tool sorted (``jq -S``, same indent) keeps its size, so a changed letter wrote
    over it and ``--prune`` removed it once its letter was gone, though the decision
    (cli58) makes it the user's. Its head says so, manifest or not."""
    monkeypatch.chdir(tmp_path)
    letter, other = write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    assert run("extract", "in", "-o", "out/", "-q")[0] == 0
    sorted_keys = {}
    for name in ("a", "b"):
        path = Path(f"out/{name}.json")
        written = path.read_text(encoding="utf-8")
        record = json.loads(written)
        tail = written[len(written.rstrip("\n")) :]
        sorted_keys[name] = json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + tail
        assert len(sorted_keys[name].encode()) == path.stat().st_size  # (the size written)
        path.write_text(sorted_keys[name], encoding="utf-8")
    letter.write_text(letter.read_text(encoding="utf-8") + "另：补充一句。\n", encoding="utf-8")
    other.unlink()

    code, _, stderr = run("extract", "in", "-o", "out/", "--prune")
    assert code == 0, stderr
    for name in ("a", "b"):  # a: its letter changed; b: its letter gone
        assert Path(f"out/{name}.json").read_text(encoding="utf-8") == sorted_keys[name]
    assert "a.txt is written to a.txt.json (a.json is there" in flat(stderr)


@pytest.mark.parametrize("kind", KINDS)
def test_prune_keeps_the_records_of_a_folder_it_cannot_look_into(
    tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder whose permissions were taken away (or a share that answers with an
    error) hides its letters, it does not delete them: their records are not counted as
    gone, and --prune keeps them (os.path.lexists says False for such a file)."""
    write_letters(tmp_path / "in", ["a.txt", "locked/b.txt"])
    target = _target(tmp_path, kind)
    assert run("extract", str(tmp_path / "in"), "-o", target, "-q")[0] == 0
    before = _records(target)
    locked = os.fspath(tmp_path / "in" / "locked")

    def refused(call: Callable[..., T]) -> Callable[..., T]:
        def call_unless_locked(path: Any = ".", *args: Any, **kwargs: Any) -> T:
            if isinstance(path, (str, os.PathLike)) and os.fspath(path).startswith(locked):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return call(path, *args, **kwargs)

        return call_unless_locked

    for name in ("lstat", "stat", "scandir", "listdir"):
        monkeypatch.setattr(os, name, refused(getattr(os, name)))
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", target, "--prune")
    assert code == 1, stderr
    assert f"{locked}: cannot read folder: Permission denied" in flat(stderr)
    assert summary_count(stderr, "unchanged since the last run") == 1
    assert "source is gone" not in stderr
    assert "pruned" not in stderr
    assert _records(target) == before
