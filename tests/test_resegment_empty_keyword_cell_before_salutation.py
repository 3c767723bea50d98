"""A page's keyword cell left empty (``主题词：``, ``关键词：``) between the reply's title (its
文号 cell after it or not) and the salutation, in a copy that lost its line breaks
(``…的答复文号：甲环函〔2099〕3号主题词：王某代表：``): the cell is a line of its own, as where
the page kept its lines, so the title and the number are read and the names after it are the
salutation's (an earlier round read the whole head, the title and the cell, as an
addressee, and no title). Invented words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES, glued
from spans import span_problems

TITLE = "甲山县环保局关于王某代表建议的答复"
REPLY = (
    "王某代表：\n您提出的关于治理河道的建议收悉，现答复如下：\n我局已加强巡查。\n"
    "感谢您的关心。\n甲山县环保局\n2099年5月6日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    ("cells", "number"),
    [
        pytest.param(["文号：甲环函〔2099〕3号", "主题词："], "甲环函〔2099〕3号", id="number-then-subject"),
        pytest.param(["主题词："], None, id="subject"),
        pytest.param(["关键词："], None, id="keywords"),
        pytest.param(["文号：乙环函〔2099〕7号", "关键字："], "乙环函〔2099〕7号", id="number-then-keywords"),
    ],
)  # fmt: skip
def test_an_empty_keyword_cell_ends_the_head(
    cells: list[str], number: str | None, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten("\n".join([TITLE, *cells, REPLY])), keywords=False)
    assert letter.title == TITLE
    assert (letter.doc_number.text if letter.doc_number else None) == number
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert span_problems(letter) == []


# (tail73) the cell with its words after it, the title's zone's last: a line of its own too,
# in a copy flattened with blanks (an earlier round read the cell into the title). Glued, the
# words run into the names (主题词：河道治理王某代表：) and where they end is not told: only a
# last word no name holds (…答复王某代表：) parts them, as glued72's names reader does.
@pytest.mark.parametrize("flatten", COPIES[:2])
@pytest.mark.parametrize(
    "cell",
    [
        pytest.param("主题词：河道 治理 答复", id="subject-words"),
        pytest.param("主题词：河道治理", id="subject-one-word"),
        # (left74a) a 关键词 cell so too, its words parted by blanks or semicolons
        pytest.param("关键词：河道 治理 答复", id="keywords-words"),
        pytest.param("关键词：河道；治理；答复", id="keywords-semicolons"),
        pytest.param("关键字：河道治理", id="keywords-one-word"),
    ],
)
def test_a_keyword_cell_with_words_ends_the_head(cell: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten("\n".join([TITLE, cell, REPLY])), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert span_problems(letter) == []


def test_a_keyword_cells_words_glued_end_at_a_word_no_name_holds() -> None:
    letter = parse_text(glued("\n".join([TITLE, "主题词：河道 治理 答复", REPLY])), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


# The cell's words running into the names, their last word no name's (治 opens no name:
# 主题词：河道 治理 王某代表：, glued 河道治理王某代表：): the names open at the one place a name
# opening with a surname stands before the role (blank: after the last word opening with
# none), so the title ends at its ending and the names are the salutation's: (left74b) a
# surname of one character (an earlier round read 治理 with the names, or 治理王某 as one
# name); (mend74b) a compound surname (治理欧阳某, 治理司马某, 河道治理诸葛某), looked for at every
# place, a one-character given name's three characters too, no place opening inside one (an
# earlier round read 阳某, 马某, 葛某: its first character left with the cell's words).
SURNAME_CELLS = ["主题词：河道 治理", "主题词：河道治理", "关键词：交通 道路"]
NAMES_AFTER_A_CELL = [
    *(pytest.param(cell, name, id=f"{cell}-{name}") for cell in SURNAME_CELLS for name in ["王某", "王小明"]),
    *(pytest.param(cell, name, id=f"{cell}-{name}") for cell in SURNAME_CELLS[:2] for name in ["欧阳某", "司马某", "诸葛某", "欧阳小明"]),
]  # fmt: skip
"""(the keyword cell, the name after it): single surnames (left74b), compound (mend74b)."""


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(("cell", "name"), NAMES_AFTER_A_CELL)
def test_the_names_open_where_a_surname_opens_them(
    cell: str, name: str, flatten: Callable[[str], str]
) -> None:
    reply = REPLY.replace("王某代表：", name + "代表：")
    letter = parse_text(flatten("\n".join([TITLE, cell, reply])), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [(name, "代表")]
    assert letter.salutation == name + "代表："
    assert span_problems(letter) == []


# (mend74a) Near miss: a title that goes on after a dash with its own 关键词： (关于…的建议——
# 关键词：便民) keeps it whole: words that end no title over the row are the title's, no
# page's cell (left74a read the row as the page's keyword cell and cut the title at the dash).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "title",
    [
        pytest.param("关于甲山县网站检索的建议——关键词：便民", id="two-dashes"),
        pytest.param("关于乙河市平台的建议—关键字：服务", id="one-dash"),
    ],
)
def test_a_title_holding_a_keyword_after_a_dash_stays_whole(
    title: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(f"{title}\n{REPLY}"), keywords=False)
    assert (letter.title, letter.salutation) == (title, "王某代表：")


# (head75) A keyword row over the title, its words parted by blanks, in a copy flattened
# with blanks (关键词：河道 建议 关于…, 主题词：河道 治理 关于…, 对…): the row ends at the blank
# the title opens after, as on its own line (an earlier round read the row's last word into
# the title, `建议关于…`, or, for 主题词, the whole head as the row and no title). Glued with
# nothing between, where the words end is not told: left.
@pytest.mark.parametrize("flatten", COPIES[:2])
@pytest.mark.parametrize(
    "cell", ["关键词：河道 建议", "关键字：河道 建议", "主题词：河道 治理", "主题词：河道"]
)
@pytest.mark.parametrize("title", ["关于王某代表建议的答复", "对王某代表建议的答复"])
def test_a_keyword_row_over_the_title(cell: str, title: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten("\n".join([cell, title, REPLY])), keywords=False)
    assert letter.title == title
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


# (mend75a) Nor a keyword row over a title that opens with its authority's name (主题词：河道
# 治理 / 甲山县环保局关于…): flattened with blanks, the row ends at the blank before the name,
# which opens with its place, as before 关于 (head75's round read `治理甲山县环保局关于…` as
# the title). Glued, the row's last word glued before the name (…治理甲山县环保局关于…), where
# the name opens is not told: the title from its 关于, rather than one opening with the row's
# word.
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("cell", ["主题词：河道 治理", "主题词：河道 治理 建议"])
def test_a_keyword_row_over_the_authority_title(cell: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten("\n".join([cell, TITLE, REPLY])), keywords=False)
    assert letter.title == (TITLE.removeprefix("甲山县环保局") if flatten is glued else TITLE)
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


# (mend75a) A row's word that opens with 对 (对口, 对外) and a blank after it is a word of the
# row, no title's opening: the row ends before the title all the same, lined and flattened
# with blanks (an earlier round read `帮扶建议关于…` as the title, lined too). Glued, the title's
# 关于 after the row's last word is head75's left shape.
@pytest.mark.parametrize("flatten", COPIES[:2])
@pytest.mark.parametrize(
    "cell", ["关键词：对口 帮扶 建议", "主题词：对口 帮扶", "关键词：河道 对外 开放"]
)
def test_a_keyword_row_with_a_word_opening_with_dui(
    cell: str, flatten: Callable[[str], str]
) -> None:
    title = "关于王某代表建议的答复"
    letter = parse_text(flatten("\n".join([cell, title, REPLY])), keywords=False)
    assert letter.title == title
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
