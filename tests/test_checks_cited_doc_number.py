"""``cited-doc-number``: a 发文字号 the body cites with its year in brackets other than
〔〕 (``某政发[2019]12号``, ``某交发(2020)3号``, ``某办【2021】5号``) is reported, pointed at
the number, its brackets quoted as written. GB/T 9704-2012 7.2.5 writes a 发文字号's year
in 〔〕, and a cited number is the number as issued; before, only the letter's own number
was asked (``doc-number-format``), and a cited one in [] or () got no finding. Left
alone: a cited number in 〔〕, the letter's own number (doc-number-format's) and its copy
in the body, a court's case number (its year opens it), a number that lost a bracket."""

from __future__ import annotations

from pathlib import Path

import pytest

import helpers
from replyparse import parse_text

# an invented letter; BODY is where each case puts its sentence
LETTER = (
    "某县农业农村局文件\n某农函〔2023〕6号\n关于扶持家庭农场建议的答复\n赵某代表：\n"
    "  您提出的建议收悉。{body}现答复如下。\n一、加大扶持。\n某县农业农村局\n2023年6月9日\n"
)


def cited(body: str) -> list[tuple[str, str]]:
    """The cited-doc-number findings of the letter with ``body``: what each points at, and
    its message."""
    letter = parse_text(LETTER.format(body=body))
    assert letter.text is not None
    return [
        (letter.text[d.span[0] : d.span[1]], d.message)
        for d in letter.diagnostics
        if d.code == "cited-doc-number" and d.span is not None
    ]


def message(number: str, brackets: str) -> str:
    return (
        f"cited 发文字号 {number}: year in {brackets}, not the hexagonal brackets 〔〕 "
        "(GB/T 9704-2012 7.2.5)"
    )


@pytest.mark.parametrize(
    ("body", "number", "brackets"),
    [
        pytest.param(
            "根据《某县家庭农场扶持办法》（某政发[2019]12号），",
            "某政发[2019]12号",
            "[]",
            id="square",
        ),
        pytest.param("按照某财农(2021)4号文件，", "某财农(2021)4号", "()", id="half-width-round"),
        pytest.param(
            "按照某财农（2021）4号文件，", "某财农（2021）4号", "（）", id="full-width-round"
        ),
        pytest.param("依据某农发【2020】15号通知，", "某农发【2020】15号", "【】", id="lenticular"),
        pytest.param("依据某农发[2020]\n15号通知，", "某农发[2020]\n15号", "[]", id="over-a-break"),
        pytest.param(
            "依据某农发［2020］15号通知，", "某农发［2020］15号", "［］", id="full-width-square"
        ),
    ],
)
def test_a_cited_number_in_other_brackets_is_reported(
    body: str, number: str, brackets: str
) -> None:
    # the message names the number on one line, the span covers it as written
    assert cited(body) == [(number, message(number.replace("\n", ""), brackets))]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("根据《某县家庭农场扶持办法》（某政发〔2019〕12号），", id="hexagonal"),
        pytest.param("按照我局某农函[2023]6号文件，", id="own-number-again"),
        pytest.param("依照（2019）某01民终123号判决，", id="court-case-number"),
        pytest.param("依据某办〔2018109号通知，", id="lost-bracket"),
        pytest.param("您在第0123号建议中提出，", id="proposal-number"),
        pytest.param("2019年（第12期）简报提到，", id="issue-of-a-bulletin"),
        pytest.param("按照[2021]甲6号文件，", id="no-issuer-code"),
        pytest.param("按照林业工作要点（2024）\n12号文件，", id="title-year-over-a-break"),
    ],
)
def test_left_alone(body: str) -> None:
    assert cited(body) == []


def test_the_own_number_in_square_brackets_stays_doc_number_formats() -> None:
    text = LETTER.format(body="").replace("〔2023〕6号", "[2023]6号")
    codes = [str(d.code) for d in parse_text(text).diagnostics]
    assert "doc-number-format" in codes and "cited-doc-number" not in codes


def test_validate_points_at_the_number(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(LETTER.format(body="按照某财农(2021)4号文件，"), encoding="utf-8")
    code, stdout, _ = helpers.run("validate", "--no-config", "a.txt")
    assert code == 1
    assert stdout.splitlines()[0] == (
        f"a.txt:5:14: warning: cited-doc-number: {message('某财农(2021)4号', '()')}"
    )
