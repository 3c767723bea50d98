"""A 发文字号 after its label in a flattened head, a blank inside it as a web copy spaced it
(``文号：某函〔2024〕 12号``, ``某函 〔2024〕12号``, ``〔2024〕12 号``): the whole number is the
label's value, as it is where no label stands before it, not its code and year alone with
the serial glued to the next element."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.resegment import resegment
from replyparse.textview import TextView

TITLE = "关于县人大十八届二次会议第40号建议的答复"
REST = (
    " 郑某代表： 您提出的《关于加强农村饮水安全的建议》收悉。现答复如下： "
    "我局将加快农村供水工程建设。 感谢您对水利工作的关心和支持。 某县水利局 2024年7月2日"
)

# (the flattened head before the title, the 发文字号 as written, its serial, the class)
GAPPED = [
    pytest.param("文号：某水函〔2024〕 12号 办理类型：B ", "某水函〔2024〕 12号", 12, "B",
                 id="blank-after-the-year"),
    pytest.param("文号：某水函 〔2024〕12号 ", "某水函 〔2024〕12号", 12, None,
                 id="blank-before-the-year"),
    pytest.param("文号：某水函〔2024〕12 号 ", "某水函〔2024〕12 号", 12, None,
                 id="blank-before-hao"),
    pytest.param("发文字号：某水函〔 2024 〕7号 B类 ", "某水函〔 2024 〕7号", 7, "B",
                 id="blanks-inside-the-brackets"),
    pytest.param("来文编号：某人议〔2024〕 40号 文号：某水函〔2024〕 12号 ", "某水函〔2024〕 12号",
                 12, None, id="two-labelled-numbers"),
]  # fmt: skip


@pytest.mark.parametrize(("head", "number", "serial", "handling"), GAPPED)
def test_a_gapped_number_is_its_label_s_value(
    head: str, number: str, serial: int, handling: str | None
) -> None:
    record = parse_text(head + TITLE + REST)
    assert record.doc_number is not None
    assert (record.doc_number.text, record.doc_number.serial) == (number, serial)
    assert record.title == TITLE
    assert record.handling_type == handling


# (a flattened head whose label's value is no number running over a gap, the 发文字号 read)
NOT_GAPPED = [
    pytest.param("签发人：王某 某水函〔2024〕12号 ", "某水函〔2024〕12号", id="a-name-then-the-number"),
    pytest.param("办理类型：B 某水函〔2024〕 12号 ", "某水函〔2024〕 12号", id="a-known-value-first"),
    pytest.param("建议编号：40 某水函〔2024〕12号 ", "某水函〔2024〕12号", id="a-serial-then-the-number"),
]  # fmt: skip


@pytest.mark.parametrize(("head", "number"), NOT_GAPPED)
def test_a_value_before_a_number_stays_apart(head: str, number: str) -> None:
    record = parse_text(head + TITLE + REST)
    assert record.doc_number is not None
    assert record.doc_number.text == number
    assert record.title == TITLE


# (a flattened head, its first lines as the view reads them): a name's value ends at its
# gap, a gapped number's at its 号
HEAD_LINES = [
    pytest.param("文号：某水函〔2024〕 12号 办理类型：B ", ["文号：某水函〔2024〕12号", "办理类型：B"],
                 id="gapped-number"),
    pytest.param("签发人：王某 某水函〔2024〕12号 ", ["签发人：王某", "某水函〔2024〕12号"],
                 id="a-name-then-a-number"),
    pytest.param("承办单位：县水利局 某水函〔2024〕 12号 ", ["承办单位：县水利局", "某水函〔2024〕12号"],
                 id="a-unit-then-a-number"),
]  # fmt: skip


@pytest.mark.parametrize(("head", "lines"), HEAD_LINES)
def test_the_head_s_lines(head: str, lines: list[str]) -> None:
    view = resegment(TextView(head + TITLE + REST))
    assert [line.text for line in view.content_lines[: len(lines) + 1]] == [*lines, TITLE]


# A label's value that cites a number (关于落实…, 落实…), a blank in the number: no 发文字号
# of the letter's own, and the value is one line, whole (not cut at the number's gap, nor
# at its 号 when words follow), the title on the next.
@pytest.mark.parametrize(
    "head",
    [
        pytest.param("案由：关于落实某政发〔2020〕 3号文件的建议 ", id="title-value"),
        pytest.param("建议名称：落实某政发〔2020〕 3号 ", id="lead-word"),
    ],
)
def test_a_cited_number_is_no_value_of_its_own(head: str) -> None:
    view = resegment(TextView(head + TITLE + REST))
    value = head.replace(" ", "")  # (the view drops the blank inside the number)
    assert [line.text for line in view.content_lines[:2]] == [value, TITLE]
    assert parse_text(head + TITLE + REST).doc_number is None
