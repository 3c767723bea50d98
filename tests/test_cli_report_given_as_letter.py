"""A review report fed back among the letters: the refusal's advice fits every command.

``extract`` and ``validate`` read letters only; telling their user to "give the letter
or its record" sent them to a JSON record neither command reads. The advice is now the
letter the report is about, which ``extract``, ``validate`` and ``render`` all take.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import flat, run

ADVICE = "a review report made by replyparse, not a letter: give the letter it reports on"

LETTER = (
    "某县水务局\n"
    "某水函〔2021〕5号\n"
    "关于县二届人大三次会议第12号建议的答复\n"
    "\n"
    "孙某某代表：\n"
    "　　您提出的关于修缮东河堤岸的建议收悉，现答复如下。\n"
    "　　一、东河堤岸已列入今年维修计划。\n"
    "　　二、下一步加强巡查。\n"
    "\n"
    "某县水务局\n"
    "2021年7月8日\n"
)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    out = tmp_path / "report.docx"
    assert run("render", str(letter), "--report", "-o", str(out))[0] == 0
    return out


def test_extract_refuses_a_report_with_advice_it_can_follow(report: Path) -> None:
    code, _, err = run("extract", str(report))
    assert code == 1
    assert flat(err) == f"error: {report}: {ADVICE} (stage: read)"


def test_validate_refuses_a_report_with_advice_it_can_follow(report: Path) -> None:
    code, stdout, _ = run("validate", "--no-config", "--format", "json", str(report))
    assert code == 1
    (finding,) = json.loads(stdout)
    assert (finding["code"], finding["message"]) == ("unreadable", ADVICE)
    assert "record" not in finding["message"]


def test_render_says_the_same(report: Path, tmp_path: Path) -> None:
    code, _, err = run("render", str(report), "-o", str(tmp_path / "again.docx"))
    assert (code, err) == (1, f"error: {report}: {ADVICE}\n")


def test_the_typeset_letter_is_still_a_letter(tmp_path: Path) -> None:
    # must not match: the re-typeset letter is a letter, read as one
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    typeset = tmp_path / "typeset.docx"
    assert run("render", str(letter), "-o", str(typeset))[0] == 0
    code, stdout, _ = run("validate", "--no-config", str(typeset))
    assert code == 0
    assert stdout == "1 letter, 0 warnings, 0 errors\n"


LIBREOFFICE_CORE = (
    b"http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties"
)
"""The relationship type LibreOffice (7.4) names the core properties by when it saves a
.docx (``soffice --convert-to docx`` too), where Word and python-docx write the
package's, ``…/package/2006/relationships/metadata/core-properties``."""


def test_a_report_saved_by_libreoffice_is_still_a_report(report: Path) -> None:
    # (review60c) must not match: python-docx finds no core properties under LibreOffice's
    # relationship type, so the report's category went unseen and the report was parsed
    # as a letter (a record of its headings, "section-out-of-sequence" warnings)
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(report) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "_rels/.rels":
                ours = b"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
                assert ours in body
                body = body.replace(ours, LIBREOFFICE_CORE)
            dst.writestr(info, body, compress_type=zipfile.ZIP_DEFLATED)
    report.write_bytes(out.getvalue())
    code, _, err = run("extract", str(report))
    assert code == 1
    assert flat(err) == f"error: {report}: {ADVICE} (stage: read)"
