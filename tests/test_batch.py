"""Batch extraction over a generated archive: accounting, resuming, interrupting, ordering.

The archive (300 letters in nested folders, five broken files) is built once per module;
each test that changes it restores it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from archivegen import Archive, build_archive, expected_output
from helpers import run
from replyparse.batch.folder import ERRORS_NAME
from replyparse.batch.plan import FILES_PER_WORKER, chunks, fit_name, plan_outputs, worker_count
from replyparse.batch.resume import manifest_keys
from replyparse.discover import InputFile, discover, ignored_note, matches
from replyparse.manifest import MANIFEST_NAME, Entry, Manifest
from replyparse.spool import InOrder
from replyparse.usage import Param, UsageProblem
from replyparse.writers import TMP_PREFIX
from summary import summary_count

LETTERS = 300


def extract(*args: str) -> tuple[int, str, str]:
    return run("extract", *args)


def records(out: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(out.rglob("*.json"))}


def manifest_entries(out: Path) -> dict[str, Entry]:
    manifest = Manifest(out)
    manifest.load()
    return manifest.entries


# --- glob filters ------------------------------------------------------------------

MATCH_CASES = [
    pytest.param("a/b/letter.txt", ["*.txt"], True, id="name-glob-any-depth"),
    pytest.param("a/b/letter.txt", ["letter*"], True, id="name-prefix"),
    pytest.param("a/b/letter.txt", ["b"], False, id="folder-name-is-not-file-name"),
    pytest.param("a/b", ["b"], True, id="folder-name"),
    pytest.param("2020/x/letter.txt", ["2020/*"], True, id="path-glob-crosses-folders"),
    pytest.param("2021/x/letter.txt", ["2020/*"], False, id="path-glob-other-year"),
    pytest.param("drafts/letter.txt", ["*/drafts/*"], False, id="path-glob-needs-parent"),
    pytest.param("LETTER.txt", ["letter*"], False, id="case-sensitive"),
    # a suffix written out matches in any case, as a letter's format is told (cli60)
    pytest.param("letter.TXT", ["*.txt"], True, id="suffix-any-case"),
    pytest.param("x/letter.Txt", ["x/*.TXT"], True, id="suffix-any-case-in-a-path"),
    pytest.param("Letter.TXT", ["letter.txt"], False, id="suffix-alone-any-case"),
    pytest.param("letter.TXT", ["*.t?t"], False, id="suffix-with-a-wildcard-case-sensitive"),
    # a leading **/ is any depth, the top too, as in a shell's globstar and .gitignore
    # (review60c: '**/*.docx' left out the top's letters, * crossing folders alone)
    pytest.param("letter.docx", ["**/*.docx"], True, id="leading-globstar-at-the-top"),
    pytest.param("a/b/letter.docx", ["**/*.docx"], True, id="leading-globstar-below"),
    pytest.param("drafts/letter.txt", ["**/drafts/*"], True, id="leading-globstar-folder"),
    pytest.param("letter.docx", ["x/**/*.docx"], False, id="inner-globstar-unchanged"),
    pytest.param("letter.txt", [], False, id="no-patterns"),
]


@pytest.mark.parametrize(("rel", "patterns", "expected"), MATCH_CASES)
def test_glob_matching(rel: str, patterns: list[str], expected: bool) -> None:
    assert matches(rel, patterns) is expected


# --- output names ------------------------------------------------------------------

PLAN_CASES = [
    pytest.param(["a.txt", "b.txt"], ["a.json", "b.json"], [], id="no-clash"),
    pytest.param(["a.docx", "a.txt"], ["a.json", "a.txt.json"], [1], id="first-keeps-plain-name"),
    pytest.param(
        ["a.doc", "a.docx", "a.txt"], ["a.json", "a.docx.json", "a.txt.json"], [1, 2], id="three"
    ),
    pytest.param(["A.txt", "a.txt"], ["A.json", "a.txt.json"], [1], id="case-insensitive-clash"),
    pytest.param(["a.txt", "a.txt"], ["a.json", "a.txt.json"], [1], id="two-roots-same-name"),
    pytest.param(
        ["a.txt", "a.txt", "a.txt"],
        ["a.json", "a.txt.json", "a.txt.2.json"],
        [1, 2],
        id="numbered",
    ),
    pytest.param(["x/a.txt", "y/a.txt"], ["x/a.json", "y/a.json"], [], id="folders-separate"),
]


@pytest.mark.parametrize(("rels", "expected", "renamed_at"), PLAN_CASES)
def test_output_names(rels: list[str], expected: list[str], renamed_at: list[int]) -> None:
    files = [InputFile(path=f"in{i}/{rel}", rel=rel) for i, rel in enumerate(rels)]
    outputs, renamed = plan_outputs(files)
    assert outputs == expected
    assert [(r.path, r.output) for r in renamed] == [
        (files[i].path, expected[i]) for i in renamed_at
    ]


CLASH_HOLDERS = [  # file names, the names a manifest keeps, an earlier run's records: who
    # has the name each renamed file wanted, and whether an earlier run made it
    pytest.param(["a.htm", "a.txt"], [None, None], {}, [("a.json", "in/a.htm", False)], id="first"),
    pytest.param(
        ["a.htm", "a.txt"],
        [None, "a.json"],
        {},
        [("a.json", "in/a.txt", False)],
        id="the-file-that-keeps-its-name",
    ),
    pytest.param(
        ["a.txt"], [None], {"A.json": "/old/a.txt"}, [("a.json", "/old/a.txt", True)], id="earlier"
    ),
]


def test_a_renamed_output_names_every_name_it_was_refused() -> None:
    files = [InputFile(path=f"in/{rel}", rel=rel) for rel in ["a.htm", "a.txt", "b.txt"]]
    reserved = {"a.txt.json": "/old/a.txt", "A.TXT.2.json": "/old/A.TXT"}
    _, renamed = plan_outputs(files, ".json", [None] * 3, reserved)
    assert [(r.output, r.wanted, r.holder, r.also) for r in renamed] == [
        (
            "a.txt.3.json",
            "a.json",
            "in/a.htm",
            (("a.txt.json", "/old/a.txt", "earlier"), ("a.txt.2.json", "/old/A.TXT", "earlier")),
        )
    ]


WHOLE_NAMES = [  # a file whose full name is the name it wanted: no second name to try
    pytest.param(InputFile(path="-", rel="b"), id="standard-input"),
    pytest.param(InputFile(path="in/b", rel="b"), id="no-suffix"),
]


@pytest.mark.parametrize("whole", WHOLE_NAMES)
def test_a_name_refused_once_is_told_once(whole: InputFile) -> None:
    """``extract b.txt - --stdin-name b -o out/``: standard input's name is whole, so its
    full name is the b.json it was refused; the note said ``b.json is taken by b.txt;
    b.json by b.txt``."""
    files = [InputFile(path="in/b.txt", rel="b.txt"), whole]
    outputs, renamed = plan_outputs(files)
    assert outputs == ["b.json", "b.2.json"]
    assert [(r.wanted, r.holder, r.also) for r in renamed] == [("b.json", "in/b.txt", ())]


@pytest.mark.parametrize(("rels", "kept", "reserved", "holders"), CLASH_HOLDERS)
def test_a_renamed_output_names_the_file_it_clashed_with(
    rels: list[str],
    kept: list[str | None],
    reserved: dict[str, str],
    holders: list[tuple[str, str, bool]],
) -> None:
    files = [InputFile(path=f"in/{rel}", rel=rel) for rel in rels]
    _, renamed = plan_outputs(files, ".json", kept, reserved)
    assert [(r.wanted, r.holder, r.earlier) for r in renamed] == holders


# --- manifest ----------------------------------------------------------------------


def _entry(source: str, status: str = "ok") -> Entry:
    return Entry(
        source=source,
        output="x.json",
        size=1,
        mtime_ns=2,
        sha256=None,
        status=status,  # type: ignore[arg-type]
        stage=None,
        error=None,
        settings="s",
        output_bytes=3,
    )


def test_manifest_ignores_a_torn_last_line(tmp_path: Path) -> None:
    good = _entry("/a").to_line()
    (tmp_path / MANIFEST_NAME).write_text(good + good[: len(good) // 2], encoding="utf-8")
    manifest = Manifest(tmp_path)
    manifest.load()
    assert list(manifest.entries) == ["/a"]
    assert manifest.damaged == 1


def test_manifest_last_line_wins_and_compaction_keeps_one_line_per_source(tmp_path: Path) -> None:
    lines = [_entry("/a", "failed").to_line(), "{not json\n", _entry("/a").to_line()]
    (tmp_path / MANIFEST_NAME).write_text("".join(lines), encoding="utf-8")
    manifest = Manifest(tmp_path)
    manifest.load()
    manifest.compact()
    assert (tmp_path / MANIFEST_NAME).read_text(encoding="utf-8") == _entry("/a").to_line()


ENTRIES = [
    pytest.param(_entry("/a"), id="ok"),
    pytest.param(
        Entry("/信件/复函.txt", None, 0, -1, None, "failed", "read", '空的 "文件"', "s", None),
        id="failed-chinese-quotes",
    ),
    pytest.param(
        Entry("/odd\udcff.txt", "odd\udcff.json", 5, 6, "ab" * 32, "ok", None, None, "s", 7),
        id="name-not-utf8",
    ),
    pytest.param(
        Entry("/b.txt", None, 9, 8, None, "failed", "parse", "no", "s", None, 77),
        id="failed-with-change-time",
    ),
    pytest.param(
        Entry("/c.txt", "c.json", 9, 8, "cd" * 32, "failed", "read", "no", "s", 70, 77, (), True),
        id="failed-record-kept",
    ),
]


@pytest.mark.parametrize("entry", ENTRIES)
def test_a_manifest_line_is_the_entrys_json(entry: Entry) -> None:
    # the fields in order, as json.dumps writes them: the prebuilt encoder writes the same;
    # ctime_ns only where it holds one (a failed file's), kept only where true
    fields = {
        k: v
        for k, v in entry._asdict().items()
        if (k != "ctime_ns" or v is not None) and (k != "kept" or v)
    }
    plain = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    assert entry.to_line() == plain + "\n"
    assert Entry.from_line(entry.to_line()) == entry


BEFORE_CTIME = [
    "source",
    "output",
    "size",
    "mtime_ns",
    "sha256",
    "status",
    "stage",
    "error",
    "settings",
    "output_bytes",
    "warnings",
]
"""The fields of a manifest line before ``ctime_ns`` was kept (what older readers know)."""


def test_a_parsed_letters_line_keeps_the_shape_older_readers_know() -> None:
    line = json.loads(_entry("/a").to_line())
    assert list(line) == BEFORE_CTIME
    failed = Entry("/b", None, 1, 2, None, "failed", "read", "x", "s", None, 5)
    assert list(json.loads(failed.to_line())) == [*BEFORE_CTIME[:-1], "ctime_ns", "warnings"]


def test_a_field_a_later_version_adds_is_passed_over_not_taken_for_damage(
    tmp_path: Path,
) -> None:
    later = json.loads(_entry("/a").to_line()) | {"checked_at": "2031-01-01"}
    (tmp_path / MANIFEST_NAME).write_text(json.dumps(later) + "\n", encoding="utf-8")
    manifest = Manifest(tmp_path)
    manifest.load()
    assert (manifest.damaged, manifest.get("/a")) == (0, _entry("/a"))


def test_compaction_writes_the_appended_lines_as_the_entries_would(tmp_path: Path) -> None:
    entries = [param.values[0] for param in ENTRIES]
    manifest = Manifest(tmp_path)
    manifest.load()
    for entry in [_entry("/a", "failed"), *entries]:
        manifest.record(entry)  # type: ignore[arg-type]
    manifest.close()
    manifest.compact(["/odd\udcff.txt"])
    expected = [entries[2], entries[0], entries[1], *entries[3:]]
    assert (tmp_path / MANIFEST_NAME).read_bytes() == b"".join(e.to_bytes() for e in expected)


KEY_CASES = [
    pytest.param("letters/a.txt", id="relative"),
    pytest.param("./letters//b/../a.txt", id="dots-and-doubled-slashes"),
    pytest.param("/srv/letters/a.txt", id="absolute"),
    pytest.param("../up/a.txt", id="parent"),
]


@pytest.mark.parametrize("path", KEY_CASES)
def test_manifest_keys_are_the_absolute_paths(path: str) -> None:
    assert manifest_keys([InputFile(path=path, rel=path)]) == [os.path.abspath(path)]


def test_a_manifest_key_resolves_linked_folders_but_not_the_file(tmp_path: Path) -> None:
    """archive/ and a link to it name one source; a link to a letter is a source itself."""
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "alias").symlink_to(tmp_path / "archive")
    (tmp_path / "archive" / "b.txt").symlink_to(tmp_path / "archive" / "a.txt")
    files = [
        InputFile(str(tmp_path / "alias" / "a.txt"), "a.txt"),
        InputFile(str(tmp_path / "alias" / "b.txt"), "b.txt"),
    ]
    assert manifest_keys(files) == [
        str(tmp_path.resolve() / "archive" / "a.txt"),
        str(tmp_path.resolve() / "archive" / "b.txt"),
    ]


def test_standard_input_is_keyed_by_its_name_not_a_path() -> None:
    keys = manifest_keys([InputFile("-", "stdin"), InputFile("-", "2021/x")])
    assert keys == ["stdin:stdin", "stdin:2021/x"]


# --- discovery ---------------------------------------------------------------------


def test_discovery_survives_a_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("信", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    found = discover([str(tmp_path)], suffixes=(".txt",))
    assert [f.rel for f in found.files] == ["a/x.txt"]
    assert [(p.fatal, "already walked" in p.reason) for p in found.problems] == [(False, True)]


def test_discovery_reports_an_unreadable_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "x.txt").write_text("信", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = discover([str(tmp_path)], suffixes=(".txt",))
    assert [f.rel for f in found.files] == ["open/x.txt"]
    assert [(p.path, p.reason, p.fatal) for p in found.problems] == [
        (str(tmp_path / "locked"), "cannot read folder: Permission denied", True)
    ]


def test_discovery_skips_hidden_files_lock_files_and_the_output_folder(tmp_path: Path) -> None:
    for rel in [".hidden/a.txt", "~$draft.txt", "out/b.txt", "keep/c.txt", "keep/d.md"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("信", encoding="utf-8")
    found = discover([str(tmp_path)], suffixes=(".txt",), prune=[tmp_path / "out"])
    assert [f.rel for f in found.files] == ["keep/c.txt"]


def test_discovery_counts_the_files_it_leaves_unread_by_their_suffix(tmp_path: Path) -> None:
    """Nothing is skipped silently: files of no letter format are counted by suffix for
    one note; hidden files and the ones the user excluded are not (a deliberate skip)."""
    names = [
        "a/letter.txt", "a/scan.JPG", "a/photo.jpg", "b/budget.xls", "b/README",
        "b/page.html", ".git/config.txt", "b/.DS_Store", "c/draft.md",
    ]  # fmt: skip
    for rel in names:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("信", encoding="utf-8")
    found = discover([str(tmp_path)], suffixes=(".txt", ".html"), exclude=["c/*"])
    assert [f.rel for f in found.files] == ["a/letter.txt", "b/page.html"]
    assert found.ignored == {".jpg": 2, ".xls": 1, "": 1}
    assert found.ignored_note == "4 files not read: no letter format (.jpg 2, no suffix 1, .xls 1)"


def test_discovery_lists_every_path_it_skips_with_why(tmp_path: Path) -> None:
    """Each path left unread on purpose is on the list, in walk order, with a stable
    reason: hidden files and folders, Office lock files, other formats, and what the
    filters left out, naming the pattern."""
    names = [
        ".git/config.txt", "a/.notes.txt", "a/letter.txt", "a/scan.jpg", "a/~$letter.docx",
        "drafts/d.txt", "old/x.txt",
    ]  # fmt: skip
    for rel in names:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("信", encoding="utf-8")
    (tmp_path / "a" / "gone.jpg").symlink_to(tmp_path / "nowhere.jpg")  # listed too
    found = discover(
        [str(tmp_path)],
        suffixes=(".txt", ".docx"),
        exclude=["drafts"],
        include=["a/*", "nothing*"],
    )
    assert [f.rel for f in found.files] == ["a/letter.txt"]
    listed = [(s.path, s.reason, s.folder, s.pattern) for s in found.skipped]
    assert listed == [
        (str(tmp_path / ".git"), "hidden", True, None),
        (str(tmp_path / "a" / ".notes.txt"), "hidden", False, None),
        (str(tmp_path / "a" / "gone.jpg"), "no-letter-format", False, None),
        (str(tmp_path / "a" / "scan.jpg"), "no-letter-format", False, None),
        (str(tmp_path / "a" / "~$letter.docx"), "office-lock-file", False, None),
        (str(tmp_path / "drafts"), "excluded", True, "drafts"),
        (str(tmp_path / "old" / "x.txt"), "not-included", False, None),
    ]
    assert found.skipped_files == 5
    assert found.filtered() == [
        "--exclude 'drafts' left out 1 folder",
        "--include 'a/*' --include 'nothing*' left out 1 of 2 letter files",
        "--include 'nothing*' matched nothing",
    ]


def test_a_saved_web_pages_resource_folder_is_not_walked(tmp_path: Path) -> None:
    """A page saved whole keeps its parts in NAME_files (browsers) or NAME.files (Word):
    frames and scripts in .htm files that are no letters. The folder is passed over with
    a note; a folder of that name with no page beside it is walked as any other."""
    names = [
        "a/reply.html", "a/reply_files/frame.htm", "a/reply_files/pic.png",
        "b/答复.HTM", "b/答复.files/header.htm", "c/old_files/letter.htm",
    ]  # fmt: skip
    for rel in names:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("信", encoding="utf-8")
    found = discover([str(tmp_path)], suffixes=(".htm", ".html"))
    assert [f.rel for f in found.files] == ["a/reply.html", "b/答复.HTM", "c/old_files/letter.htm"]
    assert [(p.path, p.fatal) for p in found.problems] == [
        (str(tmp_path / "a" / "reply_files"), False),
        (str(tmp_path / "b" / "答复.files"), False),
    ]
    assert all("saved web page" in p.reason for p in found.problems)


@pytest.mark.parametrize(
    ("ignored", "note"),
    [
        pytest.param({}, None, id="none"),
        pytest.param({".png": 1}, "1 file not read: no letter format (.png 1)", id="one"),
        pytest.param(
            {f".x{i}": 10 - i for i in range(8)},
            "52 files not read: no letter format (.x0 10, .x1 9, .x2 8, .x3 7, .x4 6, .x5 5, "
            "2 more kinds)",
            id="many-kinds",
        ),
    ],
)
def test_the_note_on_unread_files_names_the_commonest_suffixes(
    ignored: dict[str, int], note: str | None
) -> None:
    assert ignored_note(Counter(ignored)) == note


# --- the archive -------------------------------------------------------------------


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    return build_archive(tmp_path_factory.mktemp("archive") / "letters", LETTERS)


@pytest.fixture(scope="module")
def first_run(archive: Archive, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    out = tmp_path_factory.mktemp("first") / "out"
    code, _, stderr = extract(str(archive.root), "-o", str(out), "-j", "2")
    return out, code, stderr


def test_archive_has_enough_letters_in_nested_folders(archive: Archive) -> None:
    assert len(archive.good) >= 300
    assert len(archive.broken) == 5
    assert max(len(p.relative_to(archive.root).parts) for p in archive.good) >= 4


def test_every_good_file_gets_exactly_one_record(
    archive: Archive, first_run: tuple[Path, int, str]
) -> None:
    out, _, _ = first_run
    expected = {expected_output(archive, out, p) for p in archive.good}
    assert set(records(out)) == expected
    sources = [json.loads(data)["source"]["path"] for data in records(out).values()]
    assert sorted(sources) == sorted(str(p) for p in archive.good)


def test_broken_files_are_listed_with_reasons_and_exit_1(
    archive: Archive, first_run: tuple[Path, int, str]
) -> None:
    out, code, stderr = first_run
    assert code == 1
    errors = [json.loads(line) for line in (out / ERRORS_NAME).read_text().splitlines()]
    listed = {e["source"]: e for e in errors}
    assert set(listed) == {str(p) for p in archive.broken}
    for path, word in archive.broken.items():
        assert word in listed[str(path)]["error"]
        assert listed[str(path)]["stage"] == "read"
        assert f"error: {path}: {listed[str(path)]['error']} (stage: read)" in stderr
    entries = manifest_entries(out)
    assert {s for s, e in entries.items() if e.status == "failed"} == {
        os.path.abspath(p) for p in archive.broken
    }
    assert summary_count(stderr, "parsed") == LETTERS
    assert summary_count(stderr, "failed") == 5


def test_rerun_skips_unchanged_files_and_touching_one_redoes_only_it(
    archive: Archive, first_run: tuple[Path, int, str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(first_run[0], out)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in records(out)}

    code, _, stderr = extract(str(archive.root), "-o", str(out), "-j", "2")
    assert code == 1  # the broken files are tried again and fail again
    assert summary_count(stderr, "unchanged since the last run") == LETTERS
    assert summary_count(stderr, "parsed") == 0
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in records(out)} == before

    touched = archive.good[17]
    st = touched.stat()
    os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    try:
        code, _, stderr = extract(str(archive.root), "-o", str(out), "-j", "2")
    finally:
        os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert code == 1
    assert summary_count(stderr, "parsed") == 1
    assert summary_count(stderr, "unchanged since the last run") == LETTERS - 1
    changed = [p for p in records(out) if p.stat().st_mtime_ns != before[p][0]]
    assert changed == [expected_output(archive, out, touched)]


def test_force_redoes_everything(
    archive: Archive, first_run: tuple[Path, int, str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(first_run[0], out)
    code, _, stderr = extract(str(archive.root), "-o", str(out), "-j", "1", "--force")
    assert code == 1
    assert summary_count(stderr, "parsed") == LETTERS
    assert summary_count(stderr, "unchanged since the last run") == 0


def test_one_and_two_workers_write_byte_identical_outputs(
    archive: Archive, first_run: tuple[Path, int, str], tmp_path: Path
) -> None:
    two = first_run[0]
    one = tmp_path / "out"
    code, _, _ = extract(str(archive.root), "-o", str(one), "-j", "1")
    assert code == 1
    for name in [MANIFEST_NAME, ERRORS_NAME]:
        assert (one / name).read_bytes() == (two / name).read_bytes()
    one_records = {p.relative_to(one): data for p, data in records(one).items()}
    two_records = {p.relative_to(two): data for p, data in records(two).items()}
    assert one_records == two_records


def test_jsonl_output_keeps_input_order_whatever_the_workers(
    archive: Archive, tmp_path: Path
) -> None:
    code1, _, _ = extract(
        str(archive.root), "--format", "jsonl", "-o", str(tmp_path / "1.jsonl"), "-j", "1"
    )
    code2, _, _ = extract(
        str(archive.root), "--format", "jsonl", "-o", str(tmp_path / "2.jsonl"), "-j", "2"
    )
    assert (code1, code2) == (1, 1)
    one = (tmp_path / "1.jsonl").read_bytes()
    assert one == (tmp_path / "2.jsonl").read_bytes()
    paths = [json.loads(line)["source"]["path"] for line in one.splitlines()]
    assert len(paths) == LETTERS
    assert paths == [
        f.path
        for f in discover([str(archive.root)], suffixes=(".txt",)).files
        if Path(f.path) not in archive.broken
    ]


# --- interrupting ------------------------------------------------------------------


def _start(archive: Archive, out: Path, log: Path) -> subprocess.Popen[bytes]:
    """The CLI in a child process, its output to a file (not a pipe a stray child could hold)."""
    command = [sys.executable, "-m", "replyparse", "extract", str(archive.root), "-o", str(out)]
    with log.open("wb") as fh:
        return subprocess.Popen([*command, "-j", "2"], stdout=subprocess.DEVNULL, stderr=fh)


def _wait_for_records(proc: subprocess.Popen[bytes], out: Path, count: int) -> None:
    manifest = out / MANIFEST_NAME
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.exists() and manifest.read_bytes().count(b"\n") >= count:
            return
        time.sleep(0.005)
    pytest.fail(f"the run ended or stalled before {count} records (exit {proc.returncode})")


def _assert_no_partial_record(out: Path) -> None:
    for path in out.rglob("*.json"):  # every record file is whole
        assert json.loads(path.read_bytes())["schema_version"] == "1", path


def _assert_rerun_completes(archive: Archive, out: Path) -> str:
    code, _, stderr = extract(str(archive.root), "-o", str(out), "-j", "2")
    assert code == 1
    assert set(records(out)) == {expected_output(archive, out, p) for p in archive.good}
    assert not list(out.rglob(f"{TMP_PREFIX}*"))
    entries = manifest_entries(out)
    assert sum(e.status == "ok" for e in entries.values()) == LETTERS
    return stderr


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_a_rerun_finishes(archive: Archive, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = _start(archive, out, tmp_path / "log")
    _wait_for_records(proc, out, 20)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=60)
    stderr = (tmp_path / "log").read_text(encoding="utf-8")
    assert proc.returncode == 130, stderr
    assert "note: stopping (Ctrl-C): no new file is started" in stderr  # told at once
    assert "replyparse extract: interrupted" in stderr
    assert summary_count(stderr, "not done (rerun to finish)") > 0
    _assert_no_partial_record(out)
    assert not list(out.rglob(f"{TMP_PREFIX}*"))
    done = len(records(out))
    assert 20 <= done < LETTERS
    stderr_rerun = _assert_rerun_completes(archive, out)
    assert summary_count(stderr_rerun, "unchanged since the last run") == done


@pytest.mark.slow
def test_sigkill_leaves_no_partial_record_and_a_rerun_finishes(
    archive: Archive, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    proc = _start(archive, out, tmp_path / "log")
    _wait_for_records(proc, out, 20)
    proc.kill()
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    _assert_no_partial_record(out)
    assert len(records(out)) < LETTERS
    _assert_rerun_completes(archive, out)


# --- planning: workers, chunks, names that must fit ----------------------------------

WORKER_CASES = [
    pytest.param(0, 4, 1, id="nothing-to-do"),
    pytest.param(1, 4, 1, id="one-file"),
    pytest.param(15, 2, 1, id="under-two-workers-worth"),
    pytest.param(16, 2, 2, id="two-workers-worth"),
    pytest.param(30, 2, 2, id="thirty-files-two-workers"),
    pytest.param(1000, 3, 3, id="capped-by-jobs"),
    pytest.param(1000, 1, 1, id="one-job"),
]


@pytest.mark.parametrize(("files", "jobs", "expected"), WORKER_CASES)
def test_one_more_worker_only_for_enough_files(files: int, jobs: int, expected: int) -> None:
    assert FILES_PER_WORKER == 8
    assert worker_count(files, jobs) == expected


CHUNK_CASES = [
    pytest.param(["a.txt", "b.pdf"], [[0], [1]], id="each-alone"),
    pytest.param(["a.doc", "b.txt", "c.WPS"], [[1], [0, 2]], id="old-word-files-grouped"),
    pytest.param([f"{i}.doc" for i in range(10)], [list(range(8)), [8, 9]], id="groups-of-eight"),
]


@pytest.mark.parametrize(("paths", "expected"), CHUNK_CASES)
def test_only_old_word_files_share_a_chunk(paths: list[str], expected: list[list[int]]) -> None:
    assert list(chunks(paths)) == expected


FIT_CASES = [
    pytest.param("a/b.json", "a/b.json", id="short-unchanged"),
    pytest.param("d/" + "x" * 250 + ".json", "d/" + "x" * 250 + ".json", id="255-bytes-unchanged"),
    pytest.param("x" * 251 + ".json", "x" * 241 + "~", id="256-bytes-cut"),
    pytest.param("信" * 84 + ".json", "信" * 80 + "~", id="cut-on-a-character"),
]


@pytest.mark.parametrize(("name", "prefix"), FIT_CASES)
def test_output_names_fit_in_255_bytes(name: str, prefix: str) -> None:
    fitted = fit_name(name)
    assert fitted.startswith(prefix)
    assert len(fitted.rsplit("/", 1)[-1].encode()) <= 255
    assert fitted.endswith(".json")
    assert fit_name(name) == fitted  # the same every run


def test_two_long_names_alike_up_to_the_cut_stay_distinct() -> None:
    assert fit_name("x" * 260 + "1.json") != fit_name("x" * 260 + "2.json")


# --- putting records back in order -------------------------------------------------

ORDER_CASES = [
    pytest.param([0, 1, 2, 3], 1 << 20, id="in-order"),
    pytest.param([3, 2, 1, 0], 1 << 20, id="reversed-in-memory"),
    pytest.param([3, 2, 1, 0], 0, id="reversed-spooled"),
    pytest.param([2, 0, 3, 1], 12, id="mixed-partly-spooled"),
]


@pytest.mark.parametrize(("arrival", "budget"), ORDER_CASES)
def test_records_come_out_in_input_order_whatever_order_they_finish(
    arrival: list[int], budget: int
) -> None:
    out: list[bytes] = []
    order = InOrder(out.append, budget=budget)
    for index in arrival:
        order.add(index, None if index == 1 else f"record {index}\n".encode())
    assert out == [b"record 0\n", b"record 2\n", b"record 3\n"]
    assert order.waiting == 0
    order.close()


def test_an_interrupted_run_flushes_what_finished_in_order_skipping_the_gaps() -> None:
    out: list[bytes] = []
    order = InOrder(out.append, budget=0)
    for index in [4, 2, 5]:
        order.add(index, f"{index}".encode())
    assert out == []
    order.flush_all()
    assert out == [b"2", b"4", b"5"]


# --- usage problems name parameters, never spell them ---------------------------------


def test_a_usage_problem_spells_options_only_when_rendered() -> None:
    problem = UsageProblem(Param.OUT, "{path} is odd; try {out} x or {format} y", path="a{b}.txt")
    assert problem.render(lambda p: f"<{p.name}>") == "a{b}.txt is odd; try <OUT> x or <FORMAT> y"
    assert str(problem) == "a{b}.txt is odd; try out x or format y"
