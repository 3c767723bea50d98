"""``extract --format docx``: a review report per letter, through the real command line.

A folder run writes ``OUT/<path>.docx`` for each letter, resumable through the same
manifest as the JSON records (switching format makes every output again); one letter may
go to ``-o report.docx`` or to standard output, never to a terminal.
"""

from __future__ import annotations

import io
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from conftest import SAMPLES
from helpers import flat
from helpers import run_bytes as run
from replyparse import Letter, parse_file
from replyparse.manifest import Manifest
from summary import summary_count

SAMPLE_LETTERS = sorted(SAMPLES.glob("*.txt"))


def counted(stderr: str) -> tuple[int, int]:
    """(parsed or failed, skipped) from the summary of a run."""
    done = summary_count(stderr, "parsed") + summary_count(stderr, "failed")
    return done, summary_count(stderr, "unchanged since the last run")


def documents(out: Path, suffix: str) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob(f"*{suffix}"))}


def header(data: bytes) -> dict[str, str]:
    """The report's header table (after the legend) as label → value."""
    table = docx.Document(io.BytesIO(data)).tables[1]
    return {row.cells[0].text: row.cells[1].text for row in table.rows[1:]}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Five samples, two of them a level down."""
    root = tmp_path / "in"
    for i, sample in enumerate(SAMPLE_LETTERS[:5]):
        target = root / ("2021" if i >= 3 else "") / sample.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(sample, target)
    return root


def _letters(root: Path) -> dict[str, Letter]:
    """What each letter's report should say, by its output name."""
    return {
        p.relative_to(root).with_suffix(".docx").as_posix(): parse_file(p)
        for p in sorted(root.rglob("*.txt"))
    }


def test_a_folder_gets_one_report_per_letter(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(archive), "-o", str(out), "--format", "docx", "-j", "1")
    assert code == 0, stderr
    reports = documents(out, ".docx")
    expected = _letters(archive)
    assert sorted(reports) == sorted(expected)
    assert "2021/" + SAMPLE_LETTERS[4].with_suffix(".docx").name in reports
    assert documents(out, ".json") == {}
    for name, data in reports.items():
        rows = header(data)
        letter = expected[name]
        assert rows["发文机关"] == (letter.issuer or "—"), name
        assert letter.source is not None
        assert rows["SHA-256"] == letter.source.sha256, name


def test_a_rerun_skips_unchanged_letters_and_redoes_a_changed_one(
    archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    args = ("extract", str(archive), "-o", str(out), "--format", "docx", "-j", "1")
    assert run(*args)[0] == 0
    first = documents(out, ".docx")
    code, _, stderr = run(*args)
    assert code == 0
    assert counted(stderr) == (0, 5)
    changed = archive / SAMPLE_LETTERS[0].name
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("玉溪市教育体育局", "玉溪市教育局", 1),
        encoding="utf-8",
    )
    code, _, stderr = run(*args)
    assert code == 0
    assert counted(stderr) == (1, 4)
    again = documents(out, ".docx")
    name = SAMPLE_LETTERS[0].with_suffix(".docx").name
    assert again[name] != first[name]
    assert header(again[name])["发文机关"] == "玉溪市教育局"
    assert {k: v for k, v in again.items() if k != name} == {
        k: v for k, v in first.items() if k != name
    }


def test_a_deleted_report_is_made_again(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ("extract", str(archive), "-o", str(out), "--format", "docx", "-j", "1")
    assert run(*args)[0] == 0
    gone = out / SAMPLE_LETTERS[1].with_suffix(".docx").name
    kept = gone.read_bytes()
    gone.unlink()
    code, _, stderr = run(*args)
    assert (code, counted(stderr)) == (0, (1, 4))
    assert gone.read_bytes() == kept


def test_switching_format_in_one_folder_makes_every_output_again(
    archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    base = ("extract", str(archive), "-o", str(out), "-j", "1")
    for fmt, to_parse in (("docx", 5), ("json", 5), ("json", 0), ("docx", 5), ("docx", 0)):
        code, _, stderr = run(*base, "--format", fmt)
        assert code == 0, stderr
        assert counted(stderr)[0] == to_parse, (fmt, stderr)
        manifest = Manifest(out)
        manifest.load()
        assert {e.settings.split("; ")[1] for e in manifest.entries.values()} == {f"format={fmt}"}
        assert {Path(str(e.output)).suffix for e in manifest.entries.values()} == {f".{fmt}"}
    assert len(documents(out, ".json")) == len(documents(out, ".docx")) == 5


def test_name_clashes_end_in_docx(tmp_path: Path) -> None:
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        shutil.copy(SAMPLE_LETTERS[0], tmp_path / folder / "x.txt")
    shutil.copy(SAMPLE_LETTERS[1], tmp_path / "one" / "X.TXT.txt")  # takes x.txt.docx first
    out = tmp_path / "out"
    code, _, stderr = run(
        "extract",
        str(tmp_path / "one" / "X.TXT.txt"),
        str(tmp_path / "one" / "x.txt"),
        str(tmp_path / "two" / "x.txt"),
        "-o",
        str(out),
        "--format",
        "docx",
    )
    assert code == 0, stderr
    assert sorted(documents(out, ".docx")) == ["X.TXT.docx", "x.docx", "x.txt.2.docx"]
    note = (
        f"note: output name clash: {tmp_path / 'two' / 'x.txt'} is written to x.txt.2.docx "
        f"(x.docx is taken by {tmp_path / 'one' / 'x.txt'}; x.txt.docx by "
        f"{tmp_path / 'one' / 'X.TXT.txt'})"
    )
    assert note in stderr
    rows = header((out / "x.txt.2.docx").read_bytes())
    assert rows["来源文件"] == str(tmp_path / "two" / "x.txt")


def _own_document(path: Path, author: str = "王某") -> bytes:
    """A Word file of the user's own (another author) at ``path``: its bytes."""
    document = docx.Document()
    document.add_paragraph("一份自己的文件")
    document.core_properties.author = author
    document.save(str(path))
    return path.read_bytes()


def test_a_users_own_document_beside_the_letter_is_left_alone(tmp_path: Path) -> None:
    """``extract a.txt -o ./ --format docx`` replaced the user's own ``a.docx`` there, as
    ``render -o ./`` no longer does: the report takes another name, with a note."""
    shutil.copy(SAMPLE_LETTERS[0], tmp_path / "a.txt")
    own = {"a.docx": _own_document(tmp_path / "a.docx")}
    (tmp_path / "b.txt").write_bytes(SAMPLE_LETTERS[1].read_bytes())
    (tmp_path / "b.docx").write_bytes(b"PK not a Word file at all")
    own["b.docx"] = (tmp_path / "b.docx").read_bytes()
    args = ("extract", "a.txt", "b.txt", "-o", "./", "--format", "docx")
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        code, _, stderr = run(*args)
        again, _, stderr_again = run(*args)
    finally:
        os.chdir(old)
    assert code == 0, stderr
    for name, data in own.items():
        assert (tmp_path / name).read_bytes() == data
    assert header((tmp_path / "a.txt.docx").read_bytes())["来源文件"] == "a.txt"
    assert header((tmp_path / "b.txt.docx").read_bytes())["来源文件"] == "b.txt"
    assert (
        "note: output name clash: a.txt is written to a.txt.docx (a.docx is there, a file "
        "replyparse did not write: left alone)"
    ) in flat(stderr)
    assert again == 0, stderr_again  # the rerun keeps the names: nothing to do
    assert counted(stderr_again) == (0, 2)


def test_the_letter_read_is_never_its_own_report(tmp_path: Path) -> None:
    """A Word letter whose report would take its own name (``a.docx`` into its folder)."""
    letter = tmp_path / "a.docx"
    document = docx.Document()
    for line in SAMPLE_LETTERS[0].read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(str(letter))
    before = letter.read_bytes()
    code, _, stderr = run("extract", str(letter), "-o", f"{tmp_path}/", "--format", "docx")
    assert code == 0, stderr
    assert letter.read_bytes() == before
    assert header((tmp_path / "a.docx.docx").read_bytes())["来源文件"] == str(letter)


def test_a_report_replyparse_wrote_is_replaced_without_its_manifest(
    archive: Path, tmp_path: Path
) -> None:
    """The guard reads who wrote the file, not the manifest: a folder of reports whose
    manifest is lost is written over as before, under the same names."""
    out = tmp_path / "out"
    assert run("extract", str(archive), "-o", str(out), "--format", "docx", "-q")[0] == 0
    names = sorted(documents(out, ".docx"))
    Manifest(out).path.unlink()
    code, _, stderr = run("extract", str(archive), "-o", str(out), "--format", "docx")
    assert code == 0, stderr
    assert "output name clash" not in stderr
    assert sorted(documents(out, ".docx")) == names


@pytest.mark.usefixtures("any_workers")
def test_one_worker_or_two_write_the_same_bytes(archive: Path, tmp_path: Path) -> None:
    made = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        code, _, stderr = run(
            "extract", str(archive), "-o", str(out), "--format", "docx", "-j", jobs
        )
        assert code == 0, stderr
        assert {"1": "; 1 worker\n", "2": "; 2 workers\n"}[jobs] in stderr
        made[jobs] = documents(out, ".docx")
    assert len(made["1"]) == 5
    assert made["1"] == made["2"]


# -- one letter -----------------------------------------------------------------------------


def test_one_letter_to_a_docx_name_or_standard_output(tmp_path: Path) -> None:
    letter = str(SAMPLE_LETTERS[0])
    target = tmp_path / "report.docx"
    code, _, stderr = run("extract", letter, "-o", str(target), "-q")
    assert (code, stderr) == (0, "")
    code, shown, stderr = run("extract", letter, "--format", "docx")
    assert (code, stderr) == (0, "")  # a filter: no progress, no summary
    assert shown == target.read_bytes()
    assert header(shown)["发文机关"] == "玉溪市教育体育局"


def test_no_text_still_reports_the_fields(tmp_path: Path) -> None:
    code, shown, _ = run("extract", str(SAMPLE_LETTERS[0]), "--format", "docx", "--no-text")
    assert code == 0
    paragraphs = [p.text for p in docx.Document(io.BytesIO(shown)).paragraphs]
    assert any("--no-text" in p for p in paragraphs)
    assert header(shown)["发文机关"] == "玉溪市教育体育局"


REFUSED = [
    pytest.param(
        ["-o", "{tmp}/report.docx"],
        "5 letter files found, and {tmp}/report.docx holds one letter's report: give -o DIR/ "
        "--format docx for one .docx each",
        id="several-letters-to-one-docx",
    ),
    pytest.param(
        ["--format", "docx"],
        "error: 5 letter files found: standard output takes one letter's report; give -o DIR/ for "
        "one .docx each",
        id="several-letters-to-standard-output",
    ),
    pytest.param(
        ["-o", "{tmp}/made.docx"],
        "{tmp}/made.docx is a folder, but a .docx name is one letter's report file "
        "(end it with / for the folder)",
        id="existing-folder-with-docx-name",
    ),
    pytest.param(
        ["--format", "json", "-o", "{tmp}/report.docx"],
        "{tmp}/report.docx names a docx file but --format is json",
        id="docx-name-against-json",
    ),
    pytest.param(
        ["--format", "docx", "-o", "{tmp}/all.jsonl"],
        "{tmp}/all.jsonl names a jsonl file but --format is docx",
        id="jsonl-name-against-docx",
    ),
]


@pytest.mark.parametrize(("args", "message"), REFUSED)
def test_what_cannot_work_is_refused_before_anything_is_written(
    archive: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    (tmp_path / "made.docx").mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    code, shown, stderr = run("extract", str(archive), *[a.format(tmp=tmp_path) for a in args])
    assert (code, shown) == (2, b"")
    assert message.format(tmp=tmp_path) in flat(stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def _on_a_terminal(*args: str) -> tuple[int, bytes, str]:
    """Run ``replyparse`` with a pseudo-terminal as its standard output."""
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "replyparse", *args],
            stdout=follower,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
        os.close(follower)
        follower = -1
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        if follower >= 0:
            os.close(follower)
        os.close(leader)
    return done.returncode, shown, done.stderr.decode("utf-8")


def test_a_report_is_never_written_to_a_terminal() -> None:
    code, shown, stderr = _on_a_terminal("extract", str(SAMPLE_LETTERS[0]), "--format", "docx")
    assert (code, shown) == (2, b"")
    assert "--format docx writes a Word file, not text for a terminal" in flat(stderr)


def test_a_json_record_still_goes_to_a_terminal() -> None:
    code, shown, _ = _on_a_terminal("extract", str(SAMPLE_LETTERS[0]))
    assert code == 0
    assert shown.lstrip().startswith(b"{")
