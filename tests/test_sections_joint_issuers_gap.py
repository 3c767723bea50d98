"""A numbered item whose sentence cites a document by its joint issuers, a blank between
them as a letter writes them (``2、按照甲省某委 甲省某厅关于…的通知》…``): the blank parts two
authorities, no short heading from its paragraph, so the item's heading runs to its
sentence's end as any item's does (fix114). A short heading before a blank still ends
there. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "关于某村供水的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n"
    "1、饮水安全实行属地负责，水利部门负责工程建设。\n"
    "2、{item}\n"
    "感谢您的支持。\n甲山县水务局\n2031年5月6日\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "按照甲省发展改革委 甲省水利厅关于下达甲项目计划的通知》(甲发〔2031〕9号)文件精神,"
        "工程总投资900万元,地方自筹100万元。",
        "根据甲省财政厅 甲省水利厅《关于下达乙项目资金的通知》，县里已安排配套资金50万元。",
    ],
)
def test_a_blank_between_joint_issuers_ends_no_heading(item: str) -> None:
    record = parse_text(LETTER.format(item=item))
    second = record.sections[1]
    assert second.heading.replace(" ", "").startswith(item[:8].replace(" ", ""))
    assert len(second.heading) > 20


def test_a_short_heading_before_a_blank_still_ends_there() -> None:
    record = parse_text(LETTER.format(item="资金情况 目前中央资金全部到位，县级配套正在申请。"))
    assert record.sections[1].heading == "资金情况"


@pytest.mark.parametrize(
    ("item", "heading"),
    [
        ("建设乡村供水中心 乙山市水务局关于供水的通知要求各乡加快建设。", "建设乡村供水中心"),
        ("成立工作专班办公室 县委办《关于成立专班的通知》明确了分工。", "成立工作专班办公室"),
    ],
)
def test_a_heading_ending_as_an_office_before_a_cited_authority_still_ends(
    item: str, heading: str
) -> None:
    """A short heading whose words only end as an office's name does, no authority naming
    its place, ends at its blank though the paragraph opens with an authority's document
    (review63d: fix114's first reading ran the heading on)."""
    record = parse_text(LETTER.format(item=item))
    assert record.sections[1].heading == heading
