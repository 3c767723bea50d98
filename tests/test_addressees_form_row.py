"""A 办理单's row naming the proposers in the header of a letter with no salutation
(代表姓名：王某、李某, 委员姓名：赵某) gives the addressees, the label their role. A salutation,
or a row holding anything but names, gives them otherwise or not at all. Snippets are
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "某县公安局交警大队\n关于县十届人大三次会议第1号代表建议办理情况的复函\n"
BODY = "建议内容：关于某路口增设信号灯的建议\n办理结果：\n您提出的建议收悉，现答复如下：\n一、已增设信号灯。\n某县公安局交警大队\n2024年5月10日\n"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            "代表姓名：王某、李某某、上官某某",
            [("王某", "代表"), ("李某某", "代表"), ("上官某某", "代表")],
            id="deputies",
        ),
        pytest.param("代表姓名:王某,李某", [("王某", "代表"), ("李某", "代表")], id="half-width"),
        pytest.param("委员姓名：赵某", [("赵某", "委员")], id="member"),
        pytest.param("领衔代表：钱某", [], id="lead-deputy-row-stays-none-as-decided"),
        pytest.param("代表姓名：经核实已调离", [], id="no-names"),
        pytest.param("代表姓名：某镇代表团", [], id="a-body-is-no-name"),
    ],
)
def test_a_form_row_names_the_addressees(row: str, expected: list[tuple[str, str]]) -> None:
    record = parse_text(TITLE + row + "\n" + BODY)
    assert [(a.name, a.role) for a in record.addressees] == expected
    assert record.salutation is None


def test_a_salutation_wins_over_the_row() -> None:
    record = parse_text(
        TITLE + "代表姓名：王某、李某\n" + BODY.replace("办理结果：\n", "办理结果：\n王某代表：\n")
    )
    assert [a.name for a in record.addressees] == ["王某"]
