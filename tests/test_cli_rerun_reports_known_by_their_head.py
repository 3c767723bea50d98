"""A rerun into a folder of review reports knows each one for replyparse's by the
properties among its first bytes, not by opening it as a zip.

Every rerun of ``extract --format docx -o reports/`` asks of each report the manifest
keeps whether it is still one replyparse wrote (a user's own Word file put at its name
is never replaced): :func:`replyparse.writers.may_replace` opened each through
:class:`zipfile.ZipFile`, which reads the zip's directory (about 90 µs of CPU a report,
a fifth of a 2,000-report rerun that has nothing to do; 20 µs now). The properties of a
report are its third part, within its first kilobyte: read there, and through the
directory only for another layout, or a file that does not end as a whole zip does
(one cut short, whose properties may be whole in its head), with the same answers.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from helpers import TIDY
from replyparse import parse_text
from replyparse.report import report_docx
from replyparse.writers import may_replace


@pytest.fixture(scope="module")
def report() -> bytes:
    return report_docx(parse_text(TIDY, keywords=False))


def _rezipped(data: bytes, *, core_last: bool, stream: bool) -> bytes:
    """The same parts in another layout: the properties last, or written to a stream that
    cannot seek (sizes after each part's data, as zip tools piping their output write)."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        parts = [(i.filename, src.read(i)) for i in src.infolist()]
    if core_last:
        parts.sort(key=lambda part: part[0] == "docProps/core.xml")
    sink = io.BytesIO()

    class Unseekable(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, b: bytes) -> int:  # type: ignore[override]
            return sink.write(b)

    target = Unseekable() if stream else sink
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:  # type: ignore[arg-type]
        for name, body in parts:
            out.writestr(name, body)
    return sink.getvalue()


def test_a_report_is_known_without_its_directory(
    tmp_path: Path, report: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(report)

    def no_directory(*args: object, **kwargs: object) -> None:
        raise AssertionError("the zip's directory was read")

    monkeypatch.setattr(zipfile, "ZipFile", no_directory)
    assert may_replace(target)


LAYOUTS = {
    "properties last": {"core_last": True, "stream": False},
    "sizes after the data": {"core_last": False, "stream": True},
}


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_report_in_another_layout_is_known_through_the_directory(
    tmp_path: Path, report: bytes, layout: dict[str, bool]
) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(_rezipped(report, **layout))
    assert may_replace(target)


def test_a_users_word_file_is_not_ours(tmp_path: Path) -> None:
    # must not match: a document Word or python-docx made, at a report's name
    target = tmp_path / "a.docx"
    docx.Document().save(str(target))
    assert not may_replace(target)


def test_a_zip_whose_head_holds_another_authors_properties_is_not_ours(tmp_path: Path) -> None:
    # must not match: the properties another tool put first name another author, and the
    # words of ours in another part, within the head too, are no properties
    ours = b"<dc:creator>replyparse</dc:creator>"
    target = tmp_path / "a.docx"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("docProps/core.xml", b"<cp:coreProperties><dc:creator>Lin Wei</dc:creator>")
        out.writestr("word/document.xml", b"<w:t>" + ours + b"</w:t>")
    assert not may_replace(target)


DAMAGED = {
    "cut short": lambda data: data[:600],
    "properties cut": lambda data: data[:900],
    # whole properties in the head, the rest gone: no zip, as its directory showed
    "cut after the properties": lambda data: data[:2000],
    "cut past the head": lambda data: data[: len(data) // 2],
    "directory's end cut": lambda data: data[:-1],
    "no zip": lambda data: b"PK\x03\x04" + b"\x00" * 40,
    "empty": lambda data: b"",
}


@pytest.mark.parametrize("damage", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_file_is_not_ours(tmp_path: Path, report: bytes, damage) -> None:  # type: ignore[no-untyped-def]
    # must not match: what no longer reads as a report is left alone, and nothing raises
    target = tmp_path / "a.docx"
    target.write_bytes(damage(report))
    assert not may_replace(target)
