"""A district's 政府信息公开 table copied one cell a line over the letter (``公开主体：`` /
``某区某局`` / ``成文日期：`` / … / ``首次公开：`` / ``公开期限：`` / ``公开载体：``), its 文号
cell's number broken a piece a line (``某环函`` / ``〔2099〕`` / ``7号``). The cells are the
page's: ``公开主体`` is the publishing body, no addressee, and the table's dates none of the
letter's; the 文号 cell gives the letter's number when the letter writes none, its span
over the pieces and the breaks between them (fix92: an earlier round stopped the table at
``公开主体``, read it as the salutation, the office's name as the body's first line, the
table's date as the letter's and the number's last pieces as a reference). Invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from spans import span_problems

TITLE = "对区政协九届三次会议第90017号提案的答复"
LETTER = """李某某委员：
您提出的关于增设社区健身步道的提案收悉，现答复如下：
我局已于2099年3月在两处公园增设健身步道。
某区环境保护局
2099年 5月6日"""


def _table(number: list[str]) -> list[str]:
    return [
        "索引号:",
        "AB0000000000209900001",
        "公开主体:",
        "某区环境保护局",
        "成文日期:",
        "2099-05-06 10:20:30",
        "发文字号:",
        *number,
        "发布日期:",
        "2099年05月20日",
        "公开类型:",
        "主动公开",
        "首次公开:",
        "产生后20个工作日内",
        "公开期限:",
        "长期公开",
        "公开载体:",
        "在线浏览",
    ]


NUMBERS = [
    pytest.param(["某环函", "〔2099〕", "7号"], id="three-pieces"),
    pytest.param(["某环函", "〔2099〕7号"], id="broken-before-the-year"),
    pytest.param(["某环函〔2099〕", "7号"], id="broken-before-the-serial"),
    pytest.param(["某环函〔2099〕7号"], id="whole"),
]


@pytest.mark.parametrize("number", NUMBERS)
def test_the_table_is_the_pages_and_its_number_the_letters(number: list[str]) -> None:
    table = _table(number)
    text = "\n".join([TITLE, *table, LETTER])
    lines = text.split("\n")
    assert set(chrome_lines(lines)) >= set(range(1, 1 + len(table)))
    letter = parse_text(text)
    assert [(a.name, a.role) for a in letter.addressees] == [("李某某", "委员")]
    assert letter.doc_number is not None
    assert "".join(letter.doc_number.text.split()) == "某环函〔2099〕7号"
    assert (letter.doc_number.prefix, letter.doc_number.year, letter.doc_number.serial) == (
        "某环函",
        2099,
        7,
    )
    assert letter.references == []
    assert [d.value for d in letter.dates] == ["2099-03", "2099-05-06"]
    assert letter.proposal.title == "关于增设社区健身步道的提案"
    assert span_problems(letter) == []


def test_the_letters_own_number_wins_over_the_cell() -> None:
    text = "\n".join([TITLE, *_table(["某环函", "〔2099〕", "7号"]), "某环复〔2099〕3号", LETTER])
    letter = parse_text(text)
    assert letter.doc_number is not None and letter.doc_number.text == "某环复〔2099〕3号"


@pytest.mark.parametrize(
    "pieces",
    [
        pytest.param(["某环函", "第七号"], id="no-year"),
        pytest.param(["某环", "函", "〔2099〕", "7号"], id="four-pieces"),
    ],
)
def test_pieces_that_hold_no_number_so_give_none(pieces: list[str]) -> None:
    # (two or three pieces, one after another, the number whole and nothing else)
    text = "\n".join(["索引号:", "AB0001", "发文字号:", *pieces, "发布日期:", "2099-05-20", TITLE])
    letter = parse_text(text + "\n" + LETTER)
    assert letter.doc_number is None


@pytest.mark.parametrize("label", ["公开主体", "首次公开", "公开期限", "公开载体"])
def test_the_labels_alone_make_no_salutation(label: str) -> None:
    text = "\n".join(["索引号:", "AB0001", f"{label}:", "某区环境保护局", TITLE, LETTER])
    letter = parse_text(text)
    assert letter.salutation == "李某某委员："


@pytest.mark.parametrize("number", NUMBERS)
def test_a_copy_with_a_blank_line_between_every_two_lines(number: list[str]) -> None:
    # (review60g: the broken number's pieces parted by blank lines, as a copy double-spaces
    # every line; fix92 read them only one after another, and a lone piece was left to the
    # title: 对…的答复某环函, or the number's class lost the title's ending)
    text = "\n\n".join([TITLE, *_table(number), *LETTER.split("\n")])
    letter = parse_text(text)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("李某某", "委员")]
    assert letter.doc_number is not None
    assert "".join(letter.doc_number.text.split()) == "某环函〔2099〕7号"
    assert letter.references == []
    assert span_problems(letter) == []


def test_a_blank_line_inside_the_broken_cell() -> None:
    text = "\n".join([TITLE, *_table(["某环函", "", "〔2099〕7号"]), LETTER])
    letter = parse_text(text)
    assert letter.title == TITLE
    assert letter.doc_number is not None and letter.doc_number.text == "某环函\n\n〔2099〕7号"
    assert span_problems(letter) == []


def test_the_next_cells_value_is_no_piece_of_the_number() -> None:
    # (the number whole in two pieces, the 成文日期's value after it: the number stops there)
    text = "\n".join(
        [TITLE, "索引号:", "AB0001", "发文字号:", "某环函", "〔2099〕7号", "2099-01-02"]
    )
    letter = parse_text(text + "\n" + LETTER)
    assert letter.doc_number is not None and letter.doc_number.text == "某环函\n〔2099〕7号"
