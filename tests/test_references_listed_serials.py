"""A cited 发文字号 listing several serials under one code and year (``某财预〔2023〕12、13号``,
or with a comma, ``12，13号``)
is one reference as written, as serials written after a number (``8号、9号``) leave the
first as written; and a year in braces (``某政发{2023}7号``, a typist without 〔〕) is a
year's brackets, in a cited number and in the letter's own. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于增设某某公交线路的建议的答复"
LETTER = (
    "{own}\n" + TITLE + "\n王某代表：\n您提出的建议收悉，现答复如下：\n{body}\n"
    "感谢您的关心。\n某市交通局\n2024年6月1日\n"
)

CITED = [
    pytest.param("根据某财预〔2023〕12、13号文件精神，安排资金。", ["某财预〔2023〕12、13号"], id="two-serials"),
    pytest.param("按照某政发〔2022〕3、5、8号要求办理。", ["某政发〔2022〕3、5、8号"], id="three-serials"),
    pytest.param("根据某财预〔2023〕12，13号文件精神。", ["某财预〔2023〕12，13号"], id="full-width-comma"),
    pytest.param("根据某财预〔2023〕12,13号文件精神。", ["某财预〔2023〕12,13号"], id="comma"),
    pytest.param("根据某政发{2023}7号文件，安排资金。", ["某政发{2023}7号"], id="braces"),
    pytest.param("根据某政发｛2023｝7号文件，安排资金。", ["某政发｛2023｝7号"], id="full-width-braces"),
    # near-misses: each serial its own 号 (the first as written), one serial
    pytest.param("根据某政发〔2020〕8号、9号文件办理。", ["某政发〔2020〕8号"], id="serials-each-号"),
    pytest.param("根据某财预〔2023〕12号文件。", ["某财预〔2023〕12号"], id="one-serial"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "texts"), CITED)
def test_cited_numbers(body: str, texts: list[str]) -> None:
    text = LETTER.format(own="某交函〔2024〕9号", body=body)
    letter = parse_text(text, keywords=False)
    got = [r.text for r in letter.references if r.kind == "doc_number"]
    assert got == texts
    for r in letter.references:
        assert text[r.span[0] : r.span[1]] == r.text


@pytest.mark.parametrize("own", ["某函{2024}3号", "某函｛2024｝3号"])
def test_own_number_in_braces(own: str) -> None:
    letter = parse_text(LETTER.format(own=own, body="安排资金。"), keywords=False)
    assert letter.doc_number is not None
    assert (letter.doc_number.text, letter.doc_number.year, letter.doc_number.serial) == (
        own,
        2024,
        3,
    )
    assert letter.title == TITLE


@pytest.mark.parametrize(
    "own",
    [
        "某交函〔2024〕3、4号",
        "某交函〔2024〕12、13、14号",
        "某交函〔2024〕3,4号",
        "某交函〔2024〕3，4号",
    ],
)
def test_own_number_with_listed_serials(own: str) -> None:
    """The letter's own number listing serials (one reply to several items) is its own, as
    written, its serial's value null as a cited one's."""
    letter = parse_text(LETTER.format(own=own, body="安排资金。"), keywords=False)
    assert letter.doc_number is not None
    assert (letter.doc_number.text, letter.doc_number.year, letter.doc_number.serial) == (
        own,
        2024,
        None,
    )
    assert letter.title == TITLE
    assert [r.text for r in letter.references if r.kind == "doc_number"] == []
