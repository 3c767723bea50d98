"""公开类别 / 信息公开类别 as labels of the publication field (as 办理类别 is of the handling type)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEADER = "{line}\n某市民政局\n某民函〔2024〕5号\n关于某市十五届人大三次会议第8号建议的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n感谢。\n"

# (header line, public): 公开类别 / 信息公开类别 spell the label as 办理类别 spells its own.
PUBLIC_LABELS = [
    pytest.param("公开类别：主动公开", True, id="公开类别-主动公开"),
    pytest.param("公开类别:依申请公开", False, id="公开类别-依申请公开-half-width"),
    pytest.param("信息公开类别：不予公开", False, id="信息公开类别-不予公开"),
    pytest.param("办理类型：A类；公开类别：主动公开", True, id="after-handling-label-and-semicolon"),
    pytest.param("办理类别：B类    公开类别：同意公开", True, id="after-handling-label-and-gap"),
    # whether it is (or was) made public to the outside, as a label asks it
    pytest.param("是否对外公开：是", True, id="是否对外公开-是"),
    pytest.param("是否完成对外公开:是", True, id="是否完成对外公开-half-width"),
    pytest.param("是否向社会公开：否", False, id="是否向社会公开-否"),
    # glued to its value with no colon: the value standing alone, or before a label's colon
    pytest.param("是否对外公开是", True, id="glued-alone"),
    pytest.param("是否公开否理由：涉及个人信息", False, id="glued-before-a-label"),
]  # fmt: skip

# Near-misses: 公开类别 in a sentence, or with no value it knows, says nothing.
PUBLIC_NOT = [
    pytest.param("按公开类别分别处理。", id="in-a-sentence"),
    pytest.param("公开类别：待定", id="unknown-value"),
    pytest.param("该事项是否对外公开，由上级决定。", id="asked-in-a-sentence"),
    # a sentence the label's words open, 是 its verb (review59a: read as the value 是)
    pytest.param("公开方式是多样的。", id="sentence-公开方式是"),
    pytest.param("是否对外公开是群众关心的事。", id="sentence-是否对外公开是"),
    pytest.param("是否公开是您的权利", id="sentence-no-stop"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), PUBLIC_LABELS)
def test_public_label(line: str, expected: bool) -> None:
    letter = parse_text(HEADER.format(line=line))
    assert letter.public is expected
    assert letter.title == "关于某市十五届人大三次会议第8号建议的答复"


@pytest.mark.parametrize("line", PUBLIC_NOT)
def test_public_label_not(line: str) -> None:
    assert parse_text(HEADER.format(line=line)).public is None


# A page's 政府信息公开 table, one cell a line, over the letter: its publication cell is the
# page's record, whichever label spells it (公开方式 and 公开范围 were so already; decided
# fix75 for the rest), and gives no ``public``; the letter's own line above (HEADER) does.
PAGE_TABLE = "索引号：000000000/2024-00031\n{line}\n发布机构：某市民政局\n发布日期：2024-06-09\n"


@pytest.mark.parametrize(
    "label",
    ["公开方式", "公开范围", "公开属性", "公开类型", "公开类别", "信息公开属性", "信息公开方式"],
)
def test_a_pages_publication_cell_gives_nothing(label: str) -> None:
    table = PAGE_TABLE.format(line=f"{label}：主动公开")
    assert parse_text(table + HEADER.format(line="")).public is None
    assert parse_text(HEADER.format(line=f"{label}：主动公开")).public is True


# The 是否…公开 labels ask whether the reply's answerer agrees to publish it: among a page's
# table's cells it is still the letter's answer (review59a: two open-set letters' gold
# reads public true under a page's 是否同意公开 cell), unlike the site's 公开方式 cell.
@pytest.mark.parametrize("label", ["是否同意公开", "是否公开", "是否对外公开"])
def test_a_pages_consent_cell_is_the_letters(label: str) -> None:
    table = PAGE_TABLE.format(line=f"{label}：是")
    assert parse_text(table + HEADER.format(line="")).public is True


# The page's table set right under the letter's own head labels (a page that prints its
# metadata between the letter's head and its title: damage56's chrome-inside): the
# publication line that closes the letter's labels, a label of its own right above it
# (办理类型：B), is the letter's, not the table's first cell (fix75 had read it the page's).
OWN_HEAD = "某民函〔2024〕5号\n办理类型：B\n{line}\n{blank}{table}关于某市十五届人大三次会议第8号建议的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n感谢。\n"


@pytest.mark.parametrize("label", ["公开类别", "公开方式"])
@pytest.mark.parametrize("blank", ["", "\n"], ids=["tight", "blank"])
@pytest.mark.parametrize(
    "table",
    [
        pytest.param("索引号：000000000/2024-00031\n发布机构：某市民政局\n", id="cells"),
        pytest.param("• 发布日期：2024-06-09\n• 索引号：000000000/2024-00031\n• 发布机构：某市民政局\n", id="bulleted"),
    ],
)  # fmt: skip
def test_the_letters_publication_line_over_a_pages_table_is_its_own(
    label: str, blank: str, table: str
) -> None:
    letter = parse_text(OWN_HEAD.format(line=f"{label}：主动公开", blank=blank, table=table))
    assert letter.public is True
    assert letter.handling_type == "B"


# The same publication line right under the letter's own 发文字号 alone on its line, no label
# line between (left57a: an earlier round read it as the table's first cell, public lost);
# under a table's own 文号 label, its value on the next line, it stays the table's.
UNDER_NUMBER = "某民函〔2024〕5号\n{line}\n{blank}{table}关于某市十五届人大三次会议第8号建议的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n感谢。\n"


@pytest.mark.parametrize("label", ["公开类别", "公开方式"])
@pytest.mark.parametrize("blank", ["", "\n"], ids=["tight", "blank"])
def test_the_publication_line_under_the_number_over_a_pages_table_is_its_own(
    label: str, blank: str
) -> None:
    table = "索引号：000000000/2024-00031\n发布机构：某市民政局\n"
    letter = parse_text(UNDER_NUMBER.format(line=f"{label}：主动公开", blank=blank, table=table))
    assert letter.public is True
    assert letter.doc_number is not None and letter.doc_number.text == "某民函〔2024〕5号"


@pytest.mark.parametrize("over", ["文号：\n", "发文字号：\n", "文 号\n"])
def test_the_publication_line_under_a_tables_number_cell_is_the_tables(over: str) -> None:
    """Under a table's 文号 label, its value on the next line, the line is the table's
    (left57a's exception, pinned by review57e: no test of that round asked it)."""
    table = "索引号：000000000/2024-00031\n发布机构：某市民政局\n"
    text = over + UNDER_NUMBER.format(line="公开方式：主动公开", blank="", table=table)
    assert parse_text(text).public is None
