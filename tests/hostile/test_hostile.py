"""The hostile corpus through the readers and the parser, in-process.

Each reader-side case of ``build.CASES`` is built into a temporary folder and read with
``parse_file``: it must give a record (serialisable, passing its check) or one
:class:`InputError` whose one-line reason contains the case's words. Cases that need
LibreOffice skip without it; slow ones are marked ``slow`` (``make test`` runs them).
``scripts/hostile.py`` runs the same cases, and the batch-side ones, through the CLI
with time and memory measured.

Then a property: any bytes, under any of the names a folder walk picks up, give a
record or one clear InputError.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from build import CASES, Case, build
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fixtures_build import soffice
from replyparse.errors import InputError
from replyparse.limits import Limits
from replyparse.pipeline import parse_bytes, parse_file
from replyparse.readers import office

READER_CASES = [
    pytest.param(
        case,
        id=case.name,
        marks=[
            *([pytest.mark.slow] if case.slow else []),
            *(
                [pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) not on PATH")]
                if case.needs_soffice
                else []
            ),
        ],
    )
    for case in CASES
    if case.side == "reader"
]


def test_the_corpus_has_forty_kinds_and_unique_names() -> None:
    names = [case.name for case in CASES]
    assert len(set(names)) == len(names)
    assert len(READER_CASES) >= 40


@pytest.mark.parametrize("case", READER_CASES)
def test_hostile_input_ends_in_a_record_or_one_clear_line(case: Case, tmp_path: Path) -> None:
    path = build(case, tmp_path / "case")
    try:
        letter = parse_file(path, limits=Limits(**case.limits))  # type: ignore[arg-type]
    except InputError as exc:
        assert case.fails is not None, f"expected a record, got: {exc.reason}"
        assert case.fails in exc.reason
        assert "\n" not in str(exc)
        return
    assert case.fails is None, f"expected a failure with {case.fails!r}, got a record"
    record = json.loads(letter.model_dump_json().encode("utf-8"))
    if case.check is not None:
        assert case.check(record), "the record fails the case's check"


# --- any bytes ----------------------------------------------------------------------

SUFFIXES = [".txt", ".docx", ".pdf", ".doc", ".wps", ""]
MAGIC = [b"", b"PK\x03\x04", b"%PDF-1.4\n", b"\xef\xbb\xbf", b"\xff\xfe", b"\xff\xfe\x00\x00"]
MAGIC += [b"<html><body>", b"MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n"]
MAGIC += [b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"{\\rtf1 "]


def _docx_of(xml: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


ANY_FILE = st.one_of(
    st.builds(lambda magic, rest: magic + rest, st.sampled_from(MAGIC), st.binary(max_size=600)),
    st.builds(_docx_of, st.binary(max_size=300)),
    st.builds(lambda rest: b"%PDF-1.4\n" + rest + b"\n%%EOF\n", st.binary(max_size=600)),
)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=ANY_FILE, suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_give_a_record_or_one_clear_error(
    data: bytes, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # LibreOffice takes seconds a file: here its absence stands in (its own cases above)
    monkeypatch.setattr(office, "soffice_path", lambda: None)
    try:
        letter = parse_bytes(data, path=f"any{suffix}")
    except InputError as exc:
        assert exc.reason
        assert "\n" not in str(exc)
        return
    json.loads(letter.model_dump_json().encode("utf-8"))
